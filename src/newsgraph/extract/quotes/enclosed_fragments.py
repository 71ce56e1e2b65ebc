"""A fragment inside a speaker's own report is the speaker's (round 29, q4): 'Ridley told the Tribune that claims
the agency broke the law were "pure nonsense"', 'Hale said the deal calls for "a full halt to the fighting"'. The
marked words sit inside the clause a named speaker is reported to have said; when no rule of their own found who
said them (no speaker and no written name: a noun like "claims" or a document verb like "calls for" stood between
the fragment and the cue), the reporter is quoting the speaker's own words inside the report. Only a report with a
speaker entity hands its speaker on; a fragment that has a written name of its own ("the minister", "critics") is
left as it is, since that name may be the inner speaker (precision first). So is a fragment a naming phrase
gives as a name ('in what is referred to as the "kidnapping belt"', 'the so-called "peace caravan"', 'a group
known as "..."'): a term others use, not the teller's words (`_named_before`; the naming verbs of
data/quote_told_acts.tsv).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import words_by_kind
from ...record import Quote, listed_quote
from .arrays import expand_span

__all__ = ["enclosed_fragments", "shared_cues"]


def _enclosing(q: Quote, out: list[Quote]) -> Quote | None:
    """The narrowest asserted indirect report with a speaker entity whose span strictly holds fragment ``q``."""
    best: Quote | None = None
    for r in out:
        if r is q or r.kind != "indirect" or r.speaker is None or not listed_quote(r.kind, r.modality):
            continue
        if r.start <= q.start and q.end <= r.end and (r.start, r.end) != (q.start, q.end):
            if best is None or r.end - r.start < best.end - best.start:
                best = r
    return best


def _named_before(doc: Doc, q: Quote) -> bool:
    """The words right before fragment ``q`` (past its article) give it as a name: "so-called", a naming
    participle ("known", "called", "dubbed") or "as" after one ("referred to as", "known as")."""
    span = expand_span(doc, q.start, q.end)
    if span is None:
        return False
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].lower_ in ("the", "a", "an")):
        i -= 1
    if i < 0:
        return False
    naming = words_by_kind("quote_told_acts.tsv").get("naming", frozenset())
    if doc[i].lower_ == "called" and i >= 2 and doc[i - 2].lower_ == "so":  # "so-called", split at its hyphen
        return True
    if doc[i].lower_ == "as":
        j = i - 2 if i >= 2 and doc[i - 1].lower_ == "to" else i - 1  # "referred to as"
        return j >= 0 and doc[j].tag_ == "VBN" and doc[j].lemma_.lower() in naming
    return doc[i].lower_ == "so-called" or doc[i].tag_ == "VBN" and doc[i].lemma_.lower() in naming


def enclosed_fragments(doc: Doc, out: list[Quote]) -> None:
    """Give each unattributed fragment inside a speaker's indirect report that speaker (see above)."""
    for q in out:
        if q.kind != "partial" or q.speaker is not None or q.speaker_name is not None:
            continue
        if not listed_quote(q.kind, q.modality) or _named_before(doc, q):
            continue
        r = _enclosing(q, out)
        if r is None:
            continue
        q.speaker, q.speaker_name, q.affiliation = r.speaker, r.speaker_name, r.affiliation
        q.speaker_start, q.speaker_end = r.speaker_start, r.speaker_end
        if q.cue is None:
            q.cue, q.cue_start, q.cue_end = r.cue, r.cue_start, r.cue_end


def _said_under(doc: Doc, q: Quote, verb: Token) -> bool:
    """Whether quote ``q``'s words hang from ``verb`` through its said clause, never through its subject."""
    span = expand_span(doc, q.start, q.end)
    if span is None:
        return False
    t = span.root
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.i != verb.i and t.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative")


def shared_cues(doc: Doc, out: list[Quote]) -> None:
    """'"The leaflets are more personal" and unlike posters, which depict "a general violence," he says': the
    sentence's root is the cue of a later fragment, and the quote before it, with no cue of its own, is part of
    the same said clause; it takes that cue's speaker. Only a quote with no cue and no written name, only a root
    cue (the one verb every part of the sentence hangs from) and only a speaker entity."""
    for q in out:
        if q.speaker is not None or q.speaker_name is not None or q.cue_start is not None:
            continue
        if q.kind not in ("direct", "partial") or not listed_quote(q.kind, q.modality):
            continue
        sent = doc.char_span(q.start, q.end, alignment_mode="expand")
        if sent is None:
            continue
        root = sent[0].sent.root
        for r in out:
            if r is q or r.speaker is None or r.cue_start is None or r.cue_end is None or r.start < q.end:
                continue
            cue = doc.char_span(r.cue_start, r.cue_end, alignment_mode="expand")
            if cue is None or root not in cue or not listed_quote(r.kind, r.modality):
                continue
            if _said_under(doc, q, root) and _said_under(doc, r, root):
                q.speaker, q.speaker_name, q.affiliation = r.speaker, r.speaker_name, r.affiliation
                q.speaker_start, q.speaker_end = r.speaker_start, r.speaker_end
                q.cue, q.cue_start, q.cue_end = r.cue, r.cue_start, r.cue_end
                break
