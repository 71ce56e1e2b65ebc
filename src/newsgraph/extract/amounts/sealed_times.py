"""Times of a sentence that cannot govern a figure, because they sit in a clause the figure is no part of (round
23's independent review, issue 17, item 4):

* a time inside a clausal complement ("Two people briefed on the talks said [Trump has decided ... a scheduled
  Dec. 15 imposition ...]"): what was said is dated, not the people who said it;
* a time inside a clause that modifies a noun of another, coordinated clause ("eliminate the 15% tariffs ...
  imposed on Sept. 1, as well as provide relief from the 25% tariffs imposed on an earlier list": Sept. 1 dates
  the first tariffs, not the 25%). A modifier of a noun in the figure's own clause or in a clause above or below
  it still dates it ("500 troops sent in 2014", "ten died when a fire broke out at a plant built on a hill on
  Sunday", "said in a statement released Tuesday that 14 targets were hit");
* a time after "since" that a superlative's phrase hangs on ("its biggest rise since June 6, 2008", "the lowest
  level since 1985", "for the first time since 2009"): it dates the record the figure is set against, not the
  figure (round 32; :func:`record_reference`, also asked for a change's own time);
* a bare year written as a modifier of a noun that is not the figure's ("a stadium built for the 1998 World Cup
  holds 60,000 people", "sanctions under the 2015 deal have cost 300 jobs"): it names the event or accord, and
  dates the figure only when that noun is an argument of the figure's own verb ("won 332 votes in the 2012
  election", "the 2014 war killed 2,200 people") or the figure sits inside the noun's phrase (round 34,
  :func:`named_year`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .governing_times import not_governing
from .modifier_years import modifier_year

__all__ = ["figure_time_keep", "named_year", "record_reference"]

_MODIFIER_CLAUSES = frozenset({"acl", "relcl"})
# words that make a noun phrase a record against the past besides superlatives (tagged JJS/RBS)
_RECORD_WORDS = frozenset({"first", "best", "worst", "most", "least"})
_REACH_VERBS = frozenset({"dating", "going", "stretching", "reaching"})  # "... on record dating back to 1988"
_RECORD_REACH = 6  # how many words before "since" the superlative may stand ("its sharpest one-day percentage gain")


def record_reference(sp: Span) -> bool:
    """The time follows "since" (in or just before its span; or "dating back to") and a superlative or "first" stands in the few words
    before that "since" with no verb or punctuation between: "its biggest point rise since June 6, 2008". ("has
    risen 20% since March" has the verb first, so March stays the start of the rise.)"""
    doc = sp.doc
    at = sp.start if sp[0].lower_ == "since" else sp.start - 1
    if at >= 2 and doc[at].lower_ == "to" and doc[at - 1].lower_ == "back" and doc[at - 2].lower_ in _REACH_VERBS:
        at -= 2  # "its sharpest gain on record dating back to 1988": the record's reach, read as "since"
    elif at < 0 or doc[at].lower_ != "since":
        return False
    for tok in reversed(doc[max(sp.sent.start, at - _RECORD_REACH) : at]):
        if tok.tag_ in ("JJS", "RBS") or tok.lower_ in _RECORD_WORDS:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct:
            return False
    return False


def figure_time_keep(doc: Doc, start: int, end: int) -> Callable[[Span], bool] | None:
    """A test on a time's span for ``context.time_for`` (True: the time may govern the figure at characters
    [start, end)); None on an unparsed doc or a figure whose tokens do not align."""
    if not doc.has_annotation("DEP"):
        return None
    fig = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if fig is None or not len(fig):
        return None
    root = fig.root

    def keep(sp: Span) -> bool:
        # a year naming the figure's own noun (r34-times) or another noun's event (r34-amt) dates neither
        # and a time of another clause, a "since" start, a range's first end, another figure's (round 35)
        return (not _sealed(sp.root, root) and not record_reference(sp) and not modifier_year(sp, root)
                and not named_year(sp, root) and not not_governing(sp, fig))
    return keep


_YEAR_MODS = frozenset({"nummod", "compound", "amod", "nmod"})
_UP_CHAIN = frozenset({"compound", "pobj", "prep", "conj", "pcomp"})  # a noun's way up to what its phrase hangs on


def named_year(sp: Span, fig: Token) -> bool:
    """``sp`` is a bare year before a noun ("the 1998 World Cup") whose phrase hangs on another noun, or on a verb
    that is not the one the figure ``fig`` depends on: it dates that event, not the figure."""
    year = sp[0]
    if len(sp) != 1 or not re.fullmatch(r"\d{4}", year.text) or year.dep_ not in _YEAR_MODS:
        return False
    noun = year.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i <= year.i or noun.left_edge.i <= fig.i <= noun.right_edge.i:
        return False
    cur = noun
    for _ in range(16):
        if cur.dep_ not in _UP_CHAIN or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.i != noun.i and cur.pos_ in ("NOUN", "PROPN", "PRON"):
        return not cur.left_edge.i <= fig.i <= cur.right_edge.i  # the year's phrase modifies another noun
    verb = cur if cur.pos_ in ("VERB", "AUX") else cur.head
    return verb.i != _governor(fig).i


def _governor(tok: Token) -> Token:
    """The first verb above ``tok`` (itself when it is one; the root when none is)."""
    cur = tok
    for _ in range(64):
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _sealed(tok: Token, fig: Token) -> bool:
    """``tok`` (a time) lies in a complement or a modifier clause that holds no part of the figure ``fig`` and,
    for a modifier, that stands in another conjunct of a coordination than the figure."""
    cur = tok
    for _ in range(64):  # a parse is a tree, but never trust a bad one to terminate
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" or cur.dep_ in _MODIFIER_CLAUSES:
            inside = cur.left_edge.i <= fig.i <= cur.right_edge.i
            if inside:
                return False
            if cur.dep_ == "ccomp" or _other_conjuncts(tok, fig):
                return True
        cur = cur.head
    return False


def _path_up(tok: Token) -> list[Token]:
    path = [tok]
    for _ in range(64):
        if path[-1].head.i == path[-1].i:
            break
        path.append(path[-1].head)
    return path


def _other_conjuncts(a: Token, b: Token) -> bool:
    """``a`` and ``b`` meet only above a coordination of clauses: the way up from one to where they meet passes
    a coordinated verb."""
    up_a, up_b = _path_up(a), _path_up(b)
    on_b = {t.i for t in up_b}
    meet = next((t for t in up_a if t.i in on_b), None)
    if meet is None:
        return False
    for path in (up_a, up_b):
        for t in path:
            if t.i == meet.i:
                break
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
                return True
    return False
