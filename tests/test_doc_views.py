"""The per-Doc views the extractors read instead of spaCy's Token objects (round 12, issue 21): each must give
exactly what spaCy gives, or the records change."""

from __future__ import annotations

import itertools

import pytest
import spacy

from newsgraph import person_bounds
from newsgraph.extract._doc import doc_words, overlap_test, span_text

_TEXTS = [
    "Iraqi Prime Minister Adil Abdul-Mahdi met U.S. officials in Baghdad on Monday.",
    "  Two spaces,\nthen a line break\t and a tab: Sgt. Bergdahl's  case.",
    "“Quoted,” she said. The Pentagon’s spokesman, Jonathan Hoffman, declined.",
    "x",
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize("text", _TEXTS)
def test_words_and_span_texts_are_spacys(nlp, text):
    doc = nlp(text)
    assert doc_words(doc) == [t.text for t in doc]
    for a, b in itertools.combinations(range(len(doc) + 1), 2):
        assert span_text(doc, a, b) == doc[a:b].text


def test_kept_words_follow_a_changed_doc(nlp):
    doc = nlp("New York City is big.")
    assert doc_words(doc)[0] == "New"
    with doc.retokenize() as r:
        r.merge(doc[0:3])
    assert doc_words(doc) == ["New York City", "is", "big", "."]
    assert span_text(doc, 0, 2) == "New York City is"


_SPANS = [(0, 5), (3, 9), (12, 14), (20, 20), (20, 30), (25, 27)]


@pytest.mark.parametrize("spans", [_SPANS, _SPANS[::-1], [], [(5, 6)]])
def test_overlap_test_is_the_scan(spans):
    test = overlap_test(spans)
    for st, en in itertools.product(range(-1, 33), range(-1, 33)):
        assert test(st, en) == any(s < en and st < e for s, e in spans), (st, en)


@pytest.mark.parametrize("text, names", [
    ("A view of the city. Photo: Evan Vucci/AP Next story", ["Evan Vucci"]),
    ("Soldiers at the border (AP Photo/Hussein Malla) on Sunday.", ["Hussein Malla"]),
    ("The crowd. Chip Somodevilla Getty Images", ["Chip Somodevilla"]),
    ("Rescuers search the rubble. Suhaib Salem/Reuters", ["Suhaib Salem"]),
    ("Officials met in Paris and spoke to Reuters about the talks.", []),
])
def test_credit_shapes(text, names):
    found = [text[a:b].strip() for a, b in person_bounds.credit_spans(text)]
    assert found == names


@pytest.mark.parametrize("text", [
    "Photo by Jane Doe. Image: John Roe/AFP and Mary Major/ Getty Images, Pictures/ Ann Lee",
    "A caption AFP via Getty Richard Roe AFP/Getty (Reuters Photo/ Kim Park) Credit:Lee Chan",
    "Rescuers search the rubble. Suhaib Salem/Reuters",
])
def test_every_credit_shape_that_matches_has_its_needle(text):
    """A shape is tried only when its needle is in the text: a match without the needle would be lost."""
    for rx, needs in zip(person_bounds._CREDITS, person_bounds._NEEDS, strict=True):
        if rx.search(text):
            assert needs(text), rx.pattern
