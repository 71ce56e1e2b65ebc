"""Figures a walk up the parse reaches through a preposition of movement that are still no side of the move
(issue 17, round 34):

* "surged to a six-seat victory": a count hyphened to a noun of a contest's result (data/change_level_nouns.tsv,
  ``outcome``) is the margin of the win, not the level reached;
* "surged to victory over the rival's 24 seats", "rose above the bank's 2% target": a figure in a noun phrase of
  its own (a determiner or possessor before it) under "over"/"above"/"below"/"under"/"beyond" is what the move is
  measured against; right after the preposition ("rose to over 20 percent") the word is the figure's hedge;
* "declining at a rate of 3,000 feet per minute": a figure per unit of time is the pace of the move, no level;
* "fell 6,706 metres (22,000ft)": a figure in brackets right after another restates it in other units, so it is
  no second move.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["outcome_margin", "measured_against", "pace_of_move", "bracket_restatement"]

_AGAINST = frozenset({"over", "above", "below", "under", "beyond"})
_PACE_NOUNS = frozenset({"rate", "pace", "speed"})
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
# "(22,000ft)", "( about 10 feet )": an open bracket right before the figure, a close bracket soon after it
_OPEN_BEFORE = re.compile(r"\(\s*(?:about|some|around|nearly|roughly)?\s*$", re.I)
_CLOSE_AFTER = re.compile(r"\s*[a-zA-Z.]{0,12}\s*\)")
# between the figure before and the bracket: at most one word (its unit: "metres", "ft", "million")
_UNIT_GAP = re.compile(r"\s*[a-zA-Z.]{0,12}\s*$")


@lru_cache(maxsize=1)
def _outcome_nouns() -> frozenset[str]:
    return frozenset(w.strip().lower() for row in read_tsv("change_level_nouns.tsv") if row[0] == "outcome"
                     for w in row[1].split("|"))


def outcome_margin(root: Token) -> bool:
    """``root`` (a figure) is hyphened to a noun that modifies a noun of a contest's result: "a six-seat
    victory", "a 10-point win"."""
    doc, i = root.doc, root.i
    if i + 2 >= len(doc) or doc[i + 1].text not in ("-", "–") or root.whitespace_:
        return False
    unit = doc[i + 2]
    return unit.head.i != unit.i and unit.head.i > unit.i and unit.head.lemma_.lower() in _outcome_nouns()


def measured_against(cur: Token, root: Token) -> bool:
    """``cur`` is an "over"/"above"/... preposition whose object phrase holds ``root`` after a determiner or a
    possessor of its own ("over the Zionist Camp's 24 seats"), so the figure is a standard of comparison."""
    if cur.dep_ != "prep" or cur.lower_ not in _AGAINST or not cur.i < root.i:
        return False
    return any(t.dep_ in ("det", "poss") and cur.i < t.i < root.i for t in cur.subtree)


def pace_of_move(child: Token, root: Token) -> bool:
    """``child`` is the "at" of "at a rate of 3,000 feet per minute": a figure per unit of time under a noun of
    pace is how fast the figure moved, no level it reached (a percent rate stays the move's size)."""
    if child.lower_ != "at" or not any(c.dep_ == "pobj" and c.lemma_.lower() in _PACE_NOUNS for c in child.children):
        return False
    after = root.doc[root.i + 1 : root.i + 5]
    return any(t.lower_ in ("per", "a", "an", "each") and t.i + 1 < len(root.doc)
               and root.doc[t.i + 1].lemma_.lower() in _TIME_UNITS for t in after)


def bracket_restatement(text: str, start: int, end: int, prev_end: int | None) -> bool:
    """The figure at [start, end) sits alone in brackets right after the figure that ends at ``prev_end`` (with at
    most its unit between): a conversion of that figure ("6,706 metres (22,000ft)")."""
    if prev_end is None or prev_end > start:
        return False
    gap = text[prev_end:start]
    k = gap.rfind("(")
    if k < 0 or not _OPEN_BEFORE.search(gap[k:]) or not _UNIT_GAP.fullmatch(gap[:k]):
        return False
    return _CLOSE_AFTER.match(text, end) is not None
