"""Round 33 (issue 17, amt3): figures that count nothing, classes found on allsides tune ranks 1-783. Sentences
written here (no report text); rows marked "before:" failed at main 0f847a96, the others are guards that keep
their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _read(text: str) -> list[tuple[str, str, str | None]]:
    """(figure, kind, canonical object) of every amount."""
    return [(a.text, a.kind, canonical_object(a.object)) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: an idiom of many, no dozen of migrants
    ("Migrants are arriving by the dozen every night at the border station.", []),
    # guard: "hundreds" alone was never a count here, and the set phrase keeps it so
    ("Volunteers came by the hundreds to fill sandbags along the river.", []),
    # before: a definite "the two" before a noun of parties names known parties
    ("Relations between the two nations have soured since the incident.", []),
    ("The two sides traded blame for the collision on Tuesday.", []),
    ("The two main parties rejected the budget deal.", []),
    # before: a number before a superlative after "the" or a possessive is a rank
    ("The leaders of the world's two largest economies met on Friday.", []),
    ("Its three biggest cities saw protests over the weekend.", []),
    # before: a sentence-opening "One" before a noun of a writer's point is a determiner
    ("One focus of the talks was the tariff schedule.", []),
    # guard: read as no count already (no object), and the opener rule keeps it so
    ("One problem is that the budget has run out.", []),
    # before: "aged between 18 and 36" is an age range, no count of attackers
    ("The attackers were aged between 18 and 36, with records of petty crime.", []),
    # guards: a count beside an age range, and a range of a count
    ("About 40 people aged between 18 and 30 were arrested.", [("40", "count", "arrests")]),
    ("The plan would cut the warheads to between 1,000 and 1,100.", [("1,000 and 1,100", "count", "weapons")]),
    # guards: an indefinite number, digits, another noun, a count of one
    ("Two nations signed the accord on Monday.", [("Two", "count", "countries")]),
    ("The 28 nations of the bloc agreed to the plan.", [("28", "count", "countries")]),
    ("Police arrested three men near the station.", [("three", "count", "arrests")]),
    ("One person was killed and two others were hurt.", [("One", "count", "deaths"), ("two", "count", "injured")]),
    ("The two new soldiers arrived at the base on Monday.", [("two", "count", "troops")]),
    ("Officials found two problems with the voting machines.", [("two", "count", "problems")]),
])
def test_not_counts(text: str, expected: list) -> None:
    assert _read(text) == expected
