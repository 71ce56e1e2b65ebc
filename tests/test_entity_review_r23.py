"""Round 23 review (class 8, entities): words shouted in capitals in a quoted tweet are no names, a state's party
group ("Virginia Democrats") is no PERSON and takes no bare "Democrats" as its surname, and the outlet Sputnik is no
person. Sentences written here; rows marked "before:" failed at main 836913cb, guards passed before too."""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.extract.entity_base import _Cand
from newsgraph.extract.entity_named_things import relabel_named_things

SHOUTED = [
    # before: 'VOTE' ORG and 'GREAT Senator' ORG
    ("The president tweeted on Monday: \"Jane Roe has my Strong Endorsement. GET OUT and VOTE on Tuesday for your "
     "GREAT Senator, @JaneRoe!\"", ["VOTE", "GREAT Senator", "GREAT"]),
    # before: 'VOTE' ORG, 'GREAT' ORG
    ("Trump wrote on Twitter: \"Get out and VOTE for our GREAT Governor Tom Lake!\"", ["VOTE", "GREAT"]),
    ("\"Tom Lake is doing a GREAT job,\" the president tweeted.", ["GREAT"]),  # before: 'GREAT' ORG
]


@pytest.mark.parametrize(("text", "gone"), SHOUTED)
def test_shouted_words_are_no_entities(text: str, gone: list[str]) -> None:
    names = {e.name for e in extract(text).entities}
    assert not names & set(gone), names


@pytest.mark.parametrize(("text", "name"), [
    # guards: acronyms, a heading all in capitals and a country in capitals stay names
    ("NATO and the WHITE HOUSE said nothing on Monday.", "NATO"),
    ("NATO and the WHITE HOUSE said nothing on Monday.", "WHITE HOUSE"),
    ("\"Tom Lake is doing a GREAT job,\" the president tweeted.", "Tom Lake"),
])
def test_shouted_guards(text: str, name: str) -> None:
    names = {e.name for e in extract(text).entities}
    assert name in names, names


@pytest.mark.parametrize(("text", "label"), [
    ("Virginia Democrats", "NORP"),  # before: PERSON (NER's label kept; "Virginia" is a given name)
    ("House Republicans", "NORP"),
    ("Virginia Jones", "PERSON"),  # guard
])
def test_party_group_never_person(text: str, label: str) -> None:
    cand = _Cand(0, len(text), text, "PERSON", None)  # type: ignore[arg-type]  # the relabel reads text and label
    relabel_named_things([cand])
    assert cand.label == label


def test_sputnik_is_no_person() -> None:
    """Before: PERSON (data/entity_named_things.tsv)."""
    ents = {e.name: e.type for e in extract("The claim was first reported by Sputnik on Monday.").entities}
    assert ents.get("Sputnik") in (None, "ORG"), ents
