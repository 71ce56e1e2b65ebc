"""Issue 17, round 10: change shapes of the issue's list that the rules still lost.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes


@pytest.mark.parametrize(
    "text, expected",
    [
        # "rose X to Y" with both figures written alike: text alone reads a range; the parse's "to" on a verb of
        # movement makes them the size and the level reached
        ("Crude oil rose $1.64 to $47.10 on Friday.", [(None, 47.1, "increase", 1.64, None)]),
        ("The number of people out of work rose 32,000 to 1.41 million in the quarter.",
         [(None, 1410000, "increase", 32000, None)]),
        ("The jobless rate edged up 0.1% to 4.7% in May.", [(None, 4.7, "increase", None, 0.1)]),
        # ... a range ("to" a quantmod) stays a range, no move
        ("In one day, the team picks up 20 to 50 bodies.", []),
        ("Troops killed 20 to 30 militants.", []),
        # "- up from X" after a dash set off by spaces is an aside, not a compound noun ("write-down")
        ("Quarterly profit was $3.65bn - up from $2.89bn a year ago.",
         [(2890000000, 3650000000, "increase", 760000000, 26.3)]),
        ("The firm took a $650m write-down.", []),
        # "an increase of 62,000 units": the figure counts the noun "of" gives the movement noun as its size
        ("Sales in 2004 were 6,798,000, an increase of 62,000 units from 2003.",
         [(None, 6798000, "increase", 62000, None)]),
        ("The firm announced 2,200 job cuts.", []),
        # "compared with Y" at an earlier time spelled in words, or "before the ..."
        ("Unemployment stood at 25%, compared with 10% four years ago.", [(10, 25, "increase", 15, 150)]),
        ("Unemployment stood at 25%, compared with 10% before the uprising.", [(10, 25, "increase", 15, 150)]),
        # ", against Y a year earlier" compares; "against" without the comma does not
        ("Profits fell 15% to $56m, against $66m a year earlier.",
         [(66000000, 56000000, "decrease", 10000000, 15)]),
        ("The team won 3 games against 2 teams last year.", []),
        # a movement noun named as expected or planned is no move made; an estimated one is
        ("The expected increase of 5% in fares was announced on Monday.", []),
        ("Officials reported an estimated 10 percent increase in reports.", [(None, None, "increase", None, 10)]),
    ],
)
def test_change_r10(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # each side at its own stated time: the level reached at the time written after it
        ("Support declined from 68% in 2000 to 57% in 2013.", [("2000", "2013")]),
        ("Spending increased from $4.9 million in 2008 to $23.2 million in 2018 for the office.", [("2008", "2018")]),
        # a level with no time of its own does not take the from-side's
        ("Spending increased from $4.9 million in 2008 to $23.2 million.", [("2008", None)]),
        # one time for the whole change stays the change's
        ("In 2016 the number dropped to 14,900.", [(None, "2016")]),
    ],
)
def test_change_sides_times(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    doc = nlp_amounts(text)
    assert [(c["from_time"], c["time"]) for c in doc._.newsgraph_changes] == expected
