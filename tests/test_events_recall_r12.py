"""Round 12 rules of issue 19, recall of the events that carry a report's news (docs/events_guidelines.md, round 12
recall addendum; rules in extract/events/recall.py): a main clause's predication told as a second verb, as a
participle of the root's act or of a text the subject issued, or as a censure a verb of saying reports, is shown like
a root verb; a norm ("can", "must", "should") is not; a participle conjoined to a negated perfect shares the negation;
a verb of conversation with a counterpart is a consultation; tariffs, harsh words and calls on someone are events.
The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import assert_modality, events_at

from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

# (text, trigger word, type that must be shown at the default threshold)
SHOWN = [
    # a conjunct of the root verb with an act of its own: the same doer's second act
    ("Retired Admiral John Kirby accused Trump of politicizing the visit, and called the signing inappropriate.",
     "called", "DISAPPROVE"),
    ("The governor of Garissa condemned the attack and demanded that the government improve security.",
     "demanded", "DEMAND"),
    ("The FBI released photos of two suspects on Thursday and appealed to the public to help identify them.",
     "appealed", "DEMAND"),
    # a participle saying what the root's act did
    ("Senator Tammy Duckworth sent a letter to Defense Secretary Mark Esper requesting that he investigate the deaths.",
     "requesting", "DEMAND"),
    ("Mexican President Andres Manuel Lopez Obrador sent a letter to Trump criticizing the tariff plan.",
     "criticizing", "DISAPPROVE"),
    # what a text the subject issued does
    ("The Foreign Ministry issued a statement condemning the attack on the embassy.", "condemning", "DISAPPROVE"),
    # a censure or refusal a verb of saying at the root reports
    ("He said the United States condemned the renewal of the emergency law.", "condemned", "DISAPPROVE"),
    # round 35 (issue 19): being against a change is DISAPPROVE (REJECT refuses what was asked of one)
    ("Prosecutors on Monday said they oppose any delays in the trial.", "oppose", "DISAPPROVE"),
    # a verb of conversation with a counterpart
    ("President Obama spoke by phone with Russian President Vladimir Putin on Tuesday.", "spoke", "CONSULT"),
    ("President Obama talked to his Russian counterpart on Tuesday.", "talked", "CONSULT"),
    # calling on someone to act is a demand, whatever act is named
    ("The United States calls on all responsible nations to join us in implementing sanctions against North Korea.",
     "calls", "DEMAND"),
    # harsh words are a censure
    ("The Mexican president had harsh words for the tariff plan in a letter on Thursday.", "words", "DISAPPROVE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), SHOWN)
def test_shown(enlp, text, word, typ) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert hits[0]["confidence"] >= DEFAULT_MIN_CONFIDENCE, hits[0]


# (text, trigger word, type that must NOT be shown at the default threshold: absent or below it)
NOT_SHOWN = [
    # a conjunct under a modal of norm or ability states a capacity or a duty, not a told act
    ("Names are redacted in transcripts, but senior officials can request them on occasion.", "request", "DEMAND"),
    # speaking to the press, to a body or to a crowd is no consultation
    ("President Obama spoke with reporters on Tuesday at the White House.", "spoke", "CONSULT"),
    ("President Erdogan, while speaking to Parliament, said the step would force Turkey to cut ties.", "speaking",
     "CONSULT"),
    ("President Obama talked about Putin on Tuesday.", "talked", "CONSULT"),
    # a cooperative word a speaker reports stays embedded: "agreed with the tactic" is an opinion
    ("Acting Homeland Security Secretary Kevin McAleenan said that he agreed with the tactic.", "agreed", "AGREE"),
    # tariffs nobody imposes are a topic
    ("Tariffs are a tax paid by importers.", "Tariffs", "SANCTION"),
    # "fighting words" are no censure
    ("The two leaders exchanged fighting words on Twitter.", "words", "DISAPPROVE"),
]


@pytest.mark.parametrize(("text", "word", "typ"), NOT_SHOWN)
def test_not_shown(enlp, text, word, typ) -> None:
    for e in events_at(enlp, text, word):
        assert not (e["type"] == typ and e["confidence"] >= DEFAULT_MIN_CONFIDENCE), e


# (text, trigger word, type, modality): a participle conjoined to a negated perfect shares the negation
MODALITY = [
    ("As of Friday, Trump hadn't publicly offered his thoughts or pledged America's support to London.", "pledged",
     "AGREE", "negated"),
    ("Russia has not arrested the activists or charged them with treason.", "charged", "DISAPPROVE", "negated"),
    # a verb with a tense of its own does not share it
    ("Russia had arrested the activists and then went home.", "arrested", "COERCE", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "typ", "modality"), MODALITY)
def test_modality(enlp, text, word, typ, modality) -> None:
    assert_modality(enlp, text, word, typ, modality)


# (text, trigger word, type, role, name): the parties of the recovered events
PARTIES = [
    ("President Obama spoke by phone with Russian President Vladimir Putin on Tuesday.", "spoke", "CONSULT",
     "targets", "Putin"),
    ("Senator Tammy Duckworth sent a letter to Defense Secretary Mark Esper requesting that he investigate the deaths.",
     "requesting", "DEMAND", "actors", "Duckworth"),
    ("President Trump is deadly serious about imposing tariffs on Mexico to stop the flow of migrants.", "tariffs",
     "SANCTION", "targets", "Mexico"),
]


@pytest.mark.parametrize(("text", "word", "typ", "role", "name"), PARTIES)
def test_parties(enlp, text, word, typ, role, name) -> None:
    hits = [e for e in events_at(enlp, text, word) if e["type"] == typ]
    assert hits, events_at(enlp, text, word)
    assert name in " | ".join(p["name"] for p in hits[0][role]), hits[0]
