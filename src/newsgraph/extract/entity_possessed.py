"""An organization's name that NER opened with its owner's possessive ("Johnson's Conservative Party" beside
"the Conservative Party", review 18): one row, the organization's. Only where the report also names the
organization without the possessive; alone, the span is left as NER cut it."""

from __future__ import annotations

import re

from .entity_base import _Cand

__all__ = ["join_possessed_orgs"]

# one or two capitalized words and a possessive, then the rest of the name
_POSSESSED = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+(?P<rest>[A-Z].+)$")


def join_possessed_orgs(cands: list[_Cand]) -> None:
    plain = {c.text.lower(): c for c in cands if c.label == "ORG" and c.key is not None
             and not _POSSESSED.match(c.text)}
    for c in cands:
        m = _POSSESSED.match(c.text) if c.label == "ORG" else None
        other = plain.get(m.group("rest").lower()) if m else None
        if other is not None:
            c.key, c.canonical, c.country = other.key, other.canonical, other.country
