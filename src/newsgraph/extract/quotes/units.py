"""Speakers that are organizations named around a group noun (review 16, main 226197f).

"Soldiers with the 52nd Signal Brigade said", "Officials at the Pentagon said": the members of a named body speak
for it, as "Pentagon officials" already did; "according to Japan's military": a country's armed forces speak for the
country the mention names; "The 52nd said": a unit named by its number alone is the unit the report named with that
number (the unit nouns, "the brigade said", are ORG_NOUNS of speaker_words). A single person described by a job ("a spokesman for the Army") stays that unnamed person. Written for this
project.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["member_org", "unit_by_number", "FORCE_NOUNS"]

#: plural nouns of members of a body: with "with/at/of/from" + an organization, the organization speaks
_MEMBERS = frozenset({"soldiers", "officials", "troops", "officers", "members", "staff", "staffers", "employees",
                      "workers", "personnel", "researchers", "analysts", "investigators", "engineers", "pilots",
                      "marines", "sailors", "commanders", "leaders", "spokesmen", "representatives", "executives"})
_MEMBER_PREPS = frozenset({"with", "at", "of", "from"})
#: a state's armed forces: named with the country ("Japan's military", "South Korean troops"), the country speaks
FORCE_NOUNS = frozenset({"military", "army", "navy", "forces", "troops"})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|s)$", re.I)


def member_org(res: Resolver, root: Token) -> str | None:
    """The organization a plural of members belongs to ("Soldiers with the 52nd Signal Brigade"), or None."""
    if root.tag_ != "NNS" or root.lower_ not in _MEMBERS:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _MEMBER_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            eid = res._entity_at(pobj.idx, pobj.idx + len(pobj.text))
            if eid is not None and res.by_id[eid]["type"] == "ORG":
                return eid
    return None


def unit_by_number(res: Resolver, span: Span) -> str | None:
    """"The 52nd said": the last organization named before whose mention begins with that number."""
    words = [t for t in span if t.pos_ != "DET"]
    if len(words) != 1 or not _ORDINAL.match(words[0].text):
        return None
    number = words[0].text.lower()
    best = None
    for s, e, eid in res.mentions:
        if s >= span.start_char:
            break
        if res.by_id.get(eid, {}).get("type") != "ORG":
            continue
        # the mention's own text, or the words right before it ("the 52nd Signal Brigade" where the entity
        # layer kept "Signal Brigade")
        before = res.text[max(0, s - len(number) - 1):s].strip().lower()
        if res.text[s:e].lower().startswith(number + " ") or before == number:
            best = eid
    return best
