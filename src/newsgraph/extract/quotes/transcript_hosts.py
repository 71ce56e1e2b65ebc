"""Transcript labels of a person the report never names otherwise (round 22, issue 18).

``kinds.transcript_quotes`` reads 'PENCE: Well, ...' as Pence's line only when the label names a person entity of
the report, so that "UPDATE:" or "WATCH:" make no quote. The host of a televised interview is often named by the
labels alone ("JAKE TAPPER: ...", then "TAPPER: ..."), and the entity layer finds no person there: the host's
questions and remarks were lost. In a report where some label already named a person (a transcript), a label whose
last word opens at least two labelled paragraphs is a speaker too, named by the label ("Jake Tapper"), with no
entity; a line of its that asks is kind `question`. "Q:" and "A:" stay out (they name nobody).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal

from ...record import Quote

__all__ = ["host_lines"]

_MIN_LABELS = 2
#: a label in capitals ("JAKE TAPPER", "O'REILLY")
_CAPITALS = re.compile(r"[A-Z'’ -]+")


def host_lines(text: str, labelled: list[tuple[int, int, re.Match[str]]], found: list[Quote]) -> list[Quote]:
    """Quotes of the labelled paragraphs ``labelled`` ((start, end, label match) each) that ``found`` (the lines
    whose label named a person) did not take; none when ``found`` is empty."""
    if not found:
        return []
    def last(m: re.Match[str]) -> str:
        return m.group(1).split()[-1]

    counts = Counter(last(m) for _s, _e, m in labelled if m.group(1) not in ("Q", "A"))
    taken = {q.start for q in found}
    out: list[Quote] = []
    for s, e, m in labelled:
        label = " ".join(m.group(1).split())
        if label in ("Q", "A") or counts[last(m)] < _MIN_LABELS or s in taken or not _CAPITALS.fullmatch(label):
            continue
        # a host's line that asks is a question put, the host its asker (issue 18)
        kind: Literal["direct", "question"] = "question" if text[s:e].rstrip().endswith("?") else "direct"
        rec = Quote(id="", text=text[s:e], kind=kind, start=s, end=e, cue=":", cue_start=m.start(2),
                    cue_end=m.end(2))
        rec.speaker_name = label.title()
        rec.speaker_start, rec.speaker_end = m.start(1), m.end(1)
        out.append(rec)
    return out
