"""Round 33 (times of real reports, issue #17 item 5): times that were no times, and past times put ahead.

- "a second" before a noun is the ordinal even when a no-break space, a comma and an adjective, a bracket, a
  quote or a number stand between ("a second, unidentified man"): no duration PT1S;
- an edge of "the last/past/previous decade" or century ("the middle of the last decade") is a point in the
  decade before the report's, a DATE with its mod, not the ten years to the report;
- an intent or expectation told in the past perfect ("had threatened to attack in June", "had been expected to
  flee on Tuesday") takes no direction: a month the nearest one, a weekday the one before;
- "sought to" told in the simple past is an attempt, dated when it is made (like "tried to");
- "became effective on January 16" is told in the past, as "was effective" was, and so is a cue after "was" and
  an adverb ("was originally scheduled for June").

Sentences written here; rows marked "before:" failed at main 5260320e, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph

PUB = "2021-03-10"  # a Wednesday


def times_of(text: str, published: str = PUB) -> list[tuple[str, str, str | None, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in newsgraph.extract(text, published=published).times]


@pytest.mark.parametrize(("text", "expected"), [
    # before: ("a second", DURATION, PT1S)
    ("Police said a second\u00a0man was arrested at the scene.", []),
    ("Police said a second, unidentified man was arrested at the scene.", []),
    ("A second 27-year-old man was arrested on Monday.", [("Monday", "DATE", "2021-03-08", None)]),
    ("Witnesses described a second (older) man fleeing the building.", []),
    # guards: the span, and the plain ordinal
    ("He paused for a second, then went on with the speech.", [("a second", "DURATION", "PT1S", None)]),
    ("A fraction of a second later, the truck struck the barrier.", [("a second", "DURATION", "PT1S", None)]),
    ("Police arrested a second man.", []),
])
def test_ordinal_second(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert times_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: DURATION P10Y with the mod
    ("The region's economy grew fastest in the middle of the last decade.",
     [("the middle of the last decade", "DATE", "201X", "MID")]),
    ("By the end of the past decade, the mine had closed.", [("the end of the past decade", "DATE", "201X", "END")]),
    # guards: the ten years to the report; this decade's edge
    ("The firm has tripled its sales over the last decade.", [("the last decade", "DURATION", "P10Y", None)]),
    ("Drones could patrol the skies by the end of this decade.", [("the end of this decade", "DATE", "202X", "END")]),
])
def test_decade_edge(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert times_of(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # before: 2022-06 (the year after)
    ("The rebels had threatened to attack the capital in June.", "2021-09-15", [("June", "2021-06")]),
    # guard: a past perfect wish the start code already put in the past
    ("The company had hoped to open the plant in May.", "2021-09-15", [("May", "2021-05")]),
    # before: the coming Tuesday / Friday
    ("Officials said the leader had been expected to flee the country on Tuesday, but he stayed.", PUB,
     [("Tuesday", "2021-03-09")]),
    ("The mayor had agreed to meet the protesters Friday.", PUB, [("Friday", "2021-03-05")]),
    # before: the coming Tuesday (a Sunday report)
    ("The senator sought to force a vote on Tuesday, but the motion failed.", "2021-03-14",
     [("Tuesday", "2021-03-09")]),
    # before: 2022-01-16
    ("The tariff became effective on January 16.", "2021-05-09", [("January 16", "2021-01-16")]),
    # before: 2020-06 (the adverb hid "was")
    ("The White House postponed the speech, which was originally scheduled for June.", "2019-10-25",
     [("June", "2019-06")]),
    # guards: the present perfect and the present still look ahead; a month on the past verb itself
    ("The rebels have threatened to attack the capital in October.", "2021-09-15", [("October", "2021-10")]),
    ("The mayor has agreed to meet the protesters Friday.", PUB, [("Friday", "2021-03-12")]),
    ("The senator seeks to force a vote on Tuesday.", "2021-03-14", [("Tuesday", "2021-03-16")]),
    ("The tariff will become effective on January 16.", "2021-05-09", [("January 16", "2022-01-16")]),
    ("The rebels threatened in June to attack the capital.", "2021-09-15", [("June", "2021-06")]),
])
def test_past_told_intent(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(t, v) for t, _, v, _ in times_of(text, published)] == expected
