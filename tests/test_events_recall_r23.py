"""Round 23 (issue 19, recall): a joint appearance is a meeting ("spoke alongside the Israeli minister"), and a verb
conjoined to a reported censure shares its clause ("He said the United States condemned the attack and urged
restraint": the call is shown as the censure is). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

JOINT = [
    ("The general spoke alongside the Israeli defense minister at a news conference.", "spoke", "Israeli defense"),
    ("Netanyahu made the remarks in a brief appearance alongside Mattis.", "appearance", "Mattis"),
    ("Macron appeared beside Merkel at the closing news conference.", "appeared", "Merkel"),
]


@pytest.mark.parametrize(("text", "word", "name"), JOINT)
def test_a_joint_appearance_is_a_meeting_with_the_one_beside(enlp, text, word, name) -> None:
    assert_party(enlp, text, word, "CONSULT", "targets", name)


@pytest.mark.parametrize(("text", "word"), [
    ("The senator spoke with reporters after the vote.", "spoke"),  # the press is no counterpart
    ("The minister spoke about the attacks on Sunday.", "spoke"),
    ("The video appeared alongside the article.", "appeared"),  # nobody appears
    ("The minister appeared on television on Sunday.", "appeared"),
])
def test_speaking_or_appearing_alone_is_no_meeting(enlp, text, word) -> None:
    assert not [e for e in events_at(enlp, text, word) if e["type"] == "CONSULT"]


def test_one_who_fights_alongside_is_no_target(enlp) -> None:
    """"alongside" names an ally for force: only a meeting reads it as the partner."""
    text = "Kurdish fighters fought alongside American special forces near Raqqa."
    for e in events_at(enlp, text, "fought"):
        assert "American" not in " | ".join(p["name"] for p in e["targets"]), e


SHARED = [
    ("He said the United States condemned the attack and urged restraint.", "urged", "DEMAND"),
    ("The spokesman said Germany condemned the strike and demanded an inquiry.", "demanded", "DEMAND"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SHARED)
def test_a_conjunct_of_a_reported_censure_is_shown(enlp, text, word, typ) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits and hits[0]["confidence"] >= DEFAULT_MIN_CONFIDENCE, hits


@pytest.mark.parametrize(("text", "word", "typ"), [
    # a conjunct with its own subject is another clause
    ("He said the United States condemned the attack and France urged restraint.", "urged", "DEMAND"),
    # told another way (intended) than the censure
    ("He said the United States condemned the attack and will urge restraint.", "urge", "DEMAND"),
])
def test_a_conjunct_told_apart_keeps_its_own_score(enlp, text, word, typ) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert all(e["confidence"] < DEFAULT_MIN_CONFIDENCE for e in hits), hits


RELATIVE_OBJECTS = [
    # the object or passive subject of a relative clause is the noun the clause modifies
    ("The opposition leader, whom the police arrested on Monday, was freed.", "arrested", "COERCE", "opposition leader"),
    ("The journalist, who was arrested by police on Monday, was freed.", "arrested", "COERCE", "journalist"),
    ("The dissident, whom the government expelled last year, returned home.", "expelled", "COERCE", "dissident"),
]


@pytest.mark.parametrize(("text", "word", "typ", "name"), RELATIVE_OBJECTS)
def test_a_relative_object_is_the_noun_its_clause_modifies(enlp, text, word, typ, name) -> None:
    assert_party(enlp, text, word, typ, "targets", name)


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # the relative clause's own subject stays the doer, and a thing it modifies is no party
    ("The opposition leader, whom the police arrested on Monday, was freed.", "arrested", "COERCE", "actors",
     "police"),
    ("The aid which Washington sends to Egypt was cut.", "sends", "AID", "targets", "Egypt"),
])
def test_a_relative_clause_keeps_its_other_parties(enlp, text, word, typ, role, name) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert name in " | ".join(p["name"] for p in hits[0][role]), hits[0]
    assert "aid" not in " | ".join(p["name"] for p in hits[0]["targets"]).lower(), hits[0]
