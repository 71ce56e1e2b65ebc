"""Issue 17, round 14: a figure told of two places at once, and a running total whose report has no day.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.kb.conflicts import site_holds
from newsgraph.sites import Site, site_of


@pytest.mark.parametrize("text, figure, expected", [
    # two names coordinated after the preposition, one of them a place inside a country: both at once
    ("Builders have put up about 90 homes in the occupied West Bank and East Lakeside.", "90",
     Site("areas", "east lakeside|west bank")),
    ("Rockets hit 30 houses in Aleppo and Homs on Monday.", "30", Site("areas", "aleppo|homs")),
    ("Rockets hit 30 houses in the Aleppo and the Homs on Monday.", "30", Site("areas", "aleppo|homs")),
    # one name: one area, as before
    ("Rockets hit 30 houses in Aleppo on Monday.", "30", Site("area", "aleppo")),
    ("Builders have put up a dozen homes in East Lakeside.", "dozen", Site("area", "east lakeside")),
    # two countries, or a name and a weekday: no place inside a country
    ("Rockets hit 30 houses in Syria and Iraq.", "30", None),
    ("Rockets hit 30 houses in Syria.", "30", None),
    # round 16c: a territory the lexicon gives a country's code (data/measure_sites.tsv territory row) is an area
    # inside that country's key (was None: "Two killed at West Bank protest" against a Gaza school was compared)
    ("Rockets hit 30 houses in the West Bank.", "30", Site("area", "west bank")),
    # a second name that is no place (a news outlet, a weekday): the first place alone, as before
    ("Rockets hit 30 houses in Springfield and The New York Times reported it.", "30", Site("area", "springfield")),
    ("Rockets hit 30 houses in Springfield and Monday saw more.", "30", Site("area", "springfield")),
])
def test_a_figure_told_of_two_places(text: str, figure: str, expected: Site | None) -> None:
    assert site_of(text, *_at(text, figure)) == expected


@pytest.mark.parametrize("whole, part, held", [
    (Site("areas", "east lakeside|west bank"), Site("area", "east lakeside"), True),
    (Site("areas", "east lakeside|west bank"), Site("area", "north lakeside"), False),  # another place
    (Site("area", "east lakeside"), Site("areas", "east lakeside|west bank"), False),  # the part holds nothing
    (Site("areas", "aleppo|homs"), Site("areas", "aleppo|homs"), False),  # the same two: compared as one site
    (Site("areas", "aleppo|homs"), None, False),
    (Site("areas", "aleppo|homs"), Site("facility", "airport"), False),
])
def test_which_places_hold_another(whole: Site, part: Site | None, held: bool) -> None:
    assert site_holds(whole, part) is held


def _built(value: int, text: str, ident: str, published: str | None = "2015-05-04", time: str | None = "2015-05-04",
           running: bool = False) -> Any:
    a = _at(text, str(value))
    return record(text, published, title=f"Homes {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": str(value), "kind": "count", "object": "settlements",
        "measure": "settlements:-:PSE", "owner": None, "location": "PSE", "time": time,
        "running_total": running}]).model_copy(update={"id": ident * 16})


@pytest.mark.parametrize("first, second, expected", [
    # a total over two places holds the figure of one of them ...
    ("On Monday, officials counted about 140 settlements in the West Bank and East Lakeside.",
     "On Monday, officials counted 12 settlements in East Lakeside.", 0),
    # ... but not a larger one
    ("On Monday, officials counted about 140 settlements in the West Bank and East Lakeside.",
     "On Monday, officials counted 170 settlements in East Lakeside.", 1),
    # a place the total does not name: two places, as before
    ("On Monday, officials counted about 140 settlements in Aleppo and Homs.",
     "On Monday, officials counted 12 settlements in East Lakeside.", 0),
    # two figures of the same two places: compared
    ("On Monday, officials counted about 140 settlements in the West Bank and East Lakeside.",
     "On Monday, officials counted 12 settlements in the West Bank and East Lakeside.", 1),
])
def test_conflicts_of_a_figure_told_of_two_places(kb_store: Any, first: str, second: str, expected: int) -> None:
    v1, v2 = (int(next(w for w in s.split() if w.isdigit())) for s in (first, second))
    kb.ingest([_built(v1, first, "a"), _built(v2, second, "b")], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected


@pytest.mark.parametrize("published, running, expected", [
    # "since 1967" in a report of no known day: from 1967 to a day no one knows, no figure of 1967
    (None, True, 0),
    # the same figure told as a figure of 1967 itself: compared
    (None, False, 1),
])
def test_a_running_total_without_a_publication_day(kb_store: Any, published: str | None, running: bool,
                                                   expected: int) -> None:
    first = "Since 1967, the state has built 12 settlements."
    second = "In 1967, the state had 140 settlements."
    kb.ingest([_built(12, first, "a", published, "1967", running), _built(140, second, "b", None, "1967")],
              db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected


@pytest.mark.parametrize("time_b, published_b, expected", [
    # a figure with no time of its own (the first) stands at its publication day, 2020-01-08, and is compared
    # only with a figure whose own time is that same single day, whenever that one was published
    ("2020-01-08", "2020-01-08", 1),
    ("2020-01-08", "2020-01-20", 1),
    ("2020-01-09", "2020-01-09", 0),  # another day
    ("2020-01", "2020-01-08", 0),  # a month that holds the day is no day of its own
    ("2020-W02", "2020-01-08", 0),  # nor a week
    # two figures with no time of their own share only a day, but reports of one story (these two, one day,
    # one wording) are compared (kb/conflict_evidence.py: the story rule)
    (None, "2020-01-08", 1),
])
def test_a_figure_without_a_time_of_its_own_meets_only_its_own_day(kb_store: Any, time_b: str | None,
                                                                   published_b: str, expected: int) -> None:
    first = "Officials counted 12 settlements."
    second = "Officials counted 140 settlements."
    kb.ingest([_built(12, first, "a", "2020-01-08", None), _built(140, second, "b", published_b, time_b)],
              db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected
