"""A lower-case "m" after a number is a million when a counted plural follows (round 23, issue 17): "more than 1m
people", "3m users", "1m British homes". Without a currency the scanner reads a lone "m" as metres ("2.5m high",
"the 400m hurdles"), which left "1m people" a length with no object. The nouns are data/amount_million_heads.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv

__all__ = ["million_head_after", "million_noun"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    rows = {r[0]: [w.strip() for w in r[1].split("|") if w.strip()] for r in read_tsv("amount_million_heads.tsv")}
    heads = "|".join(re.escape(w) for w in sorted(rows["heads"], key=len, reverse=True))
    between = "|".join(re.escape(w) for w in sorted(rows["between"], key=len, reverse=True))
    # one word may stand between: a capitalised one (a demonym) or one of the "between" row
    return re.compile(rf"[ \t]+(?:(?:[A-Z][a-z]+|{between})[ \t]+)?(?P<noun>{heads})\b")


def million_head_after(text: str, at: int) -> bool:
    """A counted plural of data/amount_million_heads.tsv is written at ``at`` (right after an "m")."""
    return _pattern().match(text, at) is not None


def million_noun(doc: Doc, text: str, end: int) -> Token | None:
    """The counted noun after a figure written with a million's "m" and ending at ``end`` ("1m people"): the
    parser splits "1m" into a number and a stray "m" and often hangs the noun elsewhere, so it is read here."""
    if text[end - 1 : end] != "m":
        return None
    m = _pattern().match(text, end)
    if m is None:
        return None
    span = doc.char_span(m.start("noun"), m.end("noun"))
    return span[0] if span is not None and len(span) == 1 else None
