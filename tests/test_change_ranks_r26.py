"""Round 26 (issue 17, item 6): a move up or down a rank is no change. Chart places, a rating's notches, a tax
band, "to number two" and bare places in a sentence naming a chart are orders, not quantities; a count of places,
spots or positions as the thing moved keeps its change. Sentences written here."""

from __future__ import annotations

import pytest

import newsgraph

_PUB = "2020-09-18"


def _changes(text: str) -> list[tuple[str | None, float | None, float | None]]:
    return [(c.direction, c.delta, c.to_value) for c in newsgraph.extract(text, published=_PUB).changes]


@pytest.mark.parametrize("text", [
    "The single moved up three places to number two.",
    "Moody's lifted the country's rating by one notch.",
    "The agency cut the bank's grade by two notches to junk.",
    "The Killers' album moved up three to number two.",
    "The song jumped four spots to No 5 this week.",
    "The player climbed 12 places to 40th in the world rankings.",
    "The club dropped two places after the defeat.",
])
def test_rank_moves_are_no_changes(text: str) -> None:
    assert _changes(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: places, spots and positions counted as the thing moved, and a chart that shows a quantity
    ("The university will cut 500 places from its courses.", [("decrease", 500, None)]),
    ("The city added 1,000 childcare spots last year, bringing the total to 9,000.", [("increase", 1000, 9000)]),
    ("The firm cut 300 positions, bringing its staff to 2,700.", [("decrease", 300, 2700)]),
    ("Sales rose to 400 units, a chart in the report showed.", [("increase", None, 400)]),
    ("The Dow fell 200 points to 25,000.", [("decrease", 200, 25000)]),
    ("Applications rose by 2,000 to 12,000 for the 500 places on offer.", [("increase", 2000, 12000)]),
])
def test_quantities_keep_their_change(text: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _changes(text) == expected
