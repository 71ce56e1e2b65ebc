"""Where a move left a figure, and moves told by words that move a figure only in one use.

* ``level_hosts``: the tokens whose figure is the level a movement noun (or "up"/"down") brought it to ("X represents
  a cut of Y", "stands at X after a 0.8% rise", "X, up 27% from the same period");
* ``up_since``: "up"/"down" with a "from" that names a time, not a figure;
* ``weight_move``: "lost about 22 pounds", "putting on 2kg": verbs that move a weight only with a figure of mass.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["level_hosts", "up_since", "weight_move"]

_UP_DOWN = frozenset({"up", "down"})
# verbs whose subject or attribute is the level a movement noun names ("X represents a cut of Y")
_LEVEL_VERBS = frozenset({"be", "represent", "mark"})
# verbs that put a figure at a level with "at" ("stands at", "closed at"), before "after a N% rise"
_AT_LEVEL = frozenset({"stand", "close", "end", "finish", "settle", "be"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower() or tok.lower_


_SINCE_NOUNS = frozenset({"period", "year", "quarter", "month", "week", "time", "day", "season", "half"})


def up_since(adv: Token) -> bool:
    """"up 27% from the same 2004 period", "down 3% from a year earlier": "up"/"down" with a "from" that names a
    time, not a figure, is how far a figure moved since then (a bare "was up 2 percent" is still no move)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in _SINCE_NOUNS or g.ent_type_ == "DATE") and not g.like_num
        for g in c.children) for c in adv.children)


@lru_cache(maxsize=1)
def _weight_rows() -> dict[str, frozenset[str]]:
    """data/change_verbs.tsv rows ``weight_decrease``, ``weight_increase`` (verbs, "put on" as verb and particle)
    and ``weight_unit`` (words of mass)."""
    return {row[0]: frozenset(w.strip().lower() for w in row[1].split("|")) for row in read_tsv("change_verbs.tsv")
            if row[0].startswith("weight")}


def weight_move(tok: Token) -> str | None:
    """"lost about 22 pounds", "putting on 2kg": a verb that moves a weight only with a figure of mass as its
    object (no currency sign in it: "lost £22m" is money)."""
    rows = _weight_rows()
    words = {_lemma(tok)} | {f"{_lemma(tok)} {c.lower_}" for c in tok.children if c.dep_ in ("prt", "prep")
                             and c.i == tok.i + 1}
    way = "decrease" if words & rows["weight_decrease"] else "increase" if words & rows["weight_increase"] else None
    if way is None:
        return None
    for c in tok.children:
        if c.dep_ == "dobj" and c.lower_ in rows["weight_unit"] and any(t.like_num for t in c.subtree) \
                and not any(t.pos_ == "SYM" or t.tag_ == "$" for t in c.subtree):
            return way
    return None


def level_hosts(trig: Token) -> list[Token]:
    """The tokens whose figure is the level a movement noun (or "up"/"down") says the figure moved to."""
    if trig.pos_ == "ADV" and trig.lower_ in _UP_DOWN and trig.dep_ == "advmod" and trig.head.pos_ == "NOUN" \
            and trig.head.i < trig.i and up_since(trig):
        return [trig.head]  # "sales were 30.1bn rupees, up 27% from the same 2004 period"
    if trig.pos_ != "NOUN":
        return []
    if trig.dep_ == "appos":
        return [trig.head]
    if trig.dep_ in ("attr", "dobj", "dep", "npadvmod") and trig.head.lemma_.lower() in _LEVEL_VERBS:
        # "X represents a cut of Y"; "there were X complaints, a 30 percent increase" (parsed as a loose dep)
        return [c for c in trig.head.children if c.dep_ in ("nsubj", "attr") and c.i < trig.i]
    if trig.dep_ == "pobj" and trig.head.lower_ == "after" and trig.head.head.lemma_.lower() in _AT_LEVEL:
        # "now stands at £163,748 after a 0.8% rise", "closed at 10,500 after a 2% fall": the level the move
        # left the figure at
        return [g for c in trig.head.head.children if c.dep_ == "prep" and c.lower_ == "at" and c.i < trig.i
                for g in c.children if g.dep_ == "pobj"]
    return []
