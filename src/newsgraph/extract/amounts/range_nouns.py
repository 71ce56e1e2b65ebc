"""Sums in a from/to phrase after a noun "range" (round 31, issue 17; read by
:mod:`newsgraph.extract.amounts.objects`).

"Estimates of that damage range from $12bn to $30bn": the verb "range" after a compound-able noun is often parsed
as a noun ("that damage range"), and the from/to phrase is hung elsewhere (on "estimates"), so the verb's subject
rule never sees it. There the noun joined to "range" right before it (the parse's compound) names what the sums
measure when the phrase is what a generic noun is "of" ("estimates of that damage range"): the estimates are of
the damage. So it does for a genuine noun "range" that is no preposition's object ("offers a price range from $40
to $90"). Inside another preposition's phrase the subject is the noun before it ("Bids in the auction range from
..." are bids, not the auction), which the parse has lost: the object stays empty, as it does with no compound
noun ("the range from $40 to $90"). The from/between phrase must stand right after "range".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["range_noun"]

_RANGE_WORDS = frozenset({"range", "ranges"})


def range_noun(root: Token, generic: frozenset[str]) -> Token | None:
    """The noun compounded with a noun "range" that stands right before the from/between phrase holding the sum
    ``root`` (the second sum of "from $12bn to $30bn" through its "to"), else None. ``generic``: the lemmas of
    generic heads ("estimate", "figure") whose "of" phrase may hold the range."""
    tok = root
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep"):
            return None
        tok = tok.head
        if tok.pos_ != "ADP" or tok.lower_ not in ("from", "to", "between"):
            return None
        if tok.lower_ == "to":
            continue
        rng = tok.doc[tok.i - 1] if tok.i > 0 else None
        if rng is None or rng.lower_ not in _RANGE_WORDS or rng.pos_ != "NOUN":
            return None
        if rng.dep_ == "pobj" and not (rng.head.lower_ == "of" and rng.head.head.lemma_.lower() in generic):
            return None  # "Bids in the auction range from ...": the bids, lost by the parse
        return next((c for c in rng.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == rng.i - 1), None)
    return None
