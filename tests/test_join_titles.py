"""The title rule of ``newsgraph_clean`` read on the Doc's arrays: a title abbreviation (one token, or a stem
and its period) before a capitalized word that is no stop word keeps that word in its sentence."""

from __future__ import annotations

import pytest

from newsgraph.nlp import _join_titles


@pytest.mark.parametrize(("text", "joined"), [
    ("Lt. Col. Geoff Catlett spoke.", {"Col.", "Geoff"}),
    ("They knew where Sgt. Bergdahl was.", {"Bergdahl"}),
    ("Gen. the troops left.", set()),  # a stop word after the title: the period may end a sentence
    ("He met the Gen. later.", set()),  # lower case after it
    ("No title here. Then more.", set()),
    ("Sgt.", set()),
])
def test_title_keeps_the_next_word_in_its_sentence(nlp, text: str, joined: set[str]) -> None:  # noqa: ANN001
    doc = nlp.make_doc(text)
    _join_titles(doc)
    assert {t.text for t in doc if t.is_sent_start is False} == joined


def test_a_title_split_from_its_period(nlp) -> None:  # noqa: ANN001
    doc = nlp.make_doc("Then Sgt . Bergdahl came.")  # the period a token of its own, after the stem
    _join_titles(doc)
    assert [t.text for t in doc if t.is_sent_start is False] == ["Bergdahl"]
