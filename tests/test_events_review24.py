"""Round 24 (start-of-round review, event classes 2 and 3): a legal battle, a dropped investigation, a time clause's
standing, a dangling participle of speech, options chosen between and the act owned in a plea
(data/event_senses.tsv round-24 rows, extract/events/review24.py). Sentences written here; each "changed" row was
wrong on main 3b8cfaea, each guard keeps an event that was right."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_party, assert_sense, events_at

SENSES = [
    # changed: battling extradition, charges or a lawsuit is a legal challenge, not armed force
    ("Berg is battling extradition to Freedonia, which accuses him of leaking files.", "battling", "REJECT"),
    ("The senator is battling the charges in court.", "battling", "REJECT"),
    # guards: battling troops or rebels stays a fight
    ("Ruritanian troops are battling rebels near the border.", "battling", "FIGHT"),
    ("Government forces battled the militants for three days.", "battled", "FIGHT"),
    # changed: a dropped investigation is a legal measure eased (CONCEDE), not an open INVESTIGATE
    ("Ruritania has dropped its investigation into a fraud allegation against Jon Berg.", "investigation", "CONCEDE"),
    ("Prosecutors abandoned the probe into the mayor last year.", "probe", "CONCEDE"),
    # guards: an opened investigation stays one; an ended one stays no event (round 20)
    ("Ruritania has opened an investigation into the fraud allegation against Jon Berg.", "investigation",
     "INVESTIGATE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_senses(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


def test_a_dropped_investigation_is_no_investigate(enlp) -> None:
    hits = events_at(enlp, "Ruritania has dropped its investigation into a fraud allegation against Jon Berg.",
                     "investigation")
    assert "INVESTIGATE" not in {e["type"] for e in hits}, hits


_CANINE = ("While speaking to Berg and his passengers, a county sheriff's canine was requested and later alerted "
           "to narcotics inside the car, Harris said.")


def test_a_time_clause_takes_no_demand(enlp) -> None:
    # changed: the talk was "requested" from the verb it times
    hits = [e for e in events_at(enlp, _CANINE, "speaking") if e["type"] == "CONSULT"]
    assert all(e["modality"] != "requested" for e in hits), hits


def test_a_dangling_speech_participle_has_no_passive_doer(enlp) -> None:
    # changed: a passenger named before the dog (parsed as the passive's subject) was the one who spoke
    text = ("While speaking to Berg and his passengers, Mark Jones, 31, of Hope, a county sheriff's canine was "
            "requested, Harris said.")
    hits = [e for e in events_at(enlp, text, "speaking") if e["type"] == "CONSULT"]
    assert hits and all(not e["actors"] for e in hits), hits


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # guards: the doer of another participle under a passive stays its subject; an active clause's subject talks
    ("The suspect was wounded while battling police.", "battling", "FIGHT", "actors", "suspect"),
    ("While speaking to reporters, Anna Weber criticized the Ruritanian government.", "criticized", "DISAPPROVE",
     "actors", "Anna Weber"),
    # changed: the one who pleads guilty to a threat made it
    ("Jon Berg pleaded guilty to threatening to kill Sen. Maria Lopez.", "threatening", "THREATEN", "actors",
     "Jon Berg"),
    ("Jon Berg admitted to threatening Sen. Maria Lopez.", "threatening", "THREATEN", "actors", "Jon Berg"),
])
def test_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    # changed: an option chosen between is not told as done
    ("Forced to choose between a military crackdown and the city's collapse, the president will choose the "
     "former.", "crackdown", "COERCE", "hypothetical"),
    # guards: a crackdown told as done stays asserted; a time clause keeps its own negation
    ("The government launched a military crackdown on the protesters.", "crackdown", "COERCE", "asserted"),
    ("Ruritania will attack the rebels after the talks collapse.", "attack", "ASSAULT", "intended"),
])
def test_modality(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)
