"""Round 22 (issue 19, recall): parties a noun event's own phrase names in shapes the rules did not read. A past
participle of performing on the noun ("sanctions imposed on X", "raids conducted by police"), a country's adjective
on a noun of decision or plan ("the American decision to withdraw"), and the subject of a verb of ordering or seeking
with a possessed act of custody as its object ("the judge ordered his arrest"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

PARTIES = [
    # a participle of performing: its "on"/"against"/"at" phrase is the target, its "by" phrase the actor
    ("Sanctions imposed on Russia last year have hurt its economy.", "Sanctions", "SANCTION", "targets", "Russia"),
    ("The airstrikes carried out against Islamic State positions killed dozens.", "airstrikes", "FIGHT", "targets",
     "Islamic State"),
    ("Protests held against the government continued for weeks.", "Protests", "PROTEST", "targets", "government"),
    ("The raids conducted by police in the capital led to arrests.", "raids", "COERCE", "actors", "police"),
    # a country's adjective on a noun of decision or plan is the doer of its infinitive
    ("The American decision to withdraw surprised allies.", "withdraw", "RETREAT", "actors", "American"),
    ("The Russian plan to reduce its forces in Syria was announced on Monday.", "reduce", "RETREAT", "actors",
     "Russian"),
    # one who orders or seeks an arrest of a possessor is its doer
    ("The judge ordered his arrest on Monday.", "arrest", "COERCE", "actors", "judge"),
    ("The United States seeks his arrest because he sheltered the militants.", "arrest", "COERCE", "actors",
     "United States"),
    # a committee acts for its legislature; "reiterated their call" carries the noun with its subject
    ("Congressional committees have been investigating Russia.", "investigating", "INVESTIGATE", "actors",
     "committees"),
    ("The foreign ministers reiterated their call for a ceasefire.", "call", "DEMAND", "actors", "ministers"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PARTIES)
def test_parties_of_the_nouns_own_phrase(enlp, text, word, typ, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)


GUARDS = [
    # a place phrase of the participle is where, not whom ("held in Geneva")
    ("The talks held in Geneva ended without a deal.", "talks", "targets", "Geneva"),
    # a city before a decision noun is where it was taken, not who acts
    ("The Paris decision to ban the march was criticized.", "ban", "actors", "Paris"),
    # a release is granted by its holder, not by whoever sought it
    ("The family sought his release for years.", "release", "actors", "family"),
    # a participle that performs nothing ("raids reported by residents") names no doer
    ("The raids reported by residents in the capital led to arrests.", "raids", "actors", "residents"),
]


@pytest.mark.parametrize(("text", "word", "role", "name"), GUARDS)
def test_no_party_from_other_phrases(enlp, text, word, role, name) -> None:
    for e in events_at(enlp, text, word):
        assert name not in " | ".join(p["name"] for p in e[role]), e


@pytest.mark.parametrize(("text", "word", "typ"), [
    ("North Korea is angry about the joint drills.", "angry", "DISAPPROVE"),
    ("The senators were deeply concerned about the plan.", "concerned", "DISAPPROVE"),
])
def test_a_copulas_predicate_is_a_main_clause_event(enlp, text, word, typ) -> None:
    """A predicate of the main clause's copula is that clause's predication: shown by default (it was placed as an
    "acomp", not the root, and held at 0.57)."""
    from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits and hits[0]["confidence"] >= DEFAULT_MIN_CONFIDENCE, hits


def test_a_copulas_predicate_in_a_relative_clause_stays_hidden(enlp) -> None:
    text = "The senators, who were concerned about the plan, voted on Friday."
    from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

    assert all(e["confidence"] < DEFAULT_MIN_CONFIDENCE for e in events_at(enlp, text, "concerned"))
