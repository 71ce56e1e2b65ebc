"""A sum that totals a noun's money (round 30, issue 17, real-report tune ranks 309-348; read by
:mod:`newsgraph.extract.amounts.money_objects`).

"bonuses totaling $140 million", "contracts amounting to $5 billion": the participle of totalling hangs on the noun
whose money the sum adds up, which is then its object; so is the noun subject of the finite verb ("Bonuses at the
agency totaled $140 million"). A pronoun, a name or a generic head ("the total", "the figure") names no thing and
leaves the sum without object.

(Not "the house is worth $2m": a copula's subject owns the worth and names no object, rounds 25 and 26.)
"""

from __future__ import annotations

from spacy.tokens import Token

from ...record import canonical_object
from .objects import GENERIC_HEADS, object_phrase

__all__ = ["totalled_noun"]

# verbs whose object (or "to" phrase) is the whole of a noun's money: "totaling", "amounting to", "adding up to"
_TOTAL_VERBS = frozenset({"total", "amount", "add"})


def _thing(noun: Token | None) -> str | None:
    """The object a noun names: not a pronoun, a name or a generic head ("the total")."""
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ in GENERIC_HEADS or noun.lemma_.lower() in GENERIC_HEADS:
        return None
    obj = object_phrase(noun)
    return obj if canonical_object(obj) is not None else None


def totalled_noun(root: Token) -> str | None:
    """The noun whose money the sum totals, or None."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head  # "amounting to $5 billion", "adding up to $2m"
    elif root.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TOTAL_VERBS:
        return None
    if verb.lemma_.lower() in ("amount", "add") and root.head.lower_ != "to":
        return None  # "amount" and "add" total only with "to" ("added $5m to the bill" is an addition)
    noun: Token | None
    if verb.dep_ == "acl" and verb.i > verb.head.i:
        noun = verb.head  # "bonuses totaling $140 million"
    elif verb.dep_ == "ROOT" or verb.dep_ == "conj":
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "Bonuses totaled $140 million"
    else:
        return None
    return _thing(noun)
