"""Parties a participle of performing gives a noun event (round 22, issue 19 recall).

A reduced relative clause on a noun trigger names the noun's sides as a full one does ("a deal that Trump struck
with Mexico", :func:`.clause_roles.relative_carrier`): "sanctions imposed on Russia", "attacks launched by the
militants", "raids conducted by police", "protests held against the government". The participle is
a verb of the ``performing`` class of ``data/event_senses.tsv`` (the same class the relative clause reads); its
``by`` agent is the noun's actor and the object of ``on``/``against``/``at``/``upon`` (after a particle too:
"carried out against") its target. Before, such nouns kept no party and most were dropped as topics.

The same holds for one who orders or seeks an act of custody or force done to a possessor ("the judge ordered his
arrest", "the United States seeks his arrest"): the possessor underwent it, the ordering verb's subject is the
doer, as with "ordered the arrest of X". Not a release or an extradition: those the holder grants, whoever asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .senses import load_senses

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["performed_by", "performed_on", "ordered_by"]

#: prepositions whose object is what a performed act was done to ("imposed on", "launched against")
_ONTO = frozenset({"on", "against", "at", "upon"})
#: a participle modifier: the tagger often reads one without an auxiliary as a past tense ("protests held against")
_PARTICIPLE = frozenset({"VBN", "VBD"})


def _participles(node: Token) -> list[Token]:
    """The noun's past-participle modifiers of the performing class ("sanctions imposed ...")."""
    senses = load_senses()
    return [c for c in node.children if c.dep_ == "acl" and c.tag_ in _PARTICIPLE and senses.word_in("performing", c)]


def _objects(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the verb's prepositions among ``preps``, directly or after its particle ("carried out
    against X")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
            out.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prt":
            out.extend(p for q in c.children if q.dep_ == "prep" and q.lower_ in preps
                       for p in q.children if p.dep_ == "pobj")
    return out


def performed_by(node: Token, res: PartyResolver) -> list[Party]:
    """The actor a performing participle's agent names: "raids conducted by police" -> police."""
    for verb in _participles(node):
        for o in _objects(verb, frozenset({"by"})):
            found = res.resolve(o, strict=False)
            if found:
                return found
    return []


def performed_on(node: Token, res: PartyResolver) -> list[Party]:
    """The target a performing participle's phrase names: "sanctions imposed on Russia" -> Russia."""
    for verb in _participles(node):
        for o in _objects(verb, _ONTO):
            found = res.resolve(o, strict=False) or res.people(o)
            if found:
                return found
    return []


#: verbs whose subject has an act of custody or force done ("ordered his arrest", "seeks his arrest")
_ORDERING = frozenset({"order", "seek", "authorize", "authorise"})
_GRANTED = ("release", "extradit", "free", "return", "pardon")


def ordered_by(tok: Token, node: Token, gov: Token, res: PartyResolver) -> list[Party]:
    """The doer of a possessed act of custody or force that a verb of ordering or seeking has as its object."""
    from .triggers import _subject_of  # the clause's agent rule; imported here as triggers imports this family

    if gov is node or node.dep_ != "dobj" or node.head.i != gov.i or gov.lemma_.lower() not in _ORDERING:
        return []
    if tok.lemma_.lower().startswith(_GRANTED):
        return []
    return _subject_of(gov, res)
