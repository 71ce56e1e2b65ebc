"""Round 35 (issue 18, r35-qspk): a lone quote after narration that turns to another person.

'"We will win," Ann Cole said. Mayor Tom Hale was less sure. "The votes are not there."' The second quote has no
cue of its own, and the convention that hands a speaker on (``extract._inherit``) gave it Ann Cole's: but the
sentence just before it introduces Tom Hale with a stance that is no verb of saying ("was less sure", "saw it
differently", "was unmoved"), and the quote is his answer. An independent review of unseen reports found such a
speaker "carried over from an earlier quote to one that names another".

The quote takes the new person when all of these hold (each a guard against the carried speaker being right):

* the quote is direct and shares its cue with an earlier quote that ends before it (the cue was handed on);
* the sentence that ends right before the quote's opening mark (with a full stop) starts after that earlier quote
  and its cue, holds no quote mark, and its main verb's subject (active, not a pronoun) names a person entity
  other than the carried speaker;
* the narration's main verb is no bare gesture (an intransitive verb with nothing it tells: "Senator Kerr
  nodded.", round 29's guard, integration of round 35);
* the quote neither names that person (then someone else speaks of them) nor opens with "he" or "she".

Precision first: a subject that is a pronoun, a group or no person entity leaves the carried speaker as it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .cues import np_span

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_turned_speakers"]

_MARKS = frozenset("\"“”„«»")
_THIRD = re.compile(r"^\W*(?:he|she|they)\b", re.IGNORECASE)
_CARRIED = ("cue", "cue_start", "cue_end")
#: what makes a narration verb tell a view rather than a bare gesture ("saw it differently", "was less sure")
_TOLD = frozenset({"dobj", "acomp", "attr", "ccomp", "xcomp", "oprd"})


def _token_before(doc: Doc, char: int) -> Token | None:
    """The last token ending at or before ``char`` that is no quote mark (the end of the narration before it)."""
    i = next((t.i for t in doc if t.idx >= char), len(doc)) - 1
    while i >= 0 and (doc[i].text in _MARKS or doc[i].idx + len(doc[i]) > char):
        i -= 1
    return doc[i] if i >= 0 else None


def _new_subject(doc: Doc, q: Quote, floor: int) -> Token | None:
    """The subject of the sentence that ends right before ``q`` when it lies wholly after ``floor``."""
    end = _token_before(doc, q.start)
    if end is None or end.text != "." or end.sent.start_char < floor:
        return None
    sent = end.sent
    # the parser may hang the quote's opening mark on the sentence before: only the narration up to its stop counts
    if any(t.text in _MARKS for t in doc[sent.start : end.i]):
        return None
    root = sent.root
    if root.pos_ == "VERB" and not any(c.dep_ in _TOLD for c in root.children):
        return None  # a bare gesture ("Senator Kerr nodded.") tells no view: round 29's guard keeps the carried speaker
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return None
    return subj


def _handed_on(out: list[Quote], q: Quote) -> Quote | None:
    """The earlier quote whose cue ``q`` shares (its cue lies outside ``q``, before it)."""
    if q.cue_start is None or q.cue_start >= q.start:
        return None
    return next((p for p in out if p is not q and p.cue_start == q.cue_start and p.end <= q.start
                 and p.speaker == q.speaker), None)


def settle_turned_speakers(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Give each handed-on direct quote after narration about another named person that person (in place)."""
    text = res.text
    for q in out:
        if q.kind != "direct" or q.speaker is None:
            continue
        p = _handed_on(out, q)
        if p is None:
            continue
        subj = _new_subject(doc, q, max(p.end, q.cue_end or 0))
        if subj is None:
            continue
        lo, hi = np_span(doc, subj)
        hi = max(hi, subj.i + 1)
        while hi < len(doc) and doc[hi].ent_iob_ == "I" and doc[hi].ent_type_ == "PERSON":
            hi += 1
        probe = Quote(id="", text=q.text, kind=q.kind, start=q.start, end=q.end)
        res.fill(probe, doc[lo:hi])
        who = probe.speaker
        if who is None or who == q.speaker or res.by_id[who]["type"] != "PERSON":
            continue
        names = {m["text"].lower() for m in res.by_id[who].get("mentions", [])} | {subj.lower_}
        words = text[q.start : q.end].lower()
        if _THIRD.match(words) or any(re.search(r"\b" + re.escape(n) + r"\b", words) for n in names if n):
            continue
        for f in ("speaker", "speaker_name", "affiliation", "speaker_start", "speaker_end"):
            setattr(q, f, getattr(probe, f))
        for f in _CARRIED:  # the earlier cue is no cue of this quote; the narration before it has none
            setattr(q, f, None)
