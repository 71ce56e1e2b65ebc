"""Round 21 (issue 17, audit of main cbd91c30): change sides in their own clause and time, death phrasings,
demonyms and poll figures. Sentences written here."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph
from newsgraph.extract.amounts.sides import earlier_period


def _rec(text: str, published: str = "2020-09-10") -> Any:
    return newsgraph.extract(text, published=published)


@pytest.mark.parametrize("text, to_value, time, from_time", [
    # the level's time is stated, the from-side's is not: the period before, never the publication day after it
    ("Unemployment in Portugal fell to 9 percent in June from 11 percent.", 9, "2020-06", "2020-05"),
    ("Car sales in Chile rose to 300,000 in 2019 from 250,000.", 300000, "2019", "2018"),
    # a rate's base between the figure and its time: each side keeps its own year, in either order
    ("The suicide rate in Peru fell from 12 per 100,000 in 2017 to 10 per 100,000 in 2018.", 10, "2018", "2017"),
    ("The suicide rate in Peru fell to 10 per 100,000 in 2018 from 12 per 100,000 in 2017.", 10, "2018", "2017"),
    # unchanged: the current month is not wholly past, and a target's from-side is today's level
    ("Unemployment in Portugal fell to 9 percent in September from 11 percent.", 9, "2020-09", None),
    ("The army will cut its force to 4,000 troops by December from 6,000.", 4000, "2020-12", None),
])
def test_from_side_stands_before_the_level_reached(text: str, to_value: float, time: str, from_time: str | None) -> None:
    got = [c for c in _rec(text).changes if c.to_value == to_value]
    assert got, _rec(text).changes
    assert (got[0].time, got[0].from_time) == (time, from_time)


@pytest.mark.parametrize("value, published, expected", [
    ("2020-06", "2020-09-10", "2020-05"), ("2020-01", "2020-09-10", "2019-12"), ("2019", "2020-09-10", "2018"),
    ("2020-Q2", "2020-09-10", "2020-Q1"), ("2020-Q1", "2020-09-10", "2019-Q4"), ("2020-09-08", "2020-09-10", "2020-09-07"),
    ("2020-09", "2020-09-10", None), ("2020", "2020-09-10", None), ("2021-03", "2020-09-10", None),
    ("PRESENT_REF", "2020-09-10", None), ("2020-06", None, None), ("200X", "2020-09-10", None),
])
def test_earlier_period(value: str, published: str | None, expected: str | None) -> None:
    assert earlier_period(value, published) == expected


@pytest.mark.parametrize("text, absent_to, kept_pct", [
    # two clauses: the first one's "to 20 percent" is no level of the second one's growth
    ("Iran enriched uranium to 20 percent, and China's economy grew 6.1% in 2019.", 20, None),
    ("Iran enriched uranium to 60 percent, and Brazil's economy grew 1.2% in 2021.", 60, None),
])
def test_change_stays_in_its_clause(text: str, absent_to: float, kept_pct: float | None) -> None:
    rec = _rec(text)
    assert not [c for c in rec.changes if c.to_value == absent_to]
    assert not [c for c in rec.changes if (c.measure or "").startswith("uranium")]


@pytest.mark.parametrize("text, delta, to_value", [
    ("Germany's aid to Ukraine saw an increase of 200 million euros to 1.2 billion euros.", 2e8, 1.2e9),
    pytest.param("The fund posted an increase of $40 million to $900 million last year.", 4e7, 9e8,
                 marks=pytest.mark.xfail(strict=True, reason="the range is split, but the level after 'posted' "
                                         "finds no trigger: only the size of the increase is read")),
])
def test_increase_of_x_to_y_is_a_change_not_a_range(text: str, delta: float, to_value: float) -> None:
    rec = _rec(text)
    assert [(c.delta, c.to_value) for c in rec.changes] == [(delta, to_value)]
    assert not [a for a in rec.amounts if a.low is not None]


def _amount(rec: Any, text: str) -> Any:
    got = [a for a in rec.amounts if a.text == text]
    assert got, [(a.text, a.object) for a in rec.amounts]
    return got[0]


@pytest.mark.parametrize("text, figure, measure", [
    # the dead are deaths, however the sentence says they died
    ("At least 30 villagers were shot dead near the border.", "30", "deaths"),
    ("Twelve prisoners were found dead in their cells.", "Twelve", "deaths"),
    ("Five protesters were beaten to death by the police.", "Five", "deaths"),
    ("The senator blamed the agency for the deaths of four Americans in Libya.", "four", "deaths:USA:LBY"),
    ("Critics recalled the killing of three Canadians in Mali.", "three", "deaths:CAN:MLI"),
    # the place or the killer is not the killed: the 50 are the deaths
    ("A gunman attacked two mosques in Christchurch that killed 50 people.", "two", "mosques:-:NZL"),
    ("A gunman attacked two mosques in Christchurch that killed 50 people.", "50", "deaths:-:NZL"),
    # unchanged: the killed named after the verb, and a passive relative clause
    ("Three soldiers who were killed in the ambush were buried on Monday.", "Three", "deaths"),
])
def test_death_phrasings(text: str, figure: str, measure: str) -> None:
    a = _amount(_rec(text), figure)
    assert a.measure is not None and a.measure.split(":")[: measure.count(":") + 1] == measure.split(":")


@pytest.mark.parametrize("text, figure, measure", [
    # a bare demonym counts that group, its state the owner (the annotated sets' convention); what happened to
    # them is read as for any noun, and a poll's ratio is a percent, never a count of the group
    ("Four Americans were taken hostage in the raid.", "Four", "americans:USA:-"),
    ("About 200 Syrians crossed the river on Sunday.", "200", "syrians:SYR"),
    ("Two Britons were killed in the crash.", "Two", "deaths:GBR"),
    ("Eight in 10 Americans said the country was on the wrong track.", "Eight in 10", "americans.pct:USA"),
])
def test_demonym_counts_people(text: str, figure: str, measure: str) -> None:
    a = _amount(_rec(text), figure)
    assert a.measure is not None and a.measure.startswith(measure)


@pytest.mark.parametrize("text, figure, value, dimension", [
    # a share written as a ratio is a percent, and its base no count
    ("More than 7 in 10 voters now oppose the plan.", "7 in 10", 70, "percent"),
    ("Three in four parents said they were worried.", "Three in four", 75, "percent"),
    ("Nine out of 10 doctors agree with the advice.", "Nine out of 10", 90, "percent"),
    # a move of a poll in points is in percentage points
    ("Her approval rating rose to 48 percent, a 6-point jump from the last poll.", "6-point", 6, "percent"),
    ("The senator's lead in the poll grew by 5 points in a week.", "5 points", 5, "percent"),
])
def test_poll_figures(text: str, figure: str, value: float, dimension: str) -> None:
    rec = _rec(text)
    a = _amount(rec, figure)
    assert (a.value, a.dimension) == (value, dimension)
    base = figure.split()[-1]
    assert not [x for x in rec.amounts if x.text == base and x.dimension == "count"]


@pytest.mark.parametrize("text, figure", [
    ("One in five women in the region is married by age 16.", "16"),
    ("The vaccine is offered to children under the age of 12.", "12"),
    ("Turnout among voters ages 18 to 24 fell sharply.", "18"),
    ("It was one setback after another for the mayor.", "one"),
    ("It was one setback after another for the mayor.", "One"),
])
def test_no_figure(text: str, figure: str) -> None:
    rec = _rec(text)
    assert not [a for a in rec.amounts if a.text == figure and a.dimension == "count"]


@pytest.mark.parametrize("text, figure, measure", [
    # unchanged: points of a market index stay as they are; a plain count keeps its object
    ("The index fell 300 points on Monday.", "300", None),
    ("Shares of the pollster dropped 12 points, or 3%, to 390.", "12", None),
    ("The team scored 30 points as polls closed in the state.", "30", None),
    ("The army sent 10 trucks to the border.", "10", "trucks"),
])
def test_unchanged_neighbours(text: str, figure: str, measure: str | None) -> None:
    a = next(a for a in _rec(text).amounts if a.text.startswith(figure))
    assert a.dimension != "percent"
    if measure:
        assert (a.measure or "").startswith(measure)


def test_page_count_counts_no_object() -> None:
    a = next(a for a in _rec("Paperback, 320 pages, published by a small press about the wars.").amounts
             if a.value == 320)
    assert a.object is None


@pytest.mark.parametrize(("text", "value", "obj"), [
    ("The archive holds 1,500 pages of internal memos from the ministry.", 1500, "internal memos"),
    ("Investigators read 300 pages of emails.", 300, "emails"),
])
def test_pages_of_something_keep_it(text: str, value: float, obj: str) -> None:
    a = next(a for a in _rec(text).amounts if a.value == value)
    assert a.object == obj


def test_hyphened_page_count_keeps_its_noun() -> None:
    a = next(a for a in _rec("The ministry issued a 40-page report on the floods.").amounts if a.value == 40)
    assert a.object == "report"
