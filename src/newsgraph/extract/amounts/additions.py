"""Figures marked as more of the same: "two more airstrikes", "another 500 troops", "an additional $2 billion".

Such a figure sizes an addition to a set, it is no level of the set: a series of US troops in Iraq that took
"another 500 troops" as a point would plot 500 beside 5,200. The reading is set at extraction as
``Amount.added``; the knowledge base only reads that field. Records made before the field existed (``added``
is None) get the same reading from their text by :func:`fill_added` when they are stored or rebuilt.

The markers are the ``marker`` row of data/change_additions.tsv (the one word list of "more of the same",
also read by the change drafts), and "another" before the figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import read_tsv
from ...record import Article

__all__ = ["more_of_the_same", "fill_added"]


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted(w.strip().lower() for row in read_tsv("change_additions.tsv") if row[0] == "marker"
                            for w in row[1].split("|")))
    # before the figure: "another 500", "an additional $2 billion", "a further 3,000"; after it: "two more
    # airstrikes", "500 additional troops"
    return (re.compile(rf"\b(?:another|(?:an?\s+)?(?:{words}))\s+$", re.I),
            re.compile(rf"^\s+(?:{words})\b", re.I))


def more_of_the_same(text: str, start: int, end: int) -> bool:
    """The figure at ``text[start:end]`` is marked as more of the same, right before it or right after it."""
    before, after = _markers()
    return bool(before.search(text[max(0, start - 20):start]) or after.match(text[end:end + 20]))


def fill_added(rec: Article) -> Article:
    """The record with ``added`` read for every amount that lacks it (records of older extractions); a record
    whose amounts all carry it is returned as it is."""
    if all(a.added is not None for a in rec.amounts):
        return rec
    text = rec.text or ""
    amounts = [a if a.added is not None else a.model_copy(update={"added": more_of_the_same(text, a.start, a.end)})
               for a in rec.amounts]
    return rec.model_copy(update={"amounts": amounts})
