"""Round 32 (issue 17, amt2): figures that are no amounts, classes of review H found again on allsides read ranks
540-619. Sentences written here (no report text); rows marked "before:" failed at main c1742e2d, the others are
guards that keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _read(text: str) -> list[tuple[str, str, str | None]]:
    """(figure, kind, canonical object) of every amount."""
    return [(a.text, a.kind, canonical_object(a.object)) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: a determiner "one" before a singular noun was a count of one official, user, tiger, side...
    ("One official said the talks had failed.", []),
    ("One user wrote that the site was down.", []),
    ("One tiger was seen near the village.", []),
    ("The one side wanted peace, the other war.", []),
    ("At least one lawmaker welcomed the plan.", []),
    ("The court heard one witness on Monday.", []),
    # before: an objectless "one" counted nothing
    ("There was one change in policy this week.", []),
    # guards: "one of the officials" stays no amount, "one million" a million, an outcome keeps the count of one
    ("One of the officials said the talks had failed.", []),
    ("One million people fled the city.", [("One million", "count", "people")]),
    ("One soldier was killed.", [("One", "count", "deaths")]),
    ("They won by one goal.", [("one", "count", "goal")]),
    ("At least one person was killed.", [("one", "count", "deaths")]),
    ("Two soldiers and one civilian were killed.", [("Two", "count", "deaths"), ("one", "count", "deaths")]),
])
def test_determiner_one(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a year before 1800 after a word of time was a count
    ("The constitution was written in 1787 by the delegates.", []),
    # guards: "since" already dated its year; a count of that size keeps its noun; a modern year stays out
    ("The treaty has held since 1648, when the war ended.", []),
    ("The king sent 1500 soldiers to the border.", [("1500", "count", "troops")]),
    ("A crowd of 1500, police said.", [("1500", "count", "crowd")]),
    ("The law was passed in 1995 by the senate.", []),
])
def test_early_years(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: two ages after names, joined by "and", were counts of arrests
    ("Smith and Jones, 34 and 32, were arrested on Monday.", []),
    ("The couple, 34 and 32, were arrested.", []),
    # guards: an age in apposition stays out; two counts joined by "and" stay counts
    ("John Smith, 45, said the army left.", []),
    ("Rebels killed 34 and wounded 32 in the town.", [("34", "count", "deaths"), ("32", "count", "injured")]),
])
def test_paired_ages(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a slideshow's counter alone on its line, in parentheses, or after "Slideshow" was a count
    ("Protesters gather.\n1 of 14\nPolice fire tear gas.", []),
    ("Protesters gather (3 of 14) in the square.", []),
    ("Slideshow 1 of 14 Police fire tear gas.", []),
    # guards: a gallery word's counter stays out; "1 of 14 victims" counts victims
    ("Image 3 of 14 Protesters gather in the square.", []),
    ("Police said 1 of 14 victims was a child.", [("1", "count", "victims"), ("14", "count", "victims")]),
])
def test_slideshow_counter(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: numbered points inside a sentence were counts of nothing
    ("As for the plan, 1) it is late; 2) it is costly.", []),
    # guards: a number closing parentheses that it opened is no marker, nor are two numbers not in a row
    ("The army lost 12 tanks (and 3) on Monday, and 4) more later.",
     [("12", "count", "tanks"), ("3", "count", "tanks"), ("4", "count", "tanks")]),
    ("The army lost 12 tanks (and 3 trucks) on Monday.", [("12", "count", "tanks"), ("3", "count", "trucks")]),
])
def test_inline_list_markers(text: str, expected: list) -> None:
    assert _read(text) == expected
