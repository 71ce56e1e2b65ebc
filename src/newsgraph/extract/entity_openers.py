"""Round 26 (start review): a word that opens a sentence and describes the name after it, which NER took into the
name: "Mountainous Nepal has ...", "Landlocked Nepal", "Financiers George and Alexander Soros backed ...". The
describing word is cut; the country keeps its own type. Only at a sentence's start, where a capital says nothing,
and only when the report never writes the word capitalized inside a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from ..lexicon import Lexicon
from ..name_words import is_common_word, is_given_name
from .entity_base import _opens_sentence

__all__ = ["cut_describing_opener"]

# an adjective's endings ("Mountainous", "Landlocked", "Oil-rich", "War-torn", "Neighbouring", "Tiny" is common)
_ADJECTIVE_END = re.compile(r"(?:ous|ful|less|ed|ing|ic|al|ish|ive|ian|ern)$")
# a plural noun of people ("Financiers", "Investors", "Protesters", "Economists")
_PEOPLE_PLURAL = re.compile(r"(?:ers|ors|ists|ians|ants|ents)$")


def cut_describing_opener(sp: Span, lex: Lexicon, inside: Callable[[], frozenset[str]]) -> Span | None:
    """The span without its first word when that word opens a sentence, the report never writes it capitalized
    inside a sentence, and it describes the rest: an adjective before a country's name (the rest typed GPE), or
    a plural noun of people before a given name ("Financiers George": the rest stays a PERSON). Else None."""
    if len(sp) < 2 or not _opens_sentence(sp[0]):
        return None
    first, rest = sp[0].text, sp[1:].text
    if not first.isalpha() and "-" not in first or not first[:1].isupper() or first in inside():
        return None
    if lex.country_of(sp.text) is not None or is_given_name(first):
        return None
    low = first.lower()
    if lex.country_of(rest) is not None and "-" not in rest and (
            is_common_word(low) or _ADJECTIVE_END.search(low) or "-" in first):
        return Span(sp.doc, sp.start + 1, sp.end, label="GPE")
    if sp.label_ == "PERSON" and _PEOPLE_PLURAL.search(low) and is_given_name(sp[1].text):
        return Span(sp.doc, sp.start + 1, sp.end, label="PERSON")
    return None
