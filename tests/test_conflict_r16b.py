"""Round 16b: the named-others total in its other shapes, and the scope readings a judged draw asked for (a
running toll, a relative "in which" after several events, an area's part told with the rest elsewhere or a
toll told across the country). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, the figure, its value, the count it stands for: low = high, or None when the others stand alone)
NAMED_OTHERS = [
    ("Ambassador Jane Doe and three other Americans were killed in the raid.", 3, 4),
    ("The cable was sent on the day Doe and the three other Americans were killed.", 3, 4),
    ("Gunmen killed the ambassador and the two other diplomats at the compound.", 2, 3),
    ("Rebels shot the mayor and three others outside the town hall.", 3, 4),
    ("Police arrested the driver and 10 others after the march.", 10, 11),
    ("The blast killed the governor plus two other officials.", 2, 3),
    ("The storm killed Smith, Jones and two others near the coast.", 2, 4),
    # a clause or another figure before the link: the others stand alone
    ("Two soldiers were killed and three others wounded in the ambush.", 3, None),
    ("Dozens of people died and 30 others were hurt in the fire.", 30, None),
    ("Many were killed and 40 others injured when the roof fell.", 40, None),
    ("The bomb killed 12 people and wounded 30 others in the market.", 30, None),
]


@pytest.mark.parametrize(("text", "value", "total"), NAMED_OTHERS)
def test_named_others_total(nlp: Any, text: str, value: int, total: int | None) -> None:
    from newsgraph import pipeline

    rec = pipeline.extract(text, published="2014-09-18")
    a = next(a for a in rec.amounts if a.value == value)
    assert (a.low, a.high) == ((total, total) if total is not None else (None, None))
