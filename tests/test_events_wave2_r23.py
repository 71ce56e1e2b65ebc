"""Round 23, wave 2 (issue 19): an act a source will not declare is open (hypothetical); what a purported video
shows is alleged; a phase verb passes on a decision's modality; a document is no actor; a decision told beside the
act it decides is one event. Classes from real reports (allsides pool ranks 201-240, read in earlier rounds); the
sentences are written for these tests. Each block has guards that keep the reading as it was."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_party, events_at

MODALITY = [
    # a declaring verb negated or declined leaves its clause's act open
    ("American officials are not ready to declare that Russia has begun invading Georgia.", "invading",
     "FIGHT", "hypothetical"),
    ("The ministry refused to confirm that the army had attacked the village.", "attacked", "ASSAULT",
     "hypothetical"),
    ("Officials declined to say that the rebels had attacked the convoy.", "attacked", "ASSAULT", "hypothetical"),
    # guards: a declaration made asserts; a denial negates
    ("The minister said that the army had attacked the village.", "attacked", "ASSAULT", "asserted"),
    ("Officials declared that Russia has begun invading Georgia.", "invading", "FIGHT", "asserted"),
    ("The army did not attack the village.", "attack", "ASSAULT", "negated"),
    # what a purported medium shows is alleged
    ("Last week, the rebels released a video purporting to show a boy executing two soldiers.", "executing",
     "ASSAULT", "alleged"),
    ("A purported video shows militants beheading a journalist.", "beheading", "ASSAULT", "alleged"),
    ("The group released a video that purportedly shows fighters executing two men.", "executing", "ASSAULT",
     "alleged"),
    # guard: a video the report does not doubt shows what happened
    ("A video shows militants beheading a journalist.", "beheading", "ASSAULT", "asserted"),
    # a decision's act keeps the decision's modality through a phase verb (guidelines section 4)
    ("The government has decided to begin to withdraw its troops from the border.", "withdraw", "RETREAT",
     "intended"),
    ("The government has decided to withdraw its troops from the border.", "withdraw", "RETREAT", "intended"),
    # guards: a phase verb of a told act tells it; a refusal to begin negates
    ("The army continued to attack the rebels.", "attack", "ASSAULT", "asserted"),
    ("Ruritania refused to begin to withdraw its troops from the border.", "withdraw", "RETREAT", "negated"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_modality(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


def test_a_document_is_no_actor(enlp) -> None:
    text = "We know of 40 citizens who have Freedonian passports who are fighting in Ruritania with the rebels."
    for e in events_at(enlp, text, "fighting"):
        assert not any("passports" in p["name"] for p in e["actors"]), e


def test_a_weapon_still_acts_in_an_assault(enlp) -> None:
    # guard: only documents are dropped; a named doer stays
    assert_party(enlp, "Freedonian soldiers with Ruritanian passports attacked the village.", "attacked", "ASSAULT",
                 "actors", "Freedonian soldiers")


DECISION = ('President Jan Novak announced on Monday that he was cancelling a visit to Ruritania for the summit. '
            '"I have decided to cancel my visit to Ruritania because of the fighting," Novak said.')


def test_a_decision_and_its_act_are_one_event(enlp) -> None:
    doc = enlp(DECISION)
    hits = [e for e in doc._.newsgraph_events if e["type"] == "SANCTION"]
    assert len(hits) == 1, hits
    assert hits[0]["spans"], hits[0]


def test_an_undecided_plan_is_not_folded(enlp) -> None:
    # guard: a plan ("plans to cancel") is no decision told: it stays its own telling
    text = ('President Jan Novak announced on Monday that he was cancelling a visit to Ruritania for the summit. '
            'Novak plans to cancel his visit to Freedonia next year as well.')
    hits = [e for e in enlp(text)._.newsgraph_events if e["type"] == "SANCTION"]
    assert len(hits) == 2, hits


NICKNAMES = [
    # a nickname with no person the report names by it is no party
    ('The president wrote on Twitter: "Rocket Man is on a suicide mission. Rocket Man threatened our allies."',
     "threatened", "THREATEN", "actors", ""),
    ('"Crooked Hillary attacked me again," Trump wrote.', "attacked", "ASSAULT", "actors", ""),
    # the person the report names by it
    ('"Crooked Hillary attacked me again," Trump wrote. Trump was responding to Hillary Clinton\'s speech.',
     "attacked", "ASSAULT", "actors", "Hillary Clinton"),
    ('Trump called Kim Jong Un "Rocket Man." He said "Rocket Man" attacked Japan with missiles.', "attacked",
     "FIGHT", "actors", "Kim Jong Un"),
    # guard: a plain name stays
    ("Hillary Clinton criticized Trump over the tariffs on Monday.", "criticized", "DISAPPROVE", "actors",
     "Hillary Clinton"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), NICKNAMES)
def test_nicknames(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)
