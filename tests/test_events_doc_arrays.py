"""The events layer's per-Doc arrays give what the token walks they replace gave (round 12, issue 21)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.extract._doc import token_words
from newsgraph.extract.events.doc_arrays import first_overlap, running_ends

_NESTED = [(0, 10, "a"), (2, 4, "b"), (12, 20, "c"), (15, 30, "d"), (31, 33, "e")]


def _scan(mentions: list[tuple[int, int, str]], s: int, e: int) -> int | None:
    """The scan ``PartyResolver.entity_at_token`` made before round 12: ``first_overlap``'s own path for
    mentions not sorted by start (no running ends), so the bisection is checked against it."""
    return first_overlap(mentions, None, s, e)


@pytest.mark.parametrize(("s", "e", "expected"), [
    (0, 1, 0), (3, 4, 0), (10, 12, None), (11, 13, 2), (20, 22, 3), (29, 31, 3), (30, 31, None), (32, 40, 4),
    (40, 41, None),
])
def test_first_overlap_is_the_scan(s: int, e: int, expected: int | None) -> None:
    assert first_overlap(_NESTED, running_ends(_NESTED), s, e) == expected == _scan(_NESTED, s, e)


@pytest.mark.parametrize(("mentions", "s", "e"), [
    ([(12, 20, "c"), (0, 10, "a")], 5, 6),  # out of start order: the scan's answer, read by the scan
    ([(12, 20, "c"), (0, 10, "a")], 14, 15),
    ([], 0, 5),
])
def test_first_overlap_of_unsorted_mentions(mentions: list[tuple[int, int, str]], s: int, e: int) -> None:
    reach = running_ends(mentions)
    assert (reach is None) == (len(mentions) > 1)
    assert first_overlap(mentions, reach, s, e) == _scan(mentions, s, e)


@pytest.mark.parametrize(("words", "lemmas"), [
    (["Troops", "ATTACKED", "the", "town"], ["troop", "Attack", "the", "town"]),
    (["U.S.", "forces", "struck", "U.S.", "bases"], ["U.S.", "force", "strike", "U.S.", "base"]),
])
def test_token_words_are_the_tokens_words(words: list[str], lemmas: list[str]) -> None:
    doc = Doc(Vocab(), words=words, lemmas=lemmas)
    assert token_words(doc) == ([t.lemma_.lower() for t in doc], [t.lower_ for t in doc])
