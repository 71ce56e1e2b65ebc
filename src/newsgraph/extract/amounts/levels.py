"""Where a move left a figure, and moves told by words that move a figure only in one use.

* ``level_hosts``: the tokens whose figure is the level a movement noun (or "up"/"down") brought it to ("X represents
  a cut of Y", "stands at X after a 0.8% rise", "X, up 27% from the same period");
* ``up_since``: "up"/"down" with a "from" that names a time, not a figure;
* ``weight_move``: "lost about 22 pounds", "putting on 2kg": verbs that move a weight only with a figure of mass;
* ``sent_way``: "sent shares in X up 8.5p to 113.5p": a causative verb that moves its object the way its particle says;
* ``allotted``: "providing an extra £1bn for local councils": a sum given for a purpose, no move of a figure;
* ``to_after_way``: "rose 17%, up 23,600 to 27,700": a "to" that follows "up"/"down" and its size is the level reached;
* ``growth_rate``: "an annual growth rate of 8%": the noun of growth a rate is named by (round 16);
* ``object_move``: "posted a 7% rise in profits to £1.2bn": the movement noun a verb's "to" gives its level (round 16).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["allotted", "bullet_move", "growth_rate", "object_move", "level_hosts", "sent_way", "to_after_way", "up_since", "weight_move"]

_UP_DOWN = frozenset({"up", "down"})
# verbs whose subject or attribute is the level a movement noun names ("X represents a cut of Y")
_LEVEL_VERBS = frozenset({"be", "represent", "mark"})
# verbs that put a figure at a level with "at" ("stands at", "closed at"), before "after a N% rise"
_AT_LEVEL = frozenset({"stand", "close", "end", "finish", "settle", "be"})
# causative verbs that move their object "up"/"down" ("sent its shares up 6%", "the news sent shares up 8.5p")
SENDING = frozenset({"send"})


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


def sent_way(verb: Token) -> str | None:
    """"The news sent shares in GW Pharma up 8.5p, or 8.1%, to 113.5p": a verb of _SENDING whose particle
    "up"/"down" follows its object moves that object; its bare figure is the size, its "to" the level. The object
    must carry no figure of its own: "sent 500 troops up to the border" moves troops, it changes no figure."""
    if _lemma(verb) not in SENDING or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(t.like_num for t in obj.subtree):
        return None
    way = next((c.lower_ for c in verb.children if c.lower_ in _UP_DOWN and c.dep_ in ("prt", "advmod", "prep")
                and c.i > obj.i), None)
    return None if way is None else "increase" if way == "up" else "decrease"


def to_after_way(to: Token) -> bool:
    """"rose by 17% ..., up 23,600 to 27,700": the "to" hangs on "up"/"down" after a figure, which is how far the
    figure moved, and the "to" names the level it reached (the text alone reads "23,600 to 27,700" as a range).
    "up to 20" (the "to" right after the adverb) is a hedge, never this; two percents ("up 5% to 10%") are as
    often a range of rates, so they stay one."""
    adv = to.head
    if not (to.dep_ == "prep" and adv.lower_ in _UP_DOWN and adv.pos_ in ("ADV", "ADP") and adv.i < to.i - 1):
        return False
    size = next((c for c in adv.children if c.dep_ == "npadvmod" and adv.i < c.i < to.i
                 and any(ch.isdigit() for t in c.subtree for ch in t.text)), None)
    return size is not None and not (_percent(size) and any(_percent(g) for g in to.children))


def _percent(tok: Token) -> bool:
    return any(t.lower_ in ("%", "percent") for t in tok.subtree)


_SPAN_NOUNS = frozenset({"year", "month", "week", "day", "decade", "period", "quarter", "time"})


def allotted(verb: Token, hosts: tuple[Token, ...], verbs: frozenset[str]) -> bool:
    """"the chancellor was providing an extra £1bn for local councils": extra money that a verb of giving
    (data/change_additions.tsv, row ``allot``) hands over "for" a purpose is a sum allotted, not the rise of a
    figure the text states; a "for" of time ("for the next three years") names no purpose."""
    if _lemma(verb) not in verbs:
        return False
    for host in (verb, *hosts):
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ == "for" and any(
                    g.dep_ == "pobj" and g.lemma_.lower() not in _SPAN_NOUNS and g.ent_type_ not in ("DATE", "TIME")
                    for g in c.children):
                return True
    return False


@lru_cache(maxsize=1)
def _growth_nouns() -> frozenset[str]:
    """data/change_verbs.tsv row ``rate`` (growth, expansion)."""
    return frozenset(w.strip().lower() for row in read_tsv("change_verbs.tsv") if row[0] == "rate"
                     for w in row[1].split("|"))


_RATE_HEADS = frozenset({"rate", "pace"})


def growth_rate(noun: Token, kind: str, direction: Callable[[Token], str | None]) -> Token | None:
    """"an annual growth rate of 8%", "an expansion rate of 3%": a rate or pace named by a noun of growth whose
    "of" gives it a percent is that growth's size (as "growth of 8%"); returns the noun of growth. A rate named
    otherwise ("a tax rate of 8%", "an interest rate of 5%") is a level, no move."""
    if kind != "percent" or _lemma(noun) not in _RATE_HEADS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "to", "at", "by") and direction(noun.head.head) is not None:
        return None  # "tumbled from an annual expansion rate of 8.1 percent to 4.5": the rate's level, moved
    return next((c for c in noun.children if c.dep_ in ("compound", "amod") and _lemma(c) in _growth_nouns()), None)


# verbs whose "to" names who receives ("gave a 5% rise to 300 staff", "offered a pay increase to 2,000 nurses")
_GIVING = frozenset({"give", "offer", "award", "grant", "pay", "hand", "extend", "deliver", "pass", "send", "sell",
                     "apply", "propose", "suggest", "recommend", "add", "bring", "promise", "owe"})


def object_move(verb: Token, child: Token, direction: Callable[[Token], str | None]) -> Token | None:
    """"posted a 7% rise in profits to £1.2bn", "reported a 15% jump in sales to $2bn": the parse hangs the "to"
    on the verb that reports the move; the level is the movement noun's, the verb's object (``direction`` says
    which nouns move), when that noun has no "to" of its own and the "to" follows it."""
    if verb.pos_ != "VERB" or child.dep_ != "prep" or child.lower_ != "to" or _lemma(verb) in _GIVING:
        return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < child.i and direction(c) in ("increase", "decrease") \
                and not any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children):
            return c
    return None


# Bullet marks that may open a line of a list before its first word
_BULLETS = frozenset({"-", "*", "•", "–", "—"})


def bullet_move(noun: Token, child: Token, direction: Callable[[Token], str | None]) -> Token | None:
    """"- Increased spending on health to 102.8bn rupees", "- Reduced corporate tax rates to 30%": a Budget's
    list of measures opens each line with a participle the tagger reads as the noun's adjective, and hangs the
    "to"/"by" on the noun; the participle is the move, its level or size the figure (round 17, the r14
    guidelines: a Budget's measures are decisions reported). Only at the start of a line, so "increased
    spending on health" inside a sentence stays a named move."""
    if noun.pos_ != "NOUN" or child.dep_ != "prep" or child.lower_ not in ("to", "by"):
        return None
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i and c.tag_ in ("VBN", "VBD") and direction(c) in ("increase", "decrease") \
                and _opens_line(c):
            return c
    return None


def _opens_line(tok: Token) -> bool:
    doc, i = tok.doc, tok.i - 1
    while i >= 0 and doc[i].text in _BULLETS:
        i -= 1
    return i < 0 or doc[i].is_space or doc[i].text_with_ws.endswith("\n")

