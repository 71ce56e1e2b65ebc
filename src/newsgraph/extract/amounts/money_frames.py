"""What a sum of money is, read from the frame around it where the sum has no noun of its own (round 26, issue 17).

BBC business tune ranks 96-115 and entertainment 51-70 (round 26) left most sums without object; the classes:

* the verb the sum is the object of says what it is (data/amount_money_verbs.tsv): "plans to invest $1.9bn" an
  investment, "raised $12.9bn" funds, "sold its arm to Metlife for $11.5bn" a
  price; a superlative frame between them ("fined a record $550,000") is passed over (a fine);
* "profits of between £415m and £425m": the noun before "of" (a range's first sum; its second is a conjunct);
* "recordings valued at between $30,000 and $50,000": the noun a participle of valuing modifies;
* "the tour's £5m ($9.3m) costs": a conversion in brackets cuts the sum from its noun, read on the surface, when
  that noun is a sum itself (data/amount_money_nouns.tsv);
* a conversion in brackets, or a list of them ("30bn baht (£398m; $768m)"), is the same sum: one object for all.

Tried and dropped: "investment worth $10bn" (the noun "worth" modifies, even only a noun of sums) and "will spend
about $1bn" (spending): each made one amount of the amounts_news check set differ from its gold.

A noun that names no countable thing (record.canonical_object None), a noun of change ("a rise of $5m": the rise's
object is read by the change rules) or a name is never taken: a sum without object beats a wrong one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from ...record import canonical_object
from .moved_things import MOVE_NOUNS
from .objects import NOT_MONEY_NOUNS, object_phrase
from .valued_at import valued_verbs

__all__ = ["frame_object", "share_conversions"]

_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd", "nummod", "appos"})
# the words a sum's first token may hang on inside its own phrase ("$" "1bn" "about" "between")
_INNER_DEPS = frozenset({"nmod", "quantmod", "nummod", "compound", "advmod"})


@lru_cache(maxsize=1)
def _money_nouns() -> frozenset[str]:
    return frozenset(w.strip().lower() for r in read_tsv("amount_money_nouns.tsv") for w in r[0].split("|"))


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in read_tsv("amount_money_verbs.tsv")}


def frame_object(doc: Doc, text: str, span: Span, root: Token, end: int) -> str | None:
    """The object a sum without one takes from its frame (see the module), or None."""
    root = _first_of_range(span, root)
    found = _by_verb(root) or _of_noun(root) or _valued_noun(root) or _after_brackets(doc, text, end)
    return found if found is not None and canonical_object(found) is not None else None


def _first_of_range(span: Span, root: Token) -> Token:
    """"between $30,000 and $50,000": the second sum is a conjunct of the first, which carries the frame; in a
    range read as one figure ("of between £415m and £425m") the parse may make the second a conjunct of the noun,
    and the first sum's token that hangs outside the range carries it."""
    while root.dep_ == "conj" and root.head.i < root.i and root.head.like_num:
        root = root.head
    if root.dep_ in ("conj", "cc"):
        root = next((t for t in span if t.head.i < span.start and t.dep_ == "pobj"), root)
    return root


def _taken(noun: Token | None) -> str | None:
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in MOVE_NOUNS or \
            noun.lower_ in NOT_MONEY_NOUNS:
        # a level, an average, a total, a noun of approximation, price or promise ("an average of £340", "in the
        # area of £2bn", "at a cost of $5 a dose", "a promise of $5bn"): one table with the older "of" rule; read
        # as written, since its words are singular and plurals are sums ("orders of $4.9bn", "costs of $2m")
        return None
    return object_phrase(noun)


def _by_verb(root: Token) -> str | None:
    tok = root
    # "fined a record $550,000": a noun that names nothing stands between the sum and the verb
    if tok.dep_ in ("nummod", "nmod", "compound") and tok.head.pos_ == "NOUN" and canonical_object(tok.head.text) is None:
        tok = tok.head
    verbs = _verbs()
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for":
        return verbs.get("for:" + _sale_verb(head))
    if tok.dep_ not in ("dobj", "npadvmod") or head.pos_ != "VERB":
        return None
    if head.lower_ in ("fined", "fines") or head.lemma_.lower() == "fine":
        return "fine"  # the parser's lemma of "fined" is "fin"
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.like_num for g in c.subtree) for c in head.children):
        return None  # "raised the fee $2 to $30": a change, read by the change rules
    return verbs.get(head.lemma_.lower())


def _sale_verb(prep: Token) -> str:
    """The lemma of the verb a "for" of price hangs on, through a misattached "to" phrase ("sold its arm to a
    rival for $640m" may hang "for" on "rival"), or ""."""
    tok = prep.head
    for _ in range(2):
        if tok.pos_ == "VERB":
            return tok.lemma_.lower()
        if tok.dep_ != "pobj" or tok.head.lower_ != "to":
            return ""
        tok = tok.head.head
    return tok.lemma_.lower() if tok.pos_ == "VERB" else ""


def _of_noun(root: Token) -> str | None:
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i > prep.i:
        return None
    return _taken(prep.head)


def _valued_noun(root: Token) -> str | None:
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at":
        return None
    verb = prep.head
    if verb.dep_ != "acl" or verb.lemma_.lower() not in valued_verbs() or verb.head.i > verb.i:
        return None
    return _taken(verb.head)


# a sum, then its conversion(s) in brackets, then the noun it stands before: "the tour's £5m ($9.3m) costs"
_BRACKETS_THEN = re.compile(r"[ \t]*\([^()]{1,40}\)[ \t]+(?=\w)")


def _after_brackets(doc: Doc, text: str, end: int) -> str | None:
    m = _BRACKETS_THEN.match(text, end)
    if m is None:
        return None
    sp = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    tok = sp[0]
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.i - sp[0].i < 3:
        tok = tok.head
    # the sum must stand where a modifier stands: after an article, a possessive or an adjective
    first = _sum_start(doc, end)
    if first is None or first.i == 0 or doc[first.i - 1].dep_ not in ("det", "case", "poss", "amod") or \
            tok.pos_ != "NOUN" or tok.lower_ not in _money_nouns():
        return None
    return _taken(tok)


def _sum_start(doc: Doc, end: int) -> Token | None:
    sp = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    tok = sp[0]
    # back over the sum's own tokens (symbol, number, scale word)
    while tok.i > 0 and (doc[tok.i - 1].like_num or doc[tok.i - 1].pos_ == "SYM" or doc[tok.i - 1].is_currency):
        tok = doc[tok.i - 1]
    return tok


_OPEN_CONVERSION = re.compile(r"[ \t]*[(;][ \t]*$")


def share_conversions(text: str, keep: dict[int, tuple[dict[str, Any], Any]]) -> None:
    """A sum in brackets after another ("$10bn (£5.18bn)", "30bn baht (£398m; $768m)") is the same money: where
    one of the group has an object and another none, the one without takes it."""
    sums = sorted((rec for rec, _a in keep.values() if rec["kind"] == "money"), key=lambda r: int(r["start"]))
    groups: list[list[dict[str, Any]]] = []
    for rec in sums:
        prev = groups[-1][-1] if groups else None
        gap = text[int(prev["end"]) : int(rec["start"])] if prev is not None else ""
        if prev is not None and len(gap) < 4 and _OPEN_CONVERSION.match(gap) and (
            "(" in gap or len(groups[-1]) > 1
        ):
            groups[-1].append(rec)
        else:
            groups.append([rec])
    for group in groups:
        named = {canonical_object(r["object"]) for r in group if r["object"] is not None} - {None}
        if len(named) != 1:
            continue
        obj = next(r["object"] for r in group if canonical_object(r["object"]) is not None)
        for r in group:
            if r["object"] is None:
                r["object"] = obj
