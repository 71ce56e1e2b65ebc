"""Named people counted with the others beside them: "Stevens and three other Americans" is four
(``data/amount_named_others.tsv``: the links and the words that stop a conjunct from being a name)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ...lexicon import read_tsv
from .grammar import Quantity

__all__ = ["named_others"]


# "Stevens and three other Americans", "the ambassador and three other Americans", "Smith, Jones and two other",
# "Stevens and the three other Americans", "the ambassador and three others", "the driver plus two others": the
# conjuncts before the link (data/amount_named_others.tsv) are counted with the others
@lru_cache(maxsize=1)
def _others_words() -> dict[str, frozenset[str]]:
    rows = {r[0]: frozenset(w.strip().lower() for w in r[1].split("|") if w.strip())
            for r in read_tsv("amount_named_others.tsv")}
    return {k: rows.get(k, frozenset()) for k in ("link", "stop")}


@lru_cache(maxsize=1)
def _conjuncts_rx() -> re.Pattern[str]:
    links = "|".join(sorted(_others_words()["link"]))
    return re.compile(r"((?:[\w'’.-]+[ \t]+){0,3}?[\w'’.-]+(?:,[ \t]+(?:[\w'’.-]+[ \t]+){0,3}?[\w'’.-]+)*)"
                      rf"[ \t]+({links})[ \t]+(?:the[ \t]+)?$", re.I)


_OTHER_AFTER = re.compile(r"[ \t]+other(s?)\b")


def named_others(text: str, q: Quantity, rec: dict[str, Any], doc: Doc | None = None) -> None:
    """"Stevens and three other Americans" counts four: the named ones join the figure (low = high = 4)."""
    after = _OTHER_AFTER.match(text, q.end)
    if rec["low"] is not None or rec["high"] is not None or after is None:
        return
    m = _conjuncts_rx().search(text, max(0, q.start - 120), q.start)
    if m is None:
        return
    items = [n.strip() for n in m.group(1).split(",") if n.strip()]
    # a list of names ("Smith, Jones and two other") counts each; otherwise only the last conjunct joins ("on
    # Sept 11, the day Stevens and the three other Americans": the date is no name of the list)
    names = all(n[:1].isupper() and not re.search(r"\d", n) for n in items)
    new_shape = m.group(2).lower() != "and" or bool(text[m.end(2):q.start].strip())  # "plus", "and the"
    if re.search(r"\d", items[-1]) or (after.group(1) and not _names_one(q, doc)) or (
            (after.group(1) or new_shape) and _others_words()["stop"] & set(re.findall(r"[\w'’]+", items[-1].lower()))):
        return
    rec["low"] = rec["high"] = rec["value"] + (len(items) if names else 1)


def _names_one(q: Quantity, doc: Doc | None) -> bool:
    """A bare "others" also follows a clause or a plural ("38 were abused and 48 others were deprived", "attacks
    and four others"): the others join one named before them only when the parse makes them its conjunct, a
    singular noun, name or pronoun (unparsed: the stop words alone decide)."""
    if doc is None:
        return True
    sp = doc.char_span(q.num_start, q.num_end, alignment_mode="expand")
    if sp is None:
        return False
    tok = sp[-1]
    noun = tok.head if tok.dep_ == "nummod" else tok
    return noun.dep_ == "conj" and noun.head.i < tok.i and noun.head.tag_ in ("NN", "NNP", "PRP")
