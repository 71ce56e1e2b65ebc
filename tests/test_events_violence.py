"""Violence told by a noun or a passive (docs/events_guidelines.md, round 4 addendum): the attack is the
event, the people harmed are its target, never its actor; one harm told twice is one event."""

from __future__ import annotations

import pytest
from conftest import events_at, party_names

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
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    if target:
        assert target in party_names(hits[0]["targets"]), hits[0]


def test_the_people_harmed_are_the_target_not_the_actor(enlp) -> None:
    text = "At least 40 people died in the attack, which was claimed by the Islamic State."
    (e,) = events_at(enlp, text, "attack")
    assert "people" not in party_names(e["actors"]), e
    assert "people" in party_names(e["targets"]), e
    assert "ISIS" in party_names(e["actors"]), e  # the lexicon's name of the Islamic State (round 11)


@pytest.mark.parametrize(("text", "outcome"), [
    ("The bombing killed at least 12 people in Herat on Tuesday.", "killed"),
    ("A suicide bomber blew himself up at a checkpoint, killing five policemen.", "killing"),
])
def test_the_outcome_of_an_attack_is_the_same_event(enlp, text, outcome) -> None:
    assert events_at(enlp, text, outcome) == [], "the outcome verb is merged into the attack it tells"
