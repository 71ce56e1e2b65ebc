"""A Doc's token attributes read once into arrays, shared by the quote passes (speed, issue 18)."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, POS
from spacy.tokens import Doc

__all__ = ["DocArrays"]


class DocArrays:
    """A Doc's token attributes read once into int arrays and lists, shared by the quote passes.

    Every ``doc[i]`` builds a new Token object, and over parsed Docs those objects were most of the quote
    extractor's time: the passes that only look at a token's offsets, lemma, relation or head read them here."""

    __slots__ = ("starts", "ends", "lemma", "lower", "lowers", "dep", "head", "pos")

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        arr = doc.to_array([IDX, LENGTH, LEMMA, LOWER, DEP, HEAD, POS]) if n else \
            numpy.zeros((0, 7), dtype=numpy.uint64)
        self.starts: list[int] = arr[:, 0].tolist()
        self.ends: list[int] = (arr[:, 0] + arr[:, 1]).tolist()
        self.lemma: numpy.ndarray = arr[:, 2]
        self.lower: numpy.ndarray = arr[:, 3]
        self.lowers: list[int] = self.lower.tolist()  # the same ids as ints, for a token at a time
        self.dep: list[int] = arr[:, 4].tolist()
        # spaCy stores the head as an offset from the token (negative ones wrap around in uint64)
        self.head: list[int] = (arr[:, 5].astype(numpy.int64) + numpy.arange(n, dtype=numpy.int64)).tolist()
        self.pos: list[int] = arr[:, 6].tolist()
