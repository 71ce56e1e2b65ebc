"""Round 31 (ev5, issue 19): being met by police, troops, tear gas or stiff opposition is a confrontation or a
reception, no meeting (data/event_senses.tsv, `meet` rows with pobj@by / pobj@with). Sentences written for these
tests; the guards keep real meetings, met by a person or an office, met with people, as CONSULT."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_sense

MET = [
    ("The marchers were met on Sunday by riot police firing tear gas.", "met", None),
    ("The students were met by soldiers at the bridge.", "met", None),
    ("The convoy was met by gunfire near the border.", "met", None),
    ("The patrol was met with rifle shots at dawn.", "met", None),
    ("Such a move would be met by fierce opposition from Ruritania.", "met", None),
    ("The crowd was met with tear gas outside parliament.", "met", None),
    ("The villagers were met with water cannon and rubber bullets.", "met", None),
    # guards: a meeting with a person, an office or people stays a meeting
    ("The envoy was met by the prime minister at the airport.", "met", "CONSULT"),
    ("The delegation was met by Foreign Minister Anna Holm in Oslo.", "met", "CONSULT"),
    ("The president met with soldiers at the base on Thursday.", "met", "CONSULT"),
    ("The mayor met with protest leaders on Monday.", "met", "CONSULT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), MET)
def test_met_by_force_is_no_meeting(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


# a mutual fight "with" a side told in a time or setting phrase was fought by the verb's subject (find.py); the
# clash's own phrase naming both sides keeps them ("clashes between X and Y"), and a clash with no verb subject
# that is a party keeps no actor
CLASH = [
    ("Following clashes with the rebels on Sunday, the Ruritanian army withdrew from the valley.", "clashes",
     "actors", "Ruritanian army"),
    ("After fierce fighting with government troops, the insurgents pulled back to the hills.", "fighting",
     "actors", "insurgents"),
    ("Following clashes with the rebels on Sunday, the Ruritanian army withdrew from the valley.", "clashes",
     "targets", "rebels"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), CLASH)
def test_clash_in_an_adjunct_is_the_subjects(enlp, text, word, role, name) -> None:
    assert_party(enlp, text, word, "FIGHT", role, name)


def test_clash_with_no_party_subject_keeps_no_actor(enlp) -> None:
    assert_party(enlp, "After clashes with the rebels, the valley was quiet again.", "clashes", "FIGHT", "actors", "")


def test_clash_subject_resolved_from_an_earlier_sentence_is_not_taken(enlp) -> None:
    # the passive subject is no entity, and the verb's subject reader falls back to an earlier name (the one who
    # sacked him): a party named outside the sentence is too often someone else, so the battle keeps no actor
    text = ("He was sacked as deputy by President Ann Holm of Ruritania on 6 May. Mbekwa, a 70-year-old former spy "
            "chief, had been locked in a battle with the first lady, Lina Holm, to succeed her husband.")
    assert_party(enlp, text, "battle", "FIGHT", "actors", "")
