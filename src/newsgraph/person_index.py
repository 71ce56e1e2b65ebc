"""Indexes of one record for the person repair (:mod:`newsgraph.persons`), built once per record.

The repair asked, for every quote, which PERSON mention its speaker span overlaps most, and for every bare
surname, which paragraph holds it and which full mention of a person comes last before it. Each answer
was a scan of the whole record: quadratic, hours of CPU for a 20 MB report (issue 15). These indexes give
the same answers (tests/test_long_record.py holds them to the scans) by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from .record import Article, Entity

__all__ = ["Near", "PersonSpans"]


class PersonSpans:
    """The PERSON mentions of a record's entities, sorted by start, to find the one a speaker span overlaps
    most in O(log n + hits), not by scanning every mention for every quote (a 20 MB report holds ~100,000
    quotes and as many mentions: hours of CPU)."""

    def __init__(self, ents: list[Entity]) -> None:
        # rank: the order a scan of ents and their mentions would meet the mention (ties go to the first)
        spans = [(m.start, m.end, rank, e.id) for rank, (e, m) in
                 enumerate((e, m) for e in ents if e.type == "PERSON" for m in e.mentions)]
        spans.sort()
        self.spans = spans
        self.starts = [s for s, _e, _r, _i in spans]
        self.longest = max((e - s for s, e, _r, _i in spans), default=0)

    def overlapping(self, start: int | None, end: int | None) -> str | None:
        """The PERSON entity with the largest mention overlap with a speaker span, or None."""
        if start is None or end is None or not self.spans:
            return None
        best: tuple[int, int, str] | None = None  # (-overlap, rank, id): the smallest wins
        # a mention overlapping [start, end) starts before end and no earlier than start - longest
        for k in range(bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)):
            s, e, rank, eid = self.spans[k]
            ov = min(end, e) - max(start, s)
            if ov > 0 and (best is None or (-ov, rank) < best[:2]):
                best = (-ov, rank, eid)
        return best[2] if best else None


class Near:
    """What the bare-surname rule looks up, indexed once per record: the paragraph around a position and
    each person's full mentions sorted by start. Scanning them for every bare mention was quadratic (a long
    report with two people of one surname held tens of thousands of each)."""

    def __init__(self, rec: Article) -> None:
        self.rec = rec
        paras = [(p.start, p.end) for p in rec.paragraphs]
        # bisect needs paragraphs in order and apart, which the cleaner gives; anything else is scanned
        self.sorted = all(a[1] <= b[0] and a[0] <= a[1] for a, b in zip(paras, paras[1:], strict=False))
        self.paras = paras
        self.para_starts = [s for s, _e in paras]
        self.full_starts: dict[int, list[int]] = {}

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        """The first paragraph holding ``pos``, else the whole text."""
        if self.sorted:
            k = bisect_right(self.para_starts, pos) - 1
            if k >= 0 and self.paras[k][0] <= pos < self.paras[k][1]:
                return self.paras[k]
        else:
            for start, end in self.paras:
                if start <= pos < end:
                    return start, end
        return 0, len(self.rec.text)

    def starts(self, p: Any) -> list[int]:
        """``p``'s full-mention starts, sorted (full mentions are all known before the bare rule runs)."""
        got = self.full_starts.get(id(p))
        if got is None:
            got = self.full_starts[id(p)] = sorted(f.start for f in p.full_mentions)
        return got
