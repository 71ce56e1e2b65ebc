"""Round 31 (issue 17, obj3): a spelled count the entity tagger names alone. Sentences written here (no report
text); rows marked "before:" failed at main 61cad206, the others are guards that keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.object) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: "Twelve" alone tagged PRODUCT, so the count was dropped as a name's number
    ("In the north, Twelve houses burned.", [("Twelve", "houses")]),
    # guards: a name's number comes with its other words, or counts a capitalised word
    ("He watched Ocean's Eleven, Twelve, and Thirteen.", []),
    ("Leaders of the Group of Seven nations met.", []),
    ("In the north, Twelve Houses burned.", []),
    ("The Boeing 737 jets were grounded.", []),
    ("In the south, Two houses burned.", [("Two", "houses")]),
])
def test_lone_number_named_by_the_tagger(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected
