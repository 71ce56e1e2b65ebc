"""Round 15 party rules of issue 19 (docs/events_guidelines.md, "Round 15, parties"), written from the classes of
the round-14 independent review and the PLOVER read half's source errors: "were engaged in" names the doer; a place
that coded the actor is no target of a non-violent act; a later clause's subject the parser hung on an object is
no target (and is that clause's actor); a person's campaign or administration is the person's side; a first name
is the one full name it begins; a person "of" a country has that country's code wherever the person is named
again; the force a passive harm happened in names its doer. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_code, assert_party, assert_role_lacks

# (text, trigger word, type, role, a name that must be among the role's parties)
FOUND = [
    # a participle of doing: the subject acts, whatever the passive form
    ("Rebel units were engaged in ethnic cleansing against the villagers in the north.", "cleansing",
     "ASSAULT", "actors", "Rebel units"),
    ("Militiamen were involved in the bombing of the market.", "bombing", "ASSAULT", "actors", "Militiamen"),
    # a person's own organization: "between" names both of its sides
    ("The FBI opened investigations into possible collusion between the Smith campaign and Iranian officials.",
     "investigations", "INVESTIGATE", "targets", "Smith campaign"),
    ("The FBI opened investigations into possible collusion between the Smith campaign and Iranian officials.",
     "investigations", "INVESTIGATE", "targets", "Iranian officials"),
    # a bare first name that begins exactly one full person's name is that person
    ("Senator Maria Lopez met Governor Ken Adams in Ohio on Monday. Lopez later said she thanked Ken for his help.",
     "thanked", "SUPPORT", "targets", "Ken Adams"),
    # the force a harm happened in names its doer
    ("Two gunmen were killed in a police raid in Lyon on Wednesday.", "killed", "FIGHT", "actors", "police"),
    ("Three militants were killed in a US drone strike on Monday.", "killed", "FIGHT", "actors", "United States"),
    ("A protester was wounded in a crackdown by the army.", "wounded", "ASSAULT", "actors", "army"),
    # a headline drops the passive's "were": its subject is the one harmed or held
    ("Two Soldiers Wounded In Attack Near Kabul", "Wounded", "ASSAULT", "targets", "Two Soldiers"),
    ("Rebel Leader Arrested By Army In North", "Arrested", "COERCE", "targets", "Rebel Leader"),
    ("Bomb Maker Killed In Police Raid In Lyon", "Killed", "ASSAULT", "actors", "Police"),
    # a person's aides and associates are the person's side
    ("Prosecutors say John Smith met Iranian agents. Mueller has charged several Smith associates.", "charged",
     "DISAPPROVE", "targets", "Smith associates"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), FOUND)
def test_party_found(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, a name that must NOT be among the role's parties of any event at the word)
NOT_FOUND = [
    ("Rebel units were engaged in ethnic cleansing against the villagers in the north.", "cleansing",
     "targets", "Rebel units"),
    # a place that coded the actor is where the act happened, not the one acted on
    ("In Belgium, police conducted raids on several homes on Sunday.", "raids", "targets", "Belgium"),
    ("In Turkey, police detained dozens of people on Friday.", "detained", "targets", "Turkey"),
    # the subject of the next clause, hung on the object by the parser, is no target of the first verb
    ("Police fired hundreds of rounds and one gunman detonated an explosive belt in the apartment.", "fired",
     "targets", "gunman"),
    # the row of a bare first name stays out when it begins no full name or several
    ("Senator Maria Lopez met Governor Ken Adams in Ohio on Monday. Lopez later said she thanked Ken for his help.",
     "thanked", "targets", "Ken |"),
    # a person's administration after "into"/"under" is a span of time, no side
    ("Jones resigned 24 days into the Smith administration.", "resigned", "targets", "Smith administration"),
    # a talk is with its partner: what the thing talked about is against is no partner
    ("Senator Reed was discussing sanctions legislation against Putin's government.", "discussing", "targets",
     "Putin"),
    ("Two Soldiers Wounded In Attack Near Kabul", "Wounded", "actors", "Soldiers"),
    # running text: the tagger may mark a past tense as a participle, which is no headline passive
    ("Thousands of Egyptian students protested in Cairo.", "protested", "targets", "students"),
    # a headline in the past tense keeps its doer
    ("US Drone Strike Killed Iranian General", "Killed", "targets", "United States"),
    # a roadside bombing names no doer
    ("Two soldiers were killed in a roadside bombing near the town.", "killed", "actors", "roadside"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), NOT_FOUND)
def test_party_not_found(enlp, text, word, role, name) -> None:
    assert_role_lacks(enlp, text, word, role, name)


# the violent acts keep the place as CAMEO codes them ("Russian jets bombed Syria"): the rule is for the others
PLACE_KEPT = [
    ("Russian jets bombed Syria on Tuesday.", "bombed", "targets", "SYR"),
]


# (text, trigger word, role, the code a party of the role must have): a person's country from "of <country>" on
# any mention, a person's side by the person's code
CODED = [
    ("King Farid of Morocco was quoted on Friday as saying he would be ready to host a meeting of the two sides.",
     "host", "actors", "MAR"),
    ("King Farid of Morocco arrived on Monday. He said he would host a meeting with the Israeli prime minister.",
     "host", "actors", "MAR"),
    ("King Farid of Morocco condemned the attack.", "condemned", "actors", "MAR"),
    *PLACE_KEPT,
    # an association across countries that nothing else codes is an NGO
    ("Members of the Association of African Jurists investigated the treatment of prisoners.", "investigated",
     "actors", "NGO"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), CODED)
def test_party_code(enlp, text, word, role, code) -> None:
    assert_code(enlp, text, word, role, code)


# (text, trigger word, role): no code where the text gives none (a national association's country is not named)
NO_CODE = [
    ("The National Rifle Association criticized the bill.", "criticized", "actors"),
]


@pytest.mark.parametrize(("text", "word", "role"), NO_CODE)
def test_no_code_guessed(enlp, text, word, role) -> None:
    assert_no_code(enlp, text, word, role)
