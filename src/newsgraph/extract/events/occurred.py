"""Noun events a sentence tells as occurrences though it names nobody to them (round 32, issue 19).

A noun trigger with no actor and no target is usually a topic ("the sanctions", "a trade deal") and gives no
event. Two shapes make it a happening of the report all the same: the noun is the subject of a verb of
happening ("peace talks began", "the crackdown followed weeks of mediation", "the conference, which kicked off a
year later"), or it carries its own time ("the bombing last night", "a phone call in July"). These candidates
have no parties, so the confidence model scores them low (no ``actor_party``/``target_party``); they raise
what can be shown below the threshold rather than what is shown by default.
"""

from __future__ import annotations

from spacy.tokens import Token

from .senses import Senses

#: entity labels of a time phrase that dates the noun
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: prepositions whose object dates the noun ("talks in July", "the raid on Tuesday", "the arrest last week")
_DATING_PREPS = frozenset({"in", "on", "at"})
_RELATIVE = frozenset({"which", "that"})


def _happening(verb: Token, senses: Senses) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and senses.word_in("occurring", verb)


def happening_verb(node: Token, senses: Senses) -> Token | None:
    """The verb of happening whose subject the noun event is ("the talks began", "an air strike had taken place"),
    or None (round 33: its negation is the event's, "denied that a US air strike had taken place")."""
    if node.dep_ != "nsubj":
        return None
    verb = node.head
    if _happening(verb, senses) or verb.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return verb
    return None


def _dated(node: Token) -> bool:
    for c in node.children:
        if c.dep_ == "npadvmod" and c.ent_type_ in _TIME_ENTS:
            return True  # "the bombing last night"
        if c.dep_ == "prep" and c.lower_ in _DATING_PREPS and any(
                p.dep_ == "pobj" and p.ent_type_ in _TIME_ENTS for p in c.children):
            return True  # "a phone call in July"
    return False


def occurred(node: Token, senses: Senses) -> bool:
    """The party-less noun trigger ``node`` is told as something that happened (see the module's text)."""
    if node.dep_ == "nsubj" and _happening(node.head, senses):
        return True
    for c in node.children:  # "the peace conference, which kicked off a year later"
        if c.dep_ == "relcl" and _happening(c, senses) and any(
                s.dep_ == "nsubj" and s.lower_ in _RELATIVE for s in c.children):
            return True
    return _dated(node)
