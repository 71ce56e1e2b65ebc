"""A move's starting level named by a noun (round 33, issue 17): "raise the cap from the current limit of 70,000 to
85,000", "cut the population from a one-time high of 779 to 122". Text alone reads "70,000 to 85,000" as a range
and the parse hangs it on the noun's "of" as one; the words before it ("from", a determiner, up to three
modifiers, a noun of data/change_level_nouns.tsv, "of") make the two figures the sides of a move. Pure text, so it
holds where the small model's parse is wrong."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ...lexicon import read_tsv

__all__ = ["level_from", "level_pair", "pair_gap"]

_LEAD = 80  # characters looked back from the figure for the "from the ... of" words
# between a from-figure and its to-figure: "to", after the first figure's rate ("from 850,000 a day to 450,000 a
# day": the parse often loses this pair, the words keep it)
_PAIR_GAP = re.compile(r"(?:[ \t]+(?:a|an|per|each)[ \t]+(?:day|week|month|year|hour|barrel))?[ \t]*to[ \t]+"
                       r"(?:about[ \t]+|nearly[ \t]+|some[ \t]+|around[ \t]+)?", re.I)


@lru_cache(maxsize=1)
def _words(kind: str) -> frozenset[str]:
    """The words of one kind of data/change_level_nouns.tsv."""
    return frozenset(w.strip().lower() for row in read_tsv("change_level_nouns.tsv") if row[0] == kind
                     for w in row[1].split("|"))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(_words("level"), key=len, reverse=True))
    return re.compile(r"\bfrom[ \t]+(?:the|its|their|his|her|an?|this|that)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
                      rf"(?:{nouns})s?[ \t]+of[ \t]+$", re.I)


def level_from(text: str, start: int) -> int | None:
    """The offset of "from" when the figure at ``start`` (its hedge included) is the value of a level noun in a
    from-phrase ("from the current cap of 70,000"), else None."""
    m = _pattern().search(text, max(0, start - _LEAD), start)
    return m.start() if m else None


def level_pair(text: str, fig: Any, hs: int) -> bool:
    """``fig`` (a scanned Quantity whose hedge starts at ``hs``) is a level noun's value in a from-phrase; its
    "from" offset is kept in ``fig.extra["level_from"]`` for the trigger search (drafts._pair_draft)."""
    at = level_from(text, hs)
    if at is None:
        return False
    fig.extra["level_from"] = at
    return True


def pair_gap(gap: str) -> bool:
    """The words between two figures join a from-figure to its to-figure (the "from" is tested apart)."""
    return _PAIR_GAP.fullmatch(gap) is not None
