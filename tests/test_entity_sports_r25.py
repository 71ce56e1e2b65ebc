"""Round 25 (entities and dates of sport and business reports, round 24's end review classes 5 and 6): teams NER
typed as a person, a product or a place are organizations in a game report; "Emirates" written bare is the airline,
not the United Arab Emirates; a player's stat number is cut from the name; a game's quarter is no calendar quarter;
a company NER tags GPE and ORG, which the gazetteer knows as no place, is the company.
Sentences written here; rows marked "before:" failed at main fd65c8e7, guards passed before too."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from spacy.language import Language

from newsgraph import extract
from newsgraph.extract.entity_base import _Cand
from newsgraph.extract.entity_types import relabel_unplaced_orgs
from newsgraph.lexicon import load_lexicon
from newsgraph.nlp import load


@cache
def _nlp() -> Language:
    return load()


def _types(text: str) -> dict[str, set[str]]:
    """Every entity name of ``text`` with the types of its rows."""
    out: dict[str, set[str]] = {}
    for e in _nlp()(text)._.newsgraph_entities:
        out.setdefault(e["name"], set()).add(e["type"])
    return out


def _rows(text: str) -> list[dict[str, Any]]:
    return list(_nlp()(text)._.newsgraph_entities)


_GAME = "The home side won 4-1 in front of a big crowd. "


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a person's name takes no article; a team's does (before: PERSON)
    ("The Lakers beat the Oklahoma City Thunder 112-107 on Tuesday night. LeBron James scored 20 points, "
     "and the Thunder lost again.", "Thunder", "ORG"),
    # a player's or a manager's word after the name, where NER leaves that mention untagged (before: LOC)
    ("Wild coach Bruce Boudreau was pleased after the Wild's 4-1 win over the Sabres. Sabres captain Jack Eichel "
     "was angry.", "Wild", "ORG"),
    # a club NER types as a person once (before: a PERSON row beside an ORG row)
    ("Fiorentina striker Marco Bellini is close to a move. Fiorentina want a fee for the midfielder before the "
     "season ends.", "Fiorentina", "ORG"),
    # a club's word closing the name (before: PERSON)
    ("Beckham left Manchester United for Real Madrid in 2003, and AC Milan wanted Paolo Maldini to stay for the "
     "season.", "Manchester United", "ORG"),
    # guards: a city with a club's word keeps its type; a person written after "the" in a family's plural, a player's surname, a city typed GPE
    (_GAME + "The fans flew home to Salt Lake City after the game.", "Salt Lake City", "GPE"),
    (_GAME + "Michelle Obama and the Obamas watched the game.", "Obamas", "!ORG"),
    (_GAME + "Donald Trump watched it, and the Trump administration praised the team.", "Donald Trump", "PERSON"),
    (_GAME + "Coach Mike Smith praised Smith's players after the game.", "Mike Smith", "PERSON"),
    (_GAME + "Buffalo coach Ralph Krueger said the fans in Buffalo were loud.", "Buffalo", "GPE"),
])
def test_teams_in_game_reports(text: str, name: str, expected: str) -> None:
    types = _types(text)
    if expected.startswith("!"):
        assert expected[1:] not in types.get(name, set()), types
    else:
        assert types.get(name) == {expected}, types


@pytest.mark.parametrize(("text", "name"), [
    # no game: "the" before a name NER typed PERSON is left as it was
    ("Critics of the Donald said the president was wrong about trade.", "Donald"),
    # a person's name as a noun's modifier after "the", in a report with a sports word (allsides, round 25 trial)
    ("Iran's leader spoke on Monday. The Trump administration withdrew from the pact in May, and the match of words "
     "went on.", "Trump"),
    ("Fans of the Morrissey era cheered as the singer announced her tour.", "Morrissey"),
])
def test_no_team_outside_games(text: str, name: str) -> None:
    assert "ORG" not in _types(text).get(name, set())


@pytest.mark.parametrize(("text", "body_mentions", "country_mentions"), [
    # the airline written bare is its own row, not the country (before: 0 and 2)
    ("Emirates President Tim Clark said Emirates would expand. The airline is based in Dubai, United Arab "
     "Emirates.", 1, 1),
    # "the Emirates fleet" in a report that writes the airline bare: the airline's fleet (NER tags the second and
    # the third "Emirates"; before: 0 and 3)
    ("Emirates said on Monday it would buy 30 jets, and Emirates said it would expand the Emirates fleet. Dubai "
     "is in the United Arab Emirates.", 2, 1),
    # guards: the country written with "the" stays the country
    ("Trade between India and the Emirates grew last year. The Emirates is a federation of seven states.", 0, 2),
    ("Oil exports from the United Arab Emirates rose in March.", 0, 1),
])
def test_emirates_airline_or_country(text: str, body_mentions: int, country_mentions: int) -> None:
    rows = _rows(text)
    body = sum(len(e["mentions"]) for e in rows if e["type"] == "ORG" and e["name"] == "Emirates")
    country = sum(len(e["mentions"]) for e in rows if e["type"] == "GPE" and e["country"] == "ARE"
                  and e["name"] == "United Arab Emirates")
    assert (body, country) == (body_mentions, country_mentions), rows


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a player's stat number glued to the name (before: 'Armani Sheffield 19' FAC, 'Osas Osaro 3' PRODUCT)
    ("Heritage (1-0): Armani Sheffield 19 points and 3 steals. Kelli Howard 6 steals.", "Armani Sheffield",
     "PERSON"),
    ("Melbourne (3-0): Osas Osaro 3 goals, 1 assist. Aden O'Hara 2 goals, 2 assists.", "Osas Osaro", "PERSON"),
    # guard: a number that is part of a name stays
    ("Work on Nord Stream 2 resumed in July after a long pause.", "Nord Stream 2", "FAC"),
])
def test_stat_numbers_cut(text: str, name: str, expected: str) -> None:
    types = _types(text)
    assert types.get(name) == {expected}, types


@pytest.mark.parametrize(("text", "expected"), [
    # a game's quarter (before: 2019-Q3, 2019-Q2)
    ("The Lakers won 112-107 on Tuesday. Davis got a technical foul in the third quarter.", []),
    ("The Lakers won 112-107 in an NBA game. Kuzma left the court in the second quarter with an eye injury.", []),
    ("The Ravens won 27-20 in the league game. Jackson threw a touchdown in the fourth quarter.", []),
    # guards: a company's quarter, also in a report on a club's business; a year named
    ("Apple said sales rose 5% in the third quarter.", ["2019-Q3"]),
    ("The club won 3-1 in the league. Its owner said revenue rose in the third quarter.", ["2019-Q3"]),
    ("The team won 3-1. Margins fell 50 basis points in the third quarter.", ["2019-Q3"]),
    ("The Lakers won 112-107 on Tuesday. Attendance rose 12 points in the third quarter of 2018.", ["2018-Q3"]),
])
def test_game_quarters(text: str, expected: list[str]) -> None:
    rec = extract(text, published="2019-11-20")
    assert [t.value for t in rec.times if "Q" in (t.value or "")] == expected


@pytest.mark.parametrize(("text", "name", "labels", "expected"), [
    # a company the gazetteer knows as no place, tagged GPE and ORG: one organization (before: GPE, ORG)
    ("Alibaba rose on Monday. Alibaba said demand was strong.", "Alibaba", ["GPE", "ORG"], ["ORG", "ORG"]),
    # guards: a place after a preposition; a place the gazetteer knows; no ORG mention; a country
    ("Fighting in Zorbakistanu went on. Zorbakistanu said little.", "Zorbakistanu", ["GPE", "ORG"], ["GPE", "ORG"]),
    ("Coimbra grew last year. Coimbra said it would build.", "Coimbra", ["GPE", "ORG"], ["GPE", "ORG"]),
    ("Alibaba rose on Monday. Alibaba said demand was strong.", "Alibaba", ["GPE", "GPE"], ["GPE", "GPE"]),
    ("Jordan grew last year. Jordan said it would build.", "Jordan", ["GPE", "ORG"], ["GPE", "ORG"]),
])
def test_unplaced_gpe_is_the_organization(text: str, name: str, labels: list[str], expected: list[str]) -> None:
    doc = _nlp()(text)
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    cands = []
    for start, label in zip(starts, labels, strict=True):
        sp = doc.char_span(start, start + len(name), label=label)
        assert sp is not None
        cands.append(_Cand(start, start + len(name), name, label, sp))
    relabel_unplaced_orgs(cands, load_lexicon())
    assert [c.label for c in cands] == expected
