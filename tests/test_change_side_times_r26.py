"""Round 26 (issue 17, item 4): a change's time is never a time that governs something else in its sentence: a
from-phrase that is another figure's ("down from 23% in February"), the base of its own move ("fell 2% from a year
earlier"), or a relative clause that does not hold it ("seats where voters backed Leave in 2016"); a relative
clause on a from-figure dates that side ("up from 35% who backed it in March"). Its own stretch ("rose 3% from
January to March") and its own times stay. Sentences written here."""

from __future__ import annotations

import pytest

import newsgraph

_PUB = "2020-09-18"


def _times(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(direction, from_time, time) of each change."""
    return [(c.direction, c.from_time, c.time) for c in newsgraph.extract(text, published=_PUB).changes]


@pytest.mark.parametrize(("text", "expected"), [
    # another change's from-side time is not this change's
    ("Industrial output grew 15.7% in the year to October, down from 23% in February, and inflation slowed to 4.3%.",
     [("increase", "2020-02", "2019-10"), ("decrease", None, "2019-10")]),
    ("The firm made a profit of $3.36bn, up 27% from its 2003 performance, while revenues grew 6.4% to $42.09bn.",
     [("increase", None, None)]),
    # the base of the move is no time of the move
    # (round 29: the base is the from-side's time)
    ("Exports fell 2% from a year earlier in the second quarter.", [("decrease", "2019", "2020-Q2")]),
    ("Sales rose 5% from 2019.", [("increase", "2019", None)]),
    # a relative clause about something else
    ("In seats where voters backed Leave in the 2016 referendum, support for the party rose by 6%.",
     [("increase", None, None)]),
    ("Sales fell to $5 billion, which it last reached in 2015.", [("decrease", None, None)]),
    # a relative clause on the from-figure dates the from-side
    ("Some 41% of voters back the deal, up from 35% who backed it in March.", [("increase", "2020-03", None)]),
    ("The party won 45 seats, up from 30 that it held after the 2015 election.", [("increase", "2015", None)]),
])
def test_times_of_something_else(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the change's own stretch, its own from-side and to-side times, a clause that holds it
    # (round 29: a stretch gives both sides' times; the change took its start before)
    ("Prices rose 3% from January to March.", [("increase", "2020-01", "2020-03")]),
    ("The number of migrants fell to 900 in July from 1,200 in June.", [("decrease", "2020-06", "2020-07")]),
    ("Exports rose 5% in June to $20 billion.", [("increase", None, "2020-06")]),
    ("Sales, which peaked in 2015, fell 10% to $5 billion in 2019.", [("decrease", None, "2019")]),
    ("Troops will be cut from 5,200 to 3,000 by the end of November.", [("decrease", None, "2020-11")]),
])
def test_own_times_stay(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _times(text) == expected
