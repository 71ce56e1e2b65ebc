"""Round 34, wave 2 (issue 17, r34-amt2): figures that count nothing and objects that say nothing, classes found on
allsides tune ranks 1028-1087 and in an independent review's class list. Sentences written here (no report text);
rows marked "before:" fail at cd3b62d5, the others are guards that keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    """(figure, canonical object, owner) of every amount."""
    return [(a.text, canonical_object(a.object), a.owner) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: the participle the people do, hung on its object, was the object ("showing signs")
    ("The blast killed about 70 people, with 43 showing signs of poisoning.",
     [("70", "deaths", None), ("43", None, None)]),
    ("The rally drew 5,000 people, with 200 carrying flags.", [("5,000", "people", None), ("200", None, None)]),
    # guards: a participle that stands as an adjective keeps its noun; no "with", no change
    ("With 3 remaining seats, the party needs 12 votes.", [("3", "seats", None), ("12", "votes", None)]),
    ("The company has 40 existing plants.", [("40", "plants", None)]),
])
def test_participle_after_with_is_no_object(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: "killed in action to 20" gave the object "action"; "majorities in 17 out of 18" gave "majorities"
    ("The clash took the total that were killed in action to 20, the army said.", [("20", None, None)]),
    ("Opposition candidates won majorities in 17 out of 18 of the city's councils.",
     [("17", "councils", None), ("18", "councils", None)]),
    # guards: "out of" with the part's own noun, and the plain part of a whole
    ("The rebels won 151 out of 300 seats.", [("151", "seats", None), ("300", "seats", None)]),
    ("The virus killed 224 out of 425 patients.", [("224", "deaths", None), ("425", "patients", None)]),
])
def test_share_words_and_set_phrases_are_no_objects(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: "South American" was owned by the USA (the demonym "American" alone)
    ("Two South American nations, Chile and Peru, signed the deal.", [("Two", "countries", None)]),
    ("Five Latin American leaders met in Lima.", [("Five", "leaders", None)]),
    # guards: a pair the lexicon knows whole stays the state's; a plain demonym stays
    ("Two South Korean ships and 3 North Korean soldiers were seen.", [("Two", "ships", "KOR"), ("3", "troops", "PRK")]),
    ("40 South African troops arrived.", [("40", "troops", "ZAF")]),
    ("Three American soldiers were wounded.", [("Three", "injured", "USA")]),
])
def test_compass_demonym_is_a_region(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: an age told by a copula, "turned", or a fronted "At N," was a count
    ("Mr. Smith, who is 73, said 40 workers were fired.", [("40", "workers", None)]),
    ("At 82, the senator remains in office.", []),
    ("Police said the driver was 19 and had 2 passengers.", [("2", "passengers", None)]),
    ("The boy was only 14 when he joined the militia.", []),
    ("She turned 100 last week.", []),
    # guards: a toll or a group told by a copula keeps its count; a count with its own noun stays
    ("The death toll was 19 on Monday.", [("19", "deaths", None)]),
    ("The crew was 12.", [("12", "crew", None)]),
    ("The attack lasted 3 hours and left 12 dead.", [("12", "deaths", None)]),
])
def test_stated_age_is_no_count(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a number right after the capitalised noun it was given names that thing (a course, a model)
    ("Students must pass Economics 101 before graduating.", []),
    ("This is a lesson in Diplomacy 101, he said.", []),
    ("The F-35 and the MiG 29 flew together.", []),
    ("The course, CS 50, drew 800 students.", [("800", "students", None)]),
    ("He took History 202 and Route 66 home.", []),
    # guards: 101 counting a noun stays
    ("Some 101 people died.", [("101", "deaths", None)]),
    ("In Iraq 101 soldiers died.", [("101", "deaths", None)]),
    ("On Monday 102 people died.", [("102", "deaths", None)]),
    ("Chelsea won 3 games.", [("3", "games", None)]),
    ("Flight 370 vanished with 239 people aboard.", [("239", "people", None)]),
])
def test_number_after_its_name_is_no_count(text: str, expected: list) -> None:
    assert _read(text) == expected
