"""Text-handling slips found by the round-5 review, as (text, expected) tables run through the full pipeline:
title abbreviations that ended sentences, tweet links taken as names, time words inside names or occasions."""

from __future__ import annotations

import pytest

from newsgraph.lexicon import title_abbreviations

# (text, a phrase that must lie inside one sentence)
TITLE_SENTENCES = [
    ("He had an obligation to secure the release of Army Sgt. Bowe Bergdahl, whatever the circumstances.",
     "Army Sgt. Bowe Bergdahl, whatever"),
    ("The Pentagon on multiple occasions knew where Sgt. Bergdahl was being held.", "knew where Sgt. Bergdahl was"),
    ("We used to evaluate officers by readiness, said Lt. Col. Geoff Catlett, a spokesman.", "said Lt. Col. Geoff Catlett"),
    ("Gen. Smith and Rep. Jones agreed with Capt. Hook and Cmdr. Data on Monday.", "with Capt. Hook and Cmdr. Data on"),
    ("The sermon by Rev. Martin Ellis and a talk by Prof. Anna Berg drew crowds.", "by Rev. Martin Ellis and a talk by Prof. Anna"),
    ("Pvt. Lynn Moss and Cpl. Dan Ruiz were wounded.", "Pvt. Lynn Moss and Cpl. Dan Ruiz were"),
]


@pytest.mark.parametrize("text,inside", TITLE_SENTENCES)
def test_title_abbreviation_does_not_end_sentence(nlp, text: str, inside: str) -> None:
    doc = nlp(text)
    start = text.index(inside)
    sent = doc.char_span(start, start + 1, alignment_mode="expand")[0].sent
    assert sent.start_char <= start and start + len(inside) <= sent.end_char, [s.text for s in doc.sents]


def test_pronoun_after_title_still_starts_sentence(nlp) -> None:
    # a rank closing a sentence ("promoted to Sgt.") before "He": the next word is no name
    doc = nlp("He was promoted to Sgt. He left the army in May.")
    assert [s.text for s in doc.sents] == ["He was promoted to Sgt.", "He left the army in May."]


def test_titles_come_from_the_titles_table() -> None:
    assert {"Sgt.", "Lt.", "Col.", "Gen.", "Capt.", "Maj.", "Cpl.", "Pvt.", "Adm.", "Cmdr.", "Rep.", "Sen.",
            "Gov.", "Rev.", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms."} <= title_abbreviations()


# (text, names that must not be entities, names that must be)
ENTITY_CASES = [
    ("The Army said Sgt. Bergdahl was held. Army Sgt. Bowe Bergdahl came home.", {"Sgt", "Army Sgt"},
     {"Bowe Bergdahl"}),
    ("What good are prayers when they don't keep the pews safe?pic.twitter.com/2mSw0azDN8 — Alexandria Ocasio-Cortez"
     " (@AOC) March 15, 2019", {"safe?pic.twitter.com/2mSw0azDN8"}, {"Alexandria Ocasio-Cortez"}),
    ("We used to evaluate officers by readiness, said Lt. Col. Geoff Catlett, a spokesman.", {"Lt.", "Lt"},
     {"Geoff Catlett"}),
    ("His current Lt. Gov. Crit Luallen has announced she is not running.", {"Lt.", "Lt"}, {"Crit Luallen"}),
]


@pytest.mark.parametrize("text,absent,present", ENTITY_CASES)
def test_entities_without_titles_or_links(nlp, text: str, absent: set[str], present: set[str]) -> None:
    doc = nlp(text)
    names = {e["name"] for e in doc._.newsgraph_entities}
    places = {p["name"] for p in doc._.newsgraph_places}
    assert not (absent & (names | places)), names | places
    assert present <= names, names


def test_speaker_is_the_named_officer(nlp) -> None:
    doc = nlp('"We used to just evaluate officers by mission readiness," said Lt. Col. Geoff Catlett, a spokesman.')
    assert [q["speaker_name"] for q in doc._.newsgraph_quotes] == ["Geoff Catlett"]


# (text, time texts expected, with their values)
TIME_CASES = [
    # a byline line naming the paper, then the paper named again in the body
    ("Tom Vanden Brook\n\nUSA TODAY\n\nWASHINGTON — The Army gave its data to USA TODAY on Friday.",
     [("Friday", "2014-06-06")]),
    ("Trump arrived in Israel after a weekend swing through Saudi Arabia.", []),
    ("Supporters held a weekend rally in the capital.", []),
    ("The talks lasted a weekend.", [("a weekend", "P2D")]),
    ("The president traveled over the weekend.", [("the weekend", "2014-W23-WE")]),
]


@pytest.mark.parametrize("text,expected", TIME_CASES)
def test_times_in_names_and_occasions(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp.make_doc(text)
    doc._.newsgraph_meta = {"published": "2014-06-08"}
    doc = nlp(doc)
    assert [(t["text"], t["value"]) for t in doc._.newsgraph_times] == expected
