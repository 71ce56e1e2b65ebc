"""The quote extractor's per-Doc arrays give what the Token walks they replace gave (round 13, issues 18 and 21).

Constructed Docs (words, heads, relations, tags set by hand): no model is loaded."""

from __future__ import annotations

from typing import Any

import numpy
import pytest
import spacy
from spacy.tokens import Doc, Span

from newsgraph.extract.quotes.arrays import (
    DocArrays,
    among,
    arrays_of,
    children_with,
    dep_ids,
    expand_span,
    id_array,
    reading,
    sent_of,
)
from newsgraph.extract.quotes.lemmas import repaired_lemmas
from newsgraph.extract.quotes.statements import _nouns, _said_nouns

_VOCAB = spacy.blank("en").vocab  # (its lexical attributes: lower case, quote marks)

# (words, heads, deps, pos, lemmas): two or three sentences with quote marks, claims and a slipped lemma
_DOCS = [
    (["He", "said", "“", "no", "”", ".", "She", "hoped", "so", "."],
     [1, 1, 3, 1, 3, 1, 7, 7, 7, 7],
     ["nsubj", "ROOT", "punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "advmod", "punct"],
     ["PRON", "VERB", "PUNCT", "INTJ", "PUNCT", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"],
     ["he", "say", "“", "no", "”", ".", "she", "hop", "so", "."]),
    (["His", "claim", "was", "false", ".", "The", "\"", "plan", "\"", "failed", ".", "Claims", "grew", "."],
     [1, 2, 2, 2, 2, 7, 7, 9, 7, 9, 9, 12, 12, 12],
     ["poss", "nsubj", "ROOT", "acomp", "punct", "det", "punct", "nsubj", "punct", "ROOT", "punct", "nsubj", "ROOT",
      "punct"],
     ["PRON", "NOUN", "AUX", "ADJ", "PUNCT", "DET", "PUNCT", "NOUN", "PUNCT", "VERB", "PUNCT", "NOUN", "VERB",
      "PUNCT"],
     ["his", "claim", "be", "false", ".", "the", "\"", "plan", "\"", "fail", ".", "Claim", "grow", "."]),
    (["Quiet", "."], [0, 0], ["ROOT", "punct"], ["ADJ", "PUNCT"], ["quiet", "."]),
]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("spec", _DOCS)
def test_sentences_by_bisection_are_spacy_sentences(spec: tuple[Any, ...]) -> None:
    doc = _doc(*spec)
    arrays = DocArrays(doc)
    for tok in doc:
        assert (arrays.sent(tok).start, arrays.sent(tok).end) == (tok.sent.start, tok.sent.end)


@pytest.mark.parametrize("spec", _DOCS)
def test_quote_marks_counted_from_the_arrays(spec: tuple[Any, ...]) -> None:
    doc = _doc(*spec)
    arrays = DocArrays(doc)
    for lo in range(-1, len(doc) + 2):
        for hi in range(-1, len(doc) + 2):
            assert arrays.quotes_in(lo, hi) == sum(t.is_quote for t in doc[max(lo, 0) : max(hi, 0)])


@pytest.mark.parametrize(("spec", "expected"), [(_DOCS[0], []), (_DOCS[1], [1, 11]), (_DOCS[2], [])])
def test_said_nouns_are_the_token_walk(spec: tuple[Any, ...], expected: list[int]) -> None:
    doc = _doc(*spec)
    said = _nouns()[0] | {"claim"}  # (the walk before round 13, over Token views)
    walk = [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in said]
    assert _said_nouns(doc, said) == walk == expected


def test_arrays_of_answers_the_doc_being_read_only() -> None:
    doc, other = _doc(*_DOCS[0]), _doc(*_DOCS[1])
    arrays = DocArrays(doc)
    with reading(doc, arrays):
        assert arrays_of(doc) is arrays
        assert arrays_of(other) is not arrays and arrays_of(other).n == len(other)
        assert sent_of(doc[7]).start == 6
    assert arrays_of(doc) is not arrays


@pytest.mark.parametrize(("at", "model", "inside"), [
    (7, "hop", "hope"),  # "hoped": a slip of the model's (data/quote_lemma_slips.tsv)
    (7, "hope", "hope"),  # the right lemma already: left alone
    (1, "say", "say"),  # no slipped form
])
def test_slipped_lemma_repaired_inside_and_restored_after(at: int, model: str, inside: str) -> None:
    doc = _doc(*_DOCS[0])
    doc[at].lemma_ = model
    with repaired_lemmas(doc):
        assert doc[at].lemma_ == inside
    assert doc[at].lemma_ == model


# (words, spaces): the tokens tile the text with one, none or a whitespace token between them
_SPACED = [
    (["A", "  ", "dog", "barked", ",", "“", "loud", "”", "."], [True, False, True, False, True, False, False, False, False]),
    (["One", "two"], [False, True]),
]


@pytest.mark.parametrize(("words", "spaces"), _SPACED)
def test_expanded_char_spans_are_spacys(words: list[str], spaces: list[bool]) -> None:
    doc = Doc(_VOCAB, words=words, spaces=spaces)
    arrays = DocArrays(doc)
    n = len(doc.text)
    for s in range(-2, n + 3):
        for e in range(s - 2, n + 3):
            try:
                want = doc.char_span(s, e, alignment_mode="expand")
            except Exception as exc:  # noqa: BLE001 (spaCy's own error, for a span that ends before it starts)
                with pytest.raises(type(exc)):
                    arrays.char_span(doc, s, e)
                continue
            assert _bounds(arrays.char_span(doc, s, e)) == _bounds(want), (s, e)
            with reading(doc, arrays):
                assert _bounds(expand_span(doc, s, e)) == _bounds(want), (s, e)


def _bounds(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


@pytest.mark.parametrize("spec", _DOCS)
def test_children_from_the_arrays_are_token_children(spec: tuple[Any, ...]) -> None:
    doc = _doc(*spec)
    arrays = DocArrays(doc)
    deps = dep_ids("nsubj", "punct")
    for tok in doc:
        assert arrays.kids(tok.i) == [c.i for c in tok.children]
        walk = [c.i for c in tok.children if c.dep_ in ("nsubj", "punct")]
        assert [c.i for c in children_with(tok, deps)] == walk  # (outside the block: Token.children)
        with reading(doc, arrays):
            assert [c.i for c in children_with(tok, deps)] == walk


@pytest.mark.parametrize(("col", "ids"), [
    ([5, 1, 9, 1, 0], [1, 9]),
    ([5, 1, 9], []),
    ([], [3]),
    ([2**63 + 5, 7, 2**64 - 1], [7, 2**64 - 1]),  # (string ids are unsigned 64-bit)
])
def test_among_is_isin(col: list[int], ids: list[int]) -> None:
    c = numpy.array(col, dtype=numpy.uint64)
    assert among(c, id_array(frozenset(ids))).tolist() == numpy.isin(c, numpy.array(ids, dtype=numpy.uint64)).tolist()
