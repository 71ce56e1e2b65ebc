"""Relative clauses whose reported words lack their object ("the sentence Trump says he has now corrected").

Split from ``unsaid.py``: the words inside such a relative state nothing without the noun outside them, so the
indirect pass keeps no quote of them (round 17).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["RELATIVES", "gapped_noun", "object_gap"]

RELATIVES = frozenset({"who", "whom", "that", "which", "what"})
# Nouns a relative clause may modify through an adverbial gap ("the day he says he was fired"): the clause reported
# is whole, only its time, place, reason or manner is the noun
_ADVERBIAL_NOUNS = frozenset({"day", "time", "year", "week", "month", "night", "moment", "reason", "way", "place",
                              "morning", "evening", "hour", "date", "period", "point"})
# Relative adverbs: a clause they open lacks a place, time or reason, never an object
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "whereby"})
# what completes a verb besides its object: a clause, a predicate, an object complement
_COMPLETING = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "nsubjpass", "auxpass"})


def object_gap(cue: Token, clause: Token) -> bool:
    """The clause reported inside a relative clause lacks its object, which is the noun modified: in "the sentence
    Trump says he has now corrected" (and "a decision she says she regrets") the words "he has now corrected"
    state nothing without "the sentence" outside them. A subject gap ("a directive that he said would return
    ...") keeps a predicate about the noun and stays, as does an adverbial one ("the day he says he was fired")."""
    if clause.i < cue.i or _antecedent(cue).lemma_.lower() in _ADVERBIAL_NOUNS or not (
            cue.dep_ == "relcl" or _reduced_relative(cue) or _cleft_relative(cue)):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES for c in cue.children):
        return False  # "the man who says he saw the crash": the relative is the speaker, the clause is whole
    if any(c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS and c.i < cue.i for c in cue.children):
        return False  # "Ohio, where he says he can win": the relative fills a place or time, no object (round 23)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.lower_ in RELATIVES for c in subjects):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVES and c.i < cue.i for c in clause.children):
        return True  # "the sentence, which Jones says he has now corrected": the object is the relative (round 17)
    return clause.pos_ == "VERB" and not any(c.dep_ in _COMPLETING for c in clause.children)


def _reduced_relative(cue: Token) -> bool:
    """A relative clause without its pronoun that the parser took for a conjunct ("apologized for the sentence
    Trump says he has now corrected": "says" a conj of "apologized"): nothing joins it, and a noun stands right
    before its subject."""
    doc, lo = cue.doc, cue.left_edge.i
    if cue.dep_ != "conj" or lo == 0 or doc[lo - 1].pos_ != "NOUN":
        return False
    return not any(t.dep_ == "cc" or t.is_punct for t in doc[cue.head.i + 1 : lo])


def gapped_noun(head: Token) -> bool:
    """A noun whose only clause is a reported relative with an object gap ("apologized on Tuesday for the sentence
    Jones says he has now corrected"): the noun names a thing, the relative's words are no one's (round 17)."""
    return head.pos_ == "NOUN" and any(c.dep_ == "relcl" and any(
        g.dep_ == "ccomp" and object_gap(c, g) for g in c.children) for c in head.children)


def _cleft_relative(cue: Token) -> bool:
    """A relative clause after the noun of "it was" that the parser took for the verb's clause ("it was the
    sentence that Jones says he has now corrected": "says" a ccomp of "was"); the copula keeps it narrow, since
    "told the reporter that Jones says ..." is a complement (round 17)."""
    doc, lo = cue.doc, cue.left_edge.i
    if cue.dep_ != "ccomp" or cue.head.lemma_.lower() != "be" or lo == 0:
        return False
    return doc[lo - 1].pos_ == "NOUN"


def _antecedent(cue: Token) -> Token:
    return cue.head if cue.dep_ == "relcl" else cue.doc[cue.left_edge.i - 1]
