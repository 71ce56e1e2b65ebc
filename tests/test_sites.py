"""Issue 17, round 12: a figure's site, finer than its key's country, and a toll's group: the conflicts they keep apart.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.kb.conflicts import group_of, groups_apart, sites_apart
from newsgraph.sites import Site, site_of


@pytest.mark.parametrize("text, figure, expected", [
    # a facility after at/in/near in the figure's clause: a site of the event
    ("Officials put the number of dead at the train station at 20.", "20", ("facility", "train station")),
    ("Eleven patients remain at the city's largest hospital, doctors said.", "Eleven", ("facility", "largest hospital")),
    ("About 1,500 U.S. troops are based at Incirlik Air Base in the south.", "1,500", ("facility", "incirlik air base")),
    ("Two bombs went off at Harbor Airport, where 11 people were killed, on Monday.", "11",
     ("facility", "harbor airport")),  # a "where" clause is about the place before it
    ("Some 61 of the injured are still in the hospital.", "61", ("facility", "hospital")),
    # "and" inside a name (seen in the round's check draw, after it was judged)
    ("Eleven patients remain at Springfield's Smith and Jones Hospital.", "Eleven",
     ("facility", "smith and jones hospital")),
    # an area: an area head, or a named place that is no country
    ("Rockets killed more than 200 people in the eastern suburbs on Wednesday.", "200", ("area", "eastern suburb")),
    ("At least 42 people died in the attack in Springfield on Tuesday.", "42", ("area", "springfield")),
    ("Since 1990 the city has built 12 schools in East Lakeside.", "12", ("area", "east lakeside")),
    # round 13 (the tune part): a site after a short apposition; an adjective before a named area
    ("Since 1990 the city has built a dozen schools, home to 20,000 pupils, in East Lakeside.", "dozen",
     ("area", "east lakeside")),
    ("Since 1990 the city has built 140 schools in the occupied North Shore and East Lakeside.", "140",
     ("areas", "east lakeside|north shore")),  # round 14: told of both places at once, no longer the first alone
    ("Since 1990 the city has built a dozen schools, most of them private, and 40 clinics.", "dozen", None),
    # no site: a country, a month or weekday, a region, a demonym, an attack "on" a place, another clause
    ("At least 42 people died in Syria on Tuesday.", "42", None),
    ("At least 42 people died in March.", "42", None),
    ("At least 42 people died in Europe last year.", "42", None),
    ("At least 42 people died in the attack on the airport.", "42", None),
    ("More than 30 people are dead after explosions struck the capital.", "30", None),
    ("The bombers struck at the airport, and officials said 31 people died.", "31", None),
    ("The plan keeps 9,800 U.S. troops through 2016.", "9,800", None),
])
def test_the_site_a_figure_is_told_at(text: str, figure: str, expected: tuple[str, str] | None) -> None:
    site = site_of(text, *_at(text, figure))
    assert (None if site is None else tuple(site)) == expected


@pytest.mark.parametrize("a, b, apart", [
    (None, None, False),
    (Site("facility", "airport"), None, True),  # a site's figure against the whole
    (None, Site("facility", "hospital"), True),
    (Site("area", "springfield"), None, False),  # "died in the attack in Springfield" may be the whole event
    (Site("area", "springfield"), Site("area", "springfield"), False),
    (Site("area", "springfield"), Site("area", "shelbyville"), True),  # two places
    (Site("facility", "airport"), Site("facility", "metro station"), True),  # two sites of one event
    (Site("facility", "airport"), Site("facility", "airport"), False),
])
def test_which_sites_keep_two_figures_apart(a: Site | None, b: Site | None, apart: bool) -> None:
    assert sites_apart(a, b) is apart


def _toll(value: int, text: str, ident: str) -> Any:
    a = _at(text, str(value))
    return record(text, "2016-03-22", title=f"Toll {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": str(value), "kind": "count", "object": "deaths",
        "measure": "deaths:-:BEL", "owner": None, "location": "BEL", "time": "2016-03-22"}]).model_copy(
        update={"id": ident * 16})


@pytest.mark.parametrize("first, second, expected", [
    # a site's figure against the day's whole: a part, no conflict
    ("Bombs went off at Harbor Airport, where 11 people were killed on Tuesday.",
     "More than 30 people were killed on Tuesday, officials said.", 0),
    # the whole against the whole: a conflict
    ("At least 11 people were killed on Tuesday, officials said.", "More than 30 people were killed on Tuesday.", 1),
    # the same site in both: a conflict
    ("Officials said 11 people were killed at the airport on Tuesday.",
     "More than 30 people were killed at the airport on Tuesday.", 1),
    # a named area and no site: may be one event, still compared
    ("At least 11 people died in the attack in Springfield on Tuesday.", "More than 30 people died on Tuesday.", 1),
])
def test_conflicts_compare_figures_of_one_site(kb_store: Any, first: str, second: str, expected: int) -> None:
    v1, v2 = (int(next(w for w in s.split() if w.isdigit())) for s in (first, second))
    kb.ingest([_toll(v1, first, "a"), _toll(v2, second, "b")], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected


@pytest.mark.parametrize("text, figure", [
    # names after a preposition that are no place inside one country (read on real reports of the tune lines)
    ("More than $1 billion in U.S. aid went to the police.", "$1 billion"),  # an abbreviated country
    ("At Least 6 Americans Have Left The Hotel", "6"),  # a hedge in a title
    ("The country's two biggest rivals in the Middle East met.", "two"),  # a region of no one country
    ("The nation mourns 84 killed in Bastille Day attack.", "84"),  # a named day
    ("Some 40 people were killed in the West last year.", "40"),
    ("The claim was echoed in Reuters interviews with a half dozen soldiers.", "dozen"),  # a news outlet
    ("A port of 250,000 in Smith's home state voted.", "250,000"),  # a possessor
])
def test_names_that_are_no_site(text: str, figure: str) -> None:
    assert site_of(text, *_at(text, figure)) is None


@pytest.mark.parametrize("obj, group", [
    # a toll's raw object less its outcome and the nationality before its head: the group it counts
    ("fighters killed", "fighter"), ("U.S. troops killed", "troop"), ("Americans killed", "american"),
    ("Iraqi soldiers killed", "soldier"), ("police officers wounded", "police officer"),
    # anyone: data/measure_anyone.tsv, or no word beside the outcome
    ("civilians killed", ""), ("people killed", ""), ("killed", ""), ("dead", ""), ("lives", ""), (None, ""),
])
def test_the_group_a_toll_counts(obj: str | None, group: str) -> None:
    assert group_of(obj) == group


@pytest.mark.parametrize("a, b, apart", [
    ("", "", False), ("fighter", "fighter", False),
    ("fighter", "", True),  # one group's dead against everyone's: a part
    ("troop", "american", True),  # two groups
    (None, "fighter", False), (None, "", False),  # a change's figure names no group here
])
def test_which_groups_keep_two_tolls_apart(a: str | None, b: str | None, apart: bool) -> None:
    assert groups_apart(a, b) is apart


def _dead(value: int, who: str, ident: str) -> Any:
    text = f"An air strike on Sunday killed {value} {who}, officials said."
    a = _at(text, str(value))
    return record(text, "2019-12-29", title=f"Strike {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": str(value), "kind": "count",
        "object": f"{who} killed", "measure": "deaths:-:IRQ", "owner": None, "location": "IRQ",
        "time": "2019-12-29"}]).model_copy(update={"id": ident * 16})


@pytest.mark.parametrize("first, second, expected", [
    ("fighters", "people", 0), ("fighters", "soldiers", 0), ("fighters", "fighters", 1), ("people", "civilians", 1),
])
def test_conflicts_compare_tolls_of_one_group(kb_store: Any, first: str, second: str, expected: int) -> None:
    kb.ingest([_dead(13, first, "a"), _dead(25, second, "b")], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected
