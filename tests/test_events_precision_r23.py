"""Round 23 (issue 19, precision): words that say what something is rather than tell an act, a price charged, a
power given, effects that "help", premises visited, a bloc's officials, an inquiry's topic, "come under fire", and
the chance of an act. Classes read on the tune half of benchmarks/gold/events_news.jsonl and on real reports (allsides
pool ranks 201-240); the sentences are written for these tests. Each block has guards that keep the event."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_modality, assert_party, assert_sense, shown_by_default

SENSES = [
    # a noun something is regarded as (through "a kind of") is a characterization
    ("Critics have long viewed Ruritania as a kind of sectarian battle between rival clans.", "battle", None),
    ("Ruritanian troops battled rebels near the border.", "battled", "FIGHT"),
    ("The minister condemned the attack on the border post.", "condemned", "DISAPPROVE"),
    # a present-tense relative clause on an indefinite apposition defines a party; a past one tells an act
    ("The breach was found by Acme, a security firm that monitors the network of the party.", "monitors", None),
    ("Rebels shelled Dorval, a town that hosts many embassies, on Sunday.", "hosts", None),
    ("The Taliban attacked Kabul, a city that the militants seized in 1996.", "seized", "COERCE"),
    ("Ruritania freed Anna Berg, a hostage kidnapped in Freedonia by the militia.", "kidnapped", "ASSAULT"),
    # what a telling is about is a topic
    ("I have just been briefed by my security team on the attacks in Dorval.", "attacks", None),
    ("On Freedonian sanctions, the adviser said that it takes time.", "sanctions", None),
    ("Ruritania imposed sanctions on Freedonia.", "sanctions", "SANCTION"),
    # a price charged is no accusation
    ('"Charge us big Tariffs on everything!" the president wrote.', "Charge", None),
    ("The prosecutor charged the mayor with fraud.", "charged", "DISAPPROVE"),
    # a power given is no aid; an act that "helps" a side is an effect
    ("The senators passed a bill giving the president the power to arm the rebels.", "giving", None),
    ("Critics say the airstrikes against the militants were actually helping the regime.", "helping", None),
    ("Ruritania helped the rebels with weapons.", "helped", "AID"),
    # a firm or a centre visited is no meeting of parties
    ("The FBI last week visited the company that set up the server.", "visited", None),
    ("The president will visit the Counterterrorism Center on Thursday for a briefing.", "visit", None),
    ("The president will visit Freedonia next week.", "visit", "CONSULT"),
    # rejecting a notion or an analysis is a statement of view, as rejecting a claim is (round 16's denials)
    ("The minister rejected the notion that the talks had failed.", "rejected", None),
    ("Ruritania rejected the proposal for talks.", "rejected", "REJECT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_senses(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


BLOC = [
    ("Euro zone finance ministers threatened to cut off aid to the banks of Malta.", "threatened"),
    ("Euro ministers in Brussels threatened to cut off emergency aid to the banks of Malta.", "threatened"),
    ("The eurozone finance ministers accepted the plan after talks in Brussels.", "accepted"),
]


@pytest.mark.parametrize(("text", "word"), BLOC)
def test_a_blocs_officials_are_igo(enlp, text, word) -> None:
    assert_code(enlp, text, word, "actors", "IGO")


def test_a_citys_ministers_keep_their_country(enlp) -> None:
    assert_code(enlp, "Ministers in Paris threatened to cut off aid to the banks of Malta.", "threatened", "actors",
                "FRA")


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # an inquiry's topic is no investigator
    ("The memo says the FBI misled a judge during the Trump-Russia investigation.", "investigation", "INVESTIGATE",
     "actors", ""),
    ("The memo says the FBI misled a judge during the Russia investigation.", "investigation", "INVESTIGATE",
     "actors", ""),
    ("Police are still investigating the bombing.", "investigating", "INVESTIGATE", "actors", "Police"),
    # the subject of "come under shelling" is the one hit
    ("Mariupol, which lies along the road to the coast, had come under shelling for three days, with the rebels "
     "entering on Wednesday.", "shelling", "FIGHT", "actors", ""),
    ("Mariupol, which lies along the road to the coast, had come under shelling for three days, with the rebels "
     "entering on Wednesday.", "shelling", "FIGHT", "targets", "Mariupol"),
    ("The embassy came under attack by militants on Friday.", "attack", "ASSAULT", "targets", "embassy"),
])
def test_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    ("The chances of the army killing Freedonians or Ruritanians are quite high.", "killing", "ASSAULT",
     "hypothetical"),
    ("The army killed Freedonians near the border.", "killed", "ASSAULT", "asserted"),
])
def test_the_chance_of_an_act(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


def test_an_act_agreed_through_a_verb_of_manner_is_not_shown(enlp) -> None:
    text = "The ministers have agreed to move quickly to impose new sanctions on Russia."
    assert not shown_by_default(enlp, text, "sanctions", "SANCTION")
    assert shown_by_default(enlp, text, "agreed", "AGREE")


def test_an_act_begun_is_shown(enlp) -> None:
    assert shown_by_default(enlp, "The army began to withdraw troops from the town.", "withdraw", "RETREAT")
