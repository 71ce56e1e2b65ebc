"""Round 29, wave 4 (issue 19, ranks 137-256 judged by hand): an attack in words typed as force, and a passive's
"by" phrase the parser hung on the noun of its "as" / "in" phrase (extract/events/hung_agents.py; sense rows for
"attack" in data/event_senses.tsv) and the occasion an act in words was said at taken as its target
(extract/events/second_look.py). Sentences written here; each "changed" row was wrong on main 27607d6a, each
guard keeps what was right there."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

from newsgraph.record import EVENT_MIN_CONFIDENCE


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: blamed for what someone did or said (main: ASSAULT)
    ("Senator Ana Ruiz also attacked Barr for what she called misleading testimony to Congress.", "attacked",
     "DISAPPROVE"),
    ("Councillor Mark Obi attacked the mayor for refusing to testify.", "attacked", "DISAPPROVE"),
    # changed: an attack called blistering or scathing is one in words (main: ASSAULT)
    ("The president gave a blistering attack on Western powers at the General Assembly.", "attack", "DISAPPROVE"),
    ("She delivered a scathing attack on the finance minister.", "attack", "DISAPPROVE"),
    # guards: force stays force: police who attack protesters for a reason, a raid told "for the third time"
    ("Police attacked the protesters for refusing to disperse.", "attacked", "ASSAULT"),
    ("Gunmen attacked the convoy for the third time this week.", "attacked", "ASSAULT"),
    ("Rebels attacked the base for hours after seizing the road.", "attacked", "ASSAULT"),
    ("Militants launched a fierce attack on the army post.", "attack", "ASSAULT"),
])
def test_r29w4_attack_type(enlp, text: str, word: str, typ: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["confidence"] >= EVENT_MIN_CONFIDENCE or typ == "DISAPPROVE"]
    assert hits and hits[0]["type"] == typ, events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: the "by" phrase hung on the "as" / "in" phrase's noun names the doer (main: actor empty)
    ("Pedro Arce is recognized as Bolivia's legitimate head of state by Brazil and others.", "recognized", "SUPPORT",
     "actors", "Brazil"),
    ("The bombing was condemned in a statement by the Turkish foreign ministry.", "condemned", "DISAPPROVE", "actors",
     "ministry"),
    # guards: the verb's own agent as before; a margin names nobody
    ("The plan was criticized as reckless by France.", "criticized", "DISAPPROVE", "actors", "France"),
    ("The rebels were attacked in the morning by government troops.", "attacked", "ASSAULT", "actors", "troops"),
    ("The truce was rejected in a vote by a wide margin.", "rejected", "REJECT", "actors", ""),
])
def test_r29w4_hung_agent(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: an act in words keeps no occasion it was said at as its target (main: the assembly as target)
    ("Last May, Chile's president, Ana Vidal, gave a scathing attack at the UN General Assembly in New York.",
     "attack", "DISAPPROVE", "targets", ""),
    # guards: the one aimed at stays beside the occasion; a body criticized is the target
    ("The president lashed out at Germany at the G20 summit.", "lashed", "DISAPPROVE", "targets", "Germany"),
    ("The president criticized the UN General Assembly.", "criticized", "DISAPPROVE", "targets", "General Assembly"),
])
def test_r29w4_said_at_occasion(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)
