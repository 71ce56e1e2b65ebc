"""Round 33 (evprec, issue 19): shown events that were no event, had the wrong modality or a non-actor as a side.

Figures of giving and flows of things (data/event_senses.tsv ``given_figure``, extract/events/senses.py quantities),
a paper never put forward (extract/events/standing.py ``_unmade_filing``), a plan told in reported speech
(extract/events/told_plans.py), a place of a movement (extract/events/triggers.py) and a time word as a side
(extract/events/side_words.py, data/event_party_words.tsv ``when``). Sentences written for these tests; "before"
rows fail on the start code, guard rows keep what was right."""

from __future__ import annotations

import pytest
from conftest import assert_modality, assert_party, assert_sense, events_at

SENSES = [
    # before: a close race is no aid; a flood of details is no release of anyone; a view offered is no pledge
    ("The governor gave the incumbent a run for her money in the primary.", "gave", None),
    ("The ministry released a torrent of details about the plot.", "released", None),
    ("The agency released a flood of emails on Friday.", "released", None),
    ("The former ambassador offered this read on the nomination: it was a gamble.", "offered", None),
    ("The senator has been battling his way through a rocky nomination process.", "battling", None),
    ("The European Union is Ruritania's largest trading partner, giving it far more economic leverage over Moscow "
     "than Washington has.", "giving", None),
    # guards: aid given, prisoners released from a batch, help offered, a real battle
    ("The United States gave Ruritania $400 million in military aid.", "gave", "AID"),
    ("The rebels released a batch of prisoners on Sunday.", "released", "RETREAT"),
    ("Ruritania offered military assistance to its neighbour.", "offered", "AGREE"),
    ("Kurdish forces battled Islamic State fighters near the border.", "battled", "FIGHT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SENSES)
def test_round33_senses(enlp, text: str, word: str, typ: str | None) -> None:
    assert_sense(enlp, text, word, typ)


MODALITY = [
    # before: a resolution never put forward condemns nobody
    ("The council did not offer a single resolution condemning the raid.", "condemning", "DISAPPROVE", "negated"),
    ("The senator never offered a resolution condemning the raid.", "condemning", "DISAPPROVE", "negated"),
    # before: a plan told in reported speech is intended
    ("The foreign minister said he would on Wednesday meet his counterparts from the other signatories.", "meet",
     "CONSULT", "intended"),
    ("The minister told reporters she would visit Ruritania next month.", "visit", "CONSULT", "intended"),
    # before: terms one side sets for another ask for the act; they are not the other's agreement or deed
    ("The United States insisted that Ruritania accept verification before any relief.", "accept", "AGREE",
     "requested"),
    ("The terms require the rebels to accept a ceasefire and release the hostages.", "release", "RETREAT",
     "requested"),
    # before: making one's way is no fight (below, SENSES); guards: what one insists was done stays done
    ("Ruritania insisted that it had accepted the inspections.", "accepted", "AGREE", "asserted"),
    ("The ministry insisted that the troops withdrew on Monday.", "withdrew", "RETREAT", "asserted"),
    # guards: a resolution passed condemns; a condition or a forecast by others keeps the act possible
    ("The council passed a resolution condemning the raid.", "condemning", "DISAPPROVE", "asserted"),
    ("The foreign minister said he would meet his counterpart if the talks went well.", "meet", "CONSULT",
     "hypothetical"),
    ("Analysts said a strike would kill thousands of civilians.", "kill", "ASSAULT", "hypothetical"),
    # guard added after the check pages (ranks 988-1007) showed the bug: "he'd" before a participle is "had"
    ("The senator said he'd spoken to the energy minister on Friday.", "spoken", "CONSULT", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_round33_modality(enlp, text: str, word: str, typ: str, modality: str) -> None:
    assert_modality(enlp, text, word, typ, modality)


PARTIES = [
    # before: a sea or a country forces are sent to is where they go, not whom the move is aimed at
    ("The Pentagon sent an aircraft carrier to the Arabian Sea.", "sent", "MOBILIZE", "targets", ""),
    ("Britain deployed fighter jets to Iraq last year.", "deployed", "MOBILIZE", "targets", ""),
    # guards: the side a mobilization is aimed at stays its target; the sender stays its actor
    ("The Pentagon deployed troops against the rebels.", "deployed", "MOBILIZE", "actors", "Pentagon"),
    ("The United States imposed sanctions on Russia in 2014.", "sanctions", "SANCTION", "targets", "Russia"),
    ("The sanctions the U.S. and the EU imposed on Russia in 2014 hurt its banks.", "sanctions", "SANCTION",
     "targets", "Russia"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PARTIES)
def test_round33_sides(enlp, text: str, word: str, typ: str, role: str, name: str) -> None:
    assert_party(enlp, text, word, typ, role, name)


@pytest.mark.parametrize("text", [
    "Ruritanian officials Friday released a video, blaming Freedonia for the attacks on the tankers.",
    "Officials Tuesday accused Freedonia of meddling in the vote.",
])
def test_time_word_is_no_side(enlp, text: str) -> None:
    # guard (the start code already kept these right; the rule drops such a side wherever the parser makes one)
    names = {p["name"] for e in enlp(text)._.newsgraph_events for role in ("actors", "targets") for p in e[role]}
    assert not names & {"Friday", "Tuesday"}, names


def test_person_named_like_a_month_stays_a_side(enlp) -> None:
    # guard: a person whose name is a month's keeps the side
    text = "Parliament rejected Prime Minister Theresa May's plan on Tuesday."
    hits = [e for e in events_at(enlp, text, "rejected") if e["type"] == "REJECT"]
    assert any("May" in p["name"] for e in hits for p in e["targets"]), hits
