"""Section headings in single marks (round 23).

American papers set quotes in double marks and often head a section of a long report with a short line in single
marks ("'A change warrior.'", "'Relationships that last.'"): a phrase the writer lifted from the section below, set
apart as its heading. Read as a quote it took the speaker of the paragraph before it (a heading of one speaker's
words given to another); it is no statement in its place. A paragraph that is nothing but one short passage in
single marks, in a report whose quotes are in double marks, is such a heading and no quote. A report that sets its
quotes in single marks (British style) keeps them: there a lone quoted line is speech.
"""

from __future__ import annotations

from bisect import bisect_right

from .marks import QuotedSpan

__all__ = ["subheads"]

# a heading is a phrase or one short sentence
_MAX_WORDS = 10


def subheads(text: str, spans: list[QuotedSpan], pars: list[tuple[int, int]]) -> set[int]:
    """The opening-mark offsets of the spans that are section headings (see the module's note)."""
    if not any(not s.single for s in spans):
        return set()  # quotes are in single marks here, or there are none in double marks to compare with
    starts = [p[0] for p in pars]
    first: dict[int, int] = {}  # paragraph -> offset of its first non-space character (read once a paragraph)
    out: set[int] = set()
    for s in spans:
        if not s.single:
            continue
        k = bisect_right(starts, s.open_mark) - 1
        if k < 0:
            continue
        lo, hi = pars[k]
        if k not in first:
            par = text[lo:hi]
            first[k] = lo + len(par) - len(par.lstrip()) if par and not par.isspace() else -1
        if s.open_mark != first[k]:
            continue  # the paragraph does not open with this mark
        words = text[s.start : s.end]
        if text[s.open_mark + len(words) + 2 : hi].strip() in ("", ".") and len(words.split()) <= _MAX_WORDS:
            out.add(s.open_mark)
    return out
