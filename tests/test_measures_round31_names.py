"""Round 31 (issue 17, obj3): a spelled count the entity tagger names alone; a party rated at a bare figure.
Sentences written here (no report text); rows marked "before:" failed at main 61cad206, the others are guards that
keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.object) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: "Twelve" alone tagged PRODUCT, so the count was dropped as a name's number
    ("In the north, Twelve houses burned.", [("Twelve", "houses")]),
    # guards: a name's number comes with its other words, or counts a capitalised word
    ("He watched Ocean's Eleven, Twelve, and Thirteen.", []),
    ("Leaders of the Group of Seven nations met.", []),
    ("In the north, Twelve Houses burned.", []),
    ("The Boeing 737 jets were grounded.", []),
    ("In the south, Two houses burned.", [("Two", "houses")]),
])
def test_lone_number_named_by_the_tagger(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a party put at a bare figure in a poll counted nothing ('24' with no object)
    ("A late poll had Labour down to 31 seats, with the Greens projected at 27.",
     [("31", "seats"), ("27", "seats")]),
    ("Labour won 30 seats, while the Greens were estimated at 22 in polls.", [("30", "seats"), ("22", "seats")]),
    # before: the party's plural name read as the thing counted ('27 Greens'); with no counted figure, empty
    ("The Greens were projected at 27 in the poll.", [("27", None)]),
    # guards: a common-noun subject, another plural noun between, a figure with a noun of its own
    ("Rebels burned 200 homes, with damage estimated at 40.", [("200", "homes"), ("40", "damage")]),
    ("The poll gave Labour 31 seats and 30 percent of votes, with the Greens projected at 27.",
     [("31", "seats"), ("30 percent", "votes"), ("27", None)]),
    ("Smith won 150 votes, while Jones had 71.", [("150", "votes"), ("71", "votes")]),
    # guards: a named subject that puts a noun of the figure's own at it keeps that noun
    ("Two shells hit the town on Monday, and Minister Ann Hale put the number of shells at 14.",
     [("Two", "shells"), ("14", "shells")]),
    ("The Free Syria Council put the death toll at more than 700, according to Reuters.", [("700", "death toll")]),
])
def test_party_rated_at_a_bare_figure(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the parse makes "range" a noun ("that damage range") and hangs "from" on "estimates": no object
    ("Local estimates of that damage range from $40 billion to more than $90 billion.",
     [("$40 billion", "damage"), ("$90 billion", "damage")]),
    ("The hotel offers a price range from $40 to $90.", [("$40", "price"), ("$90", "price")]),
    # guards: the verb's subject (round 31, r31-obj), no compound noun, the phrase of another preposition
    ("Ticket prices range from $40 to $90.", [("$40", "Ticket prices"), ("$90", "Ticket prices")]),
    ("The range from $40 to $90 is wide.", [("$40", None), ("$90", None)]),
    ("Bids in the auction range from $5 million to $8 million.", [("$5 million", None), ("$8 million", None)]),
])
def test_sums_after_a_noun_range(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected
