"""Decisions taken whose effect a text tells with "would": "the order would reduce the troops by 9,500 from
34,500" reports the cut a signed order makes (a change with its target, r14 guidelines), where "a cut would save
£4bn" projects. Read by :func:`newsgraph.extract.amounts.changes.unreal` (data/change_decided_subjects.tsv)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import first_words

__all__ = ["decided_by"]


@lru_cache(maxsize=1)
def _decided_subjects() -> frozenset[str]:
    return first_words("change_decided_subjects.tsv")


def decided_by(verb: Token) -> bool:
    """The verb's subject is a decision taken ("the order", "the executive order", "the ruling"), with no
    negation: its "would" tells that decision's effect."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "would reduce ... and cap it"
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head  # "an order that would cut the force": the relative pronoun stands for the order
    return subj is not None and subj.lemma_.lower() in _decided_subjects()
