"""Round 26 (issue 17, item 6): two figures of different things are no change. A from-figure that names a thing
of its own ("imports of $18 billion", "300 police officers", "$25 for silver") set against another thing that
moved is dropped; a synonym, a toll's people, a level noun, a loss against a profit, a percent's base and one
series told a year earlier keep their change. Sentences written here."""

from __future__ import annotations

import pytest

import newsgraph

_PUB = "2020-09-18"


def _changes(text: str) -> list[tuple[str | None, float | None, float | None]]:
    return [(c.direction, c.from_value, c.to_value) for c in newsgraph.extract(text, published=_PUB).changes]


@pytest.mark.parametrize("text", [
    "The army has 5,000 troops in the north, up from 300 police officers.",
    "The company's profit rose to $2 billion, compared with revenue of $10 billion.",
    "The price of gold rose to $1,900, compared with $25 for silver.",
    "The mine produced 900 tonnes of copper, up from 300 tonnes of zinc.",
])
def test_two_things_are_no_change(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll rose to 300 from 250 people.", [("increase", 250, 300)]),
    ("Troop numbers fell to 3,000 from 5,200 soldiers.", [("decrease", 5200, 3000)]),
    ("Turnout rose to 60% from 45% of voters.", [("increase", 45, 60)]),
    ("The number of refugees rose to 2 million, up from 1.5 million people last year.",
     [("increase", 1500000, 2000000)]),
    ("Revenue rose to $10bn, compared with sales of $8bn a year earlier.", [("increase", 8e9, 1e10)]),
    ("Arrests rose to 400, up from 250 detentions.", [("increase", 250, 400)]),
    ("Sales fell to 900 cars in May from 1,000 cars in April.", [("decrease", 1000, 900)]),
    # an earlier level of the series ("close"), and a figure told before the move
    ("The rupee climbed to 43.305 per US dollar, up from a close of 43.41.", [("increase", 43.41, 43.305)]),
    ("Its stockpile of uranium, 10,000 kilograms, was cut to 300 kilograms.", [("decrease", 10000, 300)]),
])
def test_one_thing_keeps_its_change(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert _changes(text) == expected
