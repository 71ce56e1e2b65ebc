"""The first mention overlapping a token, by bisection over the mentions' running furthest end (the same trick as
``_doc.overlap_test``, which answers only whether one overlaps); the per-Doc word lists the events read with it
are ``_doc.token_words``."""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["first_overlap", "running_ends"]


def running_ends(mentions: list[tuple[int, int, str]]) -> list[int] | None:
    """The running furthest end of the mentions, when they are sorted by start (None otherwise)."""
    if any(a[0] > b[0] for a, b in zip(mentions, mentions[1:], strict=False)):
        return None
    out, far = [], -1
    for _, me, _ in mentions:
        far = max(far, me)
        out.append(far)
    return out


def first_overlap(mentions: list[tuple[int, int, str]], reach: list[int] | None, s: int, e: int) -> int | None:
    """The index of the first mention (in list order) overlapping [s, e), as a scan that stops at the first
    mention starting at or after e finds it; ``reach``: ``running_ends(mentions)``."""
    if reach is not None:
        # sorted by start: the first mention ending after s is the first whose running end passes s, and
        # it overlaps when it starts before e (every mention before it ended by s)
        j = bisect_right(reach, s)
        return j if j < len(mentions) and mentions[j][0] < e else None
    for j, (ms, me, _) in enumerate(mentions):
        if ms >= e:
            break
        if me > s:
            return j
    return None
