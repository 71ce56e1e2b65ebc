"""Words of a capitalized disease name tagged as persons (round 22, wave 2; review 22's "Duvet" and "Lung").

"Taylor had Feather Duvet Lung disease" and a subheading "Feather Duvet Lung disease" gave PERSON entities
"Duvet" and "Lung": a coined name of an illness written in title case. A PERSON span followed, through more
capitalized words, by a lower-case noun of illness ("disease", "syndrome") is no person when every word of it is
one the report also writes in lower case ("a feather duvet", "the lungs"); an eponym the report never writes
in lower case ("Parkinson's disease", "Crohn's disease") is not touched here.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ._doc import per_doc

__all__ = ["disease_name_word"]

#: the capitalized words up to a lower-case noun of illness right after a span
_ILLNESS_AFTER = re.compile(r"(?:['\u2019]s)?(?:\s+[A-Z][a-z]+)*\s+(?:disease|syndrome|disorder|fever|sickness)\b")
#: a whole word of the text not joined by a hyphen to the word before ("duvet", not "-duvet" or "eduvet")
_WORD_RUN = re.compile(r"(?<![\w-])\w+")
_WORD = re.compile(r"\w+")
_RUNS_KEY = "newsgraph_word_runs"


def _word_runs(text: str) -> frozenset[str]:
    return frozenset(m.group() for m in _WORD_RUN.finditer(text))


def _written(word: str, text: str, runs: frozenset[str]) -> bool:
    """``word`` (lower case) stands in ``text`` as a whole word, or with a plural "s" ("the lungs")."""
    if _WORD.fullmatch(word):  # one pass over the text per report, not one regex search per word
        return word in runs or word + "s" in runs
    # a word with punctuation in it ("o'neil", "jr."): the rare case keeps its own search
    return re.search(rf"(?<![\w-]){re.escape(word)}s?\b", text) is not None


def disease_name_word(text: str, sp: Span) -> bool:
    """``sp`` (a PERSON span) is a word of an illness's name that the report writes in lower case elsewhere."""
    if sp.label_ != "PERSON" or not _ILLNESS_AFTER.match(text, sp.end_char):
        return False
    # the index is built once per Doc, and again only if another text is passed (``source`` is the text itself)
    runs = per_doc(sp.doc, _RUNS_KEY, lambda _doc: _word_runs(text), source=text)
    return all(_written(w.lower(), text, runs) for w in text[sp.start_char : sp.end_char].split())
