"""A fragment inside a speaker's own report is the speaker's (round 29, q4): 'Ridley told the Tribune that claims
the agency broke the law were "pure nonsense"', 'Hale said the deal calls for "a full halt to the fighting"'. The
marked words sit inside the clause a named speaker is reported to have said; when no rule of their own found who
said them (no speaker and no written name: a noun like "claims" or a document verb like "calls for" stood between
the fragment and the cue), the reporter is quoting the speaker's own words inside the report. Only a report with a
speaker entity hands its speaker on; a fragment that has a written name of its own ("the minister", "critics") is
left as it is, since that name may be the inner speaker (precision first).
"""

from __future__ import annotations

from ...record import Quote, listed_quote

__all__ = ["enclosed_fragments"]


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
