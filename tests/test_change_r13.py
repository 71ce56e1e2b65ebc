"""Issue 17, round 13: a noun of a rate of growth carries its figure as an increase, and where it does not.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes


@pytest.mark.parametrize(
    "text, expected",
    [
        # the figure on the noun is the rate of the rise (the annotation rule of the r4 and r6 sets)
        ("The region posted 0.4% GDP growth in the three months to June.", [(None, None, "increase", None, 0.4)]),
        ("The company reported growth of 2.5% last year.", [(None, None, "increase", None, 2.5)]),
        ("The firm reported expansion of 3% in its second year.", [(None, None, "increase", None, 3)]),
        ("Its 20% growth in sales was the best in a decade.", [(None, None, "increase", None, 20)]),
        # a verb that moves the rate still says the way ("slowed to 2.1%" is a fall of the rate)
        ("Economic growth slowed to 2.1% in the second quarter.", [(None, 2.1, "decrease", None, None)]),
        # a copula's subject: the figure is the rate's level; "up from" makes the move
        ("Growth was 1.1% in 2004, up from just 0.3% in 2003.", [(0.3, 1.1, "increase", 0.8, 266.67)]),
        # a rate ahead: a forecast
        ("In 2004, growth will be between 4.7% and 4.8%, the ministry said.", []),
        ("The countries will put in a weak performance, generating growth of only 1.8%.", []),
        ("The government set a growth target of 7% for this year.", []),
    ],
)
def test_rate_nouns(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected
