"""A place's population written as "a nation of 45 million": the figure counts people, not nations.

The parse takes the place noun before "of" for the counted thing ("nation", "city"); when the number has no
noun of its own after it and that noun names a populated place (data/measure_populated.tsv), the object is
"people" (round 20, pool20 rank 161: "Ukraine, a nation of 45 million"). "a country of 50 million people"
already has its noun, and "a nation of 45 million" whose number a noun follows is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ...lexicon import first_words
from .grammar import Quantity

__all__ = ["population_object"]


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return first_words("measure_populated.tsv")


@lru_cache(maxsize=1)
def _place_of() -> re.Pattern[str]:
    nouns = "|".join(sorted(_places(), key=len, reverse=True))
    # "a nation of", "a small city of", "the country of about": the place noun and "of" right before the figure
    # (round 30: "the South Asian nation of nearly 160 million", a definite place with a capitalised adjective)
    return re.compile(rf"(?i)\b(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:{nouns})[ \t]+of[ \t]+(?:[a-z]+[ \t]+){{0,2}}$")


_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")


def _noun_after(text: str, end: int) -> bool:
    """A lowercase word other than a function word right after the figure: its own noun ("45 million voters");
    "a nation of 45 million that borders Russia", "a city of 2 million in the north" have none."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1) not in STOP_WORDS


def population_object(text: str, q: Quantity, obj: str | None) -> str | None:
    """"people" for a place's population ("a nation of 45 million,"), else ``obj`` unchanged."""
    # ``obj`` may be None: "country" and "nation" are no objects of their own since round 27 (a share of "the
    # country" says neither people nor land), so the place noun is read from the text before the figure
    # round 30: whatever noun the parse climbed to past the place ("taking workers from the nation of nearly 160
    # million" read 'workers'), a place noun and "of" right before a figure with no noun of its own say population
    if q.kind != "count":
        return obj
    if _noun_after(text, q.end) or not _place_of().search(text, max(0, q.start - 60), q.start):
        return obj
    return "people"
