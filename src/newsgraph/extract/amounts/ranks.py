"""Moves up and down a rank are no changes (round 26, issue 17, item 6).

A chart position, a place in a table, a rating's notch or a tax band is an order, not a quantity: "moved up three
places to number two", "lifted the rating by one notch", "slipped to six in the chart" tell no series' move, and
their figures ("three", "one", "six") are steps or places. A change draft is a rank's when one of its figures
counts a step noun of data/change_ranks.tsv as the size of the move, when its verb moves to a numbered or ordinal
place ("to number two", "to third"), or when its figures are bare numbers in a sentence that names a chart or
standings. A noun of the step list is "added 40 places at the school" is
a step only as the size of the move: "cut 500 places", "added 1,000 spots" keep their change)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import words_by_kind
from .changes import ChangeDraft

__all__ = ["rank_change"]

_TABLE = "change_ranks.tsv"


def _words(kind: str) -> frozenset[str]:
    return words_by_kind(_TABLE).get(kind, frozenset())


def _figure_token(doc: Doc, a: dict[str, Any]) -> Token | None:
    sp = doc.char_span(a["start"], a["end"], alignment_mode="expand")
    return sp[-1] if sp is not None and len(sp) else None


def _counts_steps(tok: Token, trigger: Token) -> bool:
    """"by one notch", "climbed three places": the figure counts a step noun that sizes the move."""
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if noun is None or noun.lower_ not in _words("step") or noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "by":
        return True  # "lifted the rating by one notch", "re-valued upwards by at least one band"
    if noun.head.i != trigger.i:
        return False
    return noun.dep_ == "npadvmod" or (noun.dep_ == "dobj" and trigger.lemma_.lower() in _words("motion"))


def _to_a_place(trigger: Token) -> bool:
    """The move ends at a numbered or ordinal place: "to number two", "to No 3", "to third"."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ in _words("label") and any(c.like_num for c in obj.children):
                return True
            if obj.ent_type_ == "ORDINAL":
                return True
    return False


def _bare(tok: Token, a: dict[str, Any]) -> bool:
    """A count written as a number alone, no unit and no noun after it."""
    if a.get("dimension") not in (None, "count") or a.get("unit") or a.get("currency"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")


def rank_change(dr: ChangeDraft, amounts: list[dict[str, Any]]) -> bool:
    """The draft moves a rank, not a quantity (see the module's docstring)."""
    trig = dr.trigger
    if trig is None:
        return False
    doc = trig.doc
    figures = [(a, _figure_token(doc, a)) for a in (amounts[i] for i, _r in dr.members)]
    toks = [(a, t) for a, t in figures if t is not None]
    if any(_counts_steps(t, trig) for _a, t in toks):
        return True
    if _to_a_place(trig):
        return True
    board = any(t.lower_ in _words("board") for t in trig.sent)
    return board and bool(toks) and all(_bare(t, a) for a, t in toks)
