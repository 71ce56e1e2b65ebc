"""What a sum is spent on: "the ministry will spend $4 billion on new hospitals", "spent $12 million on security"
(round 36, issue 17 item 1: "the purpose of a money figure").

The sum is the direct object of "spend" and the verb has its own "on" phrase whose noun is a common noun: that noun
is what the money buys. Without an "on" phrase ("will spend about $1bn") the verb alone names no thing (round 26
tried "spending" and dropped it), and a name, a pronoun or a time after "on" ("on Monday", "on it") is no purpose.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ...record import canonical_object
from .objects import object_phrase

__all__ = ["spent_on"]

_SPEND = frozenset({"spend", "spent", "spends", "spending"})


def spent_on(anchors: list[tuple[dict[str, Any], Any]]) -> None:
    """Fill the object of each sum with none whose anchor is the object of "spend ... on <noun>"."""
    for rec, anchor in anchors:
        if rec["kind"] != "money" or anchor is None or canonical_object(rec.get("object")) is not None:
            continue
        noun = _on_noun(anchor.root)
        if noun is not None:
            rec["object"] = noun


def _on_noun(root: Token) -> str | None:
    verb = root.head
    if root.dep_ != "dobj" or verb.lower_ not in _SPEND or verb.pos_ != "VERB":
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > root.i), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in ("DATE", "TIME"):
        return None
    obj = object_phrase(noun)
    return obj if canonical_object(obj) is not None else None
