"""Round 24: names of competitions, festivals and awards ceremonies ("the Davis Cup", "the Berlin Film Festival").

The small NER model types them as a person, a facility, a body or a place ("Davis Cup" PERSON, "Hopman Cup" FAC,
"Academy Awards" ORG, "New York Marathon" LOC), so a race became a place on the map and a ceremony an
organization. A name of two words or more ending with a head word of data/entity_event_heads.tsv is an EVENT,
which no rule places or codes as a body.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_tsv
from .entity_base import _Cand

__all__ = ["relabel_competitions"]

_FROM = frozenset({"ORG", "FAC", "GPE", "LOC", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART"})


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in read_tsv("entity_event_heads.tsv"))


def relabel_competitions(cands: list[_Cand]) -> None:
    """Type EVENT every candidate of two words or more whose last word, capitalized, is an event's head word."""
    for c in cands:
        words = c.text.split()
        if c.label in _FROM and len(words) >= 2 and words[-1][:1].isupper() \
                and words[-1].lower() in _event_heads():
            c.label = "EVENT"
