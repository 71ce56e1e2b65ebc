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

__all__ = ["disease_name_word"]

#: the capitalized words up to a lower-case noun of illness right after a span
_ILLNESS_AFTER = re.compile(r"(?:['\u2019]s)?(?:\s+[A-Z][a-z]+)*\s+(?:disease|syndrome|disorder|fever|sickness)\b")


def disease_name_word(text: str, sp: Span) -> bool:
    """``sp`` (a PERSON span) is a word of an illness's name that the report writes in lower case elsewhere."""
    if sp.label_ != "PERSON" or not _ILLNESS_AFTER.match(text, sp.end_char):
        return False
    words = text[sp.start_char : sp.end_char].split()
    return all(re.search(rf"(?<![\w-]){re.escape(w.lower())}s?\b", text) is not None for w in words)
