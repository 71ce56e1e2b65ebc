"""Round 16b: the named-others total in its other shapes, and the scope readings a judged draw asked for (a
running toll, a relative "in which" after several events, an area's part told with the rest elsewhere or a
toll told across the country). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.scope import country_wide, rest_elsewhere, several_events

# (sentence, the figure, its value, the count it stands for: low = high, or None when the others stand alone)
NAMED_OTHERS = [
    ("Ambassador Jane Doe and three other Americans were killed in the raid.", 3, 4),
    ("The cable was sent on the day Doe and the three other Americans were killed.", 3, 4),
    ("Gunmen killed the ambassador and the two other diplomats at the compound.", 2, 3),
    ("Rebels shot the mayor and three others outside the town hall.", 3, 4),
    ("Police arrested the driver and 10 others after the march.", 10, 11),
    ("The blast killed the governor plus two other officials.", 2, 3),
    ("The storm killed Smith, Jones and two others near the coast.", 2, 4),
    # a clause or another figure before the link: the others stand alone
    ("Two soldiers were killed and three others wounded in the ambush.", 3, None),
    ("Dozens of people died and 30 others were hurt in the fire.", 30, None),
    ("Many were killed and 40 others injured when the roof fell.", 40, None),
    ("The bomb killed 12 people and wounded 30 others in the market.", 30, None),
    ("Of the 100 workers, 30 were abused and 48 others were unpaid.", 48, None),
    ("An official resigned and three others were placed on leave.", 3, None),
    ("He hid two bombs in the hall and two others in the yard.", 2, None),  # a plural before: no one named
    ("Police tied the group to the recent raids and four others in March.", 4, None),
    ("Ten people died at the scene and four others died in hospital.", 4, None),
    # a date before the named one is no name of a list
    ("On Sept 11, the day Doe and the three other Americans were killed, the cable arrived.", 3, 4),
]


@pytest.mark.parametrize(("text", "value", "total"), NAMED_OTHERS)
def test_named_others_total(nlp: Any, text: str, value: int, total: int | None) -> None:
    from newsgraph import pipeline

    rec = pipeline.extract(text, published="2014-09-18")
    a = next(a for a in rec.amounts if a.value == value)
    assert (a.low, a.high) == ((total, total) if total is not None else (None, None))


# -- a running toll and the relative after several events: totals that hold one day's or one event's toll ----------
@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("At least 400 people have been killed since the start of the offensive, officials said.", "400", True),
    ("More than 90 soldiers have died since the beginning of the campaign.", "90", True),
    ("The death toll in the enclave now stands at about 105, officials said.", "105", True),
    ("Agencies acted after the raids in the capital last month, in which 23 people were killed.", "23", True),
    ("The bombings, which left 31 dead, shook the city.", "31", True),
    # one day or one event
    ("More than 30 people were killed on Tuesday, bringing the total to 130.", "30", False),
    ("He spoke of the bombing at the market, in which 12 people were killed.", "12", False),
    ("Since Monday, 14 people have been killed in the town.", "14", False),  # "since" a day: the stretch is its time
    ("The toll rose to 84 on Friday.", "84", False),  # one event's evolving toll
])
def test_a_total_of_several_events_or_days(text: str, figure: str, expected: bool) -> None:
    assert several_events(text, *_at(text, figure)) is expected


# -- a country's toll and an area's part -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("Clashes broke out on Friday across Egypt, leaving 24 people dead.", "24", True),
    ("Protests across the country left 30 dead on Saturday.", "30", True),
    ("Nationwide, 12 people were killed in the unrest.", "12", True),
    ("Fighting throughout Syria killed 90 people on Monday.", "90", True),
    # no country-wide word in the sentence before the figure's clause ends
    ("Clashes broke out on Friday in the capital, leaving 24 people dead.", "24", False),
    ("Protests spread across the country. In the capital four were killed.", "four", False),  # another sentence
    ("Fighting across the Middle East killed 90 people on Monday.", "90", False),  # no country
])
def test_a_toll_of_the_whole_country(text: str, figure: str, expected: bool) -> None:
    assert country_wide(text, *_at(text, figure)) is expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("An official said four people have been killed in Cairo and two elsewhere.", "four", True),
    ("An official said four people have been killed in Cairo.", "four", False),
    ("Two elsewhere died, and four people have been killed in Cairo.", "four", False),  # before the figure, another clause
])
def test_an_area_figure_with_the_rest_elsewhere(text: str, figure: str, expected: bool) -> None:
    assert rest_elsewhere(text, *_at(text, figure)) is expected


def _toll(value: int, text: str, ident: str, key: str = "deaths:-:EGY", time: str = "2013-07-05") -> Any:
    a = _at(text, next(w for w in (f"{value:,}", str(value), _WORDS.get(value, "")) if w and w in text))
    return record(text, "2013-07-05", title=f"Report {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": text[a[0]:a[1]], "kind": "count",
        "object": "people killed", "measure": key, "owner": None, "location": key.rsplit(":", 1)[1],
        "time": time}]).model_copy(update={"id": ident * 16})


_WORDS = {4: "four", 24: "24"}


@pytest.mark.parametrize(("first", "v1", "second", "v2", "expected"), [
    # a country's toll holds an area's; an area's part with the rest elsewhere is held by a toll told at no site
    ("Clashes broke out on Friday across Egypt, leaving 24 people dead.", 24,
     "An official said four people have been killed in Cairo on Friday.", 4, 0),
    ("Officials said on Friday that 24 people were killed.", 24,
     "An official said four people have been killed in Cairo and two elsewhere on Friday.", 4, 0),
    # without those words: compared (two readings of the day)
    ("Officials said on Friday that 24 people were killed.", 24,
     "An official said four people have been killed in Cairo on Friday.", 4, 1),
    # a part larger than its whole still conflicts
    ("Clashes broke out on Friday across Egypt, leaving four people dead.", 4,
     "An official said 24 people have been killed in Cairo on Friday.", 24, 1),
    # a running toll holds a day's; two running tolls are compared
    ("At least 400 people have been killed since the start of the offensive, officials said on Friday.", 400,
     "Officials said 24 people were killed on Friday.", 24, 0),
    ("At least 400 people have been killed since the start of the offensive, officials said on Friday.", 400,
     "The death toll now stands at 24, officials said on Friday.", 24, 1),
])
def test_conflicts_of_wholes_and_parts(kb_store: Any, first: str, v1: int, second: str, v2: int, expected: int) -> None:
    kb.ingest([_toll(v1, first, "a"), _toll(v2, second, "b")], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected
