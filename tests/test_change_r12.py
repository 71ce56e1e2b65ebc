"""Issue 17, round 12: moves that are goals, projections or comparisons, and a possessed figure's level.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes


@pytest.mark.parametrize(
    "text, expected",
    [
        # an infinitive clause of purpose names a goal, not a move made
        ("The US hit Beijing with tariffs to force it to reduce its nearly $400 billion trade surplus.", []),
        ("The plan came from an order issued last year to cut office costs by 20 percent by 2021.", []),
        ("The government raised taxes to cut the deficit by $20 million.", []),
        # ... the move itself, and a level reached after it, stay
        ("Exports rose 5% in May to reach a record $20 billion.", [(None, 20e9, "increase", None, 5)]),
        ("The index rebounded to gain 2.6%, erasing half of its losses.", [(None, None, "increase", None, 2.6)]),
        ("The union agreed to cut wages by 5% to save 300 jobs.", [(None, None, "decrease", None, 5)]),
        ("The bank cut interest rates by 0.25 points to boost growth.", [(None, None, "decrease", 0.25, None)]),
    ],
)
def test_purpose_is_no_move(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "would" under a verb of saying in the present or present perfect: a projection or a pledge
        ("The minister says the new rules would raise his costs by 20 percent.", []),
        ("The party leader has said his party would cut £35bn in spending.", []),
        ("An official says the navy would save money by reducing the fleet to one carrier.", []),
        # ... under a past "said", a reported "will": a decision, a change
        ("The president said he would cut $450 million in foreign aid.", [(None, None, "decrease", 450e6, None)]),
        ("The ministry said 3,750 extra soldiers would be sent to the border.",
         [(None, None, "increase", 3750, None)]),
    ],
)
def test_would_under_present_saying(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure on the moved thing someone owns is where it stood, not the size of the move: no size, no change
        ("China reduced its $400 billion trade surplus last year.", []),
        ("The firm lowered its 2,000-strong workforce sharply.", []),
        # ... a verb of the "whole" row moves all of it
        ("The Pentagon will withdraw its 2,000 troops from Syria.", [(None, None, "decrease", 2000, None)]),
        # ... a figure of its own on the object is still the size
        ("The company cut 500 jobs in May.", [(None, None, "decrease", 500, None)]),
    ],
)
def test_possessed_figure_is_the_level(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a move in the simple present under "when"/"if": how two counts compare
        ("When combined with its rival, the number rises only slightly to 0.095 percent.", []),
        ("Support drops to 40% when voters are asked about the war.", []),
        ("There's a 10-point drop when people are asked about the war.", []),
        # ... in the past it happened
        ("Prices fell 2% when the bank raised rates.", [(None, None, "decrease", None, 2)]),
        ("There was a 10-point drop when the poll was repeated in May.", [(None, None, "decrease", 10, None)]),
        ("The death toll rises to 50 as rescuers search the rubble.", [(None, 50, "increase", None, None)]),
    ],
)
def test_generic_present_comparison(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # nouns of a set that loses members (data/change_verbs.tsv, "decrease"): the figure after "of" is the size
        ("Bush ordered the withdrawal of 30,000 troops from Germany in 2004.", [(None, None, "decrease", 30000, None)]),
        ("The president ordered the departure of 30,000 troops from Germany.", [(None, None, "decrease", 30000, None)]),
        ("The pullout of 2,000 soldiers began on Monday.", [(None, None, "decrease", 2000, None)]),
        # ... a year after the noun is a time, not a size
        ("The withdrawal from the 2015 deal angered Europe.", []),
    ],
)
def test_withdrawal_nouns(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure after a compound preposition with "to" is who says or why, never the level reached
        ("The US military dropped the bomb at 7:32 p.m., according to four US officials.", []),
        ("Exports fell to 300 due to 3 strikes at the port.", [(None, 300, "decrease", None, None)]),
        ("Exports rose to 300, according to the ministry.", [(None, 300, "increase", None, None)]),
        # ... "close to" stays a hedge of the level
        ("Unemployment rose to close to 10 percent in May.", [(None, 10, "increase", None, None)]),
    ],
)
def test_according_to_is_no_level(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected
