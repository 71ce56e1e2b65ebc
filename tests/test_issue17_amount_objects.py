"""Issue 17, amount objects on real reports (round 20's second review): an elided object takes the noun it refers
back to when that is clear ("five of them", "three were given fines", "the two", "another 99", "Of the 20 pages,
12 ..."), else stays empty; a name's digits ("France 24"), a label after "#", "during one call" and an exchange
rate count nothing; "a 39 billion pound bill" is money; a later clause with its own subject gives no place to a
figure; one rule reads the first number of a range of durations. Every sentence is written for the test."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.amounts import not_counts


def _rec(text: str):
    return newsgraph.extract(text, published="2026-03-10", title="Test")


def _amounts(text: str) -> list[tuple]:
    return [(a.text, a.object) for a in _rec(text).amounts]


@pytest.mark.parametrize("text, expected", [
    # a partitive pronoun: the plural noun of the sentence before, when it is the only kind named there
    ("The agency released the documents last week. Four of them were classified.", [("Four", "documents")]),
    ("The soldiers were arrested on Friday. Five of them were charged.", [("Five", "soldiers")]),
    # a bare figure that is its clause's subject
    ("The court reviewed 12 documents. Two are labeled secret.", [("12", "documents"), ("Two", "documents")]),
    ("Police detained 11 protesters; three were given fines.",
     [("11", "protesters detained"), ("three", "protesters")]),
    # a fronted whole: the 12 are pages, and the 20 pages count no material
    ("Of the 20 pages, 12 contain secret material.", [("20 pages", None), ("12", "pages")]),
    # the one larger figure before names the whole ("spies" is no whole of the five)
    ("The regime admitted to kidnapping 13 Japanese citizens to train spies. Five of them returned home.",
     [("13", "Japanese citizens"), ("Five", "Japanese citizens")]),
    # "the two": what a figure of that value just counted
    ("Police knew of the two men who had made threats, but the two were not deemed a danger.",
     [("two", "men"), ("two", "men")]),
    # ... as a subject only: a whole named again after "of" keeps none
    ("He met leaders of three nations. Of the three, one holds elections.", [("three", "nations"), ("three", None)]),
    # "another 99": more of the thing the last figure counted
    ("Officials said 97 rockets had hit the town, while another 99 were intercepted.",
     [("97", "rockets"), ("99", "rockets")]),
    # not clear: two kinds of things before, none of them a larger whole -> empty
    ("The court reviewed 12 documents from three agencies. Two are labeled secret.",
     [("12", "documents"), ("three", "agencies"), ("Two", None)]),
    ("The rockets landed near the two cities. Two struck an open field.", [("two", "cities"), ("Two", None)]),
    # the subject of a reporting verb is who tells, not the set counted
    ("Rescuers said three are still missing.", [("three", None)]),
    # no plural noun before: people named one by one
    ("Smith and Jones met on Friday. Two of them argued.", [("Two", None)]),
    # a larger count whose noun is unknown may be the whole: no guess from the other plural noun
    ("The regime admitted to kidnapping 13 in all to train spies. Five of them returned home.",
     [("13", None), ("Five", None)]),
])
def test_elided_objects(text: str, expected: list[tuple]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name's digits
    ("He told France 24 that the talks had failed.", []),
    ("Speaking to Channel 4, she denied it.", []),
    ("The column called it Plan B 2.0, a sequel nobody wanted.", []),
    # digits with a noun of their own still count
    ("Iran sent 24 drones.", [("24", "drones")]),
    ("Russia has 24 warships there.", [("24", "warships")]),
    # a label after "#"
    ("Campaign promise #1: we will cut taxes.", []),
    # an occasion among several
    ("During one call, he raised his voice.", []),
    ("One woman was arrested.", [("One", "woman arrested")]),
    # an exchange rate
    ("The ruble fell to 70 to the dollar.", []),
    ("The rupee traded at 74 against the dollar on Friday.", []),
    ("The lira slid to 18 per dollar, a record low.", []),
    ("They sold 300 cars to the dollar store.", [("300", "cars")]),
])
def test_not_counts(text: str, expected: list[tuple]) -> None:
    assert _amounts(text) == expected


def test_pound_after_a_scale_is_money() -> None:
    amounts = _rec("Britain should refuse to pay a 39 billion pound ($49 billion) divorce bill.").amounts
    assert [(a.text, a.dimension, a.currency, a.object) for a in amounts] == [
        ("39 billion pound", "money", "GBP", "divorce bill"), ("$49 billion", "money", "USD", "divorce bill")]


def test_a_weight_in_pounds_is_no_money() -> None:
    assert all(a.dimension != "money" for a in _rec("The bag weighed 200 pounds.").amounts)


@pytest.mark.parametrize("text, expected", [
    # a later clause with its own subject tells another event: its place is not the figure's
    ("Officials confirmed two cases, and the virus later spread to Ukraine.", None),
    # the same subject's coordinated verb is the same event and keeps its place
    ("A bomb killed three people and wounded ten in Kabul.", "AFG"),
    # a place in the clause that holds the figure's clause stays
    ("The Istanbul airport reopened the morning after the attack that killed 41 people.", "TUR"),
])
def test_later_clause_place(text: str, expected: str | None) -> None:
    assert _rec(text).amounts[-1].location == expected


@pytest.mark.parametrize("text", [
    "After a pause of six to 18 months, a new court may sit.",
    "His sister said the police had been watching him for two to four years.",
    "The ministers will meet in one or two weeks.",
])
def test_one_rule_for_ranges_of_durations(text: str) -> None:
    assert _rec(text).amounts == []
    assert not hasattr(not_counts, "_RANGE_OF_TIME")  # the class has one rule (frame_phrases.duration_ranges)
