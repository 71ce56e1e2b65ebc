"""A size and a level told around "up"/"down" or a verb that moves a figure only with both (round 16b).

* ``up_down_role``: the role a figure plays on "up"/"down" ("down from nearly 900", "down $1.33 to $42.12");
* ``sized_way``: "ended down $1.33 to $42.12", "were down 25% from a year earlier to 1.4bn rupees", "closed up
  23 points to 4,812": "up"/"down" with a size and then a "to" level is a move (no verb of movement needed: the
  r14 guidelines keep "X down N% to Y"); without the level ("was up 4%", "closed up $2.80 at $51.15") it stays out;
* ``way_of_level``: the "to" the parse hangs on the verb ("closed") rather than on its "up"/"down";
* ``sized_loss``: "lost 2.5% to 270 yen": "lose" moves a figure when it has a size and then a "to" level
  ("lost $2m to fraud", "lost 3-1 to Chelsea" have no level);
* ``particle_to``: "went up to 5.5% from 5.4%": the parse hangs "up to" on the figure (as the hedge "up to 20");
  after a verb the particle moves, it is the way and the level;
* ``half_of_period``: "in the second half of 2004", "in the first half": a part of a period, not "in half".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from .levels import SENDING, sent_way, up_since

__all__ = ["half_of_period", "own_object_to", "particle_level", "particle_to", "sent_adv", "sized_loss", "sized_way", "own_level", "up_down_role", "way_of_level", "with_way"]

_UP_DOWN = frozenset({"up", "down"})
# words that make "half" a part of a period ("the second half of 2004", "the latter half"), not a fraction moved
_PART_WORDS = frozenset({"first", "second", "latter", "last", "other", "final", "early", "late", "earlier", "later"})


def _digits(tok: Token) -> bool:
    return any(ch.isdigit() for t in tok.subtree for ch in t.text)


def _percent(tok: Token) -> bool:
    return any(t.lower_ in ("%", "percent") for t in tok.subtree)


def _level_to(size: Token, hosts: tuple[Token, ...], after: int) -> Token | None:
    """The first "to" after ``size`` hung on one of ``hosts`` whose object holds a figure, not right after
    position ``after`` ("up to 20" is a hedge); two percents side by side ("up 5% to 10%") are a range of rates."""
    for host in hosts:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ == "to" and c.i > size.i and c.i > after + 1 and any(
                    g.dep_ == "pobj" and _digits(g) for g in c.children):
                if c.i == size.right_edge.i + 1 and _percent(size) and any(_percent(g) for g in c.children):
                    return None
                return c
    return None


def sized_way(adv: Token) -> Token | None:
    """The "to" of a level after "up"/"down" and its size ("down $1.33 to $42.12", "down 25% from the previous
    year to 1.4bn rupees", "closed up 23 points to 4,812"), else None."""
    if adv.lower_ not in _UP_DOWN or adv.pos_ not in ("ADV", "ADP"):
        return None
    size = next((c for c in adv.children if c.dep_ == "npadvmod" and c.i > adv.i and _digits(c)), None)
    if size is None:
        return None
    froms = tuple(c for c in adv.children if c.dep_ == "prep" and c.lower_ == "from")
    return _level_to(size, (adv, *froms, adv.head), adv.i)


def way_of_level(verb: Token, to: Token) -> Token | None:
    """"closed up 23 points to 4,812": the parse hangs the "to" on the verb; the "up"/"down" before it, with its
    size, is the move the level belongs to."""
    if to.dep_ != "prep" or to.lower_ != "to" or to.head.i != verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "advmod" and c.i < to.i and sized_way(c) is not None
                 and sized_way(c).i == to.i), None)  # type: ignore[union-attr]


def sized_loss(verb: Token) -> bool:
    """"Nippon Steel lost 2.5% to 270 yen", "lost 40 cents to $18.20": "lose" with a bare size and then a "to"
    that holds a figure."""
    if verb.pos_ != "VERB" or (verb.lemma_.lower() or verb.lower_) != "lose":
        return False
    size = next((c for c in verb.children if c.dep_ in ("npadvmod", "dobj") and c.i > verb.i and _digits(c)), None)
    return size is not None and _level_to(size, (verb,), verb.i) is not None


def particle_to(tok: Token, pairs: frozenset[tuple[str, str]]) -> str | None:
    """"went up to 5.5%": "up"/"down" and "to" right after a verb whose particle moves it (``pairs``), hung by the
    parse on the figure that follows: the direction; None otherwise."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or tok.pos_ != "VERB":
        return None
    way, to, fig = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    if way.lower_ not in _UP_DOWN or to.lower_ != "to" or not (fig.like_num or fig.text[:1].isdigit() or fig.is_currency):
        return None
    if way.head.i == tok.i or ((tok.lemma_.lower() or tok.lower_), way.lower_) not in pairs:
        return None  # (a particle hung on the verb is read by the caller's own test)
    return "increase" if way.lower_ == "up" else "decrease"


def half_of_period(half: Token) -> bool:
    """"in the second half of 2004", "in the first half", "in half of the cases": not "cut in half"."""
    return any(c.lower_ in _PART_WORDS or (c.dep_ == "prep" and c.lower_ == "of") for c in half.children)


def up_down_role(adv: Token, prep: str | None, child_dep: str, kind: str,
                 direction: Callable[[Token], str | None]) -> tuple[str, Token] | None:
    """"down from nearly 900": the from-side; "down to $1.2196" with no verb of movement above: where it went
    ("up to" is a hedge, never a target, unless a size stands between: "up 8% to £91m"). A bare "was up 2
    percent" is left out, as the annotation rules do (a change needs a verb of movement or a level after "to")."""
    if prep == "from":
        return "from", adv
    if prep == "to" and adv.lower_ == "down" and direction(adv.head) is None:
        return "to", adv
    if direction(adv.head) is None and sized_way(adv) is not None:
        # "ended down $1.33 to $42.12", "were up 8% to £91m": the size, then the level after it (under a verb of
        # movement, "rose 12%, up 1,600 to 14,900", the verb's own move takes them)
        if prep == "to":
            return "to", adv
        if prep is None and child_dep == "npadvmod":
            return ("pct" if kind == "percent" else "delta"), adv
    if prep is None and child_dep == "npadvmod" and (verb := _level_verb(adv, direction)) is not None:
        return ("pct" if kind == "percent" else "delta"), verb  # "fell to 412 yen, down 3.1%": the move's size
    if prep is None and child_dep == "npadvmod" and kind == "percent" and up_since(adv) and adv.dep_ == "advmod" \
            and adv.head.pos_ == "NOUN" and adv.head.i < adv.i:
        # "30.1bn rupees, up 27% from the same 2004 period": how far the figure before it moved since a stated
        # time ("sales were up 5% from a year earlier", with no level, stays out as a bare "was up")
        return "pct", adv
    if prep is None and child_dep in ("npadvmod", "pobj") and sent_adv(adv):
        # "the ruling sent Reynolds shares up 4.5%": a verb that moves its object, with the way it went; a
        # bare "shares were up 4.5%" still has no verb of movement. The verb is the trigger when it holds the
        # way itself, so a "to 340p" it carries joins the same move ("down" may be parsed as a preposition)
        return ("pct" if kind == "percent" else "delta"), (adv.head if sent_way(adv.head) else adv)
    return None


def _level_verb(adv: Token, direction: Callable[[Token], str | None]) -> Token | None:
    """"fell to 412 yen, down 3.1%": "up"/"down" set off after the level a verb of movement reached, the same way
    as the verb, sizes that verb's move; returns the verb."""
    level = adv.head
    if adv.dep_ != "advmod" or level.dep_ != "pobj" or level.head.lower_ != "to" or level.i > adv.i \
            or adv.i == 0 or adv.doc[adv.i - 1].text != ",":
        return None
    verb = level.head.head
    way = "increase" if adv.lower_ == "up" else "decrease"
    return verb if verb.pos_ == "VERB" and direction(verb) == way else None


def sent_adv(adv: Token) -> bool:
    """``adv`` ("up"/"down") says where a causative verb of SENDING moved its object: it hangs on the verb, or
    on the verb's object (or on a second object coordinated with it: "sent X up 4.5% and Y up 5.1%")."""
    head = adv.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # the parse may tag the second object a verb ("and Altria shares up 5.11%")
    if head.lemma_.lower() in SENDING:
        return head.pos_ == "VERB"
    return head.dep_ == "dobj" and head.head.lemma_.lower() in SENDING


_WAY_TO = re.compile(r"[ \t]+(?:up|down)[ \t]+to[ \t]+$", re.I)


def particle_level(text: str, trig: Token, start: int) -> bool:
    """The figure at ``start`` follows "went up to" right after its trigger: the level, not the size."""
    from .changes import particle_verbs  # (changes imports this module: its data file's pairs, read when asked)

    end = trig.idx + len(trig.text)
    return 0 < start - end <= 12 and bool(_WAY_TO.fullmatch(text, end, start)) \
        and particle_to(trig, particle_verbs()) is not None


def own_object_to(verb: Token, child: Token) -> bool:
    """"Sales declined ..., pushing the deficit to a record $12bn": a participle with an object of its own
    takes the "to" of that object (reached through ``child``); the level is no level of the verb above."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    if child.dep_ == "dobj":
        return True  # "fuelling a rise in the deficit - ... - to a record $29.4bn": the "to" hangs in the object
    return child.dep_ == "prep" and child.lower_ == "to" and any(
        c.dep_ == "dobj" and c.i < child.i and not _digits(c) for c in verb.children)


def with_way(adv: Token) -> bool:
    """"Nippon Steel lost 2.5% to 270 yen, with rival JFE down 3.4%": the parse hangs the "down" of the "with"
    phrase's noun on the verb; it is that noun's bare "was down", no move of the verb (the r14 guidelines leave a
    bare "down 3.4%" out)."""
    head = adv.head
    return adv.dep_ == "advmod" and any(c.dep_ == "prep" and c.lower_ == "with" and head.i < c.i < adv.i
                                        for c in head.children)


def own_level(verb: Token, fig: Token) -> bool:
    """The "to" that holds ``fig`` hangs on ``verb`` itself: "lost 25% to 1.90 before rallying to 2.20" gives
    "lose" only its own level (a "to" of another verb, "rallying", is that verb's)."""
    t = fig
    while t.head.i != t.i and not (t.dep_ == "prep" and t.lower_ == "to"):
        t = t.head
    return t.dep_ == "prep" and t.lower_ == "to" and t.head.i == verb.i
