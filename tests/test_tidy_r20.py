"""Round 20 tidying: rules written once (a bare plural a relative clause defines, the words for people at large, the
verbs of searching, the surname particles, a change verb's lemma) and one behaviour fix, a US town named after a
foreign capital ("Paris, Texas") keyed by its pair. Hand-written sentences only."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.amounts.multipliers import change_lemma
from newsgraph.extract.entity_keys import _same_words
from newsgraph.extract.events.searches import _searching
from newsgraph.extract.events.senses import load_senses
from newsgraph.extract.quotes.at_large import _words as at_large_words
from newsgraph.extract.quotes.at_large import defined_plural
from newsgraph.extract.quotes.unsaid import _minds
from newsgraph.extract.times.programme import _sentence_start
from newsgraph.names import _PARTICLES, KEY_PARTICLES, PARTICLES


def _ents(text: str) -> list[tuple[str, str, str | None, int]]:
    rec = newsgraph.extract(text, published="2020-03-02")
    return [(e.name, e.type, e.country, len(e.mentions)) for e in rec.entities]


# -- (5) "Paris, Texas" -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, row", [
    ("The storm hit Paris, Texas, on Sunday night. Paris police said two people died.",
     ("Paris, Texas", "GPE", "USA", 2)),
    ("She grew up in Athens, Ohio, and later taught in Chicago.", ("Athens, Ohio", "GPE", "USA", 1)),
    ("The mill in Moscow, Idaho closed in May.", ("Moscow, Idaho", "GPE", "USA", 1)),
    # a name that is no foreign capital stays keyed by itself
    ("He lives in Houston, Texas. Houston is hot in summer.", ("Houston", "GPE", "USA", 2)),
    # a list of places, not a town and its state
    ("Envoys in Paris, Washington and Moscow rejected the plan.", ("Paris", "GPE", "FRA", 1)),
])
def test_town_named_after_a_capital(text, row):
    assert row in _ents(text)


def test_two_towns_of_one_name_keep_the_bare_name_apart():
    rows = _ents("A fire broke out in Paris, Texas and a flood hit Paris, Tennessee on Monday. Paris was quiet.")
    names = [n for n, _t, _c, _m in rows]
    assert "Paris, Texas" in names and "Paris, Tennessee" in names and "Paris" in names


# -- (1) a bare plural that a relative clause defines ------------------------------------------------------------
@pytest.mark.parametrize("text, word, loose, expected", [
    ("The police arrested people who wanted to travel.", "people", False, True),
    ("The police arrested the people who wanted to travel.", "people", False, False),
    ("The police arrested two men who wanted to travel.", "men", False, False),
    ("Wealthy citizens who see the plan oppose it.", "citizens", False, True),
    ("Wealthy citizens who see the plan oppose it.", "citizens", True, False),  # at large's reading
    ("The police arrested people at the border.", "people", False, False),
])
def test_defined_plural(nlp, text, word, loose, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert defined_plural(tok, loose=loose) is expected


# -- (2) the words for people at large are marked rows of the vague holders ----------------------------------------
def test_at_large_words_are_vague_rows():
    words = at_large_words()["word"]
    # (round 30 adds "few": "Few believe ..." is held by people at large too)
    assert words == {"many", "some", "most", "others", "both", "people", "everyone", "everybody", "few"}
    assert words <= _minds()[1] and not {"i", "we", "you", "one", "they"} & words


# -- (3) the verbs of searching come from the sense rows -----------------------------------------------------------
@pytest.mark.parametrize("lemma, expected", [
    ("search", True), ("scour", True), ("comb", True), ("investigate", False), ("probe", False), ("hunt", False),
])
def test_searching_verbs(lemma, expected):
    assert _searching(lemma, load_senses()) is expected


# -- (6) one particle list -----------------------------------------------------------------------------------------
def test_particle_layers():
    assert KEY_PARTICLES < _PARTICLES < PARTICLES and "ben" not in KEY_PARTICLES


@pytest.mark.parametrize("a, b, expected", [
    (["bin", "Laden"], ["Bin", "Laden"], True),
    (["al", "Assad"], ["Al", "Assad"], True),
    (["ben", "Ali"], ["Ben", "Ali"], False),  # "Ben" is no key particle
    (["Smith", "Jones"], ["smith", "Jones"], False),
])
def test_same_words(a, b, expected):
    assert _same_words(a, b) is expected


# -- (7) text read in place ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, start, expected", [
    ("Today we vote.", 0, True),
    ('He said. "Today', 10, True),
    ("He spoke on Today", 12, False),
    ("Title:  Today", 8, True),
    ("  \t Today", 4, True),
])
def test_sentence_start(text, start, expected):
    assert _sentence_start(text, start) is expected


# -- a change verb's lemma, written once -------------------------------------------------------------------------
@pytest.mark.parametrize("text, word, lemma", [
    ("The company halved its staff.", "halved", "halve"),
    ("The company doubled its staff.", "doubled", "double"),
])
def test_change_lemma(nlp, text, word, lemma):
    assert change_lemma(next(t for t in nlp(text) if t.text == word)) == lemma
