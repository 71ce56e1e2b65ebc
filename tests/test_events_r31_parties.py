"""Round 31 (issue 19, parties left empty although the sentence names them): a refusal to let someone act targets
the one not let (triggers.py ``_refused_leave``); a judged deed's "of" phrase names its doer ("criticized the
policies of the Chinese government", triggers.py ``_doers_deed``); a statement of support "for" a gerund of backing
targets the one backed ("support for arming the rebels", helped.py); a protest against a named possessor's thing
keeps that possessor even where its name is a place's ("against Beijing's growing influence", review27.py); forces
an aid verb supplies "with" something are its recipients ("provide the Kurdish forces with arms", triggers.py
``_supplied``); a threatened object that names nobody is aimed at its named possessor (threatened.py).
Sentences written here; each "changed" row was wrong (empty) on main 498bea55, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import assert_party


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # changed: the one a refusal does not let act is the target
    ("The French government refused to allow Evo Morales to land in Paris.", "refused", "REJECT", "targets",
     "Evo Morales"),
    # guards: "permit" with its own object was already read; a thing or an unresolved pronoun let act names nobody; a plain refusal keeps its object
    ("The Polish government refused to allow the vote to proceed.", "refused", "REJECT", "targets", ""),
    ("Hungary refused to permit Serbia to join the talks.", "refused", "REJECT", "targets", "Serbia"),
    ("Ankara refused to let him leave.", "refused", "REJECT", "targets", ""),
    ("Italy rejected Greece's proposal.", "rejected", "REJECT", "targets", "Greece"),
    # changed: the doer a deed's "of" phrase names is the one judged
    ("President Joe Biden criticized the policies of the Chinese government.", "criticized", "DISAPPROVE",
     "targets", "Chinese government"),
    ("The minister praised the efforts of Qatar to end the war.", "praised", "SUPPORT", "targets", "Qatar"),
    ("Canada welcomed the decision of the African Union.", "welcomed", "SUPPORT", "targets", "African Union"),
    # guards: an act done to someone names the one it is done to, not the one judged; a possessor still counts
    ("The senator condemned the arrest of Alexei Navalny.", "condemned", "DISAPPROVE", "targets", ""),
    ("Amnesty criticized the handling of the protesters.", "criticized", "DISAPPROVE", "targets", ""),
    ("Canada welcomed Kenya's decision.", "welcomed", "SUPPORT", "targets", "Kenya"),
    # changed: support for a gerund of backing targets the one backed
    ("Jordan voiced support for training the Iraqi army.", "voiced", "SUPPORT", "targets", "Iraqi army"),
    ("Macron recently expressed support for arming the rebels in Libya.", "expressed", "SUPPORT", "targets",
     "rebels"),
    # guards: a gerund of harm is no backing; a demand's target is the one asked, not the one to be armed
    ("The group expressed support for attacking Iran.", "expressed", "SUPPORT", "targets", ""),
    ("The senators called for arming the Kurdish forces.", "called", "DEMAND", "targets", ""),
    ("Macron recently expressed support for the rebels in Libya.", "expressed", "SUPPORT", "targets", "rebels"),
    # changed: the named possessor of what a protest is against is its target, though its name is a city's
    ("Demonstrators were protesting against Beijing's growing influence.", "protesting", "PROTEST", "targets",
     "Beijing"),
    # guards: the city a protest is held in, or a possessed place it is held at, is no target
    ("Hundreds of students protested in Paris against the war.", "protested", "PROTEST", "targets", ""),
    ("Workers protested at Lima's airport on Monday.", "protested", "PROTEST", "targets", ""),
    # changed: forces an aid verb supplies "with" something are the ones supplied (before: dropped as own means)
    ("The United States will provide the Kurdish forces with heavy weapons.", "provide", "AID", "targets",
     "Kurdish forces"),
    ("France supplied the Iraqi army with drones.", "supplied", "AID", "targets", "Iraqi army"),
    # guards: the giver's own troops are no recipient; troops sent are the sender's means
    ("France supplied its own troops with drones.", "supplied", "AID", "targets", ""),
    # round 33 changed this row on purpose: the country forces go to is where, not the side the move is aimed at
    ("The United States will send troops to Poland.", "send", "MOBILIZE", "targets", ""),
    # changed: a threatened object that names nobody is aimed at its named possessor
    ("France threatened to harm Britain's financial system.", "threatened", "THREATEN", "targets",
     "United Kingdom"),
    # guards: the threatener's own thing names nobody; a named object stays
    ("Russia threatened to harm its own economy.", "threatened", "THREATEN", "targets", ""),
    ("Syria threatened to erase Jordan from the map.", "threatened", "THREATEN", "targets", "Jordan"),
])
def test_r31_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:  # noqa: ANN001
    assert_party(enlp, text, word, typ, role, name)
