"""A pronoun that goes on from the subject pronoun of the passage, not to a person named as its object (review 23).

"During the visit, he was filmed having long talks with Rivera by the lake. Was this to learn what the governor
knew?" then "He instead told the host: '...'": the last man named is Rivera, the object of the talks, and the
fallback of :meth:`PersonIndex._pronoun_of_persons` (the most recent compatible person) gave him the quote. The
passage is about whoever "he" was in the sentence naming Rivera: a pronoun that is a clause's subject keeps the
centre of the passage (a pronoun is how a report goes on about its topic). So when the person found last is named
in no subject's place and a subject "he"/"she" of the same gender stands in that sentence or after it (outside
quoted words, before the pronoun), the pronoun goes where that subject pronoun goes, when that is someone else.
"""

from __future__ import annotations

from typing import Any

__all__ = ["chained_subject"]

_WORD = {"M": "he", "F": "she"}
_SUBJ = frozenset({"nsubj", "nsubjpass"})


def chained_subject(index: Any, want: str, at: int, st: int, pid: str) -> str:
    """``pid`` (found last, at ``st``), or the person the subject pronoun after it stands for (module text)."""
    if st in index.subjects or getattr(index, "_chaining", False):
        return pid
    doc, masked = index.doc, index._masked
    sent = index._sentence_of(st)
    word = _WORD.get(want)
    prior = None
    for t in doc.char_span(st, at, alignment_mode="expand") or []:
        if t.idx >= at:
            break
        if t.lower_ == word and t.dep_ in _SUBJ and not masked[t.i] and index._sentence_of(t.idx) >= sent:
            prior = t
    if prior is None:
        # the subject pronoun may open the sentence that names the person ("he was filmed ... with Rivera")
        span = doc.char_span(st, st + 1, alignment_mode="expand")
        if span is None:
            return pid
        s = span[0].sent
        prior = next((t for t in s if t.i < span.start and t.lower_ == word and t.dep_ in _SUBJ
                      and not masked[t.i]), None)
    if prior is None:
        return pid
    index._chaining = True
    try:
        other = index._pronoun_of_persons(want, prior.idx)
    finally:
        index._chaining = False
    return other if other is not None else pid
