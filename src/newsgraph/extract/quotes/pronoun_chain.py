"""A pronoun that goes on from the subject pronoun of the passage, not to a person named as its object (review 23).

"During the visit, he was filmed having long talks with Rivera by the lake. Was this to learn what the governor
knew?" then "He instead told the host: '...'": the last man named is Rivera, the object of the talks, and the
fallback of :meth:`PersonIndex._pronoun_of_persons` (the most recent compatible person) gave him the quote. The
passage is about whoever "he" was in the sentence naming Rivera: a pronoun that is a clause's subject keeps the
centre of the passage (a pronoun is how a report goes on about its topic). So when the person found last is named
in no subject's place, inside the clause of a subject "he"/"she" of the same gender before it (outside quoted words), and
the pronoun being read stands in a later sentence, it goes where that subject pronoun goes, when that is someone.
The narrow shape only: on PolNeAR train, chaining from any subject pronoun after the person (whatever clause it
heads) moved as many speakers away from the right one as towards it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["chained_subject"]

_WORD = {"M": "he", "F": "she"}
_SUBJ = frozenset({"nsubj", "nsubjpass"})


def chained_subject(index: Any, want: str, at: int, st: int, pid: str) -> str:
    """``pid`` (found last, at ``st``), or the person the subject pronoun whose clause names it stands for."""
    if st in index.subjects or index._chaining or \
            index._sentence_of(at) <= index._sentence_of(st):
        return pid
    span = index.doc.char_span(st, st + 1, alignment_mode="expand")
    if span is None:
        return pid
    tok, word, masked = span[0], _WORD.get(want), index._masked
    prior = next((t for t in tok.sent if t.lower_ == word and t.dep_ in _SUBJ and not masked[t.i]
                  and t.i < tok.i and tok in t.head.subtree), None)
    if prior is None:
        return pid
    index._chaining = True  # one step back only: the subject pronoun is read by the plain rules
    try:
        other = index._pronoun_of_persons(want, prior.idx)
    finally:
        index._chaining = False
    return other if other is not None else pid
