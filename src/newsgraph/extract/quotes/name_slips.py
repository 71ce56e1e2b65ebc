"""Which entity rows of another type are a person's name that the entity layer typed otherwise at some place.

Two cases are read:

- a person's full name of two words or more typed PRODUCT, WORK_OF_ART, ORG, FAC or EVENT at one place ("Ivanka
  Trump" as PRODUCT after a PERSON "Ivanka Trump");
- (review of round 25) a lone given name typed ORG whose word is the first word of exactly one person's full name
  in the report: Malay and Indonesian reports call a minister by the given name ("Communications Minister Fahmi
  Fadzil said ... Fahmi also clarified"), and the entity layer typed the bare "Fahmi" ORG, so a later "he said"
  skipped him and went to the prime minister named before. Only the first word is read: a surname alone is often
  a firm's name too ("Bloomberg", "Forbes", "Disney"), a given name rarely is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["same_person"]

# entity types a person's full name is sometimes given at one place of a report (the person's row holds the rest)
_NAME_SLIPS = frozenset({"PRODUCT", "WORK_OF_ART", "ORG", "FAC", "EVENT"})


def same_person(ents: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Entity id of each such row -> the id of the person it names (module text)."""
    persons = [e for e in ents if e["type"] == "PERSON" and " " in e["name"]]
    named = {e["name"]: e["id"] for e in persons}
    got = {e["id"]: named[e["name"]] for e in ents if e["type"] in _NAME_SLIPS and e["name"] in named}
    given: dict[str, list[str]] = {}
    for e in persons:
        first = e["name"].split()[0]
        if first[:1].isupper() and not first.endswith("."):
            given.setdefault(first, []).append(e["id"])
    for e in ents:
        name = e["name"]
        if e["type"] == "ORG" and e["id"] not in got and " " not in name and not name.isupper() and \
                len(given.get(name, ())) == 1:
            got[e["id"]] = given[name][0]
    return got
