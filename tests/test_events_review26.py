"""Round 26 (start-of-round review, event class 2): a claim's source read as the doer, an allegation joined to a
relayed speech, "the elder X" as the son, a pledge to hold to account (extract/events/review26.py, the class
``accountable`` of data/event_senses.tsv). Sentences written here; each "changed" row was wrong on main f02b7ef7,
each guard keeps an event or a side that was right."""

from __future__ import annotations

import pytest
from conftest import assert_party, assert_sense, events_at, party_names


@pytest.mark.parametrize(("text", "word"), [
    # changed: the sources of a claim inside a relative clause are not the killers (main: 'Kenyan officials')
    ("The bombings in Nairobi, which Kenyan officials say killed 300 people, shocked the region.", "killed"),
    # changed: nor is the place "which" was read as, of the sayer's own side (main: 'Lagos', 'Chad')
    ("The bombings in Lagos, which Nigerian officials say killed 80 people, shocked the region.", "killed"),
    ("The deadly raids on eastern Chad, which Chadian figures say killed 900 and took 50 hostages, drew wide "
     "anger.", "killed"),
])
def test_claim_source_no_actor(enlp, text: str, word: str) -> None:
    for e in events_at(enlp, text, word):
        assert e["actors"] == [], e


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), [
    # guard: a reported clause with a subject of its own keeps it as the doer
    ("Kenyan officials say the rebels killed 40 villagers.", "killed", "ASSAULT", "actors", "rebels"),
    # guard: the allegation after a relayed quote is the outer speaker's (right on main for this wording; the
    # review's wording went to "he", which the rule of events/review26.py sets right)
    ("Clara Vogt said Peter Lang told her: \"We will finish the bridge by spring.\" She said he then declared: "
     "\"My partner will sign the contract,\" and alleges Max Lang then left the office.",
     "alleges", "DISAPPROVE", "actors", "Clara Vogt"),
    # guard: a plain allegation keeps its subject
    ("Clara Vogt alleges that Max Lang hit a guard.", "alleges", "DISAPPROVE", "actors", "Clara Vogt"),
])
def test_parties(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize(("text", "word", "wrong"), [
    # changed: "the elder Brandt" is not the son named in full
    ("Bankers Hugo and Felix Brandt each gave $3,000 to Governor Lena Moss in May. The elder Brandt gives millions "
     "of dollars a year to charities that back new parks. He funds several river charities.", "gives",
     "Felix Brandt"),
    ("Bankers Hugo and Felix Brandt each gave $3,000 to Governor Lena Moss in May. The elder Brandt gives millions "
     "of dollars a year to charities that back new parks. He funds several river charities.", "funds",
     "Felix Brandt"),
])
def test_elder_not_the_other(enlp, text: str, word: str, wrong: str) -> None:
    for e in events_at(enlp, text, word):
        assert wrong not in party_names(e["actors"]), e


@pytest.mark.parametrize(("text", "word", "typ"), [
    # changed: a pledge to hold someone to account is no agreement
    ("Senator Moss criticized the rescue and pledged to hold the bank's managers accountable.", "pledged", None),
    ("The mayor promised to hold the contractors responsible for the delays.", "promised", None),
    # guard: a pledge to withdraw is still a commitment
    ("Russia pledged to withdraw its troops from the border.", "pledged", "AGREE"),
])
def test_pledges(enlp, text: str, word: str, typ: str | None) -> None:
    if typ is None:
        assert [e for e in events_at(enlp, text, word) if e["type"] == "AGREE"] == []
    else:
        assert_sense(enlp, text, word, typ)
