"""Round 31 (issue 19), main acts missed and type senses: downing an aircraft and an offensive are FIGHT whoever wages
them (data/event_senses.tsv, extract/events/__init__.py ``_warfare``); instructing or directing someone to act is a
DEMAND and prosecuting an accusation (data/plover_triggers.tsv); the object of "with" does an absolute clause's
gerund (extract/events/clause_roles.py); named chemical agents are unconventional weapons (data/plover_clues.tsv).
Sentences written here; each "changed" row fails on main 498bea55, each guard keeps its reading."""

from __future__ import annotations

import pytest
from conftest import events_at, party_names


@pytest.mark.parametrize(("text", "word", "typ", "actor"), [
    # changed: downing an aircraft or a drone (main: no event, the sense row dropped every "shot down")
    ("Iran shot down an American surveillance drone over the strait on Thursday.", "shot", "FIGHT", "Iran"),
    ("The drone was shot down by Iranian forces near the coast.", "shot", "FIGHT", "Iranian forces"),
    # changed: by a group that is no state it is still war (main: ASSAULT or no event)
    ("Houthi rebels shot down a Saudi warplane over Saada.", "shot", "FIGHT", "Houthi rebels"),
    ("Rebels launched an offensive in the eastern hills on Friday.", "offensive", "FIGHT", "Rebels"),
    # changed: instructing or directing someone to act orders it (main: no event)
    ("An appeals court in Denver instructed the judge to throw out the verdict.", "instructed", "DEMAND",
     "appeals court"),
    ("The governor directed the police chief to reopen the inquiry.", "directed", "DEMAND", "governor"),
    # changed: the object of "with" does the gerund of an absolute clause (main: AGREE with no actor, hidden)
    ("The conference closed with Japan and Korea reaching an agreement on fishing rights.", "reaching", "AGREE",
     "Japan"),
    # guards: a state's strike and a group's attack on people keep their types
    ("Gunmen shot four traffic police officers in the market.", "shot", "ASSAULT", "Gunmen"),
    ("Militants attacked a passenger bus outside the town.", "attacked", "ASSAULT", "Militants"),
    ("The army launched an offensive on the rebel-held valley.", "offensive", "FIGHT", "army"),
])
def test_main_acts(enlp, text: str, word: str, typ: str, actor: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert actor in party_names(hits[0]["actors"]), hits[0]
    assert hits[0]["confidence"] >= 0.625, hits[0]


@pytest.mark.parametrize(("text", "word"), [
    # guards: shooting down a plan, directing a film or one's anger are no events
    ("Senators shot down the budget proposal on Tuesday.", "shot"),
    ("She directed the documentary in 2004.", "directed"),
    ("The marchers directed their anger at the consulate.", "directed"),
    ("The ministry directed extra funds to the northern provinces.", "directed"),
])
def test_no_event(enlp, text: str, word: str) -> None:  # noqa: ANN001
    assert not events_at(enlp, text, word)


@pytest.mark.parametrize(("text", "word", "typ", "modality", "actor", "target"), [
    # changed: prosecuting someone is a legal accusation (main: no event); a decision not to is negated
    ("The attorney general decided not to prosecute the senator for perjury.", "prosecute", "DISAPPROVE", "negated",
     "attorney general", "senator"),
    ("The state will prosecute the two guards for manslaughter.", "prosecute", "DISAPPROVE", "intended", "state",
     "guards"),
    # changed: an attack with a named nerve agent is unconventional violence, not conventional force (main: FIGHT)
    ("The Syrian army attacked the village with sarin.", "attacked", "ASSAULT", "asserted", "Syrian army", ""),
    # guard: charging stays as it was
    ("Prosecutors charged the former governor with bribery.", "charged", "DISAPPROVE", "asserted", "Prosecutors",
     "former governor"),
])
def test_legal_and_chemical(enlp, text: str, word: str, typ: str, modality: str, actor: str,  # noqa: ANN001
                            target: str) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert hits[0]["modality"] == modality, hits[0]
    assert actor in party_names(hits[0]["actors"]), hits[0]
    assert (target in party_names(hits[0]["targets"])) if target else True, hits[0]


@pytest.mark.parametrize(("text", "word", "shown"), [
    # changed: a violent noun that strikes its target by a verb is the sentence's predication (main: 0.494, hidden)
    ("A car bombing struck the market town on Sunday, killing at least nine people.", "bombing", True),
    # guards: a bombing that kills was already shown; a bombing named only as a time is no shown event
    ("A car bombing in the market town killed nine people.", "bombing", True),
    ("After the bombing in the market town, the mayor resigned.", "bombing", False),
])
def test_striking_noun_shown(enlp, text: str, word: str, shown: bool) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "ASSAULT"]
    assert any(e["confidence"] >= 0.625 for e in hits) == shown, hits
