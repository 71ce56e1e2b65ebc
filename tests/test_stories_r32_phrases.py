"""benchmarks/stories_phrases.py (round 32): word-pair and title-character TF-IDF with document frequencies of a
fixed corpus, and the bar moves built on them (a corpus of sentences written for the test; no data needed)."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import stories_phrases as P  # noqa: E402

CORPUS = ["The council met on Monday to talk about the budget.",
          "Rain closed the harbour road for a day.",
          "The mayor said the budget would pass.",
          "Talks on the budget deal went on late."]


def _phrase() -> P.FixedTfidf:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return P.FixedTfidf(TfidfVectorizer(ngram_range=(2, 2), stop_words="english").build_analyzer(), CORPUS)


def _cos(a: str, b: str) -> float:
    from newsgraph.kb.storyfeatures import text_cosine

    v = _phrase()
    return text_cosine(v.vector(a), v.vector(b))


@pytest.mark.parametrize(("a", "b", "shared"), [
    ("Council strikes budget deal after long talks", "Budget deal reached as council ends talks", True),
    ("Harbour road reopens after the storm", "Storm shuts harbour road again", True),  # stop words dropped first
    # guards: the same single words in other pairs share no phrase
    ("Council rejects the budget", "Budget vote in the council", False),
    ("Road closed by rain", "Rain on the road", False),
])
def test_a_shared_word_pair_and_only_it_gives_a_cosine(a: str, b: str, shared: bool) -> None:
    assert (_cos(a, b) > 0.0) is shared


def test_a_phrase_the_corpus_never_had_weighs_most() -> None:
    v = _phrase()
    assert v.idf["budget deal"] < v.unseen  # seen once in four
    w = v.vector("budget deal harbour ferry")  # "harbour ferry": unseen
    assert w["harbour ferry"] > w["budget deal"]
    assert abs(sum(x * x for x in w.values()) - 1.0) < 1e-9


@pytest.mark.parametrize(("move", "d", "expected"), [
    (P._slope("phrase", 0.1, 0.05), {"phrase": 0.25}, -0.02),  # a shared phrase lowers the bar
    (P._slope("phrase", 0.1, 0.05), {"phrase": 0.0}, 0.005),  # none raises it
    (P._step("phrase", 0.04, 0.05), {"phrase": 0.0}, 0.04),
    (P._step("phrase", 0.04, 0.05), {"phrase": 0.05}, 0.0),  # at the mark: no move
])
def test_bar_moves(move, d, expected) -> None:
    assert move(d) == pytest.approx(expected)


def test_the_model_holds_the_counts_term_monotone_down() -> None:
    assert dict(zip(P.MODEL_FEATURES, P.MONOTONE, strict=True))["dens"] == -1
    assert len(P.MODEL_FEATURES) == len(P.MONOTONE)
