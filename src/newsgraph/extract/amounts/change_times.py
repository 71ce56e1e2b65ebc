"""Which times of a sentence may be a change's own (round 26, issue 17, item 4).

A change takes the time that governs it, else none (the publication day). Two kinds of time in its sentence
govern something else and are no candidates:

- a time inside a from-phrase that is not the change's own ("Output grew 15.7% in the year to October, down from
  23% in February, and inflation slowed to 4.3%": February is the other figure's start, not when inflation
  slowed; "a profit of $3.36bn, up 27% from its 2003 performance, while revenues grew 6.4%": 2003 is the profit's
  base, not the revenues' year); so is a time in what a figure is added to ("added a million votes to its 2010
  tally": 2010 is the base's year, not when the votes were won);
- a time in the change's own from-phrase that is the base of the move, not the start of a stretch ("fell 2%
  from a year earlier in the second quarter": the second quarter, not a year earlier);
- a time inside a relative clause that does not hold the change ("In seats where voters backed Leave in the 2016
  referendum, support rose 6%": 2016 dates the vote that picks the seats, not the rise);
- a time in a participle clause on a noun inside another noun's phrase ("the yield on a bond maturing in 2025
  rose": the bond's year, round 35);
- a record's "since" time ("jumped 14.6%, its biggest rise since June 6, 2008": the record the move is set
  against, :func:`.sealed_times.record_reference`, round 32).

The change's own from-side time stays excluded as before (:func:`.side_times.not_the_from_time`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from .sealed_times import record_reference
from .side_times import not_the_from_time

__all__ = ["change_time_keep"]

_STEPS = 8  # how far up from a time's head a from-phrase or relative clause is looked for
# the end of a stretch after a time ("from January to March", "from 2010 through 2015")
_STRETCH_END = re.compile(r"[ \t,]*(?:to|until|till|through|thru|and)\b", re.I)


def _base_from(sp: Span, start: int, end: int) -> bool:
    """The time hangs in a "from" phrase that is not the change's own (not in nor on its words [start, end)), or
    in the change's own "from" phrase as the base the move is measured from, not the start of a stretch ("fell 2%
    from a year earlier": the fall is now; "rose 3% from January to March" is the change's own stretch)."""
    cur = sp.root
    for _ in range(_STEPS):
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ == "from":
            if not (start <= cur.idx < end or start <= cur.head.idx < end):
                return True
            return not _STRETCH_END.match(sp.doc.text, sp.end_char)
        if cur.dep_ == "prep" and cur.lower_ == "to" and cur.head.lemma_.lower() == "add":
            return True  # "added a million votes to its 2010 tally": the base added to (round 29)
    return False


def _other_relcl(tok: Token, start: int, end: int) -> bool:
    """The time sits in a relative clause whose words do not hold the change's."""
    for anc in (tok, *tok.ancestors):
        if anc.dep_ == "relcl":
            lo, hi = anc.left_edge.idx, anc.right_edge.idx + len(anc.right_edge.text)
            return not (lo <= start and end <= hi)
    return False


def _nested_participle(tok: Token, start: int, end: int) -> bool:
    """The time sits in a participle clause on a noun inside another noun's phrase ("The yield on a bond maturing
    in 2025 rose 2.4 points": 2025 dates the bond, not the rise); a participle on the moved thing itself ("sales
    recorded in March fell 5%") may date the figure, so it stays a candidate."""
    for anc in (tok, *tok.ancestors):
        if anc.dep_ == "acl" and anc.pos_ == "VERB" and anc.tag_ in ("VBG", "VBN"):
            lo, hi = anc.left_edge.idx, anc.right_edge.idx + len(anc.right_edge.text)
            return not (lo <= start and end <= hi) and anc.head.dep_ == "pobj" and anc.head.head.dep_ == "prep" \
                and anc.head.head.head.pos_ in ("NOUN", "PROPN")
        if anc.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "ROOT"):
            return False
    return False


def _clause_of(tok: Token, start: int, end: int) -> bool:
    """The time is the antecedent of a relative clause ("when", "in which") that holds the change's words."""
    return any(c.dep_ == "relcl" and c.left_edge.idx <= start and end <= c.right_edge.idx + len(c.right_edge.text)
               for c in tok.children)


def change_time_keep(start: int, end: int, exclude: tuple[int, int, str] | None) -> Callable[[Span], bool]:
    """A test on a time's span for ``context.time_for``: may it be the change at [start, end)'s own?"""
    own_from = not_the_from_time(exclude) if exclude is not None else None

    def keep(sp: Span) -> bool:
        if record_reference(sp) or (own_from is not None and not own_from(sp)):
            return False
        if start <= sp.start_char < end:
            return True  # a time inside the change's own words ("rose in June to ...") is its own
        root = sp.root
        if _clause_of(root, start, end):
            return True  # "up from the third quarter, when it fell 3.0%": the time the change's clause hangs on
        return not (_base_from(sp, start, end) or _other_relcl(root, start, end)
                    or _nested_participle(root, start, end))
    return keep
