"""Round 31 (issue 17, obj): written forms of a number and objects of sums that real reports read wrong.
Sentences written here (no report text); rows marked "before:" failed at main 498bea55, the others are guards
that keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.object) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: a capitalised number word opening a clause after a comma was taken for part of a name
    ("After the storm, Three fishermen were missing.", [("Three", "fishermen")]),
    ("By late evening, Nine were arrested.", [("Nine", "arrested")]),
    # guards: a name's number (no comma before, or a capital or hyphen after), and a sentence's first word
    ("Leaders of the Group of Seven nations met.", []),
    ("He watched Ocean's Eleven, Twelve, and Thirteen.", []),
    ("Four protesters were detained.", [("Four", "protesters detained")]),
])
def test_capital_number_opening_a_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the whole part of a mixed number read alone ('3', object '½-year-old siege'; '4' for '4-1/2-mile')
    ("The 3 ½-year-old siege has cost 800 lives.", [("800", "lives")]),
    ("The 3½-year-old siege has cost 800 lives.", [("800", "lives")]),
    ("Troops built a 4-1/2-mile wall.", []),
    ("The country's 3 1/2-year-old civil war has killed 900 people.", [("900", "people killed")]),
    # guards: a plain hyphenated modifier, a score, and a count before a hyphenated word of its own
    ("The 3-year-old siege goes on.", []),
    ("They sent 40 well-armed guards.", [("40", "well-armed guards")]),
])
def test_mixed_fraction(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected
