"""Round 19 rules of issue 19 (review 19's missing institutional pegs): investigators' searches (INVESTIGATE),
skipping a hearing or a summit and ignoring a subpoena or a demand (REJECT), a critique and a swipe in words
(DISAPPROVE) (docs/events_guidelines.md, "round 19" addendum). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_party, assert_sense

# (text, trigger word, type or None for no event at that word)
SEARCHES = [
    # investigators searching a place, or anyone searching for evidence or clues, investigate (CAMEO 09)
    ("Police divers searched the reservoir for evidence on Friday.", "searched", "INVESTIGATE"),
    ("Detectives searched the flat above the bakery.", "searched", "INVESTIGATE"),
    ("Investigators are scouring the woods for clues.", "scouring", "INVESTIGATE"),
    ("Federal agents combed the building for explosives.", "combed", "INVESTIGATE"),
    ("Officers began a search of the suspect's garage.", "search", "INVESTIGATE"),
    # round 18's searches for suspects keep their event
    ("Authorities are searching for the two gunmen.", "searching", "INVESTIGATE"),
    # guards: rescues, searches by no investigator of nothing named, and figurative searches are none
    ("Volunteers searched the rubble for survivors.", "searched", None),
    ("Police searched the river for the missing hikers.", "searched", None),
    ("The search for the missing fishermen was called off.", "search", None),
    ("The minister searched for a compromise with the unions.", "searched", None),
    ("Many villagers left home in search of work.", "search", None),
    ("The software lets analysts scour messages at will.", "scour", None),
    ("She combed her hair before the ceremony.", "combed", None),
]

REFUSALS = [
    # skipping what one was asked to attend, ignoring a subpoena or a demand: REJECT (CAMEO 12)
    ("The minister may skip the hearing if the committee insists.", "skip", "REJECT"),
    ("Two presidents plan to skip the summit in Lima.", "skip", "REJECT"),
    ("The former aide ignored a subpoena from the committee.", "ignored", "REJECT"),
    ("The government ignored repeated calls to free the prisoners.", "ignored", "REJECT"),
    # guards: ignoring a warning, a situation or a person; skipping a meal or a class
    ("The report says the agency ignored the warnings.", "ignored", None),
    ("His aides often ignore him.", "ignore", None),
    ("The striker skipped training on Monday.", "skipped", None),
]

WORDS = [
    # a critique of someone, a swipe at someone: criticism (CAMEO 111)
    ("The senator delivered a withering critique of the governor's budget.", "critique", "DISAPPROVE"),
    ("Senator Ann Ruiz took a swipe at Governor Paul Diaz on Sunday.", "took", "DISAPPROVE"),
    ("The senator took aim at the governor's budget.", "took", "DISAPPROVE"),
    # guards: a critique dismissed is a statement; aiming a weapon at troops is not words; other "take"s none
    ("The governor dismissed the critique as partisan.", "critique", None),
    ("A sniper took aim at the soldiers from a rooftop.", "took", None),
    ("The minister took the decision alone.", "took", None),
]


@pytest.mark.parametrize(("text", "word", "typ"), SEARCHES + REFUSALS + WORDS)
def test_round19_classes(enlp, text, word, typ) -> None:
    assert_sense(enlp, text, word, typ)


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    ("Police searched the reservoir for evidence on Friday.", "searched", "INVESTIGATE", "actors", "Police"),
    # the place searched is where, never the one investigated (extract/events/searches.py); a person stays
    ("Investigators are scouring Riverside Park for clues.", "scouring", "INVESTIGATE", "targets", ""),
    ("Police searched the home of the opposition leader.", "searched", "INVESTIGATE", "targets", "opposition leader"),
    ("Senator Ann Ruiz took a swipe at Governor Paul Diaz on Sunday.", "took", "DISAPPROVE", "targets", "Diaz"),
    ("The former aide ignored a subpoena from the House Oversight Committee.", "ignored", "REJECT", "targets",
     "Oversight Committee"),
])
def test_round19_parties(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


def test_a_skipped_hearing_under_a_condition_is_hypothetical(enlp) -> None:
    assert_modality(enlp, "The minister may skip the hearing if the committee insists.", "skip", "REJECT",
                    "hypothetical")
