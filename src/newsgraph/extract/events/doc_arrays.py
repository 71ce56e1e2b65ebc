"""Per-Doc lists read once from a Doc's arrays: the events layer asks the same token facts many times per
article, and each ``doc[i]`` or ``for t in span`` makes a new Token view (the common cost of the extractors)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import numpy
from spacy.tokens import Doc

__all__ = ["first_overlap", "running_ends", "token_words"]


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


def token_words(doc: Doc) -> tuple[list[str], list[str]]:
    """(``t.lemma_.lower()``, ``t.lower_``) for every token of the Doc, from its arrays (each distinct
    word's string read once: words repeat)."""
    return _strings(doc, "LEMMA", str.lower), _strings(doc, "LOWER", str)


def _strings(doc: Doc, attr: str, form: Callable[[str], str]) -> list[str]:
    hashes, at = numpy.unique(doc.to_array(attr), return_inverse=True)
    words = [form(doc.vocab.strings[h]) for h in hashes.tolist()]
    return [words[k] for k in at.tolist()]
