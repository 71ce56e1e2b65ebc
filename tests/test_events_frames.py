"""Event frames without a plain trigger verb (review 6): threats told as consequences, money moved to a state,
licenses that ease sanctions, nouns that keep their own parties, objects shared by coordinated verbs, light
verbs that take their object's type, and phrasal diplomacy. Sentences written here; each row names the
trigger word, the type it must have (None: no event at that word), a word of the actor and of the target
("" when none is required, None when there must be none) and the modality."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import events_at

from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE


def _names(parties: list[dict[str, Any]]) -> str:
    return " | ".join(p["name"] for p in parties)


def _check(enlp, text: str, word: str, typ: str | None, actor: str | None, target: str | None,
           modality: str | None = "asserted") -> None:
    evs = [e for e in events_at(enlp, text, word) if e["confidence"] >= DEFAULT_MIN_CONFIDENCE]
    if typ is None:
        assert not evs, evs
        return
    assert [e["type"] for e in evs] == [typ], evs
    e = evs[0]
    if actor is None:
        assert not e["actors"], e["actors"]
    else:
        assert actor in _names(e["actors"]), e["actors"]
    if target is None:
        assert not e["targets"], e["targets"]
    else:
        assert target in _names(e["targets"]), e["targets"]
    if modality is not None:
        assert e["modality"] == modality


# a speaker says a party will undergo a consequence: THREATEN, speaker -> the one said to undergo it
THREATS = [
    ("Foreign Minister Javad Zarif said that the United States would suffer consequences.", "consequences",
     "THREATEN", "Zarif", "United States"),
    ("Chinese officials said Taiwan will pay a heavy price for the visit.", "price", "THREATEN", "Chinese",
     "Taiwan"),
    ("American bases in the region will be targets, Iranian commanders said on Sunday.", "targets", "THREATEN",
     "Iranian", "American bases"),
    ("Russia's defence ministry said that Ukraine would face retaliation.", "retaliation", "THREATEN", "Russia",
     "Ukraine"),
    # a possibility, a negation, or nobody who says it: no threat
    ("Analysts said Russia could face consequences for the move.", "consequences", None, None, None),
    ("The minister said Canada would not suffer consequences.", "consequences", None, None, None),
    ("Britain would suffer consequences under the new rules.", "consequences", None, None, None),
    ("The players will be targets of criticism.", "targets", None, None, None),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), THREATS)
def test_threat_told_as_a_consequence(enlp, text, word, typ, actor, target) -> None:
    _check(enlp, text, word, typ, actor, target)


def test_a_past_killing_named_as_the_cause_keeps_its_own_standing(enlp) -> None:
    text = "Zarif said that the United States would suffer consequences for the killing of Soleimani."
    kill = [e for e in events_at(enlp, text, "killing")]
    assert kill and all(e["modality"] == "asserted" for e in kill), kill


# money moved to a state is AID; a settlement reached with a state is AGREE; a license or waiver eases sanctions
TRANSFERS = [
    ("The administration secretly airlifted $400 million in cash to Iran in January.", "airlifted", "AID",
     "administration", "Iran"),
    ("The government paid $2 billion to Iraq last year.", "paid", "AID", "government", "Iraq"),
    ("Trump's lawyer paid $130,000 to an actress before the election.", "paid", None, None, None),
    ("The Treasury Department granted a license letting Iran access the financial system.", "granted",
     "RETREAT", "Treasury", "Iran"),
    ("He paid tribute to the soldiers.", "paid", None, None, None),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), TRANSFERS)
def test_transfers_and_licenses(enlp, text, word, typ, actor, target) -> None:
    _check(enlp, text, word, typ, actor, target)


def test_a_settlement_reached_in_a_relative_clause_is_an_agreement(enlp) -> None:
    text = "The money was part of a $1.7 billion settlement the administration reached with Iran in January."
    evs = events_at(enlp, text, "reached")
    assert [e["type"] for e in evs] == ["AGREE"], evs
    assert "Iran" in _names(evs[0]["targets"])


# a noun event keeps the parties its own phrase names; a coordinated verb shares its object
PARTIES = [
    # the listed detainees are no arresting party
    ("The four prisoners included a student, the detention of Jason Rezaian in 2014 and the arrest of a "
     "fourth man.", "detention", "COERCE", None, "Rezaian"),
    ("In the end, the United States did release or pardoned seven Iranians.", "release", "RETREAT",
     "United States", "Iranian"),
    ("Four American prisoners were released from Iran in January.", "released", "RETREAT", "Iran", "American"),
    ("Two aid workers were released from prison on Monday.", "released", "RETREAT", None, ""),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), PARTIES)
def test_noun_and_shared_object_parties(enlp, text, word, typ, actor, target) -> None:
    _check(enlp, text, word, typ, actor, target)


def test_an_intransitive_verb_takes_no_object_of_its_conjunct(enlp) -> None:
    text = "The defence minister resigned and criticized President Trump."
    evs = events_at(enlp, text, "resigned")
    assert all(not e["targets"] for e in evs), evs


def test_a_warning_to_ones_own_side_is_no_threat(enlp) -> None:
    text = '"If we cannot work together, we will all suffer the consequences," the president said.'
    assert not [e for e in events_at(enlp, text, "consequences") if e["type"] == "THREATEN"]


# a verb of giving takes the type of its object noun; backing given is SUPPORT unless material; the passive's
# "by" phrase names the givers, a plural noun the members it lists; "reached out to" is contact
LIGHT = [
    ("The minister delivered a sharp rebuke to Iran on Monday.", "rebuke", "DISAPPROVE", "minister", "Iran"),
    ("The letter delivered a scathing rebuke of the president.", "delivered", None, None, None),
    ("Support has been provided to Rouhani by two former Iranian presidents, Akbar Hashemi Rafsanjani and "
     "Mohammad Khatami.", "provided", "SUPPORT", "Khatami", "Rouhani"),
    ("The United States provided military support to the Kurdish fighters.", "provided", "AID", "United States",
     "Kurdish"),
    ("The U.S. has provided support to Syrian rebel forces.", "provided", "AID", "United States", "rebel"),
    ("Kerry has reached out to leaders from Australia, Jordan and Qatar to discuss the crisis.", "reached",
     "CONSULT", "Kerry", "Jordan"),
    ("The newspaper has reached out to the ministry for comment.", "reached", None, None, None),
    ("The prime minister also reached out to other peoples suffering under austerity.", "reached", None, None, None),
    ("The foreign ministers of France, Germany and Italy held an emergency meeting in Brussels.", "meeting",
     "CONSULT", "Germany", None),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), LIGHT)
def test_light_verbs_members_and_outreach(enlp, text, word, typ, actor, target) -> None:
    _check(enlp, text, word, typ, actor, target)


def test_a_passive_signing_by_officials_of_several_countries_names_each(enlp) -> None:
    text = "The trade deal will be signed on Tuesday by officials from the U.S., Canada and Mexico."
    evs = events_at(enlp, text, "signed")
    assert evs and {"United States", "Canada", "Mexico"} <= {p["name"] for p in evs[0]["actors"]}, evs


def test_a_verb_shared_with_a_phrase_of_another_verb_is_not_its_partner(enlp) -> None:
    text = "The senators reached out to the Israelis without consulting with the White House."
    evs = events_at(enlp, text, "reached")
    assert evs and "White House" not in _names(evs[0]["targets"]), evs


HARM = [
    ("Iran said it is evaluating 13 possible ways to inflict a nightmare on the United States.", "inflict",
     "THREATEN", "Iran", "United States"),
    ("The army will rain missiles on the rebels.", "rain", "THREATEN", "army", "rebels"),
    # a harm told as done is no threat
    ("The strikes inflicted heavy losses on the militants.", "inflicted", None, None, None),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), HARM)
def test_harm_said_to_be_brought_on_a_party_is_a_threat(enlp, text, word, typ, actor, target) -> None:
    _check(enlp, text, word, typ, actor, target)


def test_a_meeting_told_again_takes_the_parties_of_its_first_telling(enlp) -> None:
    text = ("Leaders will use this week's NATO summit to press for a coalition. "
            "The summit began on Thursday in Wales with a session on Afghanistan.")
    first = [e for e in events_at(enlp, text, "summit") if e["type"] == "CONSULT"]
    assert first and "NATO" in _names(first[0]["actors"]), first
    i = text.index("The summit") + 4
    again = [e for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= i < e["trigger_end"]]
    assert all("NATO" in _names(e["actors"]) for e in again), again


# delivering is aid only when goods are delivered; a released excerpt of a recording is no release
DELIVER = [
    ("Egypt delivered food and medicine to Gaza on Monday.", "delivered", "AID", "Egypt", ""),
    ("British voters delivered a stunning political upset on Thursday.", "delivered", None, None, None),
    ("The secretary delivered a long address in Washington on Tuesday.", "delivered", None, None, None),
    ("The White House released a portion of the audio from the interview.", "released", None, None, None),
]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), DELIVER)
def test_delivery_and_release_senses(enlp, text, word, typ, actor, target) -> None:
    _check(enlp, text, word, typ, actor, target)


def test_a_quoted_consequence_is_the_quote_speakers_threat(nlp) -> None:
    text = ('President Donald Trump wrote on Sunday: "Iran is planning an attack. If this happens, Iran will pay '
            'a very heavy price, indeed!"')
    evs = [e for e in events_at(nlp, text, "price") if e["type"] == "THREATEN"]
    assert evs and "Trump" in _names(evs[0]["actors"]) and "Iran" in _names(evs[0]["targets"]), evs
