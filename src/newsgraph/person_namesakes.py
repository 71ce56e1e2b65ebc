"""The office a person mention is written under (issue 16, rules 2 and 3), read from the record alone.

A bare surname under an executive office names that office's holder on the report's date (reference
actors), not the one relative the report names in full: "Vice President Biden" beside an untitled Hunter
Biden is Joe Biden (:func:`newsgraph.persons._office_people`). News writes the office in several ways, and
each must be read: in the mention ("Sen. Biden"), right before it in capitals or not, with a modifier
("former vice president Joe Biden", "then-Vice President Biden"), or as an apposition before it ("the
former vice president, Biden, said"). An honorific ("Mr.") is no office.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon, read_tsv
from .names import fold, parse_person
from .record import Mention

__all__ = ["title_at", "regnal"]

# an honorific says nothing of an office ("Mr. Biden")
_HONORIFIC = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "madam"})
_MODIFIER = re.compile(r"^(?:former|then|ex|late|current|now)[- ]", re.I)
_APPOSITION_END = re.compile(r",\s*$")


def title_at(text: str, m: Mention, lex: Lexicon) -> str | None:
    """The office a mention is written under, folded ("vice president"): in the mention ("Sen. Biden"),
    right before it ("Vice President Biden", "former vice president Joe Biden"), or as an apposition
    before it ("the former vice president, Biden,"); None for none or an honorific."""
    n = parse_person(m.text)
    if n is not None and n.title:
        return _office(n.title.split(), lex)
    before = _APPOSITION_END.sub(" ", text[max(0, m.start - 60):m.start].split("\n")[-1])
    if before[-1:] not in (" ", "\u00a0"):
        return None
    tail = before.split()
    for k in range(min(lex.max_title_tokens, len(tail)), 0, -1):
        found = _office(tail[len(tail) - k:], lex)
        if found:
            return found
    return None


def _office(words: list[str], lex: Lexicon) -> str | None:
    if not words:
        return None
    words = [_MODIFIER.sub("", w) for w in words if w]
    found = lex.title_of([w for w in words if w]) or lex.title_of([w.capitalize() for w in words if w])
    if found is None:
        return None
    role = fold(found[0])
    return None if role in _HONORIFIC or not role.replace(" ", "").isalpha() else role


@lru_cache(maxsize=1)
def _regnal() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("person_regnal_titles.tsv"))


def regnal(role: str | None) -> bool:
    """A title under which the one word after it is a given name ("King Salman", data/person_regnal_titles.tsv)."""
    return bool(role) and role in _regnal()
