"""Round 16c: the false classes left in the judged draws of round 16 (a running total since an event, a
partitive part, a toll broken down by place against an area's figure, sites of a participle's figure and of a
territory). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.scope import broken_down, partitive_part, several_events
from newsgraph.sites import Site, area_name, site_of


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("In total, since the bombing at the station on Monday, 23 people have died in the city.", "23", True),
    ("Since the deadly shooting at the mall, nine people have been arrested.", "nine", True),
    ("All told, 40 people were hurt in the region this week.", "40", True),
    ("Nine people were arrested since the raids began, police said.", "Nine", True),  # a plural event noun
    # a time, not an event, after "since"; no sum before the figure
    ("Since Monday, nine people have been arrested in the city.", "nine", False),
    ("Nine people were killed in the bombing at the station.", "Nine", False),
    ("The 23 people killed have been named since then.", "23", False),
])
def test_a_total_since_an_event(text: str, figure: str, expected: bool) -> None:
    assert several_events(text, *_at(text, figure)) is expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("About a dozen of the more than 120 firms at the park have closed.", "a dozen", True),
    ("Three of the 40 miners were rescued on Sunday.", "Three", True),
    ("Five of the twelve ministers resigned.", "Five", True),
    # no whole's figure after "of the", or the figure is the whole
    ("Three of the miners were rescued on Sunday.", "Three", False),
    ("About 120 firms at the park have closed.", "120", False),
    ("Three of the 40 miners were rescued on Sunday.", "40", False),
])
def test_a_partitive_part(text: str, figure: str, expected: bool) -> None:
    assert partitive_part(text, *_at(text, figure)) is expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("Of the 30 people killed on Friday, 12 died in clashes in the coastal city of Portmore.", "30",
     frozenset({"portmore"})),
    ("Of the 30 people killed on Friday, 12 died in clashes in Portmore and Lakeside.", "30",
     frozenset({"portmore"})),  # one name read: the first of a pair
    ("More deaths\n\nOf the 30 people killed on Friday, 12 died in Portmore.", "30", frozenset({"portmore"})),
    # no place named, or the sentence does not open with the toll
    ("Of the 30 people killed on Friday, 12 were children.", "30", frozenset()),
    ("Officials said 30 people were killed on Friday, 12 of them in Portmore.", "30", frozenset()),
])
def test_a_toll_broken_down_by_place(text: str, figure: str, expected: frozenset[str]) -> None:
    assert broken_down(text, *_at(text, figure), area_name) == expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    # a participle's figure is told at its sentence's site
    ("A shell hit a house in Northvale, just east of the capital, wounding two people.", "two",
     Site("area", "northvale")),
    ("A bomb went off on a bus in central Lakeside on Monday, killing at least 10 people.", "10",
     Site("area", "lakeside")),
    # a territory the lexicon gives a country's code is an area inside that country
    ("Two killed at West Bank protest", "Two", Site("area", "west bank")),
    ("Three people were hurt in the Gaza Strip on Monday.", "Three", Site("area", "gaza strip")),
    # a vicinity ("near", "outside") before a participle's clause is no site of its figure
    ("Troops shelled the villages outside Northvale on Monday, killing more than 300 people.", "300", None),
    # a clause that is no participle's keeps its own (no) site
    ("A shell hit a house in Northvale, and two people were wounded.", "two", None),
    ("A shell hit a house in Northvale. Two people were wounded, officials said.", "Two", None),
])
def test_sites_of_participles_and_territories(text: str, figure: str, expected: Site | None) -> None:
    assert site_of(text, *_at(text, figure)) == expected


def _toll(value: int, text: str, ident: str, key: str, obj: str = "people killed") -> Any:
    a = _at(text, next(w for w in (f"{value:,}", str(value), _WORDS.get(value, "")) if w and w in text))
    return record(text, "2013-07-05", title=f"Report {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": text[a[0]:a[1]], "kind": "count",
        "object": obj, "measure": key, "owner": None, "location": key.rsplit(":", 1)[1],
        "time": "2013-07-05"}]).model_copy(update={"id": ident * 16})


_WORDS = {12: "a dozen", 2: "Two", 1: "one"}


@pytest.mark.parametrize(("first", "v1", "second", "v2", "key", "expected"), [
    # a running total since an event holds the event's toll; a smaller one still conflicts
    ("In total, since the shooting at the office on Friday, 17 people have been killed in the country.", 17,
     "Gunmen killed 12 people at the office on Friday.", 12, "deaths:-:FRA", 0),
    ("In total, since the shooting at the office on Friday, 7 people have been killed in the country.", 7,
     "Gunmen killed 12 people at the office on Friday.", 12, "deaths:-:FRA", 1),
    # a partitive part is held by its whole
    ("Officials said on Friday that a dozen of the more than 120 firms at the park have closed.", 12,
     "The park houses more than 120 firms, officials said on Friday.", 120, "companies:KOR:-", 0),
    # a toll broken down by place holds another area's figure; the same area's is compared
    ("Of the 22 people killed on Friday, 12 died in clashes in the city of Portmore.", 22,
     "Two people were killed on Friday in front of the guard's headquarters in Lakeside.", 2, "deaths:-:EGY", 0),
    ("Of the 22 people killed on Friday, 12 died in clashes in the city of Portmore.", 22,
     "Two people were killed on Friday in clashes in Portmore.", 2, "deaths:-:EGY", 1),
    # two participles' sites apart; the same site compared
    ("A rocket hit a house in Northvale on Friday, wounding one person.", 1,
     "A bomb went off on a bus in central Lakeside on Friday, wounding 10 people.", 10, "injured:-:ISR", 0),
    ("A rocket hit a house in Lakeside on Friday, wounding one person.", 1,
     "A bomb went off on a bus in central Lakeside on Friday, wounding 10 people.", 10, "injured:-:ISR", 1),
])
def test_conflicts_of_the_judged_classes(kb_store: Any, first: str, v1: int, second: str, v2: int, key: str,
                                         expected: int) -> None:
    obj = "firms" if key.startswith("companies") else "people killed"
    kb.ingest([_toll(v1, first, "a", key, obj), _toll(v2, second, "b", key, obj)], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected
