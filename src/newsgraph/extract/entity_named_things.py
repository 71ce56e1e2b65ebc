"""Institutions and columns named like a person (round 22, start-of-round review; data/entity_named_things.tsv).

"an unscheduled trip to Walter Reed" (the army's hospital, named for a doctor) and "The Washington Post's Fact
Checker" (a column) were PERSON entities: a speaker resolved to them became a person, and the identity layer
looked for their relatives and roles. A name of the table that NER tagged PERSON is typed as the table says, as
well-known works are (entity_forms.relabel_works).

Round 23 review: "Virginia Democrats" (a given name, then a party's plural) was a PERSON, and every bare
"Democrats" of the report joined it as its surname; a party's members named by the plural are a group (NORP)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import norm_name, read_tsv
from .entity_base import _Cand

__all__ = ["relabel_named_things"]


@lru_cache(maxsize=1)
def _named() -> dict[str, str]:
    return {norm_name(r[0]): r[1] for r in read_tsv("entity_named_things.tsv") if len(r) > 1}


#: a party's members named by the plural, after a state or a chamber ("Virginia Democrats", "House Republicans")
_PARTY_GROUP = re.compile(r"\b(?:Democrats|Republicans)$")


def relabel_named_things(cands: list[_Cand]) -> None:
    """Type a PERSON candidate named in the table as the table says."""
    named = _named()
    for c in cands:
        label = named.get(norm_name(c.text)) if c.label == "PERSON" else None
        if label is None and c.label == "PERSON" and _PARTY_GROUP.search(c.text):
            label = "NORP"
        if label is not None:
            c.label = label
