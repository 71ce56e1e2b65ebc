"""Round 5: the core events an analyst reads news for, told in the common shapes of news English
(docs/events_guidelines.md, round 5 addendum): killings with a perpetrator or a cause, arrests and
detentions, coups, protests; and the features of the predication the confidence model reads."""

from __future__ import annotations

import pytest
from conftest import events_at, party_names

from newsgraph.record import EVENT_MIN_CONFIDENCE


def _one(enlp, text: str, word: str, typ: str) -> dict:  # noqa: ANN001
    evs = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert evs, events_at(enlp, text, word)
    return evs[0]


@pytest.mark.parametrize(("text", "word", "typ", "actor", "target"), [
    ("Mutinous soldiers ousted President Ibrahim Boubacar Keita in a coup on Tuesday.", "coup", "COERCE",
     "soldiers", "Keita"),
    ("Prosecutors issued a warrant for the arrest of the opposition leader.", "arrest", "COERCE", "Prosecutors", ""),
    ("Protesters took to the streets of Beirut on Saturday.", "took", "PROTEST", "Protesters", ""),
    ("A 34-year-old man was stabbed to death outside a bar in London on Friday.", "stabbed", "ASSAULT", "", "man"),
    ("Police arrested two men in Lagos on Sunday.", "arrested", "COERCE", "Police", "two men"),
    ("Clashes between police and protesters killed 14 people in Khartoum.", "Clashes", "FIGHT", "police",
     "14 people"),
])
def test_core_events_and_their_parties(enlp, text, word, typ, actor, target) -> None:
    e = _one(enlp, text, word, typ)
    assert actor in party_names(e["actors"]) if actor else not e["actors"]
    assert target in party_names(e["targets"])
    assert e["modality"] == "asserted"


@pytest.mark.parametrize(("text", "word", "typ"), [
    ("A 34-year-old man was stabbed to death outside a bar in London on Friday.", "stabbed", "ASSAULT"),
    ("Mutinous soldiers ousted President Ibrahim Boubacar Keita in a coup on Tuesday.", "coup", "COERCE"),
    ("Protesters took to the streets of Beirut on Saturday.", "took", "PROTEST"),
])
def test_core_events_are_shown_by_default(enlp, text, word, typ) -> None:
    assert _one(enlp, text, word, typ)["confidence"] >= EVENT_MIN_CONFIDENCE


def test_a_noun_under_a_verb_that_does_not_carry_it_takes_no_actor_from_that_verb(enlp) -> None:
    """"Iran resisted any formal agreement": Iran is no party to an agreement; "announced an agreement" is."""
    resisted = events_at(enlp, "Iran has resisted any formal agreement with the United States.", "agreement")
    assert not any("Iran" in party_names(e["actors"]) for e in resisted)
    reached = _one(enlp, "Iran announced an agreement with the United States on Friday.", "agreement", "AGREE")
    assert "Iran" in party_names(reached["actors"])


def _feats(enlp, text: str, word: str) -> dict[str, float]:  # noqa: ANN001
    """The features of the event whose trigger is ``word`` (not an intent derived around it)."""
    from newsgraph.extract.events import extract_events

    trace: list = []
    extract_events(enlp(text), trace=trace)
    i = text.index(word)
    return next(f for e, f in trace if e.trigger_start == i)


def test_predication_features(enlp) -> None:
    # a decided action sits where the decision does: the report asserts the decision's clause
    assert _feats(enlp, "The Pentagon has decided to reduce troops in Iraq.", "reduce")["root"] == 1.0
    # news told as what a verb of saying reports, or in a clause of time, is not embedded
    assert _feats(enlp, "Iran fired on a U.S. drone, the Pentagon announced.", "fired")["embedded"] == 0.0
    assert _feats(enlp, "The decision came after Trump met Kadhimi in Washington.", "met")["embedded"] == 0.0
    assert _feats(enlp, "Iran wants to attack the base in Iraq.", "attack")["embedded"] == 1.0
    # a definite noun made specific by its own complement is no retelling
    assert _feats(enlp, "Prosecutors issued a warrant for the arrest of the opposition leader.", "arrest")[
        "definite_noun"] == 0.0
    assert _feats(enlp, "Two men were detained after the attacks in Paris.", "attacks")["definite_noun"] == 1.0


@pytest.mark.parametrize(("text", "word"), [
    ("Officials warned of a possible attack on the embassy.", "warned"),
    ("The embassy warned of the risk of terrorist attacks in the capital.", "warned"),
    ("US officials warned that Iran could attack shipping in the Gulf.", "warned"),
    ("Experts warned that the economy could collapse.", "warned"),
])
def test_a_warning_of_a_danger_or_of_another_s_act_is_no_threat(enlp, text, word) -> None:
    assert not [e for e in events_at(enlp, text, word) if e["type"] == "THREATEN"
                and e["confidence"] >= EVENT_MIN_CONFIDENCE]


@pytest.mark.parametrize(("text", "word"), [
    ("The president warned North Korea that it would face fire and fury.", "warned"),
    ("The defense minister warned that Israel would respond forcefully if its aircraft were attacked.", "warned"),
    ("Iran warned that it would retaliate against any attack.", "warned"),
])
def test_a_warning_of_one_s_own_or_a_conditional_act_is_a_threat(enlp, text, word) -> None:
    assert _one(enlp, text, word, "THREATEN")


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("Officials warned of a possible attack on the embassy.", "attack", "hypothetical"),
    ("Security officials feared an attack during the holiday.", "attack", "hypothetical"),
    ("Authorities are bracing for attacks on polling stations.", "attacks", "hypothetical"),
    ("Bolton has advocated bombing Iran.", "bombing", "requested"),
])
def test_feared_possible_and_advocated_attacks_are_not_asserted(enlp, text, word, modality) -> None:
    evs = [e for e in events_at(enlp, text, word) if e["type"] in {"ASSAULT", "FIGHT"}]
    assert evs and all(e["modality"] == modality for e in evs), evs
    # the one who fears, warns or waits is no party to the attack
    assert all(not e["actors"] or "Bolton" in party_names(e["actors"]) for e in evs)
