"""Moves a clause reports rather than makes (issue 17, round 36, read allsides reports).

* :func:`share_verb`: "50% support using force, up from 34% a year ago": the "up/down from" hangs on the verb (or,
  in the parse, the noun) of the poll share that moved, so that word plans no move even when it is an intent word
  of data/change_modality.tsv ("support", "want"); "Analysts expect 5% growth, up from 3%" has a subject that is
  no figure and stays a forecast.
* :func:`pair_move`: "There was a sharp drop in arrests, from 1,200 in 2015 to 800 in 2018", "documented a big
  increase in spending, from $4.6 billion to nearly $9 billion": the parse hangs the "from ... to" pair on the verb
  that reports the movement noun (its object or attribute); the pair are that noun's two sides. Only a pair: a
  lone "from" on such a verb ("saw a rise in attacks from 12 groups") belongs to the verb.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["share_verb", "pair_move"]

_UP_DOWN = frozenset({"up", "down"})
_PAIR = frozenset({"from", "to"})


def share_verb(verb: Token, below: Token | None) -> bool:
    """``below`` is an "up"/"down" hung on ``verb``, whose subject (or, as the parse may read "50% support", whose
    compound or numeral) holds the figure that moved."""
    if below is None or below.lower_ not in _UP_DOWN or below.head.i != verb.i:
        return False
    return any(c.dep_ in ("nsubj", "compound", "nummod") and c.i < verb.i and any(t.like_num for t in c.subtree)
               for c in verb.children)


def _numbered(prep: Token) -> bool:
    return any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for c in prep.children if c.dep_ == "pobj"
               for t in c.subtree)


def _paired(frm: Token) -> bool:
    """The "from" has a "to" with a figure: under it ("from 1,200 to 800") or right after it on the same head."""
    tos = [c for c in frm.children if c.dep_ == "prep" and c.lower_ == "to"]
    tos += [c for c in frm.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > frm.i]
    return _numbered(frm) and any(_numbered(t) for t in tos)


def pair_move(verb: Token, child: Token, prep: str | None,
              direction: Callable[[Token], str | None]) -> tuple[str, Token] | None:
    """(role, movement noun) for a figure of a "from ... to" pair the parse hung on ``verb`` through ``child`` (the
    "from"), else None."""
    if verb.pos_ not in ("VERB", "AUX") or prep not in _PAIR or child.dep_ != "prep" or child.lower_ != "from":
        return None
    if not _paired(child):
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN" and c.i < child.i and direction(c) in ("increase", "decrease") \
                and not any(g.dep_ == "prep" and g.lower_ in _PAIR for g in c.children):
            return prep, c
    return None
