"""Violence told by a noun or a passive (docs/events_guidelines.md, round 4 addendum): the attack is the
event, the people harmed are its target, never its actor; one harm told twice is one event."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def enlp():
    from newsgraph import nlp as _nlp

    return _nlp.load(components=("entities", "places", "events"))


def _at(enlp, text: str, word: str) -> list[dict[str, Any]]:
    i = text.index(word)
    return [e for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= i < e["trigger_end"]]


def _names(parties: list[dict[str, Any]]) -> str:
    return " | ".join(p["name"] for p in parties)


# (sentence, trigger word, type, a word of the target's name or None)
VIOLENT = [
    ("The bombing killed at least 12 people in Herat on Tuesday.", "bombing", "ASSAULT", "people"),
    ("Three soldiers were killed in a drone attack on the outpost.", "killed", "FIGHT", "soldiers"),
    ("Airstrikes hit rebel positions near the city on Sunday.", "Airstrikes", "FIGHT", None),
    ("Saudi oil facilities were struck by drones on Saturday.", "struck", "FIGHT", "facilities"),
    ("Gunmen beheaded two aid workers in the desert.", "beheaded", "ASSAULT", "workers"),
    ("A suicide bomber blew himself up at a checkpoint, killing five policemen.", "blew", "ASSAULT", "policemen"),
]


@pytest.mark.parametrize(("text", "word", "typ", "target"), VIOLENT)
def test_violence_told_by_a_noun_or_a_passive_is_an_event(enlp, text, word, typ, target) -> None:
    hits = [e for e in _at(enlp, text, word) if e["type"] == typ]
    assert hits, _at(enlp, text, word)
    if target:
        assert target in _names(hits[0]["targets"]), hits[0]


def test_the_people_harmed_are_the_target_not_the_actor(enlp) -> None:
    text = "At least 40 people died in the attack, which was claimed by the Islamic State."
    (e,) = _at(enlp, text, "attack")
    assert "people" not in _names(e["actors"]), e
    assert "people" in _names(e["targets"]), e
    assert "Islamic State" in _names(e["actors"]), e


@pytest.mark.parametrize(("text", "outcome"), [
    ("The bombing killed at least 12 people in Herat on Tuesday.", "killed"),
    ("A suicide bomber blew himself up at a checkpoint, killing five policemen.", "killing"),
])
def test_the_outcome_of_an_attack_is_the_same_event(enlp, text, outcome) -> None:
    assert _at(enlp, text, outcome) == [], "the outcome verb is merged into the attack it tells"
