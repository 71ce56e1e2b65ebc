"""A speaker's certainty said as a percentage (review 14): "A hundred percent no", "100 percent sure", "110
percent committed" measure how sure someone is, not a share of anything. Moved out of :mod:`scan` (round 29) to
keep that module under 600 lines; output unchanged."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ...lexicon import read_tsv

if TYPE_CHECKING:
    from .grammar import Quantity

__all__ = ["certainty"]

_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


@lru_cache(maxsize=1)
def _certainty_words() -> frozenset[str]:
    return frozenset(r[0].lower() for r in read_tsv("amount_certainty_words.tsv"))


def certainty(text: str, q: Quantity) -> bool:
    """A whole (or more than whole) percentage followed by a word of certainty (data/amount_certainty_words.tsv)."""
    if q.kind != "percent" or q.value not in (100, 110) or q.end <= q.num_end:
        return False
    w = _WORD_AFTER.match(text, q.end)
    return w is not None and w.group(1).lower() in _certainty_words()
