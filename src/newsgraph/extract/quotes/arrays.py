"""A Doc's token attributes read once into arrays, shared by the quote passes (speed, issue 18)."""

from __future__ import annotations

from itertools import accumulate

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_QUOTE, LEMMA, LENGTH, LOWER, POS
from spacy.tokens import Doc

__all__ = ["DocArrays"]


class DocArrays:
    """A Doc's token attributes read once into int arrays and lists, shared by the quote passes.

    Every ``doc[i]`` builds a new Token object, and over parsed Docs those objects were most of the quote
    extractor's time: the passes that only look at a token's offsets, lemma, relation or head read them here."""

    __slots__ = ("starts", "ends", "lemma", "lower", "lowers", "dep", "deps", "head", "heads", "pos", "quotes_upto")

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        arr = doc.to_array([IDX, LENGTH, LEMMA, LOWER, DEP, HEAD, POS, IS_QUOTE]) if n else \
            numpy.zeros((0, 8), dtype=numpy.uint64)
        self.starts: list[int] = arr[:, 0].tolist()
        self.ends: list[int] = (arr[:, 0] + arr[:, 1]).tolist()
        self.lemma: numpy.ndarray = arr[:, 2]
        self.lower: numpy.ndarray = arr[:, 3]
        self.lowers: list[int] = self.lower.tolist()  # the same ids as ints, for a token at a time
        self.deps: numpy.ndarray = arr[:, 4]
        self.dep: list[int] = self.deps.tolist()
        # spaCy stores the head as an offset from the token (negative ones wrap around in uint64)
        self.heads: numpy.ndarray = arr[:, 5].astype(numpy.int64) + numpy.arange(n, dtype=numpy.int64)
        self.head: list[int] = self.heads.tolist()
        self.pos: list[int] = arr[:, 6].tolist()
        # quotation-mark tokens (spaCy's ``is_quote``) before each token: counted over a span without Token views
        self.quotes_upto: list[int] = [0, *accumulate(arr[:, 7].tolist())]

    def quotes_in(self, lo: int, hi: int) -> int:
        """How many tokens of [lo, hi) are quotation marks (``sum(t.is_quote for t in doc[lo:hi])``)."""
        n = len(self.starts)
        lo, hi = min(max(lo, 0), n), min(max(hi, 0), n)
        return self.quotes_upto[hi] - self.quotes_upto[lo] if hi > lo else 0
