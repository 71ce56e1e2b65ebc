"""Each figure's dimension and rate base, and what a plain rate measures (issue 17 items 1 and 2).

Dimensions (moved here from :mod:`newsgraph.extract.amounts.core` in round 22): a figure followed by "per
100,000", "per capita", "a day" is a rate with that base; otherwise its kind's dimension (count, money, percent,
measure). The base's noun ("12 per 100,000 people") is never the object.

A rate or a share told without a change has no counted noun of its own: "a murder rate of 12 per 100,000
residents", "an infant mortality rate of 5.6 per 1,000 live births", "the unemployment rate was 3.5%". Its
residents and live births are the rate's base (never its object), and the figure itself is "the rate": so it had
no object, and no ``.per100k``/``.pct`` key. The rate measures what the nouns before its rate noun name, and those
nouns become the figure's object ("murder rate" → deaths, "unemployment rate" → unemployment, through
:func:`newsgraph.record.canonical_object`), so the key carries both: ``deaths.per100k:BRA:-``.

The figure must be the rate's own value: the object of "a ... rate of N", the complement of a verb that sets the
rate without moving it ("the rate was / stood at / remained N": data/measure_rates.tsv), or a modifier written
before the rate noun ("a 3.5% unemployment rate"). A bare "the rate" names nothing (no object); a rate of money
("the interest rate", "the exchange rate": the ``price`` row) measures no thing counted and gets none. Names
before the rate noun ("the U.S. unemployment rate") say whose, not what. A figure that already has an object
other than its rate noun's own phrase, or a count, is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import load_lexicon, read_tsv
from ...record import canonical_object
from .money_siblings import sibling_sums

__all__ = ["dimensions", "rate_objects"]

# the figure's own node: "3.5%" and "12 percent" hang their number on the percent sign or word
_UNIT_HEADS = frozenset({"%", "percent", "per", "pct"})
_MODIFIER_DEPS = frozenset({"compound", "nmod"})


_RATE = re.compile(
    r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}?(?:per|a|every)[ \t]+(100,000|100 000|100k|1,000|1000|thousand|capita|head|"
    r"person|day|year|month|week|hour)\b(?![ \t]+(?:earlier|ago|before|later|after|on)\b)", re.I
)
_RATE_BASE = {"100,000": "100k", "100 000": "100k", "100k": "100k", "1,000": "1k", "1000": "1k", "thousand": "1k",
              "capita": "capita", "head": "capita", "person": "capita"}

_POPULATION_BASES = frozenset({"100k", "1k", "capita"})


def _dimension(text: str, a: dict[str, Any]) -> tuple[str, str | None]:
    """(dimension, rate base): "20 deaths per 100,000 people" is a rate per 100k; "$1.25 a day" money a day."""
    m = _RATE.match(text, a["end"])
    if m and not re.search(r"[.;!?]", m.group()):
        base = m.group(1).lower()
        rate = _RATE_BASE.get(base)
        if rate is None and a["kind"] == "money" and not m.group().lower().lstrip().startswith("every"):
            rate = base  # money a day / a year
        if rate is not None:
            return "rate", rate
    return {"count": "count", "money": "money", "percent": "percent"}.get(a["kind"], "measure"), None


def dimensions(text: str, doc: Doc | None, amounts: list[dict[str, Any]]) -> None:
    """Set each figure's ``dimension`` and ``rate``; then, on a parsed ``doc``, what a plain rate measures."""
    sibling_sums(doc, amounts)  # "spent 628 million euros ... and has budgeted 800 million" (round 34)
    for a in amounts:
        dim, rate = _dimension(text, a)
        a["dimension"], a["rate"] = dim, rate
        m = _RATE.match(text, a["end"]) if rate is not None and a["object"] else None
        if m is None:
            continue
        # the base's noun may follow a population ("per 100,000 people"); a time is no population: the noun after
        # "£3 per hour" is what the sum prices, "minimum wage" (round 23)
        reach = m.end() + 25 if rate in _POPULATION_BASES else m.end()
        if a["object"].split()[-1] in text[m.start() : reach]:
            a["object"] = None  # "12 per 100,000 people": people are the base, not what is counted
    if doc is not None:
        rate_objects(doc, amounts)


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(w.strip() for w in row[1].split("|")) for row in read_tsv("measure_rates.tsv")}


def rate_objects(doc: Doc, amounts: list[dict[str, Any]]) -> None:
    """Give a rate or share without an object what its rate noun measures (see the module docstring)."""
    for a in amounts:
        obj = a["object"].split() if a["object"] else []
        if (obj and obj[-1].lower() not in _table()["noun"]) or a.get("dimension") not in ("rate", "percent"):
            continue
        span = doc.char_span(int(a["start"]), int(a["end"]), alignment_mode="expand")
        if span is None or not len(span):
            continue
        noun = _rate_noun(_node(span.root, a["dimension"] == "rate"))
        # an object that is the rate noun's own phrase (a copula's subject kept whole, "the Brazilian interest
        # rate") is read by this rule too: a rate of money or a bare "annual rate" still measures nothing
        if noun is not None and (not obj or obj[-1].lower() == noun.lower_):
            a["object"] = _measured(noun)
            if a["object"] is not None and a["owner"] is None and a["location"] is None:
                a["owner"] = _whose(noun)  # "Mexico's homicide rate", "the German unemployment rate"
                a["location"] = None if a["owner"] else _where(noun)  # "the murder rate in Mexico"


def _node(tok: Token, rate: bool) -> Token:
    """The figure's node in the parse: the percent word a number hangs on ("3.5" in "3.5%"); for a rate, the
    base's noun its number hangs on ("12 per 100,000 residents": the parse makes "residents" the object of
    "of" and "12" a modifier of "100,000")."""
    if tok.dep_ in ("nummod", "compound") and tok.head.lower_ in _UNIT_HEADS:
        return tok.head
    steps = 0
    while rate and steps < 3 and tok.dep_ in ("quantmod", "nummod") and tok.head.i != tok.i:
        tok, steps = tok.head, steps + 1
        if tok.pos_ == "NOUN":
            break
    return tok


def _is_rate(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lower_ in _table()["noun"]


def _rate_noun(node: Token) -> Token | None:
    """The rate noun whose value the figure is: "a rate of N", "the rate was N", "a N rate"."""
    head = node.head
    if head.i == node.i:
        return None
    if node.dep_ == "pobj" and head.lower_ == "of" and _is_rate(head.head) and head.head.i < node.i:
        return head.head  # "a murder rate of 12 per 100,000"
    if _is_rate(head) and node.dep_ in ("compound", "nummod", "amod", "nmod") and node.i < head.i:
        return head  # "a 3.5% unemployment rate"
    verb = head
    if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("at", "around", "near"):
        verb = head.head  # "stood at 3.5%", "hovered around 4%"
    elif node.dep_ not in ("attr", "acomp", "oprd", "dobj", "npadvmod"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _table()["verb"]:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if len(subjects) == 1 and _is_rate(subjects[0]) else None


def _measured(noun: Token) -> str | None:
    """The phrase that names what the rate measures: the nouns before it with the rate noun ("infant mortality
    rate"), else what it is a rate "of" ("the rate of unemployment"); None for a bare rate, a rate of money, or
    modifiers that are only names."""
    words = [c for c in noun.lefts if (c.dep_ in _MODIFIER_DEPS and c.pos_ == "NOUN") or _named_adjective(c)]
    if words:
        toks = sorted({t.i for c in words for t in c.subtree if t.pos_ in ("NOUN", "ADJ") and t.ent_type_ == ""})
        phrase = [noun.doc[i].lower_ for i in toks]
    else:
        of = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [p for o in of for p in o.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                and p.lower_ not in _UNIT_HEADS and not any(t.like_num for t in p.subtree)]
        phrase = [objs[0].lower_] if objs else []
    if not phrase or _table()["price"] & set(phrase):
        return None
    return " ".join([*phrase, noun.lower_])


def _named_adjective(tok: Token) -> bool:
    """An adjective before the rate noun that data/measure_synonyms.tsv names a measure with ("the jobless rate" →
    unemployment); "annual", "overall", "official" name none (their canonical form is only themselves)."""
    if tok.dep_ != "amod" or tok.pos_ != "ADJ":
        return False
    return canonical_object(tok.lower_) not in (None, tok.lower_)


def _whose(noun: Token) -> str | None:
    """The state a rate noun is told of by a possessive or a modifier before it ("Mexico's homicide rate", "the
    U.S. unemployment rate", "the German jobless rate"): its ISO3 code."""
    lex = load_lexicon()
    for c in noun.lefts:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ"):
            name = " ".join(t.text for t in c.subtree if t.dep_ != "case")
            iso = lex.country_of(name) or lex.demonym_of(name)
            if iso:
                return iso
    return None


def _where(noun: Token) -> str | None:
    """The country a rate noun is told in ("the murder rate in Mexico"): its ISO3 code."""
    lex = load_lexicon()
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    iso = lex.country_of(" ".join(t.text for t in obj.subtree if t.dep_ != "det"))
                    if iso:
                        return iso
    return None
