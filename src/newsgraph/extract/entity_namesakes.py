"""Round 25: a body that shares a short form of a country's name (round 24's end review: Dubai's airline
"Emirates" merged into the United Arab Emirates). The country's short form takes "the" ("the Emirates"); the body's
name does not ("Emirates ordered 30 Boeing 787s"). A name of data/entity_country_namesakes.tsv written with no "the"
before it is keyed as the body, a row of its own; with "the" it is the country as before, unless a noun follows
in a report that writes the name bare elsewhere ("expand the Emirates fleet" beside "Emirates ordered ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_tsv
from .entity_base import _Cand

__all__ = ["key_namesake_body"]


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("entity_country_namesakes.tsv")}


def _written_bare(text: str, name: str) -> bool:
    return re.search(rf"(?<!\bthe )(?<!\bThe )(?<!\bArab )\b{re.escape(name)}\b", text) is not None


def key_namesake_body(c: _Cand, n: str) -> bool:
    """Key ``c`` as the body named like a country when it is written bare; True when keyed."""
    label = _namesakes().get(n)
    sp = c.span
    if label is None or c.text != n or c.label not in {"ORG", "GPE", "PERSON", "NORP", "FAC", "PRODUCT"}:
        return False
    doc = sp.doc
    before = doc[sp.start - 1].lower_ if sp.start > 0 else ""
    if before == "arab":
        return False
    if before == "the":
        # "the Emirates fleet": a modifier after "the" is the body's only where the report writes it bare too
        after = doc[sp.end] if sp.end < len(doc) else None
        if after is None or not after.is_lower or not after.pos_ == "NOUN" or not _written_bare(doc.text, n):
            return False
    c.label, c.key, c.canonical = label, (label, n.lower()), n
    return True
