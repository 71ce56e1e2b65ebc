"""Round 32 (issue 18, speed): the per-Doc lists and memos of the quote extractor answer what the walks they
replace answered, inside the Doc being read and outside it.

Constructed Docs (words, heads, relations, parts of speech set by hand): no model is loaded."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.quotes.arrays import (
    DocArrays,
    expand_span,
    memo_of,
    reading,
    sents_of,
    tokens_of,
    tokens_with_pos,
)
from newsgraph.extract.quotes.final_cues import _between

_VOCAB = spacy.blank("en").vocab

# (words, heads, deps, pos): two sentences, a comma, a noun read as the verb of a share
_DOCS = [
    (["He", "said", "“", "no", "”", ".", "She", "hoped", "so", "."],
     [1, 1, 3, 1, 3, 1, 7, 7, 7, 7],
     ["nsubj", "ROOT", "punct", "ccomp", "punct", "punct", "nsubj", "ROOT", "advmod", "punct"],
     ["PRON", "VERB", "PUNCT", "INTJ", "PUNCT", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"]),
    (["Most", ",", "polls", "say", ",", "back", "it", ".", "Voters", "agree", "."],
     [3, 3, 3, 5, 5, 5, 5, 5, 9, 9, 9],
     ["nsubj", "punct", "nsubj", "parataxis", "punct", "ROOT", "dobj", "punct", "nsubj", "ROOT", "punct"],
     ["ADJ", "PUNCT", "NOUN", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT", "NOUN", "AUX", "PUNCT"]),
]


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos)


@pytest.mark.parametrize("spec", _DOCS)
@pytest.mark.parametrize("read", [True, False])
def test_token_and_sentence_lists_are_the_docs(spec: tuple[Any, ...], read: bool) -> None:
    doc = _doc(*spec)
    if read:
        with reading(doc, DocArrays(doc)):
            toks, sents = tokens_of(doc), sents_of(doc)
            assert tokens_of(doc) is toks and sents_of(doc) is sents  # (made once while the Doc is read)
    else:
        toks, sents = tokens_of(doc), sents_of(doc)
    assert toks == list(doc)
    assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in doc.sents]


@pytest.mark.parametrize("spec", _DOCS)
@pytest.mark.parametrize("pos", [frozenset({"VERB"}), frozenset({"VERB", "AUX", "NOUN"}), frozenset({"X"})])
def test_tokens_with_pos_are_the_pos_walk(spec: tuple[Any, ...], pos: frozenset[str]) -> None:
    doc = _doc(*spec)
    walk = [t.i for t in doc if t.pos_ in pos]
    assert [t.i for t in tokens_with_pos(doc, pos)] == walk  # (outside reading too)
    with reading(doc, DocArrays(doc)):
        assert [t.i for t in tokens_with_pos(doc, pos)] == walk


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 2, (0, 1)),  # "He"
    (3, 9, (1, 3)),  # "said “" from the middle of "said"
    (5, 6, (1, 2)),  # one character of "said"
])
def test_kept_char_span_is_the_expanded_span(start: int, end: int, expected: tuple[int, int]) -> None:
    doc = _doc(*_DOCS[0])
    with reading(doc, DocArrays(doc)):
        first = expand_span(doc, start, end)
        assert first is not None and (first.start, first.end) == expected
        assert expand_span(doc, start, end) is first  # (the same span, not a second one)
    spacy_span = doc.char_span(start, end, alignment_mode="expand")
    assert spacy_span is not None and (spacy_span.start, spacy_span.end) == expected


def test_memo_is_kept_only_while_the_doc_is_read() -> None:
    doc, other = _doc(*_DOCS[0]), _doc(*_DOCS[1])
    with reading(doc, DocArrays(doc)):
        memo_of(doc)["k"] = 1
        assert memo_of(doc) == {"k": 1}
        assert memo_of(other) == {}  # (another Doc keeps nothing here)
    assert memo_of(doc) == {}


@pytest.mark.parametrize(("commas", "lo", "hi", "expected"), [
    ([1, 4, 9], 0, 10, [1, 4, 9]),
    ([1, 4, 9], 2, 9, [4]),  # (the end is left out)
    ([1, 4, 9], 4, 5, [4]),
    ([], 0, 5, []),
])
def test_commas_between_are_the_range_walk(commas: list[int], lo: int, hi: int, expected: list[int]) -> None:
    assert _between(commas, lo, hi) == expected == [i for i in range(lo, hi) if i in commas]
