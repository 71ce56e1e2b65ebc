"""Entities: a name right after a noun of a doer or sufferer is a person's, whatever NER typed it
("suspected shooters Syed Farook and Tashfeen Malik" had a WORK_OF_ART and an ORG; review 19).

Only a name of two or three capitalised words that the lexicon does not know, typed a work, an organization or a
product, right after a noun of data/entity_agent_nouns.tsv, or after "and" that follows such a relabelled name
("... Farook and Tashfeen Malik"). A lexicon name ("shooters ISIS") keeps its type."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import Lexicon, read_tsv
from .entity_base import _Cand, _is_lexicon_name

_RETYPED = frozenset({"WORK_OF_ART", "ORG", "PRODUCT"})


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    return frozenset(row[0].strip().lower() for row in read_tsv("entity_agent_nouns.tsv"))


def relabel_agent_names(cands: list[_Cand], lex: Lexicon) -> None:
    """Retype as persons the names that follow a doer's or sufferer's noun (in place)."""
    relabelled_end: int | None = None  # token index after the last name relabelled
    for c in sorted(cands, key=lambda x: x.start):
        sp = c.span
        i = sp.start
        prev = sp.doc[i - 1] if i > 0 else None
        after_agent = prev is not None and prev.lower_ in _agent_nouns()
        after_pair = (prev is not None and prev.lower_ == "and" and relabelled_end is not None
                      and relabelled_end == i - 1)
        if (after_agent or after_pair) and _name_like(c, lex):
            if c.label in _RETYPED:
                c.label = "PERSON"
            relabelled_end = sp.end if c.label == "PERSON" else None


def _name_like(c: _Cand, lex: Lexicon) -> bool:
    words = [t for t in c.span if not t.is_punct]
    return (2 <= len(words) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in words)
            and not _is_lexicon_name(c.text, lex))
