"""Round 23 (issue 19): words that say what something is, not what happened.

Three shapes of news prose name an act without telling one:

* a noun the writer or a speaker regards something *as* ("Obama viewed Syria as a kind of sectarian battle",
  "described the vote as an attack on democracy"): a characterization, the regarding is the only act;
* a present-tense relative clause on an indefinite apposition, which defines a party ("Kabul, a city that hosts
  many embassies", "Acme, a firm that monitors the network"): a standing description, no event with a time;
* a noun that a telling is about ("briefed on the attacks in Boston").

A past tense keeps its event ("Kabul, a city that the Taliban attacked last year"), and so does a definite or
named apposition ("Kim, who spent the day in talks"). The verb classes are rows of data/event_senses.tsv
(``regard``, ``kindof``, ``telling``)."""

from __future__ import annotations

from spacy.tokens import Token

from .senses import load_senses

__all__ = ["characterization", "defining_clause", "says_what_is", "topic_of_telling"]

_ABOUT = frozenset({"about", "on", "over", "regarding", "concerning"})

_INDEFINITE = frozenset({"a", "an"})
_PRESENT = frozenset({"VBZ", "VBP"})


def characterization(tok: Token) -> bool:
    """A noun trigger that something is regarded as: the object of "as" on a verb of the ``regard`` class (or on
    that verb's object), through "a kind of", "a form of"."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    senses = load_senses()
    t = tok
    while t.dep_ == "pobj" and t.head.lower_ == "of" and senses.word_in("kindof", t.head.head):
        t = t.head.head
    if t.dep_ != "pobj" or t.head.lower_ != "as":
        return False
    gov = t.head.head
    if gov.dep_ == "dobj" and gov.head is not gov:
        gov = gov.head  # "as" hung on the object: "viewed [Syria as ...]"
    return senses.word_in("regard", gov)


def defining_clause(verb: Token) -> bool:
    """``verb`` is a present-tense relative clause on an indefinite apposition. (A participle there may tell an act:
    "Kayla Mueller, a hostage kidnapped in Syria by ISIL", a tune-half gold event, so participles stay.)"""
    if verb.dep_ != "relcl" or verb.tag_ not in _PRESENT or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    noun = verb.head
    return noun.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)


def topic_of_telling(tok: Token) -> bool:
    """A noun trigger that is what a telling is about ("briefed ... on the attacks in Boston", "On Russian sanctions,
    the adviser said"): the object of "about", "on", "over" on a word of the ``telling`` class. The act was told
    elsewhere or not at all; here it is a topic, and its "in Boston" or "Russian" is no party."""
    return (tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "pobj" and tok.head.lower_ in _ABOUT
            and load_senses().word_in("telling", tok.head.head))


def says_what_is(trigger: Token, head: Token | None) -> bool:
    """The event found at ``trigger`` (carried by ``head``) is a characterization, a defining clause or a topic."""
    return characterization(trigger) or defining_clause(head if head is not None else trigger) or \
        topic_of_telling(trigger)
