"""Review 21 (issue 19, class 4): idioms and figures of speech read as force or threats. Beating the drum for a
cause, a killing told of the one who speaks ("we get killed"), a warning against a course of action, and search or
rescue craft sent: none is an assault, a threat or a mobilization. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_sense, events_at

TYPES = [
    # beating a drum, a dead horse, a path: campaigning or talk; beating people stays ASSAULT
    ("Senate Democrats have been beating the drum for a new inquiry all spring.", "beating", None),
    ("The mayor keeps beating the drum about road safety.", "beating", None),
    ("Activists beat the drums of war against Ruritania.", "beat", None),
    ("Critics say the senator is beating a dead horse.", "beating", None),
    ("Police beat the protesters with batons on Sunday.", "beat", "ASSAULT"),
    # a killing told of the speaker is a figure or a rule of thumb; one told of others, or an ongoing one, stays
    ('"If we lose the state, we get killed," the strategist said.', "killed", None),
    ('"They open the gate, and you get killed," Marco Ruiz told reporters.', "killed", None),
    ('"We got slaughtered in the suburbs," the party chairman said of the vote.', "slaughtered", None),
    ('"You will get killed out there," the guide told the hikers.', "killed", None),
    ("Gunmen killed three villagers on Monday.", "killed", "ASSAULT"),
    ("Three soldiers were killed in the ambush.", "killed", "ASSAULT"),
    ('"We are being killed in our homes," the villager said.', "killed", "ASSAULT"),
    # warning against a course of action with nobody warned opposes it: DISAPPROVE, no threat
    ("The generals warned against a premature withdrawal from the country.", "warned", "DISAPPROVE"),
    ("The central bank warned against raising interest rates too quickly.", "warned", "DISAPPROVE"),
    ("The minister warned against complacency.", "warned", None),
    ("Ruritania warned Freedonia against any move on the border.", "warned", "THREATEN"),
    # search or rescue craft sent join a search (no event); warships or troops sent stay MOBILIZE
    ("The Dutch coast guard also sent a search plane.", "sent", None),
    ("Ruritania sent two rescue ships to the area on Sunday.", "sent", None),
    ("The navy sent planes to search for the missing jet.", "sent", None),
    ("Japan dispatched a search-and-rescue team to the quake zone.", "dispatched", None),
    ("Freedonia sent three warships to the strait.", "sent", "MOBILIZE"),
    ("The army sent troops to the border.", "sent", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), TYPES)
def test_idioms_and_figures(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


def test_warning_against_keeps_the_warner(enlp) -> None:
    text = "The generals warned against a premature withdrawal from the country."
    assert_party(enlp, text, "warned", "DISAPPROVE", "actors", "generals")


def test_the_warned_stays_the_target_of_a_threat(enlp) -> None:
    text = "Ruritania warned Freedonia against any move on the border."
    assert_party(enlp, text, "warned", "THREATEN", "targets", "Freedonia")


@pytest.mark.parametrize("text", [
    "Officials cautioned against a premature withdrawal of troops.",
    "Several generals argued against a hasty pullout from the region.",
])
def test_an_act_advised_against_is_not_told_as_done(enlp, text) -> None:
    """The act in an "against" phrase of advice is opposed, not done: not asserted, and the adviser is no party."""
    word = "withdrawal" if "withdrawal" in text else "pullout"
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "RETREAT"]
    assert all(e["modality"] != "asserted" and not e["actors"] for e in hits), hits
