"""Round 23, wave 2 (issue 19 item 3): acts a source will not declare, and documents as doers.

* "U.S. officials are not ready to declare that Russia has begun invading Ukraine", "the ministry refused to
  confirm that the army had attacked the village": the act is the complement of a verb of declaring that is
  negated or declined. Nobody in the sentence tells it as done, and it is not denied either: it is left open,
  as "whether" leaves it, so an asserted reading becomes ``hypothetical`` (docs/events_guidelines.md,
  "Round 23, wave 2").
* "citizens who have U.S. passports who are fighting": the parser hangs the relative clause on the passports.
  A document is no doer of any act (weapons, the only things the guidelines let act in ASSAULT, are not in the
  list); such an actor is dropped (``data/event_party_words.tsv`` kind ``document``).

Run after scoring, like :mod:`.under_fire`: only the modality and the sides are edited."""

from __future__ import annotations

from spacy.tokens import Token

from .party_words import party_words
from .triggers import Found

__all__ = ["undeclared", "open_acts", "document_actor", "no_document_actors", "decided"]

#: verbs whose clause complement is what a source declares to be so
_DECLARING = frozenset({"declare", "confirm", "say", "conclude", "announce", "verify", "determine", "acknowledge",
                        "establish", "state", "assert"})
#: verbs and adjectives of holding back from a statement ("refused to confirm", "unwilling to say")
_DECLINING = frozenset({"refuse", "decline", "fail", "hesitate", "unwilling", "unable", "reluctant", "loath",
                        "loth"})
_NEG = frozenset({"not", "n't", "never"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" and c.lower_ in _NEG for c in tok.children)


def _clause_of(tok: Token) -> Token:
    """The verb whose clause the act is: up through bare conjuncts and infinitive complements ("has begun
    invading": "begun")."""
    for _ in range(4):
        if tok.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            tok = tok.head
        elif tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"}:
            tok = tok.head
        else:
            break
    return tok


def _held_back(verb: Token) -> bool:
    """The declaring verb is negated or declined, itself or through up to three governing words ("are not ready
    to declare", "refused to confirm", "would not say")."""
    t = verb
    for _ in range(4):
        if _negated(t) or t.lemma_.lower() in _DECLINING:
            return True
        if t.dep_ in {"xcomp", "acomp"} and t.head.i != t.i:
            t = t.head
        else:
            return False
    return False


def undeclared(f: Found) -> bool:
    """The act ``f`` is the clause complement of a declaring verb that is negated or declined."""
    if f.derived_from is not None:
        return False
    verb = f.head if f.nominal and f.head is not None else f.trigger
    if f.nominal and f.head is None:
        return False
    clause = _clause_of(verb)
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    gov = clause.head
    return gov.lemma_.lower() in _DECLARING and _held_back(gov)


def open_acts(found: list[Found]) -> list[Found]:
    """An asserted act a source will not declare is told as open: ``hypothetical``."""
    for f in found:
        if f.modality == "asserted" and undeclared(f):
            f.modality = "hypothetical"
    return found


def document_actor(tok: Token) -> bool:
    """``tok`` heads a noun of a document ("passports", "visas"), which does no act."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in party_words().get("document", frozenset())


def no_document_actors(found: list[Found]) -> list[Found]:
    """Documents are no actors: they are dropped from every event's actors."""
    for f in found:
        if not f.actors:
            continue
        doc = f.trigger.doc
        kept = []
        for p in f.actors:
            root = p.root(doc)
            if root is not None and document_actor(root):
                continue
            kept.append(p)
        f.actors = kept
    return found


def decided(f: Found) -> bool:
    """The act ``f`` is told as decided: an intended verb that completes "decide" ("I have decided to cancel my
    visit"), the decision itself told as made (no negation, no modal on it)."""
    if f.modality != "intended" or f.nominal or f.derived_from is not None:
        return False
    t = f.trigger
    if t.dep_ != "xcomp" or t.head.i == t.i:
        return False
    gov = t.head
    return gov.lemma_.lower() == "decide" and not _negated(gov) and not any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "might", "may", "should"} for c in gov.children)
