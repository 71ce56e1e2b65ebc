"""Lemmas the English model gets wrong, set right while one extractor reads the Doc.

en_core_web_sm lemmatizes "hoped" as "hop" (data/quote_lemma_slips.tsv), so the cue and frame tables, keyed by
lemma, never saw the verb. The repair lasts only for the extraction that asks for it: the Doc is handed back with
the model's lemmas, so no other extractor's output changes through this module. The events extractor passes its
own table (data/event_lemma_slips.tsv: "staged" read as "stag", "waged" as "wag").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ...lexicon import read_tsv
from .arrays import among

__all__ = ["repaired_lemmas"]


#: the quote extractor's table (reporting verbs)
QUOTE_SLIPS = "quote_lemma_slips.tsv"


@lru_cache(maxsize=4)
def _slips(table: str = QUOTE_SLIPS) -> dict[int, tuple[str, str]]:
    """Lower-case form id -> (right lemma, wrong lemma)."""
    return {get_string_id(r[0].lower()): (r[1], r[2]) for r in read_tsv(table) if len(r) >= 3}


@lru_cache(maxsize=4)
def _slip_ids(table: str = QUOTE_SLIPS) -> numpy.ndarray:
    """The slipped forms' ids, sorted, for one vectorized membership test per Doc."""
    return numpy.array(sorted(_slips(table)), dtype=numpy.uint64)


@contextmanager
def repaired_lemmas(doc: Doc, table: str = QUOTE_SLIPS) -> Iterator[None]:
    """Within the block the Doc's tokens of a slipped form carry the right lemma; the model's come back after."""
    slips = _slips(table)
    fixed: list[tuple[int, str]] = []
    if len(doc):
        lows = doc.to_array(LOWER)
        # only the tokens of a slipped form are looked at (a Python step per token cost more than the repair)
        for i in numpy.flatnonzero(among(lows, _slip_ids(table))).tolist():
            got = slips[int(lows[i])]
            if doc[i].lemma_ == got[1]:
                fixed.append((i, got[1]))
                doc[i].lemma_ = got[0]
    try:
        yield
    finally:
        for i, old in fixed:
            doc[i].lemma_ = old
