"""A fragment inside a speaker's own report is the speaker's (round 29, q4): 'Ridley told the Tribune that claims
the agency broke the law were "pure nonsense"', 'Hale said the deal calls for "a full halt to the fighting"'. The
marked words sit inside the clause a named speaker is reported to have said; when no rule of their own found who
said them (no speaker and no written name: a noun like "claims" or a document verb like "calls for" stood between
the fragment and the cue), the reporter is quoting the speaker's own words inside the report. Only a report with a
speaker entity hands its speaker on; a fragment that has a written name of its own ("the minister", "critics") is
left as it is, since that name may be the inner speaker (precision first).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

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


def enclosed_fragments(out: list[Quote]) -> None:
    """Give each unattributed fragment inside a speaker's indirect report that speaker (see above)."""
    for q in out:
        if q.kind != "partial" or q.speaker is not None or q.speaker_name is not None:
            continue
        if not listed_quote(q.kind, q.modality):
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
