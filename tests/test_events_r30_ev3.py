"""Round 30, third events helper (issue 19, events on real reports): the one a call is made of when it is the subject
of a "for ... to" clause ("called on Friday for Mattis to testify", addressees.py ``called_for``); a protest "against"
a thing is aimed at the thing's owner ("protested against the government's plan", triggers.py, as a judged thing's
owner); drawing a weapon, rallying votes or support and fighting a trend are no events (data/event_senses.tsv:
"pull out" a weapon, "rally" a word of class ``civil``, "fight" a word of class ``trend``); a "they" or "he" inside quoted words never stands for the speaker who reports
them (pronouns.py ``_quoted_apart``). Sentences written here;
each "changed" row was wrong on main 50bde5b5, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: the subject of a "for ... to" clause of a call is whom the call is made of (before: target empty)
    ("Speaker Paul Ryan also called on Friday for Defense Secretary Jim Mattis to testify on the report.", "called",
     "DEMAND", "targets", "Jim Mattis"),
    # changed: a protest against a thing is aimed at its owner (before: target empty)
    ("Thousands of students protested against the government's new tuition plan on Monday.", "protested",
     "PROTEST", "targets", "government"),
    # guards: a protest's place names no target; a thing with no owner names nobody; named addressees stay
    ("Workers protested at the company's headquarters in Detroit.", "protested", "PROTEST", "targets", ""),
    ("Farmers protested against the new tax.", "protested", "PROTEST", "targets", ""),
    ("Lawmakers called on the Pentagon to release the report.", "called", "DEMAND", "targets", "Pentagon"),
    ("The army is fighting the insurgents in the north.", "fighting", "FIGHT", "targets", "insurgents"),
    # changed: a third person inside quoted words is not the speaker (before: actor the senator, the speaker)
    ('"They want to kill us," Senator Jones said.', "kill", "ASSAULT", "actors", ""),
    # guards: reported speech keeps its teller; a first person in a quote is the speaker
    ("The rebels said they would attack the base.", "attack", "ASSAULT", "actors", "rebels"),
    ('"We will expel the ambassador," Prime Minister Rutte said.', "expel", "SANCTION", "actors", "Rutte"),
])
def test_r30_ev3_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "typ"), [
    ("An officer pulled out a pistol at one point.", "pulled", "RETREAT"),
    ("Senate Republicans have rallied the 41 votes they need to block the bill.", "rallied", "PROTEST"),
    ("Activists say they are fighting the erosion of press freedom in the country.", "fighting", "FIGHT"),
])
def test_r30_ev3_no_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert not [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # guards: troops pulling out, a protest rally and a fight against a party stay events
    ("Troops pulled out of the town on Sunday.", "pulled", "RETREAT"),
    ("The United States pulled out its troops from the base.", "pulled", "RETREAT"),
    ("Protesters rallied against the new law on Saturday.", "rallied", "PROTEST"),
    ("Police fired a rifle into the air.", "fired", "FIGHT"),
])
def test_r30_ev3_still_event(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    assert [e for e in events_at(enlp, text, word) if e["type"] == typ], events_at(enlp, text, word)
