"""Issue 17, round 13: what a figure's clause says of its scope (a plan; a total of several events) and the
conflicts it keeps apart.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.scope import several_events, told_as_plan


@pytest.mark.parametrize("text, figure, expected", [
    # a plan word before the figure in its clause
    ("The plan announced Monday keeps 8,600 soldiers in the country through next year.", "8,600", True),
    ("The president now plans to keep 4,200 soldiers there.", "4,200", True),
    ("Ministers proposed sending 3,000 more police officers.", "3,000", True),
    ("The ministry would deploy as many as 1,000 troops.", "1,000", True),  # "as many as" goes on with it
    ("A plan that keeps 700 advisers in place was approved.", "700", True),  # a relative goes on with it
    ("Plans call for 2,500 new homes.", "2,500", True),
    # a fact; a plan word after the figure or cut off by another clause
    ("The army keeps 8,600 soldiers in the country.", "8,600", False),
    ("Leaders are considering options after the attack left 1,300 people dead.", "1,300", False),
    ("Officials say 500 troops arrived, and a plan was drafted.", "500", False),
    ("The government will sanction seven businessmen on Friday.", "seven", False),  # an act announced for now
    ("Rebels took 40 towns in May.", "40", False),  # a month, not a modal
    ("He must decide whether to carry out his threat to put tariffs on 300 more products.", "300", True),
    ("Officials said the terror threat that closed 22 embassies was serious.", "22", False),  # a danger
])
def test_a_figure_told_as_a_plan(text: str, figure: str, expected: bool) -> None:
    assert told_as_plan(text, *_at(text, figure)) is expected


@pytest.mark.parametrize("text, figure, expected", [
    ("The paper's first edition since the attacks in the capital last week left 17 people dead sold out.", "17", True),
    ("The bombings killed at least 30 people.", "30", True),
    ("Three shootings left nine dead over the weekend.", "nine", True),
    ("Militants claimed the morning's attacks in the capital, which left 31 dead and more than 180 injured.", "180",
     True),  # a relative's figure is its antecedent's
    ("Gunmen attacked the magazine's office, killing 12 people.", "12", False),
    ("The attack killed at least 30 people.", "30", False),
    ("More than 200 were killed on Wednesday, activists said.", "200", False),
])
def test_a_toll_over_several_events(text: str, figure: str, expected: bool) -> None:
    assert several_events(text, *_at(text, figure)) is expected


def _point(value: int, text: str, ident: str, obj: str, key: str) -> Any:
    a = _at(text, str(value))
    return record(text, "2015-01-14", title=f"Report {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": str(value), "kind": "count", "object": obj,
        "measure": key, "owner": None, "location": key.rsplit(":", 1)[1], "time": "2015-01-14"}]).model_copy(
        update={"id": ident * 16})


@pytest.mark.parametrize("first, second, expected", [
    # a toll over several events holds one event's smaller toll
    ("Last week's attacks in the capital left 17 people dead on Wednesday.",
     "Gunmen attacked the magazine on Wednesday, killing 12 people.", 0),
    # ... but not a larger one
    ("Last week's attacks in the capital left 17 people dead on Wednesday.",
     "Gunmen attacked the magazine on Wednesday, killing 25 people.", 1),
    # two tolls of one event, or of several events each: compared
    ("The attack on Wednesday left 17 people dead.", "Gunmen attacked the magazine on Wednesday, killing 12 people.", 1),
    ("The attacks on Wednesday left 17 people dead.", "The bombings on Wednesday killed 12 people.", 1),
])
def test_conflicts_of_a_total_over_several_events(kb_store: Any, first: str, second: str, expected: int) -> None:
    v1, v2 = (int(next(w.strip(",.") for w in s.split() if w.strip(",.").isdigit())) for s in (first, second))
    kb.ingest([_point(v1, first, "a", "people dead", "deaths:-:FRA"),
               _point(v2, second, "b", "people killed", "deaths:-:FRA")], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected


@pytest.mark.parametrize("first, second, expected", [
    ("The plan announced Wednesday keeps 9,800 soldiers in the country.",
     "The president now plans to keep 5,500 soldiers in the country on Wednesday.", 0),  # two plans
    ("The plan announced Wednesday keeps 9,800 soldiers in the country.",
     "The country held 5,500 soldiers on Wednesday.", 0),  # a plan against a fact: an intention, no fact
    ("The country held 9,800 soldiers on Wednesday.", "The country held 5,500 soldiers on Wednesday.", 1),
])
def test_conflicts_of_two_plans(kb_store: Any, first: str, second: str, expected: int) -> None:
    v1, v2 = (int(next(w.replace(",", "") for w in s.split() if w.replace(",", "").isdigit())) for s in (first, second))
    a, b = (_point(v, s.replace(f"{v:,}", f"{v}"), i, "soldiers", "troops:USA:AFG")
            for v, s, i in ((v1, first, "a"), (v2, second, "b")))
    kb.ingest([a, b], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected
