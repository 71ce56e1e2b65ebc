"""A Doc's token attributes read once into arrays, shared by the quote passes (speed, issue 18)."""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import accumulate
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_QUOTE, LEMMA, LENGTH, LOWER, POS, SENT_START, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = ["DocArrays", "among", "arrays_of", "children_with", "dep_ids", "expand_span", "mention_spans", "id_array", "reading", "sent_of",
           "memo_of", "sents_of", "tokens_of", "tokens_with_pos"]


class DocArrays:
    """A Doc's token attributes read once into int arrays and lists, shared by the quote passes.

    Every ``doc[i]`` builds a new Token object, and over parsed Docs those objects were most of the quote
    extractor's time: the passes that only look at a token's offsets, lemma, relation or head read them here."""

    __slots__ = ("n", "starts", "ends", "lemma", "lower", "lowers", "dep", "deps", "head", "heads", "pos", "poses",
                 "quotes_upto", "_sent_starts", "_reach", "_kids", "_tokens", "_sents", "_spans", "memo")

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.n = n
        arr = doc.to_array([IDX, LENGTH, LEMMA, LOWER, DEP, HEAD, POS, IS_QUOTE, SPACY]) if n else \
            numpy.zeros((0, 9), dtype=numpy.uint64)
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
        self.poses: numpy.ndarray = arr[:, 6]
        self.pos: list[int] = self.poses.tolist()
        # quotation-mark tokens (spaCy's ``is_quote``) before each token: counted over a span without Token views
        self.quotes_upto: list[int] = [0, *accumulate(arr[:, 7].tolist())]
        self._sent_starts: list[int] | None = None
        # where the tokens' characters (each with its trailing space) end, when they tile the text with no gap and
        # no empty token, so that the token at a character is found by bisection as spaCy's search finds it
        covered = arr[:, 0] + arr[:, 1] + arr[:, 8]
        tiled = n > 0 and bool(numpy.all(covered[:-1] == arr[1:, 0])) and bool(numpy.all(covered > arr[:, 0]))
        self._reach: int | None = int(covered[-1]) if tiled else None
        self._kids: tuple[list[int], list[int], list[int]] | None = None
        self._tokens: list[Token] | None = None
        self._sents: list[Span] | None = None
        # the spans char_span made, by their characters: the passes ask for the same quote's words many times
        self._spans: dict[tuple[int, int], Span | None] = {}
        # answers of functions of the Doc alone that several passes ask again (:func:`memo_of`)
        self.memo: dict[Hashable, Any] = {}

    def tokens(self, doc: Doc) -> list[Token]:
        """The Doc's Token objects, made once (``for t in doc`` and ``doc[i]`` make a new object on every read:
        the passes that walk the whole Doc or a sentence read this list instead; round 32, issue 18)."""
        if self._tokens is None:
            self._tokens = list(doc)
        return self._tokens

    def sents(self, doc: Doc) -> list[Span]:
        """``list(doc.sents)``, made once (spaCy walks every token again for each ``doc.sents``)."""
        if self._sents is None:
            self._sents = list(doc.sents)
        return self._sents

    def kids(self, i: int) -> list[int]:
        """The indices of token ``i``'s children in text order, as ``Token.children`` gives them (built once)."""
        if self._kids is None:
            # the children sorted by head (a stable sort keeps each head's in text order), and where each head's
            # run starts and ends: built by numpy, not a Python step per token
            at = numpy.arange(self.n, dtype=numpy.int64)
            child = self.heads != at
            heads = self.heads[child]
            order = numpy.argsort(heads, kind="stable")
            by_head = heads[order]
            self._kids = (at[child][order].tolist(), numpy.searchsorted(by_head, at, "left").tolist(),
                          numpy.searchsorted(by_head, at, "right").tolist())
        kids, lo, hi = self._kids
        return kids[lo[i] : hi[i]]

    def char_span(self, doc: Doc, start: int, end: int) -> Span | None:
        """``doc.char_span(start, end, alignment_mode="expand")`` by bisection in the token starts (spaCy's own
        search builds Token objects for each probe; issue 18); spaCy answers the cases it does not tile."""
        key = (start, end)
        if key not in self._spans:
            self._spans[key] = self._char_span(doc, start, end)
        return self._spans[key]

    def _char_span(self, doc: Doc, start: int, end: int) -> Span | None:
        reach, starts = self._reach, self.starts
        if reach is None or not 0 <= start < reach or not 0 <= end - 1 < reach:
            return doc.char_span(start, end, alignment_mode="expand")
        i = bisect_right(starts, start) - 1
        j = bisect_right(starts, end - 1)  # (one past the token that holds the last character)
        if start == self.ends[i]:  # (a start on a token's trailing space: the next token, as spaCy expands)
            i += 1
        return Span(doc, i, j) if i <= j else doc.char_span(start, end, alignment_mode="expand")

    def quotes_in(self, lo: int, hi: int) -> int:
        """How many tokens of [lo, hi) are quotation marks (``sum(t.is_quote for t in doc[lo:hi])``)."""
        lo, hi = min(max(lo, 0), self.n), min(max(hi, 0), self.n)
        return self.quotes_upto[hi] - self.quotes_upto[lo] if hi > lo else 0

    def sent(self, tok: Token) -> Span:
        """``tok.sent`` found by bisection in the sentence starts, read once per Doc (spaCy walks the tokens and asks
        the Doc whether it has sentence boundaries on every call): the last start at or before the token up to the
        next start after it."""
        doc = tok.doc
        if self._sent_starts is None:
            if not doc.has_annotation("SENT_START") or "sents" in doc.user_hooks or "sent" in doc.user_span_hooks:
                return tok.sent  # (spaCy's own answer, or its error, for a Doc without boundaries or with hooks)
            self._sent_starts = numpy.flatnonzero(doc.to_array(SENT_START).astype(numpy.int64) == 1).tolist()
        starts = self._sent_starts
        k = bisect_right(starts, tok.i)
        return doc[starts[k - 1] if k else 0 : starts[k] if k < len(starts) else self.n]


def among(col: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(col, ids)`` for ``ids`` sorted and distinct: a binary search of each value in ``ids`` (``isin``
    sorts the Doc's column on every call, which cost more than the passes that asked; issue 18)."""
    if not len(ids) or not len(col):
        return numpy.zeros(len(col), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(ids, col), len(ids) - 1)
    return ids[at] == col


@lru_cache(maxsize=32)
def id_array(ids: frozenset[int]) -> numpy.ndarray:
    """String-store ids as the sorted array :func:`among` reads, built once per set."""
    return numpy.array(sorted(ids), dtype=numpy.uint64)


def expand_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, from the arrays of the Doc being read if any."""
    arrays = _being_read(doc)
    if arrays is not None:
        return arrays.char_span(doc, start, end)
    return doc.char_span(start, end, alignment_mode="expand")


def mention_spans(doc: Doc, quotes: list[Any]) -> Iterator[tuple[Any, Span]]:
    """(quote, speaker mention span) for each quote whose speaker is a mention with no entity yet: the quotes the
    late speaker passes may still name (one loop for them all)."""
    for q in quotes:
        if q.speaker is not None or q.speaker_start is None or q.speaker_end is None:
            continue
        span = expand_span(doc, q.speaker_start, q.speaker_end)
        if span is not None and len(span):
            yield q, span


def children_with(tok: Token, deps: frozenset[int]) -> list[Token]:
    """``[c for c in tok.children if c.dep in deps]``, reading the arrays of the Doc being read when there are
    any, so that only the children kept become Token objects."""
    doc = tok.doc
    arrays = _being_read(doc)
    if arrays is None:
        return [c for c in tok.children if c.dep in deps]
    dep = arrays.dep
    return [doc[j] for j in arrays.kids(tok.i) if dep[j] in deps]


@lru_cache(maxsize=64)
def dep_ids(*labels: str) -> frozenset[int]:
    """The string-store ids of dependency labels, for :func:`children_with`."""
    return frozenset(get_string_id(label) for label in labels)


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of the Doc being read, as one list made once (:meth:`DocArrays.tokens`); ``list(doc)`` outside
    :func:`reading`. The Doc must not change while the list is used."""
    arrays = _being_read(doc)
    return list(doc) if arrays is None else arrays.tokens(doc)


def tokens_with_pos(doc: Doc, pos: frozenset[str]) -> Iterator[Token]:
    """The tokens whose part of speech (``Token.pos_``) is in ``pos``, in text order: the part of speech read from
    the Doc's arrays, so that a walk over the Doc takes only those from the token list (issue 18)."""
    ids = _pos_ids(pos)
    toks = tokens_of(doc)
    return (toks[i] for i, p in enumerate(arrays_of(doc).pos) if p in ids)


@lru_cache(maxsize=16)
def _pos_ids(pos: frozenset[str]) -> frozenset[int]:
    """The parts of speech ``pos`` as the ids the Doc's POS column holds (``Token.pos``)."""
    return frozenset(POS_IDS[p] for p in pos)


def memo_of(doc: Doc) -> dict[Hashable, Any]:
    """A dict kept while the Doc is read (:func:`reading`), where a function of the Doc alone keeps its answers by
    key; outside that block an empty dict that nothing keeps."""
    arrays = _being_read(doc)
    return {} if arrays is None else arrays.memo


def sents_of(doc: Doc) -> list[Span]:
    """``list(doc.sents)`` for the Doc being read, made once (:meth:`DocArrays.sents`)."""
    arrays = _being_read(doc)
    return list(doc.sents) if arrays is None else arrays.sents(doc)


def sent_of(tok: Token) -> Span:
    """``tok.sent``, from the arrays of the Doc being read."""
    return arrays_of(tok.doc).sent(tok)


# The arrays of the Doc the quote extractor is reading, per thread: the helpers that are handed only a Token
# (``sent_of``) read the Doc's arrays there instead of reading the Doc again
_READING = threading.local()


@contextmanager
def reading(doc: Doc, arrays: DocArrays) -> Iterator[None]:
    """Within the block, :func:`arrays_of` answers ``arrays`` for ``doc`` (the Doc must not be changed inside)."""
    before = getattr(_READING, "now", None)
    _READING.now = (doc, arrays)
    try:
        yield
    finally:
        _READING.now = before


def arrays_of(doc: Doc) -> DocArrays:
    """The arrays of the Doc being read (see :func:`reading`); outside that block, read afresh."""
    arrays = _being_read(doc)
    return DocArrays(doc) if arrays is None else arrays


def _being_read(doc: Doc) -> DocArrays | None:
    """The arrays :func:`reading` holds for ``doc`` (unchanged since), or None outside that block."""
    now = getattr(_READING, "now", None)
    if now is not None and now[0] is doc and now[1].n == len(doc):
        return now[1]
    return None
