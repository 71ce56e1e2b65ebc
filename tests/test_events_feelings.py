"""A stated feeling about another's act is DISAPPROVE by the one who feels it (docs/events_guidelines.md,
round 4 addendum); the cause of the feeling is never its actor; a noun trigger is never its own target."""

from __future__ import annotations

import pytest
from conftest import events_at, party_names

# (sentence, trigger word, DISAPPROVE expected at it)
FEELINGS = [
    ("The ministers said they were seriously concerned by the new developments.", "concerned", True),
    ("Lawmakers expressed outrage at the report on Monday.", "outrage", True),
    ("The minister was angry about the new tariffs.", "angry", True),
    ("Her advisers voiced concern over the plan.", "concern", True),
    ("Concerned citizens gathered outside the court.", "Concerned", False),
    ("The issue concerns all of us.", "concerns", False),
    ("The concern is that prices will rise.", "concern", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), FEELINGS)
def test_a_stated_feeling_is_disapproval(enlp, text, word, expected) -> None:
    types = {e["type"] for e in events_at(enlp, text, word)}
    assert ("DISAPPROVE" in types) is expected, types


def test_the_cause_of_a_feeling_is_not_its_actor(enlp) -> None:
    text = "Germany was angered by the Russian decision."
    (e,) = [e for e in events_at(enlp, text, "angered") if e["type"] == "DISAPPROVE"]
    assert [p["code"] for p in e["actors"]] == ["DEU"], e["actors"]


def test_the_one_whose_act_causes_it_is_the_target(enlp) -> None:
    text = "Merkel said she was disappointed with Trump."
    (e,) = [e for e in events_at(enlp, text, "disappointed") if e["type"] == "DISAPPROVE"]
    assert "Merkel" in party_names(e["actors"]) and "Trump" in party_names(e["targets"]), e


def test_a_noun_trigger_is_never_its_own_target(enlp) -> None:
    text = "Turkey voiced its opposition to the move."
    (e,) = [e for e in events_at(enlp, text, "opposition") if e["type"] == "DISAPPROVE"]
    assert "opposition" not in party_names(e["targets"]), e
    assert [p["code"] for p in e["actors"]] == ["TUR"], e["actors"]


def test_the_act_felt_about_keeps_its_own_event(enlp) -> None:
    text = "Trump has been frustrated with the refusal of Congress to fund the wall."
    assert any(e["type"] == "DISAPPROVE" for e in events_at(enlp, text, "frustrated"))
    assert events_at(enlp, text, "refusal"), "the refusal is an event of its own"


def test_a_comparison_of_concerns_is_no_disapproval(enlp) -> None:
    text = "Obama said he is less concerned about style points than about substance."
    assert not any(e["type"] == "DISAPPROVE" for e in events_at(enlp, text, "concerned"))
