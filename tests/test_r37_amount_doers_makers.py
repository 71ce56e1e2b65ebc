"""Round 37 (issue 17 items 1-2; r37-amt2): the country that acts in a toll is no place of it, the maker of a
measured flow is not its object, and a bare figure beside a counted subject counts that subject. Sentences
written here (no report text). Rows marked "before:" read otherwise on 1b9ce646; the others are guards (near
misses of the rules) that must keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _read(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(a.text, canonical_object(a.object), a.owner, a.location) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: the attacker's country, named as a possessive or as the subject of the harm, was the toll's place
    ("Russia's strikes killed 30 Ukrainian soldiers near the river.", [("30", "deaths", "UKR", None)]),
    ("Israel's offensive has killed more than 30,000 Palestinians.", [("30,000", "deaths", "PSE", None)]),
    ("Russia's airstrikes killed 30 people.", [("30", "deaths", None, None)]),
    ("Israel killed 30 Palestinians overnight.", [("30", "deaths", "PSE", None)]),
    ("Russia has killed 500 civilians since March.", [("500", "deaths", None, None)]),
    ("Russia's invasion has displaced 6 million people.", [("6 million", "displaced", None, None)]),
    # guards: a place of the event, a state acting at home, a war named by its country, an event noun's place
    ("A bomb in Pakistan killed 12 people.", [("12", "deaths", None, "PAK")]),
    ("Iran arrested 80 protesters on Monday.", [("80", "arrests", None, "IRN")]),
    ("Syria's civil war has killed 500,000 people.", [("500,000", "deaths", None, "SYR")]),
    ("The Pakistan bombing that killed 70 people shocked the nation.", [("70", "deaths", None, "PAK")]),
    ("Russian missiles killed 30 people in Odesa.", [("30", "deaths", None, "UKR")]),
    # guard: a government's possessive names the state that tells its own toll (read3 kept SYR)
    ("Syria's government claims six civilians were killed in the raids.", [("six", "deaths", None, "SYR")]),
])
def test_doer_is_no_place(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the plant or refinery that makes the flow was the measured thing
    ("The plant produces 500 barrels a day.", [("500 barrels a day", None)]),
    ("The refinery pumps 200,000 barrels per day.", [("200,000 barrels per day", None)]),
    ("The Zaporizhzhia plant produces 6,000 megawatts.", [("6,000 megawatts", None)]),
    # guards: the stuff named with "of" stays, a count of made things stays
    ("The mine produces 3 million tons of coal a year.", [("3 million tons", "coal")]),
    ("The tanker spilled 11 million gallons of oil.", [("11 million gallons", "oil")]),
    ("The factory makes 5,000 cars a month.", [("5,000", "cars")]),
])
def test_maker_is_no_object(text: str, expected: list) -> None:
    assert [(t, o) for t, o, _w, _l in _read(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the second, bare figure had no object
    ("Police and soldiers searched the villages for days. Forty students fled into the forest and 120 are still "
     "missing, officials said.", [("Forty", "students"), ("120", "students")]),
    ("Twelve boats reached the port, while 30 sank in the storm.", [("Twelve", "ships"), ("30", "ships")]),
    ("In the first round, 15 candidates advanced and 40 were eliminated.",
     [("15", "candidates"), ("40", "candidates")]),
    ("Ten companies signed the deal, and 4 refused.", [("Ten", "companies"), ("4", "companies")]),
    # guards: a figure with its own noun, a figure that is an object, a first subject with no figure, an outcome
    ("Two men stayed home and 4 people left.", [("Two", "men"), ("4", "people")]),
    ("Twenty voters backed him, and she won 30.", [("Twenty", "voters"), ("30", None)]),
    ("The children sang and 20 danced.", [("20", None)]),
    ("Five soldiers died and at least 30 were injured.", [("Five", "deaths"), ("30", "injured")]),
])
def test_parallel_subjects(text: str, expected: list) -> None:
    assert [(t, o) for t, o, _w, _l in _read(text)] == expected
