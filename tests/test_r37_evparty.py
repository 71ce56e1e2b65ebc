"""Round 37 (issue 19, events' parties): a counterpart the sentence names, left empty by the clause rules.

Rules (extract/events/named_partners.py, called from argument_roles): an acceptance of an offer is aimed at the
offer's maker (its "from"/"by" phrase, or that of what is offered); a meeting "with X set for Friday" that the
parser read as a clause under "with" has X as partner; a demand told by a subjunctive "that" clause is aimed at
that clause's named subject; a document subject ("X's letter urged") speaks for its named owner. Sentences written
here. Each row is (text, trigger word, type, side, expected names); guard rows are near misses whose side must stay
empty (an empty side beats a wrong one).
"""

from __future__ import annotations

import pytest
from conftest import event_at


def _names(parties: list[dict]) -> set[str]:
    return {p["name"] for p in parties}


@pytest.mark.parametrize(("text", "word", "typ", "side", "expected"), [
    # accepting an offer: its maker is the target
    ("Last month, Chile finally accepted offers of assistance from Peru, Brazil and other neighbours.", "accepted",
     "AGREE", "targets", {"Peru"}),
    ("In June, Obama surprisingly accepted an offer of negotiations from Castro.", "accepted", "AGREE", "targets",
     {"Castro"}),
    # a meeting's partner misparsed as the subject of "set for"
    ("President Macron on Friday canceled a planned meeting with Turkish President Recep Tayyip Erdogan set for "
     "next week.", "canceled", "SANCTION", "targets", {"Erdogan"}),
    ("Chancellor Vogel on Monday canceled a planned meeting with Polish leader Jan Nowak set for this weekend, "
     "citing the border dispute.", "canceled", "SANCTION", "targets", {"Nowak"}),
    # a subjunctive request: the one asked to act
    ("\"I am requesting that Chancellor Merkel, the head of this proud country, step in and do whatever it takes,\" "
     "said Anna, his sister.", "requesting", "DEMAND", "targets", {"Merkel"}),
    # a document speaks for its owner
    ("Schiff's letter, sent to his colleague on the Intelligence Committee, Devin Nunes, urged Nunes to release the "
     "transcript.", "urged", "DEMAND", "actors", {"Schiff"}),
    # guard: an offer with no maker named
    ("Chile accepted the offer.", "accepted", "AGREE", "targets", set()),
    # guard: an award is no offer; its giver is no counterpart of an agreement
    ("Obama accepted an award from the mayor of Paris.", "accepted", "AGREE", "targets", set()),
    # guard: a modal in the "that" clause is no subjunctive; a vote is nobody
    ("The minister asked that the vote would be held on Monday.", "asked", "DEMAND", "targets", set()),
    # guard: the subject of the "that" clause is a thing, not the one asked
    ("Chancellor Merkel asked that Macron's proposal be reviewed by experts.", "asked", "DEMAND", "targets", set()),
])
def test_r37_evparty(enlp, text: str, word: str, typ: str, side: str, expected: set[str]) -> None:  # noqa: ANN001
    ev = event_at(enlp, text, word, typ)
    got = _names(ev[side])
    if expected:
        assert any(any(x in g for g in got) for x in expected), (got, ev)
    else:
        assert got == set(), (got, ev)


@pytest.mark.parametrize(("text", "word", "typ", "side", "kept", "absent"), [
    # guard: "welcomed an offer from Peru" is backing, aimed at Peru already; the offerer rule leaves it alone
    ("Chile welcomed an offer of aid from Peru.", "welcomed", "SUPPORT", "targets", "Peru", "Chile"),
    # guard: the actor is never its own counterpart
    ("Chile accepted offers of help from Chile's own navy and from Peru.", "accepted", "AGREE", "actors", "Chile",
     "Peru"),
])
def test_r37_evparty_kept(enlp, text: str, word: str, typ: str, side: str, kept: str, absent: str) -> None:  # noqa: ANN001
    got = _names(event_at(enlp, text, word, typ)[side])
    assert any(kept in g for g in got) and not any(absent in g for g in got), got


@pytest.mark.parametrize(("text", "typ", "absent"), [
    # "their" is no single named person: the teller of the clause is not the one whose interference it is
    ("Speaking to CNN anchor Dana Lowe in Boston, Minister Austin said that Iran tried to sway the vote, but that "
     "Canada won't tolerate their interference.", "THREATEN", "Austin"),
])
def test_r37_plural_pronoun_no_person(enlp, text: str, typ: str, absent: str) -> None:  # noqa: ANN001
    evs = [e for e in enlp(text)._.newsgraph_events if e["type"] == typ]
    assert not any(absent in p["name"] for e in evs for p in e["targets"] + e["actors"]), evs


@pytest.mark.parametrize(("text", "word", "typ", "expected"), [
    # guard: a body's "their" still goes to the body that tells the clause
    ("Speaking in Boston, the Iranian government said that Canada won't tolerate their interference.", "tolerate",
     "THREATEN", "Iranian government"),
    # guard: a subject "they" after one named teller keeps the teller (the narrowing reads "their" only)
    ("In a joint statement in the Rose Garden with Polish President Anna Nowak, Mr. Biden said that they were joining "
     "together with other allies in the region to impose new sanctions on the regime in Belarus.", "sanctions",
     "SANCTION", "Biden"),
])
def test_r37_plural_pronoun_body_kept(enlp, text: str, word: str, typ: str, expected: str) -> None:  # noqa: ANN001
    ev = event_at(enlp, text, word, typ)
    got = _names(ev["targets"]) | _names(ev["actors"])
    assert any(expected in g for g in got), got


@pytest.mark.parametrize(("text", "typ", "absent"), [
    # a "we" that bombs or attacks speaks for a state or an armed side, never for the one person quoted
    ("\"The Koreans, where we bombed them in 1951, remember it,\" the talk show host Sam Ortega said.", "ASSAULT",
     "Ortega"),
    ("\"We attacked the convoy at dawn,\" said the Taliban spokesman Ahmad Zaki.", "ASSAULT", "Zaki"),
])
def test_r37_we_no_person_in_force(enlp, text: str, typ: str, absent: str) -> None:  # noqa: ANN001
    evs = [e for e in enlp(text)._.newsgraph_events if e["type"] == typ]
    assert evs and not any(absent in p["name"] for e in evs for p in e["actors"]), evs


@pytest.mark.parametrize(("text", "word", "typ", "expected"), [
    # guard: a "we" in an act that is no force keeps the quoted person, as before
    ("\"We will defend our allies,\" Defense Minister Ola Berg said.", "defend", "SUPPORT", "Berg"),
])
def test_r37_we_kept_outside_force(enlp, text: str, word: str, typ: str, expected: str) -> None:  # noqa: ANN001
    got = _names(event_at(enlp, text, word, typ)["actors"])
    assert any(expected in g for g in got), got
