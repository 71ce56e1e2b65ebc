"""Round 17 party rules of issue 19 (docs/events_guidelines.md, "Round 17, parties"): a people of a region inside
one state codes that state; a group the reference tables hold as an organization keeps its code when the parser
reads it as a person or a people; the head of a body acts for the body; the object of a verb with a to-infinitive
does what the infinitive says; forces loyal to a named leader are the leader's side. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_code, assert_party, assert_role_lacks

# (text, trigger word, role, the code a party of the role must have)
CODED = [
    # a people of a region inside one state
    ("Chechen rebels attacked a police station on Monday.", "attacked", "actors", "RUS"),
    ("Chechen separatists seized a school in the town.", "seized", "actors", "RUS"),
    ("Tibetan monks protested outside the temple.", "protested", "actors", "CHN"),
    # a group the organization table holds, read by the parser as a person or a people
    ("Tamil Tigers attacked a naval base on Sunday.", "attacked", "actors", "LKA"),
    ("The Sandinistas accused the contras of killing farmers.", "accused", "actors", "NIC"),
    # the head of a body: the body's code
    ("The head of Egypt's intelligence service met Palestinian leaders.", "met", "actors", "EGY"),
    ("The head of the Russian navy criticised Norway on Monday.", "criticised", "actors", "RUS"),
    ("The chief of Pakistan's army met the Indian prime minister.", "met", "actors", "PAK"),
    ("The director of Egypt's intelligence service met Palestinian leaders.", "met", "actors", "EGY"),
    # the object of a verb with a to-infinitive does it
    ("The United States persuaded Israel to release 900 prisoners.", "release", "actors", "ISR"),
    ("Russia forced Georgia to withdraw its troops from the region.", "withdraw", "actors", "GEO"),
    ("Egyptian mediators persuaded Hamas to accept a truce.", "accept", "actors", "PSE"),
    # armed challengers named by a creed or a movement: the event's place
    ("Maoist rebels attacked a police post in western Nepal.", "attacked", "actors", "NPL"),
    ("Shiite militiamen attacked a police station in Baghdad.", "attacked", "actors", "IRQ"),
    # forces loyal to a named leader with a code
    ("Troops loyal to Syrian President Bashar al-Assad shelled the town.", "shelled", "actors", "SYR"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), CODED)
def test_party_code(enlp, text, word, role, code) -> None:
    assert_code(enlp, text, word, role, code)


# (text, trigger word, role): no code where the words do not tell one state
NO_CODE = [
    # a people of several states
    ("Kurdish rebels attacked a police station on Monday.", "attacked", "actors"),
    # a region no one state holds
    ("Kashmiri militants attacked an army camp on Monday.", "attacked", "actors"),
    # a creed's or a continent's word on no rebel noun: the meeting's place codes no one
    ("European leaders met in Brussels on Monday.", "met", "actors"),
    # forces loyal to a leader with no code
    ("Troops loyal to President Gbagbo attacked rebel positions.", "attacked", "actors"),
]


@pytest.mark.parametrize(("text", "word", "role"), NO_CODE)
def test_no_code_guessed(enlp, text, word, role) -> None:
    assert_no_code(enlp, text, word, role)


# (text, trigger word, type, role, a name that must be among the role's parties; "" = the role is empty)
FOUND = [
    # the head is the party, named with the body
    ("The head of the Russian navy criticised Norway on Monday.", "criticised", "DISAPPROVE", "actors",
     "head of the Russian navy"),
    # object control: the object acts
    ("France convinced Germany to support the plan.", "support", "SUPPORT", "actors", "Germany"),
    # subject control: the promiser acts
    ("Syria promised Lebanon to withdraw its troops by April.", "withdraw", "RETREAT", "actors", "Syria"),
    # one's own forces ordered out: the order's issuer stays the actor of the withdrawal
    ("The president ordered the troops to withdraw from the border.", "withdraw", "RETREAT", "actors", "president"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), FOUND)
def test_party_found(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, a name that must NOT be among the role's parties of any event at the word)
NOT_FOUND = [
    # the persuader does not release
    ("The United States persuaded Israel to release 900 prisoners.", "release", "actors", "United States"),
    ("Britain encouraged Libya to give up its weapons programme.", "give", "actors", "United Kingdom"),
    # a purpose after a verb of no object control: the object does not act
    ("Several businessmen approached the State Department to offer to act as an intermediary.", "offer", "actors",
     "State Department"),
    # a head of nothing coded is no party of a body ("the head of the family" keeps no code of anyone's)
    ("The head of the family met the mayor on Monday.", "met", "actors", "family"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), NOT_FOUND)
def test_party_not_found(enlp, text, word, role, name) -> None:
    assert_role_lacks(enlp, text, word, role, name)
