"""Lemmas the English model gets wrong for reporting verbs, set right while the quotes are read.

en_core_web_sm lemmatizes "hoped" as "hop" (data/quote_lemma_slips.tsv), so the cue and frame tables, keyed by
lemma, never saw the verb. The repair lasts only for the quote extraction: the Doc is handed back with the
model's lemmas, so no other extractor's output changes through this module.
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

__all__ = ["repaired_lemmas"]


@lru_cache(maxsize=1)
def _slips() -> dict[int, tuple[str, str]]:
    """Lower-case form id -> (right lemma, wrong lemma)."""
    return {get_string_id(r[0].lower()): (r[1], r[2]) for r in read_tsv("quote_lemma_slips.tsv") if len(r) >= 3}


@lru_cache(maxsize=1)
def _slip_ids() -> numpy.ndarray:
    """The slipped forms' ids, sorted, for one vectorized membership test per Doc."""
    return numpy.array(sorted(_slips()), dtype=numpy.uint64)


@contextmanager
def repaired_lemmas(doc: Doc) -> Iterator[None]:
    """Within the block the Doc's tokens of a slipped form carry the right lemma; the model's come back after."""
    slips = _slips()
    fixed: list[tuple[int, str]] = []
    if len(doc):
        lows = doc.to_array(LOWER)
        # only the tokens of a slipped form are looked at (a Python step per token cost more than the repair)
        for i in numpy.flatnonzero(numpy.isin(lows, _slip_ids())).tolist():
            got = slips[int(lows[i])]
            if doc[i].lemma_ == got[1]:
                fixed.append((i, got[1]))
                doc[i].lemma_ = got[0]
    try:
        yield
    finally:
        for i, old in fixed:
            doc[i].lemma_ = old
