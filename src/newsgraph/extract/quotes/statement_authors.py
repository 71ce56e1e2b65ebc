"""Whose statement "the statement" is: the author the report gave when it first told of it.

In "In a statement, the firm said ... It said it would help NTSB ... '...,' the statement added." the statement is
the firm's. Before round 21 "the statement" was read as an organization's description and given the organization
named last, here a body named inside the firm's own words (review 21). The earlier mention of the same noun names
its author as the subject of the verb it hangs on ("In a statement, X said", "X said in a statement"), of the verb
whose object it is ("X issued a statement"), or as its possessor or "by" phrase ("X's statement", "a statement by
X"). Where that earlier mention names no one the resolver knows, the statement has no speaker: an empty answer
beats the last organization named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .cues import np_span

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["author_token", "statement_author"]

# how far back (tokens) the earlier mention of the statement is looked for
_REACH = 120
# prepositions that carry a statement as the medium of a verb of saying ("said in a statement")
_MEDIUM = frozenset({"in", "through", "via"})
# verbs whose subject put out the statement they take as object
_PUT_OUT = frozenset({"issue", "release", "send", "post", "publish", "make", "put", "deliver", "give", "read"})


def _author_token(t: Token) -> Token | None:
    """The token naming who made the statement ``t`` (an earlier mention), or None."""
    for c in t.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    verb = None
    if t.dep_ == "pobj" and t.head.lower_ in _MEDIUM and t.head.dep_ == "prep":
        verb = t.head.head
    elif t.dep_ == "dobj" and t.head.lemma_.lower() in _PUT_OUT:
        verb = t.head
    # "warned of the repercussions in a statement": the parser may hang the medium on the verb's object; the verb
    # above it is the one whose subject made the statement (integration, round 21)
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep"):
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# (round 34: document_issuers reads the same mention the same way)
author_token = _author_token


def statement_author(res: Resolver, span: Span, root: Token) -> tuple[bool, str | None]:
    """For a definite statement noun (``span``, head ``root``: "the statement"): whether an earlier mention of the
    same noun was found, and the entity id of its author (None where that mention names no one known)."""
    doc = span.doc
    if span[0].lower_ not in ("the", "this", "that"):
        return False, None
    lemma = root.lemma_.lower()
    for t in reversed(doc[max(0, root.i - _REACH) : span.start]):
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma or res._masked[t.i]:
            continue
        who = _author_token(t)
        if who is None:
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                continue  # named again: its first telling may name the author
            return True, None
        if who.i == root.i:
            return True, None
        s, e = np_span(doc, who)
        return True, res.resolve(doc[s:e], who)
    return False, None
