"""Round 33 (issue 17, amtobj): what an amount counts, classes found on allsides tune ranks 600-783. Sentences
written here (no report text); rows marked "before:" failed at main 5260320e, the others are guards that keep
their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _read(text: str) -> list[tuple[str, str, str | None]]:
    """(figure, kind, canonical object) of every amount: the canonical object is what a series is keyed by."""
    return [(a.text, a.kind, canonical_object(a.object)) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: the participle the people do was the object ("marching")
    ("She was among a crowd of around 8,000 marching from the port to the square.", [("8,000", "count", None)]),
    # guard: the elided rules still name a participle's doers when the parse hangs them on a noun
    ("The motion was backed by 120 states, with 30 abstaining and seven voting against.",
     [("120", "count", "states"), ("30", "count", "states"), ("seven", "count", "states")]),
    # guards: plural nouns in "-ing" count, and a participle after a noun leaves the noun counted
    ("Police reported three bombings in the city.", [("three", "count", "airstrikes")]),
    ("The firm held five training sessions.", [("five", "count", "sessions")]),
    ("About 300 people marching to the palace were stopped.", [("300", "count", "people")]),
])
def test_participle_is_no_object(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the first of two joined shares before one "of" phrase had no object
    ("Officials said 91.4 percent and 87.2 percent of voters backed the plan.",
     [("91.4 percent", "percent", "voters"), ("87.2 percent", "percent", "voters")]),
    ("Between 20 percent or 25 percent of the workers left.",
     [("20 percent", "percent", "workers"), ("25 percent", "percent", "workers")]),
    # guards: a figure with its own noun keeps it; a share with no "of" after the second lends nothing
    ("The raid killed 12 soldiers and 30 percent of the villagers fled.",
     [("12", "count", "deaths"), ("30 percent", "percent", "villagers")]),
    ("Turnout was 64 percent and 58 percent said they backed him.",
     [("64 percent", "percent", "turnout"), ("58 percent", "percent", None)]),
])
def test_joined_shares_of_one_whole(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a bare figure that votes or demonstrates had no object
    ("Sixty-one voted to end the debate, while 38 voted to keep it going.",
     [("Sixty-one", "count", "votes"), ("38", "count", "votes")]),
    ("Some 4,000 demonstrated in the northern city of Tanta on Friday.", [("4,000", "count", "protesters")]),
    ("More than 1,500 protested outside the ministry.", [("1,500", "count", "protesters")]),
    ("Rescuers said six of the wounded were flown out, and three suffered minor injuries.",
     [("six", "count", "injured"), ("three", "count", "injured")]),
    # guards: a figure with a noun keeps it; "the 40" is a group named before, left to the elided rules
    ("Four Republicans voted with the Democrats.", [("Four", "count", "republicans")]),
    ("The 40 voted against the bill.", [("40", "count", None)]),
    ("Shares rallied 12 percent on Monday.", [("12 percent", "percent", None)]),
    ("Some 40 suffered losses in the storm.", [("40", "count", None)]),
])
def test_doers_counted_by_their_deed(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a thing a man carried took his arrest ("knives arrested")
    ("In Leeds, a man with two knives was arrested after a fight.", [("two", "count", "knives")]),
    # guards: a group joined to the harmed shares the harm; a count that is the subject keeps it
    ("The ambassador together with three other Americans were killed.", [("three", "count", "deaths")]),
    ("Police said 14 people were killed.", [("14", "count", "deaths")]),
])
def test_a_held_thing_takes_no_outcome(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: "the two" after two people named in its own sentence, with a third named in the sentence before
    ("Maria Lopez met Paul Schmidt and Otto Brandt in Paris. The mayor also met on Friday with Prime Minister Anna "
     "Keller, though Maria Lopez said the two did not discuss trade.", [("two", "count", "people")]),
    ("Maria Lopez met Paul Schmidt and Otto Brandt in Paris. Later Maria Lopez met Anna Keller, and the two did not "
     "discuss trade.", [("two", "count", "people")]),
    # guards: three people in the sentence before and none in the figure's own stay empty; a pair named before
    ("Maria Lopez, Otto Brandt and Paul Schmidt met on Monday. The two agreed to meet again.", [("two", "count", None)]),
    ("Maria Lopez met Otto Brandt on Monday. Lopez said the two had agreed on little.", [("two", "count", "people")]),
])
def test_the_two_named_in_its_sentence(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a year before an era was a count with the era as its object ("AD")
    ("The fort was finished in 122 AD, and in 383 AD the garrison left.", []),
    ("The city was founded around 600 BC by traders.", []),
    # guards: a count before a capitalised word that is no era, and a year after a word of time (as before)
    ("The court heard 12 ADA lawyers.", [("12", "count", "lawyers")]),
    ("The treaty was signed in 1648.", []),
])
def test_a_year_before_an_era(text: str, expected: list) -> None:
    assert _read(text) == expected
