"""Round 13 rules of issue 19: recall and the reference countries of parties (docs/events_guidelines.md, round 13
recall addendum; rules in extract/events/recall.py, extract/events/reference.py and the round-13 rows of
data/plover_triggers.tsv and data/event_senses.tsv). A demand told by a verb of asking is shown like a censure when a
verb of saying reports it or when it is a second verb of such a reported clause; a text's terms are no demand; acts the
codebook names that had no row (annexing, using chemical weapons, a conflict between two sides, seeking something
from a party, capturing a person) are events; "it"/"its" is never a person; an armed group, a titled surname and a
person a group's role names take the country of their reference actor. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import events_at

from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

# (text, trigger word, type that must be shown at the default threshold)
SHOWN = [
    # a demand the root's verb of saying reports, and the second verb of a reported clause
    ("The United States calls on other regional powers to join the effort, the minister said.", "calls", "DEMAND"),
    ("He said the United States condemned the renewal of the emergency law and urged respect for basic rights.",
     "urged", "DEMAND"),
    ("The spokesman said the ministry was watching the situation closely and called on all sides to use restraint.",
     "called", "DEMAND"),
    ("At the White House, the spokesman said the president immediately asked the counsel's office to investigate.",
     "asked", "DEMAND"),
    # a reported censure conjoined to the reported clause
    ("The senator said Tuesday he had a good meeting with the minister and blamed the media for the reception.",
     "blamed", "DISAPPROVE"),
    # acts that had no row
    ("Russia annexed Crimea in March 2014.", "annexed", "COERCE"),
    ("The White House said it had confirmed that Damascus used chemical weapons against rebels.", "used", "ASSAULT"),
    ("Officials said Syrian government forces are using chemical weapons on their own people.", "using", "ASSAULT"),
    ("Iran is seeking relief from sanctions.", "seeking", "DEMAND"),
    ("President Obama sought more money from Congress for the mission.", "sought", "DEMAND"),
    ("Canadian Prime Minister Justin Trudeau said his government sought full cooperation from the Iranian authorities.",
     "sought", "DEMAND"),
    ("The suspect, Dzhokhar Tsarnaev, was captured by police in the manhunt on Friday.", "captured", "COERCE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SHOWN)
def test_shown(enlp, text, word, typ) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert hits[0]["confidence"] >= DEFAULT_MIN_CONFIDENCE, hits[0]


# (text, trigger word, type that must NOT be shown at the default threshold: absent or below it)
NOT_SHOWN = [
    # a text's terms are no demand of anyone
    ("Officials said the military proposal also calls for a limited no-fly zone inside the country.", "calls",
     "DEMAND"),
    # wanting is no asking, and appealing a ruling is a filing
    ("Officials said the senator wants a vote on the bill.", "wants", "DEMAND"),
    ("The civil liberties union, which brought the case, said it would appeal the judge's ruling.", "appeal", "DEMAND"),
    # seeking to do something is an intent, not a request of the "from" phrase inside it
    ("Obama also sought to tamp down the specter of a threat from Assad.", "sought", "DEMAND"),
    # an annexation plan is no annexation
    ("The mood had taken a downturn, with Netanyahu's annexation plan suddenly in question.", "annexation", "COERCE"),
    # capturing a place stays military force, capturing attention or a scene is nothing
    ("The photo captured the mood of the crowd.", "captured", "COERCE"),
    ("Iraqi forces captured the city of Ramadi.", "captured", "COERCE"),
    # a conflict with no two sides named is a topic
    ("The conflict has claimed thousands of lives.", "conflict", "FIGHT"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NOT_SHOWN)
def test_not_shown(enlp, text, word, typ) -> None:
    for e in events_at(enlp, text, word):
        assert not (e["type"] == typ and e["confidence"] >= DEFAULT_MIN_CONFIDENCE), e


# (text, trigger word, type, role, code): a party's country from the reference actor tables
CODES = [
    ("Hamas fired rockets at Israel on Monday.", "fired", "ASSAULT", "actors", "PSE"),
    ("Hezbollah attacked Israeli troops near the border.", "attacked", "ASSAULT", "actors", "LBN"),
    ("The Kurdistan Workers' Party demanded that the Turkish government release its leader.", "demanded", "DEMAND",
     "actors", "TUR"),
    ("President Kagame rejected the proposal from Uganda.", "rejected", "REJECT", "actors", "RWA"),
    ("Taliban spokesman Zabihullah Mujahid rejected the talks.", "rejected", "REJECT", "actors", "AFG"),
    ("Washington blames Hamas for the outbreak of violence.", "blames", "DISAPPROVE", "targets", "PSE"),
    # a person reached through a pronoun: the country of the first mention's phrase
    ("King Hassan of Morocco was quoted as saying he would be ready to host a meeting between the two sides.", "host",
     "CONSULT", "actors", "MAR"),
    # a state body "of" a person: the person's country
    ("The military government of President Prosper Avril declared a state of siege, arresting political opponents.",
     "arresting", "COERCE", "actors", "HTI"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "code"), CODES)
def test_reference_codes(enlp, text, word, typ, role, code) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert code in {p.get("code") for p in hits[0][role]}, hits[0]


# (text, trigger word, type, role): a surname of several countries' office holders, or a person "it" cannot be,
# gets no code / is no party
NO_CODE = [
    ("President Kim rejected the proposal.", "rejected", "REJECT", "actors"),
    ("Minister Hassan rejected the proposal.", "rejected", "REJECT", "actors"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role"), NO_CODE)
def test_no_code(enlp, text, word, typ, role) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert all(p.get("code") is None for p in hits[0][role]), hits[0]


# (text, trigger word, type, role, name that must not be a party of that role): "its" is never a person
NOT_PARTY = [
    ("President Donald Trump called for Russia, ousted for its annexation of Crimea, to be reinstated.",
     "annexation", "COERCE", "actors", "Trump"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), NOT_PARTY)
def test_not_party(enlp, text, word, typ, role, name) -> None:
    for e in events_at(enlp, text, word):
        if e["type"] == typ:
            assert name not in " | ".join(p["name"] for p in e[role]), e
