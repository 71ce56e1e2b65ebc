"""Round 21 rules of issue 19 (review 20's second look at events on real reports): procedural pegs (documents sent
to an overseer, a place pounded), aspect verbs, requests laughed at, prose that ends on a date, and a country that only
names an inquiry's topic (docs/events_guidelines.md, "round 21" addendum). The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_party, assert_sense, events_at, party_names, shown_by_default

#: bombardment: FIGHT or ASSAULT with heavy weapons
_FIRE = "FIGHT|ASSAULT"

PEGS = [
    # documents or evidence sent, handed or turned over to a body that oversees or investigates: COOPERATE (CAMEO 064)
    ("The Justice Department sent the memos to the House Judiciary Committee on Thursday.", "sent", "COOPERATE"),
    ("The State Department sent Congress the cables on Friday.", "sent", "COOPERATE"),
    ("The FBI handed over the documents to investigators last week.", "handed", "COOPERATE"),
    ("The bank turned over the records to federal prosecutors.", "turned", "COOPERATE"),
    # to anyone else, or a letter (a message, not a record), no event
    ("The White House sent a memo to federal agencies on Monday.", "sent", None),
    ("The mayor sent a letter to the governor.", "sent", None),
    ("Rivera handed over the documents to his lawyer.", "handed", None),
    # pounding a place with aircraft, guns or forces is bombardment (FIGHT with heavy weapons, as bombard and shell;
    # PLOVER 2021 folds FIGHT into ASSAULT, and a one-sided bombardment of a named place may be told as ASSAULT)
    ("Russian jets pounded rebel-held districts of Aleppo overnight.", "pounded", _FIRE),
    ("Government artillery pounded the town for a third day.", "pounded", _FIRE),
    ("Ruritanian warplanes continued to pound Zenda on Monday.", "pound", _FIRE),
    # a fist, a heart, rain or waves that pound are no event
    ("He pounded the table in anger.", "pounded", None),
    ("Heavy rain pounded the coast on Sunday.", "pounded", None),
    ("Protesters pounded on the doors of the ministry.", "pounded", None),
    # settling land is colonizing it; settling a dispute or a lawsuit is AGREE (integration, round 21)
    ("Ruritania took the valley in 1967 and quickly began settling the conquered territory.", "settling", None),
    ("Farmers from the north settled the land along the river.", "settled", None),
    ("The two firms began settling their dispute in court.", "settling", "AGREE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), PEGS)
def test_procedural_and_bombardment_pegs(enlp, text, word, typ) -> None:
    if typ == _FIRE:
        hits = events_at(enlp, text, word)
        assert any(e["type"] in {"FIGHT", "ASSAULT"} and e["mode"] == "heavy-weapons" for e in hits), hits
        return
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word", "typ"), [
    # the complement of a verb of aspect is asserted as a main clause is: shown by default
    ("Ruritanian warplanes continued to pound Zenda on Monday.", "pound", _FIRE),
    ("Ruritanian troops began to withdraw from the border on Monday.", "withdraw", "RETREAT"),
])
def test_aspect_complement_shown(enlp, text, word, typ) -> None:
    typ = next(e["type"] for e in events_at(enlp, text, word) if e["type"] in typ.split("|"))
    assert shown_by_default(enlp, text, word, typ)


def test_bombardment_actor_is_the_subject_of_the_aspect_verb(enlp) -> None:
    text = "Ruritanian warplanes continued to pound Zenda on Monday."
    typ = next(e["type"] for e in events_at(enlp, text, "pound") if e["type"] in {"FIGHT", "ASSAULT"})
    assert_party(enlp, text, "pound", typ, "actors", "warplanes")


@pytest.mark.parametrize(("text", "asker", "asked"), [
    # "V-ed at the request of X": X asks the subject (round 20), unchanged
    ("Federal agents interviewed the sailor at the request of the Ruritanian government.", "Ruritanian government",
     "agents"),
    # a verb whose "at" phrase is its object reacts to the request: X asks, whom is not said
    ("The senator laughed at the request of the Ruritanian government.", "Ruritanian government", ""),
    ("Ruritania's foreign minister balked at the request of the European Union.", "European Union", ""),
])
def test_request_laughed_at(enlp, text, asker, asked) -> None:
    hits = [e for e in events_at(enlp, text, "request") if e["type"] == "DEMAND"]
    assert hits, events_at(enlp, text, "request")
    assert asker in party_names(hits[0]["actors"]), hits[0]
    names = party_names(hits[0]["targets"])
    assert (asked in names) if asked else names == "", hits[0]


@pytest.mark.parametrize(("text", "word", "typ"), [
    # prose whose main verb is past keeps its events though it ends on a full date and names a visit in a clause
    ("Secretary of State Ana Molnar, who visits Beijing next week, met Chinese Foreign Minister Wang Yi in "
     "Washington on Thursday, April 21, 2016.", "met", "CONSULT"),
    # a caption's present-tense scene stays out (round 20)
    ("Chinese Foreign Minister Wang Yi meets with Secretary of State Ana Molnar at the State Department in "
     "Washington, April 21, 2016.", "meets", None),
])
def test_prose_ending_on_a_date(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word", "target", "code"), [
    # a country or place that names an inquiry's topic: the target is the inquiry, uncoded
    ("Senator Molnar again attacked the Russia investigation on Tuesday.", "attacked", "Russia investigation", None),
    ("Republicans slammed the Benghazi probe on Tuesday.", "slammed", "Benghazi probe", None),
    # a country that is the object itself stays coded
    ("Senator Molnar again criticized Russia on Tuesday.", "criticized", "Russia", "RUS"),
])
def test_inquiry_topic_is_no_country(enlp, text, word, target, code) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "DISAPPROVE"]
    assert hits, events_at(enlp, text, word)
    named = [p for p in hits[0]["targets"] if p["name"] == target]
    assert named and named[0]["code"] == code, hits[0]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), [
    # a present-tense act with a time still to come is scheduled: intended, as "will visit" is
    ("Secretary of State Ana Molnar, who visits Beijing next week, met Chinese Foreign Minister Wang Yi in "
     "Washington on Thursday.", "visits", "CONSULT", "intended"),
    ("Ruritanian President Ana Molnar meets Chinese President Xi Jinping tomorrow in Beijing.", "meets", "CONSULT",
     "intended"),
    # "next to" is a place, and a past act stays asserted
    ("Ruritanian President Ana Molnar meets Chinese President Xi Jinping next to the Great Hall.", "meets",
     "CONSULT", "asserted"),
    ("Ruritanian President Ana Molnar met Chinese President Xi Jinping in Beijing last week.", "met", "CONSULT",
     "asserted"),
])
def test_scheduled_present_is_intended(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)
