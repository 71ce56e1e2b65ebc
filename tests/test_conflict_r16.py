"""Issue 17, round 16: the classes of judged false conflicts still flagged after round 15 — a toll that counts its
attackers against one that does not, a figure someone stands ready to act on (an intention, no fact), and two
states' expulsions.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.scope import acting_state, counts_attackers, told_as_plan


@pytest.mark.parametrize("text, figure, expected", [
    # a list right after the toll names its attackers
    ("The raids in the capital killed 14 people, including three gunmen.", "14", True),
    ("The blast killed 20 people, among them the bomber, on Friday.", "20", True),
    ("The siege left 20 dead including two children and the attacker.", "20", True),
    ("The attack killed at least 49 people including the suicide bomber.", "49", True),
    ("Officials said 31 people died, among the dead two assailants.", "31", True),
    # no attackers in the toll's own list
    ("The raids in the capital left 17 people dead.", "17", False),
    ("The blast killed 20 people, not counting the gunman.", "20", False),  # left out
    ("The shooting killed 12 people, including two police officers. The gunmen fled.", "12", False),  # next sentence
    ("Six people, including a guard who was shot and the alleged attacker, died in the raid.", "Six", True),  # a long list
    ("The attack killed 49 people, including 30 women and children caught by the gunmen.", "49", False),  # an agent
    ("The attack killed 49 people, including 30 children, and police shot the gunmen.", "49", False),  # the list ended
    # the list is another figure's
    ("The blast killed 9 soldiers and wounded 30, including four militants.", "9", False),
    ("The blast killed 9 soldiers and wounded 30, including four militants.", "30", True),
])
def test_a_toll_that_counts_its_attackers(text: str, figure: str, expected: bool) -> None:
    assert counts_attackers(text, *_at(text, figure)) is expected


@pytest.mark.parametrize("text, figure, expected", [
    ("The president said he is ready to go with tariffs on $500 billion of imports.", "500", True),
    ("The ministry is prepared to send 2,000 more police officers.", "2,000", True),
    ("Donors said they were willing to give $40 million.", "40", True),
    ("The hall was ready for 300 guests on Friday.", "300", False),  # readiness for a thing, no intention
    ("The government imposed tariffs on $34 billion of imports in July.", "34", False),
    ("Once ready, the plant employed 800 workers.", "800", False),  # no "to"
])
def test_a_figure_someone_stands_ready_to_act_on(text: str, figure: str, expected: bool) -> None:
    assert told_as_plan(text, *_at(text, figure)) is expected


def _point(value: int, text: str, ident: str, obj: str, key: str, kind: str = "count") -> Any:
    a = _at(text, f"{value:,}" if f"{value:,}" in text else str(value))
    return record(text, "2015-01-14", title=f"Report {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": text[a[0]:a[1]], "kind": kind, "object": obj,
        "measure": key, "owner": key.split(":")[1] if key.split(":")[1] != "-" else None,
        "location": key.rsplit(":", 1)[1] if key.rsplit(":", 1)[1] != "-" else None,
        "time": "2015-01-14"}]).model_copy(update={"id": ident * 16})


@pytest.mark.parametrize("first, second, expected", [
    # one toll counts the attackers, the other does not: two groups
    ("The raids in the capital on Wednesday killed 14 people, including three gunmen.",
     "The raids in the capital on Wednesday left 17 people dead.", 0),
    # both count them, or neither: compared
    ("The raids in the capital on Wednesday killed 14 people, including three gunmen.",
     "The raids in the capital on Wednesday killed 20 people, including the gunmen.", 1),
    ("The raids in the capital on Wednesday killed 14 people.",
     "The raids in the capital on Wednesday left 17 people dead.", 1),
    # left out by its own words: no attackers counted, compared with a plain toll
    ("The raids in the capital on Wednesday killed 14 people, not counting the gunmen.",
     "The raids in the capital on Wednesday left 17 people dead.", 1),
])
def test_conflicts_of_tolls_with_and_without_attackers(kb_store: Any, first: str, second: str, expected: int) -> None:
    v1, v2 = (int(next(w.strip(",.") for w in s.split() if w.strip(",.").isdigit())) for s in (first, second))
    kb.ingest([_point(v1, first, "a", "people killed", "deaths:-:FRA"),
               _point(v2, second, "b", "people dead", "deaths:-:FRA")], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected


@pytest.mark.parametrize("first, second, expected", [
    ("On Wednesday the president said he is ready to go with tariffs on $500 billion of goods.",
     "On Wednesday the country imposed tariffs on $34 billion of goods.", 0),  # an intention against an act
    ("On Wednesday the country imposed tariffs on $500 billion of goods.",
     "On Wednesday the country imposed tariffs on $34 billion of goods.", 1),
])
def test_conflicts_of_a_figure_stood_ready_for(kb_store: Any, first: str, second: str, expected: int) -> None:
    pts = []
    for s, ident in ((first, "a"), (second, "b")):
        v = int(s.split("$", 1)[1].split()[0])
        p = _point(v, s, ident, "goods", "goods.usd:CHN:-", kind="money")
        pts.append(p.model_copy(update={"amounts": [p.amounts[0].model_copy(update={"value": v * 10**9})]}))
    kb.ingest(pts, db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("Norway expelled four Russian diplomats on Monday.", "four", "NOR"),
    ("The United States expelled 60 Russian diplomats on Monday.", "60", "USA"),
    ("British officials said they would expel 23 Russian diplomats.", "23", "GBR"),
    ("Britain's expulsion of 23 Russian diplomats angered Moscow.", "23", "GBR"),
    # no actor named before the figure; the owner's people are never the actor
    ("Sanctions on Russian officials and the expulsion of 60 Russian diplomats followed.", "60", ""),
    ("Four Russian diplomats were expelled by Norway.", "Four", ""),
    # no expulsion
    ("Russia sent 4 diplomats home.", "4", None),
    ("Norway hosts 40 Russian diplomats.", "40", None),
])
def test_the_state_an_expulsion_is_the_act_of(text: str, figure: str, expected: str | None) -> None:
    assert acting_state(text, *_at(text, figure), "RUS") == expected


@pytest.mark.parametrize("first, second, expected", [
    ("Norway expelled four Russian diplomats on Wednesday.", "The United States expelled 60 Russian diplomats on Wednesday.", 0),
    ("Norway expelled four Russian diplomats on Wednesday.", "The expulsion of 60 Russian diplomats on Wednesday followed.", 0),
    ("Norway expelled four Russian diplomats on Wednesday.", "Norway expelled 60 Russian diplomats on Wednesday.", 1),
    ("Norway hosted four Russian diplomats on Wednesday.", "Norway hosted 60 Russian diplomats on Wednesday.", 1),
])
def test_conflicts_of_two_states_expulsions(kb_store: Any, first: str, second: str, expected: int) -> None:
    words = {"four": 4, "60": 60}
    v1, v2 = (next(words[w] for w in s.split() if w in words) for s in (first, second))
    pts = []
    for v, s, ident in ((v1, first, "a"), (v2, second, "b")):
        fig = "four" if v == 4 else "60"
        p = _point(v, s.replace(fig, str(v)), ident, "Russian diplomats", "diplomats:RUS:-")
        pts.append(p)
    kb.ingest(pts, db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected
