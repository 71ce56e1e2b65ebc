"""Round 23's independent review of amounts (issue 17): money with no object, race margins in points,
frequencies, age bounds and nicknames read as counts, a range's bounds, and times taken from another clause.
Sentences written here."""

from __future__ import annotations

from typing import Any

import pytest

import newsgraph


def _amount(text: str, figure: str) -> Any:
    rec = newsgraph.extract(text)
    found = [a for a in rec.amounts if a.text == figure or a.text.startswith(figure)]
    return found[0] if found else None


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # what a sum is worth: the noun after "worth of"
    ("Canada wants the levies lifted on about $80 billion worth of Canadian lumber.", "$80 billion",
     "Canadian lumber"),
    ("The ship carried $3 million worth of stolen copper.", "$3 million", "stolen copper"),
    # what cost the money: the verb's subject noun
    ("The advertising push cost the county nearly $310,000, the newspaper reported.", "$310,000",
     "advertising push"),
    ("The bridge cost $40 million.", "$40 million", "bridge"),
    # a payment in a sentence about a penalty is a fine
    ("The man could face up to 5 years in prison and have to pay $100,000 after pleading guilty.", "$100,000",
     "fine"),
    # nothing named: no object rather than a guess
    ("It cost $5 million, the mayor said.", "$5 million", None),
    ("She agreed to pay $2,000 to settle the bill.", "$2,000", None),
    ("The firm will pay $2 million to settle the case in court, a judge said.", "$2 million", None),
    ("He was pleased to pay $400.", "$400", None),
    ("He was pleased to pay $400 for the tickets.", "$400", "tickets"),
])
def test_money_objects(text: str, figure: str, obj: str | None) -> None:
    a = _amount(text, figure)
    assert a is not None and a.kind == "money"
    assert a.object == obj


@pytest.mark.parametrize(("text", "figure", "kind", "unit"), [
    ("The governor carried the district by 18 points in 2012.", "18", "percent", "percentage point"),
    ("Her party lost the state by a margin of 7 points.", "7", "percent", "percentage point"),
    ("The senator won by more than 11 points in the election.", "11", "percent", "percentage point"),
    ("A candidate won the county by 4 points and a seat by 2 points.", "2", "percent", "percentage point"),
    # a poll's lead, read as percentage points already, counts the margin, not the rival
    ("In the latest poll she led her rival by 14 points.", "14", "percent", "percentage point"),
    # a game's margin is in plain points
    ("The home team won by 12 points on Friday night.", "12", "measure", "point"),
])
def test_margins_in_points(text: str, figure: str, kind: str, unit: str) -> None:
    a = _amount(text, figure)
    assert a is not None
    assert (a.kind, a.unit, a.object) == (kind, unit, "margin")


@pytest.mark.parametrize(("text", "figure"), [
    ("About 300,000 adults age 21 and older said they smoke daily.", "21"),
    ("Workers aged 55 or over were offered early retirement.", "55"),
    ("The press dubbed the trio the Three Musketeers after the summit.", "Three"),
    ('The minister said she never used the phrase "three musketeers" in public.', "three"),
    ('Reporters called them the "Four Horsemen."', "Four"),
])
def test_no_count(text: str, figure: str) -> None:
    assert _amount(text, figure) is None


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # kept: a sentence's first word, a demonym, a plain count before a capitalised name
    ("Three soldiers were wounded in the blast.", "Three", "soldiers wounded"),
    ("Police said four Americans were detained.", "four", "Americans detained"),
    ("About 300,000 adults said they smoke daily.", "300,000", "adults"),
])
def test_counts_kept(text: str, figure: str, obj: str) -> None:
    a = _amount(text, figure)
    assert a is not None and a.kind == "count"
    assert a.object == obj


@pytest.mark.xfail(strict=True, reason="a frequency is kept as a figure without object: the annotated sets count "
                   "events told as 'N times' (strikes, shares), and no rule yet names what was repeated")
def test_frequency_has_its_event_as_object() -> None:
    a = _amount("Residents of the town have voted three times since March.", "three")
    assert a is not None and a.object is not None


def test_money_range_keeps_both_bounds() -> None:
    a = _amount("To reach the $40-50 billion in yearly purchases, tariffs would have to go.", "$40-50 billion")
    assert a is not None
    assert (a.low, a.high) == (40_000_000_000, 50_000_000_000)


@pytest.mark.parametrize(("text", "figure", "time"), [
    # a time in what was said does not date the people who said it
    ("Three officials briefed on the plan said the ministry has cancelled a scheduled March 3 auction of "
     "licences.", "Three", None),
    # a time that dates another clause's noun does not date this figure
    ("Ottawa wants Washington to drop the 10% duties on steel imposed on June 1, as well as ease the 20% duties "
     "imposed on an older list of aluminium products.", "20%", None),
    # kept: the figure's own modifier, a modifier of a noun of its own clause, the figure in what was said
    ("Ottawa wants Washington to drop the 10% duties on steel imposed on June 1, as well as ease the 20% duties "
     "imposed on an older list of aluminium products.", "10%", "XXXX-06-01"),
    ("The 500 troops sent in 2014 remain in the country.", "500", "2014"),
    ("Officials said on Monday that 20 people were killed.", "20", "XXXX-WXX-1"),
    ("At least 12 guards died when rebels shelled posts linked to the army in the north on Friday.", "12",
     "XXXX-WXX-5"),
    ("The agency said in a statement released on Friday that 30 sites were hit.", "30", "XXXX-WXX-5"),
])
def test_time_from_another_clause(text: str, figure: str, time: str | None) -> None:
    a = _amount(text, figure)
    assert a is not None
    assert a.time == time
