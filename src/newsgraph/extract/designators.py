"""Numbers that name or locate something rather than count or date it: "Case 4000", "Flight 17", "Section 702",
"cases 1000, 2000 and 4000" (data/amount_designators.tsv). Read by the amounts (no count) and the times (no year),
so that the one list of designating words serves both."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_tsv

__all__ = ["designated", "designator_words"]


@lru_cache(maxsize=1)
def designator_words() -> frozenset[str]:
    """The words after which a number is a label (data/amount_designators.tsv), lower-cased."""
    return frozenset(w.strip().lower() for row in read_tsv("amount_designators.tsv") for w in row[0].split("|")
                     if w.strip())


# the word right before a number ("&": "S&P 500"), after a list of numbers that goes back to it ("cases 1000, 2000
# and 4000": the 4000 and the 2000 are labels as the 1000 is)
_WORD_BEFORE = re.compile(r"([#&\w.]+)[ \t]+(?:\d[\d,.]*(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+))*$")


def designated(text: str, pos: int) -> bool:
    """Whether the number starting at ``pos`` is a label's: right after a designating word, or in a list of numbers
    right after one."""
    if pos > 0 and text[pos - 1] == "#":
        return True  # "promise #1", "#2 official": a rank or a label written onto the number (issue 17)
    m = _WORD_BEFORE.search(text, max(0, pos - 60), pos)
    return m is not None and m.group(1).lower() in designator_words()
