"""Round 30 (issue #18): the main subject of a sentence outranks a person named inside one of its clauses.

In "Judge Amos rejected the claim that Mr. Varga had acted alone. He said ..." the pronoun stood for Varga, the last
subject before it (of a clause the main verb governs); the sentence is about Amos, its main subject, and a "he said"
right after it is Amos speaking. It is read where the walk of ``PersonIndex._pronoun_of_persons`` settles on a
subject that is not its sentence's main one (a reporting verb's or another verb's), and where it falls back to the
last person of the pronoun's gender (a long sentence puts its main subject out of the subjects' reach, and the last
man named is an object: "... at persuading Mr. Varga to talk ... He said"). The same holds when the main subject is a description that spoke ("The president said
his adviser, Tom Reyes, had acknowledged the gap. He also said ..."). A candidate that is itself the subject of its
sentence's main verb, or of a relative clause (``embedded.host_subject``), keeps its own reading; the main subject
must be named before the candidate in the same sentence, be established, and have the pronoun's gender as the report
tells it (an untold gender never displaces a person the walk found).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.tokens import Token

from .arrays import expand_span

__all__ = ["main_subject_first"]


def _token_at(doc: Any, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _heads_main_verb(doc: Any, char: int) -> bool:
    """Whether the mention starting at ``char`` (a description such as "The president") is the subject of its
    sentence's main verb (or of a verb coordinated with it)."""
    tok = _token_at(doc, char)
    for _ in range(4):  # up from the determiner to the noun heading the subject
        if tok is None or tok.dep_ == "nsubj":
            break
        tok = tok.head
    if tok is None or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _next_sentence(index: Any, want: str, sent: int, at: int) -> bool:
    """Whether the pronoun at ``at`` is in the sentence right after ``sent``, or each sentence between has the
    pronoun's word as the subject of its main verb ("He said ..., suggesting ... '...,' he said" carries the
    sentence's subject on); a sentence about someone or something else between ends the main subject's turn
    ("McAdams writes that Trump exhibits ... Narcissists can ... his mind, he tweeted" is Trump's)."""
    here = index._sentence_of(at)
    if here <= sent:
        return False
    word = "she" if want == "F" else "he"
    starts = index._sent_starts or []  # cached by ``_sentence_of``: no list of the doc's sentences per pronoun
    for k in range(sent + 1, here):
        s = expand_span(index.doc, starts[k], starts[k + 1])  # (by bisection, kept per Doc: arrays.py)
        if s is None or not any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ == word for t in s):
            return False
    return True


def main_subject_first(index: Any, want: str, st: int, at: int) -> str | None:
    """The main subject of the sentence of the candidate at ``st`` (a ``PersonIndex``'s mention start), named
    before it, for the pronoun at ``at`` (in the next sentence: ``_next_sentence``), when the candidate is not that
    sentence's main subject; None otherwise. The persons read are the named ones and the descriptions that spoke
    ("The president said")."""
    if st in index.main_subjects or st in index.embedded:
        return None
    sent = index._sentence_of(st)
    if not _next_sentence(index, want, sent, at):
        return None
    described = {start for start, _pid in index._described}
    persons = sorted({*index.persons, *index._described})
    for start, pid in persons[: bisect_left(persons, (st, ""))]:
        if index._sentence_of(start) != sent or pid == "":
            continue
        main = start in index.main_subjects if start not in described else _heads_main_verb(index.doc, start)
        if main:
            if index.gender_of(pid) == want and index._is_established(pid):
                return pid
            return None  # the first main subject decides: one of another gender is no step past it
    return None
