"""Issue 17, round 11: a toll brought to a level has grown to it.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes


@pytest.mark.parametrize(
    "text, expected",
    [
        # a neutral verb (bring, take) moving a noun of data/change_verbs.tsv's "growing" row to a level: a rise
        ("Officials said 40 more people died on Tuesday, bringing the death toll to 240.",
         [(None, 240, "increase", None, None)]),
        ("Dozens were killed overnight, bringing the toll in the city to 130.", [(None, 130, "increase", None, None)]),
        ("The ministry said the latest attack brought the toll of the week to 30.",
         [(None, 30, "increase", None, None)]),
        # ... a noun that may fall as well gets no direction from the neutral verb alone
        ("The report brought the number of members to 30.", []),
        # ... nor does a toll that a verb only states ("put the toll at 10")
        ("The ministry put the death toll at 10.", []),
    ],
)
def test_toll_brought_to_a_level(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected
