"""Quotes, issue 18 round 12: minds nobody speaks for, and participles that belong to the main clause.

Every sentence here was written for these tests. Each case gives the text and its quotes as (kind, text,
speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

MINDS = [
    # the writer's own musings
    ("I thought the new budget was a mistake.", []),
    ("I don't know that to be true.", []),
    ("Even if you want to ignore the budget, the numbers are bad.", []),
    ("One wonders why the ministers think the plan will work.", []),
    ("We know that the budget will fail.", []),
    # people at large, places and counts hold views nobody stated
    ("Average Spanish citizens wonder why their leaders spend so much abroad.", []),
    ("Madrid fears that the new president is a cunning strategist.", []),
    ("They assumed that the city could not recover.", []),
    ("Only 1 in 10 Britons believes the plan will work.", []),
    ("The Russians apparently did not expect the protests to spread.", []),
    ("The minister is seen by many in Europe as a reformer.", []),
    # a mental state with a bare noun for object holds no proposition
    ("The administration recognizes the threat posed by the rebels.", []),
    ("Our spies want everything on everybody.", []),
    # ... while a person, a group that speaks, or a speaking verb keeps its statement
    ("Maria Lopez believes the plan will work.", [("indirect", "the plan will work", "Maria Lopez")]),
    ("Environmental groups fear that the mine will pollute the river.",
     [("indirect", "the mine will pollute the river", "Environmental groups")]),
    ("Officials believe the gunman acted alone.", [("indirect", "the gunman acted alone", "Officials")]),
    ("Few experts believe that the deal will last.", [("indirect", "the deal will last", "Few experts")]),
    ("Spain said that the talks had failed.", [("indirect", "the talks had failed", "Spain")]),
]


@pytest.mark.parametrize(("text", "expected"), MINDS)
def test_minds(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected
