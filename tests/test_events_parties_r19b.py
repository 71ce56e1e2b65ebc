"""Round 19, review 19 parties rows of issue 19 (docs/events_guidelines.md, "Round 19, review 19 parties"):
extract/events/second_look.py, a second look at the parties of each scored event. Every row marked "before:" failed
at main d3816af; the guards passed before and still do. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_code, assert_no_code, assert_no_party, assert_party

# (text, trigger word, type, role, a name that role must hold; "" = the role is empty)
PARTIES = [
    # a finite verb the parser joined to a to-infinitive is the governor's second act (before: Smith, the invitee)
    ("Senator Jane Ross has invited Smith to testify and subpoenaed the former counsel Tom Baker.", "subpoenaed",
     "INVESTIGATE", "actors", "Jane Ross"),
    # guards: the same shape the parser already gave the governor (passed before), and an infinitive's own doer
    ("The general ordered the troops to withdraw and attacked the rebels in the north.", "attacked", "ASSAULT",
     "actors", "general"),
    ("The minister urged Iran to release the sailors.", "release", "RETREAT", "actors", "Iran"),
    # the conducting verb's subject does the acts its object counts (before: no actor)
    ("France and coalition partners conducted a third day of airstrikes on Monday in Syria.", "airstrikes",
     "FIGHT", "actors", "France"),
    # guard: a counting noun the finder already reached through its light verb
    ("Britain launched a wave of airstrikes on the rebel positions.", "airstrikes", "FIGHT", "actors",
     "United Kingdom"),
    # guard: the light verb without a counting noun, as before
    ("Britain carried out airstrikes against the militants in Iraq.", "airstrikes", "FIGHT", "actors",
     "United Kingdom"),
    # the one a subpoena is addressed to is no target of fighting it (before: Baker)
    ("The government will fight the Baker subpoena in court.", "fight", "REJECT", "targets", ""),
    # guard: the subpoena's own event keeps its addressee
    ("The committee subpoenaed Tom Baker on Monday.", "subpoenaed", "INVESTIGATE", "targets", "Tom Baker"),
    # an occasion is no meeting's actor; those who came for it are its parties (before: the General Assembly)
    ("Kerry and Obama are in New York for the United Nations General Assembly meeting.", "meeting", "CONSULT",
     "actors", "Kerry"),
    ("Kerry and Obama are in New York for the United Nations General Assembly meeting.", "meeting", "CONSULT",
     "targets", "Obama"),
    # the occasion told in the meeting's "of" phrase (before: the General Assembly as the target)
    ("Kerry and Obama are in New York for the annual meeting of the United Nations General Assembly.", "meeting",
     "CONSULT", "targets", "Obama"),
    # guards: a body that meets keeps its meeting (an "of" phrase naming a body, seen on a real report before the
    # word list was narrowed to occasions)
    ("The president acted without the consultation of Congress.", "consultation", "CONSULT", "targets", "Congress"),
    ("The NATO defence ministers held a meeting in Brussels on Monday.", "meeting", "CONSULT", "actors", "NATO"),
    # "the fact that" clause: its subject is the one defended (before: no target)
    ("The minister defended the fact that the government had not spoken about the group.", "defended", "SUPPORT",
     "targets", "government"),
    # persons counted by "both" after they were named are the target, named by the phrase (before: no target)
    ("Smith and Brown were named to the cabinet on Monday. The White House has vigorously defended both nominees.",
     "defended", "SUPPORT", "targets", "both nominees"),
    # guard: a count of things is no party
    ("The court has rejected both decisions.", "rejected", "REJECT", "targets", ""),
    # guard: the object's own party, as before
    ("The prime minister has strongly defended both ministers.", "defended", "SUPPORT", "targets",
     "both ministers"),
    # a person's team told by "his" (before: no actor)
    ("Smith was sentenced on Monday. His legal team is asking the governor to pardon him.", "asking", "DEMAND",
     "actors", "His legal team"),
    # guard: a team named by its possessor, as before
    ("Smith's legal team is asking the governor to pardon him.", "asking", "DEMAND", "actors", "legal team"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PARTIES)
def test_second_look_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


# (text, trigger word, role, the code that role must hold)
CODES = [
    # officials told by a bare bureau word take the code of the one such body named before (before: no code)
    ("The Justice Department said on Monday it would review the case. Department officials also told the committee"
     " that they opposed a plan to hold the vote.", "opposed", "actors", "USA"),
    ("The Foreign Ministry of Japan met on Monday. Ministry officials criticized the plan.", "criticized", "actors",
     "JPN"),
    # the department named earlier in the report, not in the sentence before
    ("The Justice Department wrote to the committee on Monday. The committee plans to meet on Friday. The chairman"
     " spoke to reporters. Department officials also opposed a plan to hold the vote.", "opposed", "actors", "USA"),
    # "his" stands for a coded person: the team takes the person's code
    ("President Macron spoke on Monday. His campaign team criticized the proposal.", "criticized", "actors", "FRA"),
]


@pytest.mark.parametrize(("text", "word", "role", "code"), CODES)
def test_second_look_codes(enlp, text, word, role, code) -> None:
    assert_code(enlp, text, word, role, code)


def test_bureau_of_two_states_uncoded(enlp) -> None:
    """Two states' ministries before: "Ministry officials" stays uncoded rather than take either state."""
    assert_no_code(enlp, "The Israeli Foreign Ministry and the Egyptian Foreign Ministry spoke. Ministry officials"
                   " criticized the plan.", "criticized", "actors")


# the wrong party must be gone (text, trigger word, a name no party of the event may hold)
GONE = [
    ("Senator Jane Ross has invited Smith to testify and subpoenaed the former counsel Tom Baker.", "subpoenaed",
     "Smith"),
    ("The White House said it will fight the McCann subpoena.", "fight", "McCann"),
    ("Kerry and Obama are in New York for the United Nations General Assembly meeting.", "meeting", "Assembly"),
    ("Kerry and Obama are in New York for the annual meeting of the United Nations General Assembly.", "meeting",
     "Assembly"),
]


@pytest.mark.parametrize(("text", "word", "name"), GONE)
def test_second_look_wrong_party_gone(enlp, text, word, name) -> None:
    assert_no_party(enlp, text, word, name)
