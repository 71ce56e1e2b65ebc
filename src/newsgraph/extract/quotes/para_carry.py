"""The speaker of a direct quote standing alone as the paragraph after a person's quote (round 18).

'Mayor Ruiz said the bridge would reopen in May.' then, as its own paragraph, '"We have waited long enough."'
The second paragraph has no cue, and the convention that hands a speaker on (``extract._inherit``) reads only
quotes in marks, so a direct quote after an indirect one was left with no speaker. Sized on PolNeAR train before
building (round 18, carry): taken broadly (any earlier quote, any distance) the earlier speaker is PolNeAR's Source
for well under half of such quotes (transcripts, crowds, ads and e-mails, someone new named in the narration), so
only the narrow shape is read. The quote takes the earlier speaker when:

* it opens its paragraph and has no cue of its own, and the nearest quote before it (any kind) ends in the
  paragraph just before and has a speaker resolved to a person (a body or a thing as speaker was more often
  wrong on train: an e-mail, a campaign);
* the narration between them names no one (no proper noun, no person's pronoun) and asks nothing (a "?" there is
  a question put to someone, whose answer the quote may be), with at most one sentence end;
* the quote does not name that person in the third person (then someone else speaks of them), does not open
  with "he" or "she" (on train: another's words about the person just quoted) nor as a transcript line
  ("Smith: ..."), and has at least four words (shorter ones were chants of a crowd).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from ...record import Quote, listed_quote
from .arrays import expand_span
from .partial_carry import SENT_END as _SENT_END
from .person_pronouns import person_pronouns

_PERSON_PRONOUNS = person_pronouns(person="3")
_TRANSCRIPT = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}\s*:")
_THIRD = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
_MIN_WORDS = 4
_CARRIED = ("speaker", "speaker_name", "affiliation", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end")


def take_attribution(q: Quote, src: Quote) -> None:
    """``q`` becomes ``src``'s words: its speaker, affiliation and cue, mentions included (in place; the one copy
    of a quote's attribution, for this carry and afterpass's forecasts)."""
    for field in _CARRIED:
        setattr(q, field, getattr(src, field))


def carry_to_next_paragraph(doc: Doc, out: list[Quote], pars: Sequence[tuple[int, int]], resolver: Any) -> None:
    """Give each lone unattributed direct quote of ``out`` the speaker of the person quoted in the paragraph just
    before it (module docstring); ``out`` is changed in place."""
    text = resolver.text
    starts = [p[0] for p in pars]
    order = sorted(out, key=lambda r: (r.start, r.end))
    for k, q in enumerate(order):
        if q.kind != "direct" or q.speaker is not None or q.cue is not None or k == 0:
            continue
        p = bisect_right(starts, q.start) - 1
        if p < 1 or text[pars[p][0] : q.start].strip() not in {"\"", "“", "''", "``", "'"}:
            continue
        last = max(order[:k], key=lambda r: r.end)
        if last.end > q.start or not pars[p - 1][0] <= last.end <= pars[p - 1][1] or not _person(last, resolver):
            continue
        if _names_between(doc, text, last.end, q.start) or _names_speaker(q.text, last.speaker_name or ""):
            continue
        take_attribution(q, last)


def _person(rec: Quote, resolver: Any) -> bool:
    # a stored stance or refusal hands nothing on (review of round 19: "X expects a record turnout" gave the next
    # paragraph's lone quote to X)
    return rec.speaker is not None and rec.kind != "question" and listed_quote(rec.kind, rec.modality) and \
        resolver.by_id.get(rec.speaker, {}).get("type") == "PERSON"


def _names_between(doc: Doc, text: str, lo: int, hi: int) -> bool:
    """Whether the narration from ``lo`` to ``hi`` names or points to someone, asks, or runs over a sentence."""
    between = text[lo:hi]
    if "?" in between or len(_SENT_END.findall(between + " ")) > 1:
        return True
    span = expand_span(doc, lo, hi)
    toks: Any = span if span is not None else []
    return any(t.idx >= lo and t.idx + len(t) <= hi and (t.pos_ == "PROPN" or t.lower_ in _PERSON_PRONOUNS)
               for t in toks)


def _names_speaker(quoted: str, name: str) -> bool:
    """Whether the quote names the earlier speaker (then it speaks of them), opens with "he"/"she" or as a
    transcript line, or is too short to be anyone's words rather than a chant."""
    surname = name.split()[-1] if name.split() else ""
    if len(quoted.split(None, _MIN_WORDS)) < _MIN_WORDS or _THIRD.match(quoted):
        return True
    return bool(_TRANSCRIPT.match(quoted)) or \
        bool(surname) and re.search(rf"\b{re.escape(surname)}\b", quoted) is not None
