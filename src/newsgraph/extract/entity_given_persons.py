"""Round 24: a person's full name that NER typed as a body, a place or a thing ("Tirunesh Dibaba" FAC,
"Sven-Goran Eriksson" ORG, "Pepito Elhorga" GPE in sport reports; "Keanu Reeves" ORG in an arts report).

A name of two or three capitalised words whose first word is a given name of the tables and whose other words
are no common word, no given name, no place word and no head word of a place's, a facility's, a body's, an
event's or a law's name, that the lexicon does not know, is a person when the report
itself says so: it writes the last word alone elsewhere ("... Eriksson said"), or it joins the name with "and"
or a comma to a full name NER typed PERSON that opens with a given name ("Ann Holt and Ruben Altamira scored";
not "Twin Peaks and Star Trek"). Without such evidence the name
keeps NER's type: brands named after their founders ("Louis Vuitton", "John Deere") are bodies, and an
unfixed type beats a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import Lexicon, read_tsv
from ..name_words import is_common_word, is_given_name, is_place_word
from .entity_base import _Cand, _is_lexicon_name

__all__ = ["relabel_given_named_persons"]

_FROM = frozenset({"ORG", "FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART"})
_WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")  # "Dibaba", "Sven-Goran"
_JOINERS = frozenset({"and", ","})
# the head words of places, facilities, bodies, events and laws: "Crystal Palace", "Alice Springs", "Jordan Park"
_HEAD_FILES = ("place_heads.tsv", "entity_place_name_heads.tsv", "org_name_heads.tsv",
               "entity_facility_heads.tsv", "entity_event_heads.tsv", "entity_law_heads.tsv")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for name in _HEAD_FILES for row in read_tsv(name) if row and row[0])


def relabel_given_named_persons(cands: list[_Cand], lex: Lexicon) -> None:
    """Retype as persons, in place, the full names that the report shows to be persons' (see the module)."""
    alone = {c.text for c in cands}
    # a neighbour in a list counts when it is a full name with a given name: NER types titles of a list as
    # persons too ("Twin Peaks and Star Trek")
    named = [c for c in cands if c.label == "PERSON" and len(c.text.split()) >= 2
             and is_given_name(c.text.split()[0])]
    persons_end = {c.span.end for c in named}
    persons_start = {c.span.start for c in named}
    for c in cands:
        if c.label not in _FROM or not _full_name(c.text, lex):
            continue
        sp = c.span
        doc = sp.doc
        last = c.text.split()[-1]
        before = sp.start >= 2 and doc[sp.start - 1].text in _JOINERS and sp.start - 1 in persons_end
        after = sp.end + 1 < len(doc) and doc[sp.end].text in _JOINERS and sp.end + 1 in persons_start
        if last in alone or before or after:
            c.label = "PERSON"


def _full_name(text: str, lex: Lexicon) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_WORD.match(w) for w in words):
        return False
    if not is_given_name(words[0].split("-")[0]) or _is_lexicon_name(text, lex):
        return False
    return not any(is_common_word(w) or is_given_name(w) or is_place_word(w) or w.lower() in _heads()
                   for w in words[1:])
