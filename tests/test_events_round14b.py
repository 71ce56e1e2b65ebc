"""Round 14b rules of issue 19 (docs/events_guidelines.md, "Round 14, demands and takings"): "X said Y must <act>"
is X's demand on Y when X is named; annexing territory is occupying it; a fine is a legal penalty; capturing a soldier, hostage or
civilian is an abduction; a complaint lodged against someone accuses them. The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from conftest import assert_party, events_at

# (text, trigger word, type, mode or None for any, role, a name among the role's parties; "" = role empty)
FOUND = [
    # "X said Y must <act>": X demands it of Y
    ("Foreign Minister Laurent Fabius said Iran must stop enriching uranium.", "said", "DEMAND", None, "actors",
     "Fabius"),
    ("Foreign Minister Laurent Fabius said Iran must stop enriching uranium.", "said", "DEMAND", None, "targets",
     "Iran"),
    ("Senator Collins said the Pentagon must release the report.", "said", "DEMAND", None, "targets", "Pentagon"),
    # annexing territory is occupying it
    ("Russia annexed Crimea in 2014.", "annexed", "COERCE", "seize", "actors", "Russia"),
    ("Russia's annexation of Crimea drew condemnation.", "annexation", "COERCE", "seize", "actors", "Russia"),
    # a fine is a legal penalty on its payer
    ("The company was fined by the European Commission.", "fined", "COERCE", "arrest", "actors",
     "European Commission"),
    ("The company was fined by the European Commission.", "fined", "COERCE", "arrest", "targets", "company"),
    # capturing soldiers is taking people by force
    ("Rebel fighters captured three soldiers near the border.", "captured", "ASSAULT", "abduct", "targets",
     "soldiers"),
]


@pytest.mark.parametrize(("text", "word", "typ", "mode", "role", "name"), FOUND)
def test_found(enlp, text, word, typ, mode, role, name) -> None:
    assert_party(enlp, text, word, typ, role, name)
    if mode is not None:
        assert any(e["mode"] == mode for e in events_at(enlp, text, word) if e["type"] == typ)


# (text, trigger word, a type no event at the word may have; "TYPE/mode": that type with that mode)
NOT_FOUND = [
    # the speaker's own side commits itself: no demand
    ("The mayor said we must act now.", "said", "DEMAND"),
    # an inference, not a demand
    ("The senator said the president must have known about the call.", "said", "DEMAND"),
    # a state of things judged, not an act asked for
    ("The envoy said the situation must be difficult for the families.", "said", "DEMAND"),
    # the one saying is not named: an assessment of what is needed, not a demand made
    ("Analysts say the generals simply must accept the new policy.", "say", "DEMAND"),
    # a passive clause asks no one, and "must be" tells a state: no demand (round-14 integration: on unseen
    # reports these shapes gave demands with no target, "more must be done", "carers must not be out of pocket")
    ("Senator Feinstein said that the full report must be released.", "said", "DEMAND"),
    ("The minister said that foster parents must not be out of pocket.", "said", "DEMAND"),
    # saying with no "must": no demand
    ("The French minister said Iran will stop enriching uranium.", "said", "DEMAND"),
    # a place captured stays force between armed sides, not an abduction
    ("Rebel fighters captured the town after a week of fighting.", "captured", "ASSAULT/abduct"),
    # a suspect captured by police is no abduction
    ("Police captured the suspect on Tuesday.", "captured", "ASSAULT/abduct"),
    # "fine" the adjective is no penalty
    ("The minister said the weather was fine.", "fine", "COERCE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NOT_FOUND)
def test_not_found(enlp, text, word, typ) -> None:
    kind, _, mode = typ.partition("/")
    hits = [e for e in events_at(enlp, text, word) if e["type"] == kind and (not mode or e["mode"] == mode)]
    assert not hits, events_at(enlp, text, word)


def test_complaint_against_is_accusation(enlp) -> None:
    """A complaint lodged against someone is an accusation (the fine set's DISAPPROVE, mode allege)."""
    text = "The group filed a complaint against Facebook with the regulator."
    hits = [e for e in events_at(enlp, text, "complaint") if e["type"] == "DISAPPROVE"]
    assert hits and hits[0]["mode"] == "allege", events_at(enlp, text, "complaint")
