"""Round 18 (left): round 17's leftover wrong facts as classes. A verb of naming whose object carries its own
"on"/"for" phrase is no call on anyone ("called the attack on the weekly 'a terrorist attack'" was DEMAND); a
person the parser made a second subject after a verb that has its subject before it is the verb's object ("The
indictment ... charges Monica Witt" lost Witt). Hand-written texts only."""

from __future__ import annotations

import pytest

import newsgraph


def _rec(text: str):
    return newsgraph.extract(text, published="2019-02-13", min_confidence=0.0)


def _events_at(rec, word: str) -> list:
    i = rec.text.index(word)
    return [e for e in rec.events if e.trigger_start <= i < e.trigger_end]


# -- naming with a phrase on the object: no demand (these rows were DEMAND at 72aa83e) --------------------------
@pytest.mark.parametrize("text", [
    'She called the strike on the village, which had sheltered hundreds of families, "a tragedy for everyone."',
    'He called the attack on the embassy, whose staff had been warned for weeks, "an act of war."',
])
def test_naming_with_a_phrase_on_the_object_is_no_demand(text):
    assert "DEMAND" not in {e.type for e in _events_at(_rec(text), "called")}


# -- the verb's own "on"/"for"/"upon", and other verbs' phrases on the object, still make the row --------------
@pytest.mark.parametrize("text, word, typ", [
    ("The senator called on the government to resign.", "called", "DEMAND"),
    ("The union called upon its members to stay home.", "called", "DEMAND"),
    ("Protesters called for the release of the prisoners.", "called", "DEMAND"),
    ("The union called off the strike.", "called", "CONCEDE"),
    ("The army called up reservists.", "called", "MOBILIZE"),
    ("Republicans have been pressing the administration for answers.", "pressing", "DEMAND"),
])
def test_a_verbs_own_phrase_keeps_its_row(text, word, typ):
    assert typ in {e.type for e in _events_at(_rec(text), word)}


# -- a person parsed as a second subject after the verb is its object -------------------------------------------
@pytest.mark.parametrize("text, word, target", [
    ("The indictment unsealed on Tuesday charges John Harker, a former army analyst, with passing secrets to "
     "Russia.", "charges", "John Harker"),
    ("The indictment unsealed Wednesday charges Anna Berg, who officials say worked for the navy, with espionage.",
     "charges", "Anna Berg"),
    ("The lawsuit filed Friday charges Peter Gray with theft.", "charges", "Peter Gray"),
    ("Prosecutors charged John Harker with spying.", "charged", "John Harker"),
])
def test_the_person_charged_is_the_target(text, word, target):
    evs = _events_at(_rec(text), word)
    assert any(target in [t.name for t in e.targets] for e in evs)


@pytest.mark.parametrize("text, word, not_target", [
    ('"We will appeal," said John Harker, the defendant.', "said", "John Harker"),
    ("Rebels attacked the town and Harker says they fled.", "attacked", "Harker"),
])
def test_a_speaker_or_another_clauses_subject_is_no_target(text, word, not_target):
    assert not any(not_target in [t.name for t in e.targets] for e in _events_at(_rec(text), word))
