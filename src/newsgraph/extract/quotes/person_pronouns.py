"""The personal pronouns that stand for persons (data/quote_person_pronouns.tsv), one definition for the quote
rules that test a word for a person: each takes the cases, person and number it reads."""

from __future__ import annotations

from functools import cache

from ...lexicon import read_tsv

__all__ = ["person_pronouns"]


@cache
def person_pronouns(*cases: str, person: str | None = None, number: str | None = None) -> frozenset[str]:
    """The pronouns of any of ``cases`` (all cases when none is named), of that ``person`` ("1", "3") and
    ``number`` ("sg", "pl") when given."""
    return frozenset(w for w, p, n, c in read_tsv("quote_person_pronouns.tsv")
                     if (not cases or c in cases) and person in (None, p) and number in (None, n))
