"""Multipliers: "doubled", "halved", "a near-doubling in", "triple the value" (split from ``changes``, round 16,
to keep that module near 600 lines; ``changes`` re-exports these names)."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["MULTIPLE_SHAPE", "MULTIPLE_WORDS", "change_lemma", "multiple_word", "multiplier_of"]

_MULTIPLIERS = {"double": ("increase", 100), "triple": ("increase", 200), "treble": ("increase", 200),
                "quadruple": ("increase", 300), "halve": ("decrease", 50)}
# the same multipliers as nouns ("a doubling in their assets", "the near-doubling in attacks")
_MULTIPLIER_NOUNS = {"doubling": "double", "tripling": "triple", "trebling": "treble", "quadrupling": "quadruple",
                     "halving": "halve"}


def change_lemma(tok: Token) -> str:
    """A change word's lemma, lowercased; "halved", "halves" and "halving" are "halve" (the small model's lemma
    varies there). Read by ``changes`` as well."""
    lem = tok.lemma_.lower() or tok.lower_
    if lem == "halve" or tok.lower_ in ("halved", "halves", "halving"):
        return "halve"
    return lem


# the words multiplier_of and the "half"/"-fold" rules read: their stems (a verb's lemma shares its stem)
MULTIPLE_SHAPE = re.compile(r"^(?:doub|trip|treb|quadr|halv|half)|fold$", re.I)
# every word ``multiple_word`` can read, for a scan of a Doc's words that makes no Token view
MULTIPLE_WORDS = frozenset(_MULTIPLIERS) | {"twice", "half"}


def multiple_word(tok: Token) -> tuple[str, int] | None:
    """"triple the value", "twice the level": a multiplier word before a noun (not a verb), as direction, pct."""
    return {"twice": _MULTIPLIERS["double"], "half": _MULTIPLIERS["halve"]}.get(tok.lower_) or (
        _MULTIPLIERS.get(tok.lower_) if tok.pos_ != "VERB" else None)


def multiplier_of(tok: Token) -> tuple[str, int] | None:
    if tok.pos_ == "NOUN" and tok.lower_ in _MULTIPLIER_NOUNS:
        return _MULTIPLIERS[_MULTIPLIER_NOUNS[tok.lower_]]
    mul = _MULTIPLIERS.get(change_lemma(tok)) if tok.pos_ == "VERB" else None
    if mul is None:
        return None  # (read first: it is called on every word of the body, the guards below only on a multiplier)
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return None  # "doubled down on the tweet": insisted, nothing doubled
    if _recurring(tok):
        return None  # "prices doubling every 19 days": a rate of growth, no move made (round 33)
    if tok.i >= 2 and tok.doc[tok.i - 1].dep_ == "cc" and tok.doc[tok.i - 2].pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
        return None  # "won the singles and doubles titles": a noun coordinated with a noun, tagged as a verb
    return mul


def _recurring(tok: Token) -> bool:
    """"doubling every 19 days", "halves each year": the multiplier repeats over a period, a pace, not one move."""
    doc = tok.doc
    nxt = [t for t in doc[tok.i + 1 : tok.i + 4] if t.pos_ != "ADV" or t.lower_ in ("every", "each")][:1]
    return bool(nxt) and nxt[0].lower_ in ("every", "each")
