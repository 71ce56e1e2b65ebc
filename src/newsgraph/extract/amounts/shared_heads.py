"""Figures that share one noun across a coordination (round 23, issue 17): in "100 Muslim, 100 Evangelical
Christian and 50 Jewish schools" each figure counts schools, but the parse hangs "100" on "Muslim" and
"Christian", which then became the objects (`muslim:-:-`). A figure whose word is a bare adjective or a
singular name, coordinated on to a plural noun that has its own figure, counts that noun (the parser links
such a list by conjunction or by apposition)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["shared_noun"]


def _figured(tok: Token) -> bool:
    return any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in tok.children)


def shared_noun(head: Token) -> Token | None:
    """The plural noun that ``head`` (a figure's word: "Muslim" of "100 Muslim, ... 50 Jewish schools") shares
    with the last conjunct of its coordination, or None when ``head`` is a noun itself or the chain is no such
    list of figures."""
    if head.tag_ not in ("NNP", "JJ") or not _figured(head):
        return None
    cur = head
    for _ in range(6):
        nxt = next((c for c in cur.children if c.dep_ in ("conj", "appos") and c.i > cur.i), None)
        if nxt is None or not _figured(nxt):
            return None
        if nxt.tag_ == "NNS":
            # the last conjunct carries a modifier of the same kind ("50 Jewish schools"), so the earlier words
            # are its modifiers too, not things of their own ("100 Muslims, 50 Jews and 20 schools" stays)
            return nxt if any(c.dep_ in ("amod", "compound") and c.tag_ in ("NNP", "JJ") for c in nxt.children) else None
        if nxt.tag_ not in ("NNP", "JJ"):
            return None
        cur = nxt
    return None
