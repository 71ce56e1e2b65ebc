"""Round 32 (times of real reports, issue #17 item 5): weekdays told ahead that were read as the day before.

- a bare -ing clause takes the time of the verb it hangs on when that lies ahead ("will fly to Paris on Thursday,
  returning on Saturday"; "will speak before departing on Monday");
- an infinitive on a present "is"/"are" is a plan ("the new president is to be sworn in Thursday");
- "for X to" under a present verb is what the act asks for ("the deal calls for talks to begin Thursday");
- a date that names a deadline lies ahead unless its clause is past and sets nothing ("faces a Sunday deadline",
  "set a new Friday deadline"; "missed a Sunday deadline" stays past; data/time_schedule_words.tsv kinds
  "deadline" and "sets");
- a present timetable verb whose object is a planned event dated by the weekday ("convenes a hearing Monday");
- a vote set for a day through the infinitive on it ("scheduled the vote to end the debate for Friday");
- a clock time on a deadline or planned event that a day dates right after ("a midnight deadline on Friday").

Sentences written here; rows marked "before:" failed at main c1742e2d, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph

PUB = "2021-03-10"  # a Wednesday


def values_of(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in newsgraph.extract(text, published=published).times]


@pytest.mark.parametrize(("text", "expected"), [
    # before: the Saturday / Monday before
    ("The minister will fly to Paris on Thursday, returning on Saturday.",
     [("Thursday", "2021-03-11"), ("Saturday", "2021-03-13")]),
    ("The envoy will speak at the university before departing for Oslo on Monday afternoon.",
     [("Monday afternoon", "2021-03-15TAF")]),
    ("The policy could take shape in Warsaw, beginning on Friday.", [("Friday", "2021-03-12")]),
    # guards: the verb above told in the past; a plain past "returned"
    ("The minister flew to Paris on Thursday, returning on Saturday.",
     [("Thursday", "2021-03-04"), ("Saturday", "2021-03-06")]),
    ("On Saturday, he returned to the capital.", [("Saturday", "2021-03-06")]),
    ("The envoy spoke at the university before departing for Oslo on Monday.", [("Monday", "2021-03-08")]),
    # guard (a tune page, round 32): what came "after" an -ing clause says nothing of its time
    ("The agency is catching up on its work after falling behind in July.", [("July", "2020-07")]),
])
def test_bare_participle_takes_future(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the Thursday / Friday before
    ("The new interim president is to be sworn in Thursday.", [("Thursday", "2021-03-11")]),
    ("The two leaders are to meet on Friday in Geneva.", [("Friday", "2021-03-12")]),
    ("The agreement calls for talks to begin Thursday on trade.", [("Thursday", "2021-03-11")]),
    # guards: "was to" may be a plan overtaken; "is to blame" is no plan; a past call
    ("He was to meet the lawmakers on Friday.", [("Friday", "2021-03-05")]),
    ("The mayor is to blame for Monday's chaos.", [("Monday", "2021-03-08")]),
    ("The agreement called for talks to begin Thursday.", [("Thursday", "2021-03-04")]),
])
def test_plans_in_the_present(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the Sunday / Friday before
    ("The president faces a Sunday deadline to tell Congress whether the deal holds.", [("Sunday", "2021-03-14")]),
    ("Negotiators set a new Friday deadline for the talks.", [("Friday", "2021-03-12")]),
    ("Friday's deadline looms over the talks.", [("Friday", "2021-03-12")]),
    # guards: a modal already looked ahead (also where the deadline's own verb has no tense); a deadline missed or
    # faced in the past, or missed by a verb with no tense under a past one; a past vote named by its day
    ("The mayor would sign a deal to keep the schools open beyond a deadline on Friday.", [("Friday", "2021-03-12")]),
    ("The unions must answer before the deadline on Friday.", [("Friday", "2021-03-12")]),
    ("The council missed a Sunday deadline to name a mayor.", [("Sunday", "2021-03-07")]),
    ("Talks that faced a Tuesday deadline were extended.", [("Tuesday", "2021-03-09")]),
    ("The council has not named a mayor, missing a Sunday deadline.", [("Sunday", "2021-03-07")]),
    ("Friday's vote was close.", [("Friday", "2021-03-05")]),
])
def test_deadline_named_by_a_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the Monday / Friday before
    ("Senator Hale convenes a hearing Monday about the war powers.", [("Monday", "2021-03-15")]),
    ("The board has scheduled the vote to end the debate for Friday.", [("Friday", "2021-03-12")]),
    # guards: a past hearing; a present verb of no timetable with an object
    ("Senator Hale convened a hearing Monday about the war powers.", [("Monday", "2021-03-08")]),
    ("The senator recalls a meeting Monday with the envoy.", [("Monday", "2021-03-08")]),
])
def test_timetable_object(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the clock on the report's day (2021-03-10)
    ("Congress must pass the bill before a midnight deadline on Friday.",
     [("midnight", "2021-03-12T24:00"), ("Friday", "2021-03-12")]),
    ("Congress faces a midnight deadline Friday to fund the government.",
     [("midnight", "2021-03-12T24:00"), ("Friday", "2021-03-12")]),
    ("The board holds a 10 a.m. vote Thursday.", [("10 a.m.", "2021-03-11T10:00"), ("Thursday", "2021-03-11")]),
    # guards: a clock and a day joined already; "the morning of" a date; a clock of another sentence
    ("Police arrived at midnight on Monday.", [("midnight on Monday", "2021-03-08T24:00")]),
    ("The talks ended at noon. On Friday, the envoy left.", [("noon", "2021-03-10T12:00"), ("Friday", "2021-03-05")]),
])
def test_clock_on_a_dated_noun(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected
