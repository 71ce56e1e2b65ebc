"""Round 31 (issue 18): a speech noun with its maker in a "by" or "from" phrase is that maker's.

"A statement by Russia's Foreign Ministry said ...", "a message from Senator Ruiz said ...": the body or person
named in the phrase made the statement, in the same sentence as the words. The resolver read only the speech noun
("A statement") and left the speaker empty (review D, allsides ranks 297-308). The phrase's own head must be the
name (a person, a body or a place the entity layer typed): "a statement by a spokesman for the ministry" names a
spokesman, not the ministry, and is left to the rules for roles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["speech_maker"]

_MAKER_PREPS = frozenset({"by", "from"})
_MAKERS = frozenset({"PERSON", "ORG", "GPE"})


def speech_maker(res: Resolver, root: Token) -> str | None:
    """The entity id of the one named in the "by"/"from" phrase of the speech noun ``root``, or None."""
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _MAKER_PREPS:
            continue
        obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ in _MAKERS:
            return _named_by(res, obj) or res._named_at(obj)
    return None


def _named_by(res: Resolver, obj: Token) -> str | None:
    """The entity whose mention covers the phrase's head ("Russia's Foreign Ministry": the ministry, not Russia)."""
    for s, e, eid in res._near(obj.idx, obj.idx + len(obj.text)):
        if s <= obj.idx < e and res.by_id.get(eid, {}).get("type") in _MAKERS:
            return res.same_person.get(eid, eid)
    return None
