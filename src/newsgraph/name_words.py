"""Which words can open a person's name, from word tables (issue 16, rule 5).

A headline or a sentence puts words before a name that NER then takes as its first word: a common
word ("Team Obama", "Define Mitt Romney"), a place ("Moscow Mitch"), another person's surname in a
list of headlines ("Trump Paul's demand..."). These tables tell such words from given names:

* ``given_names.tsv`` (US census given names) with ``first_names.tsv`` and ``nicknames.tsv``: a word
  that is a given name is never taken as evidence against a name ("Grant Wood", "Will Hurd");
* ``common_words.tsv``: words that news text writes in lower case far more often than capitalized;
* ``place_words.tsv``: one-word names of large cities; countries and demonyms come from the lexicon.

The tables are built by ``scripts/build_name_words.py`` from text the identity benchmark does not hold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon, read_tsv
from .names import PARTICLES, fold, given_key, is_title, word_type

__all__ = ["is_given_name", "is_common_word", "is_place_word", "lower_words", "opens_a_name", "language_word",
           "place_head_type"]

_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+(?![\w'’-])")


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    out = {fold(r[0]) for r in read_tsv("given_names.tsv")}
    for row in read_tsv("first_names.tsv"):
        out.update(fold(n) for n in row[1].split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("common_words.tsv"))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in read_tsv("place_words.tsv"))


@lru_cache(maxsize=100_000)
def is_given_name(word: str) -> bool:
    """A given name of the tables, or a known short or formal form ("Joe", "Joseph")."""
    w = fold(word)
    return w in _given() or given_key(w) != frozenset({w})


def is_common_word(word: str) -> bool:
    """A word news text writes in lower case ("team", "define"), and no given name."""
    return word.lower() in _common() and not is_given_name(word)


def is_place_word(word: str) -> bool:
    """A large city, a country or a demonym ("Moscow", "Iran", "Iranian"), and no given name."""
    if is_given_name(word):
        return False
    lex = load_lexicon()
    return fold(word) in _places() or bool(lex.country_of(word) or lex.demonym_of(word))


@lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case ("once", "team"): evidence that a capitalized one is no name.
    Cached for the last few texts (the repair's first-word rules and type evidence read the same report)."""
    return frozenset(_LOWER_WORD.findall(text))


def opens_a_name(word: str) -> bool:
    """A word a person's name may open with: a given name, a title or a name particle ("Bin", "De")."""
    return is_given_name(word) or is_title(word) or fold(word) in PARTICLES


def language_word(word: str, lower: frozenset[str] = frozenset()) -> bool:
    """A word of the language rather than of a name: a common word, a place, an institution's word, or one the
    report writes in lower case (``lower``, from :func:`lower_words`)."""
    return is_common_word(word) or is_place_word(word) or word.lower() in lower or word_type(word) is not None


@lru_cache(maxsize=1)
def _place_heads() -> dict[str, str]:
    return {fold(r[0]): r[1] for r in read_tsv("place_heads.tsv")}


def is_place_head(word: str) -> bool:
    """A facility's, a place's or a force's head word (data/place_heads.tsv: "Square", "Bridge", "Force")."""
    return fold(word) in _place_heads()


def place_head_type(name: str) -> str | None:
    """The type of a name of two words or more that ends with a facility, place or force head
    (data/place_heads.tsv) and opens with no given name, title or particle ("Tahrir Square" FAC,
    "Space Force" ORG; not "Bruce Arena"); else None."""
    words = [w.strip(".,'’\"“”‘") for w in name.split()]
    if len(words) < 2 or not words[0][:1].isupper() or opens_a_name(words[0]):
        return None
    return _place_heads().get(fold(words[-1]))
