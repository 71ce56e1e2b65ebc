"""Two more shapes of a sentence that names the person a subject "he"/"she" stands for (round 24, issue 18).

Both gave the words to someone named further back, on unseen reports (round 23's end review):

- a fronted clause whose subject is no person but which names one person ("While the campaign did not appeal to
  Julie Graham, a state health officer, she said she did not want to judge it"): the one person it names is whom
  the main clause's pronoun takes up, not the speaker of the paragraph before. :func:`named_in_fronted` reads it
  when ``fronted.fronted_subject`` finds no person as the clause's subject. Two or more compatible persons
  named there leave the rule out.
- a clause of "when" right after a noun with a person as its possessor ("Trump's July 25 call when he asked
  Zelenskiy for ..."): the clause tells what the call was, so its "he" is the caller, not the subject of the
  sentence (the envoy who will face questions about it). :func:`possessor_before_when` reads it; the parser may
  hang the clause on the main verb, so the words are read in order, not through the clause's head.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

__all__ = ["named_in_fronted", "possessor_before_when"]


def _person(index: Any, start: int, end: int, want: str) -> list[tuple[Span, str]]:
    """The persons (mention, id) named between characters ``start`` and ``end``, outside quoted words, who may be
    "he"/"she" (``want``)."""
    out: list[tuple[Span, str]] = []
    for s, e, eid in index._near(start, end):
        if s < start or e > end or index.by_id.get(eid, {}).get("type") != "PERSON":
            continue
        span = index.doc.char_span(s, e, alignment_mode="expand")
        if span is None or index._masked[span.start] or index.gender_of(eid) not in (None, want):
            continue
        out.append((span, eid))
    return out


def named_in_fronted(index: Any, clause: Token, pron: Token, want: str) -> tuple[Span, str] | None:
    """The one person a fronted clause (``clause``, its head, before the pronoun ``pron``) names, as (mention, id),
    when it names exactly one who may be "he"/"she"; None otherwise."""
    doc = index.doc
    lo = doc[clause.left_edge.i].idx
    end = doc[min(clause.right_edge.i, pron.i - 1)]
    found = _person(index, lo, end.idx + len(end.text), want)
    ids = {eid for _m, eid in found}
    return found[0] if len(ids) == 1 else None


def possessor_before_when(index: Any, pron: Token, want: str) -> tuple[Span, str] | None:
    """'X's call when he asked ...': the possessor X of the noun right before the "when" that opens the pronoun's
    clause, as (mention, id), when X is a person who may be "he"/"she"; None otherwise."""
    if pron.i < 2 or pron.nbor(-1).lower_ != "when":
        return None
    noun = pron.nbor(-2)
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ == "poss" and c.i < noun.i:
            found = _person(index, index.doc[c.left_edge.i].idx, c.idx + len(c.text), want)
            if found:
                return found[-1]
    return None
