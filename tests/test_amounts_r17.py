"""Issue 17, review 17: numbers that are no amounts (a year with its century clipped, a unit's number, "any one",
"from one X to another"); the object of a bare figure that opens its own clause under another; a number the parse
hangs on the first word of a proper-name compound; a move told with "would" by a decision taken (an order).

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes


def _objects(nlp: Any, text: str) -> list[tuple[Any, ...]]:
    doc = nlp(text)
    assert not doc._.newsgraph_errors
    return [(a["value"], a["object"]) for a in doc._.newsgraph_amounts]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year with its century clipped: no count
        ("Voters who backed him in ’16 stayed home this time.", []),
        ("Turnout has fallen since '08, officials said.", []),
        ("She has been with the band since ’98 and plans to stay.", []),
        # ...but a count in single quotes with a counted noun after it stays
        ("The sign read '16 people died here' in red paint.", [(16, "people killed")]),
        ("He was born in 1998 and met 16 people.", [(16, "people")]),
        # a unit's, flight's or road's number is a label
        ("The hackers belonged to Unit 61398 of the army.", []),
        ("Flight 17 was shot down over the east.", []),
        ("They drove along Route 66 for a week.", []),
        ("The unit lost 12 soldiers in the raid.", [(12, "soldiers")]),
        # "any one", "from one X to another": no count of one
        ("Only a few officers are on duty at any one time.", []),
        ("No single donor may give more than any one party can spend.", []),
        ("The troupe moved from one theater to another.", []),
        ("Prices vary from one region to the next.", []),
        # (round 32: a determiner "one" before a singular noun with no outcome is no count of one, whatever frame
        # is around it: lone_figures.lone_one; the plural count beside it stays)
        ("One theater closed and two cinemas opened.", [(2, "cinemas")]),
        ("The troupe moved from one theater in May.", []),
    ],
)
def test_not_amounts(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _objects(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare figure right before its own auxiliary counts its clause, not the clause above
        ("Officials claim sources have told them up to 30 were injured.", [(30, "injured")]),
        ("The group says aides told reporters that as many as 12 were killed.", [(12, "killed")]),
        # a figure with no noun and an elided object: no object, never a wrong one
        ("Rescuers said at least three are still missing.", [(3, None)]),
        # a figure a verb moves keeps the noun the verb's subject names
        ("The army raised its troops to 5,000 last year.", [(5000, "troops")]),
        # a number on the first word of a proper-name compound counts the last
        ("Zero House Democrats backed the bill.", [(0, "House Democrats")]),
        ("Zero Democrats backed the bill.", [(0, "Democrats")]),
        ("Two New York Police Department officers were hurt.", [(2, "New York Police Department officers injured")]),
    ],
)
def test_objects(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _objects(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an order's effect told with "would": a decided move
        ("The order would reduce the number of troops by 9,500 from 34,500 and cap it at 25,000.",
         [(34500, 25000, "decrease", 9500, 27.54)]),
        ("The president signed an order that would cut the force from 34,500 to 25,000.",
         [(34500, 25000, "decrease", 9500, 27.54)]),
        ("The decree would raise the minimum wage from 300 to 360 pesos.", [(300, 360, "increase", 60, 20)]),
        # a bill, a plan or a bare "would": a projection or proposal, no move
        ("He backed a bill that would cut the force from 34,500 to 25,000.", []),
        ("The plan would cut the force from 34,500 to 25,000.", []),
        ("A merger would cut the staff from 900 to 600.", []),
        # a denied effect
        ("The order would not reduce the force from 34,500 to 25,000.", []),
    ],
)
def test_decided_would(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a year with its century clipped is a time: the century that puts it at most ten years after the report
        ("Voters who backed him in ’16 stayed home.", "2020-11-05", [("’16", "2016")]),
        ("She joined the band in '98 and left in '04.", "2005-01-01", [("'98", "1998"), ("'04", "2004")]),
        ("The class of '12 met again.", "2005-01-01", [("'12", "2012")]),
        ("The class of '19 met again.", "2005-01-01", [("'19", "1919")]),
        # no publication: 20xx up to '30
        ("He first ran in ’08.", None, [("’08", "2008")]),
        # a count inside single quotes, a decade, a contraction: no clipped year
        ("The sign said '16 people died' in red.", "2020-11-05", []),
        ("It was rock 'n' roll.", "2020-11-05", []),
    ],
)
def test_clipped_year_is_a_time(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    from newsgraph.extract.times import find_times

    assert [(t.text, t.value) for t in find_times(text, published)] == expected
