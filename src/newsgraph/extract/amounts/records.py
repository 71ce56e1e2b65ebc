"""A record of successes in tries, "N for M" (review 29): "THAAD is a perfect 15 for 15 in controlled tests",
"the striker is 3 for 3 from the spot". Both figures count the tries, not the subject the copula names (the climb
through "is" gave the object THAAD). The tries are the plural after "in" later in the clause ("in controlled
tests"); without one the object stays empty."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["record_pair", "record_tries"]


def record_pair(root: Token) -> tuple[Token, Token] | None:
    """The two figures of "N for M" when ``root`` is one of them: (N, M)."""
    if not root.like_num:
        return None
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            m = next((g for g in c.children if g.dep_ == "pobj" and g.like_num), None)
            if m is not None and m.i == c.i + 1 and c.i == root.i + 1:
                return root, m
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "for" and prep.i == root.i - 1 and prep.head.like_num \
            and prep.head.i == prep.i - 1:
        return prep.head, root
    return None


def record_tries(root: Token) -> Token | None:
    """The plural after "in" that names the tries of the record ``root`` belongs to, in its sentence, after it."""
    pair = record_pair(root)
    if pair is None:
        return None
    sent = root.sent
    for t in root.doc[pair[1].i + 1 : sent.end]:
        if t.lower_ in {";", ":"} or (t.dep_ == "cc" and t.head.pos_ in {"VERB", "AUX"}):
            break  # the clause ends
        if t.dep_ == "prep" and t.lower_ == "in":
            pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
            return pobj if pobj is not None and pobj.tag_ == "NNS" else None
    return None
