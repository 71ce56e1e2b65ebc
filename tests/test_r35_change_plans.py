"""Round 35 (issue 17, change precision on read allsides reports, ranks 1600-1999): a move an agenda sets out is
planned, not made ("announced a social agenda, which included raising the minimum wage to $400": the word joins
the intent lexicon of data/change_modality.tsv); a move told in the past under a plan happened ("Under the new
agenda, rents rose 4 percent last year"), while one told ahead stays a plan. Sentences written here."""

from __future__ import annotations

import pytest
from change_kit import change_rows as _changes


@pytest.mark.parametrize(("text", "expected"), [
    # before: the agenda's measures were read as moves made
    ("The minister unveiled an economic agenda, which included raising the monthly minimum wage to $400 and a "
     "15 percent increase in the smallest pensions.", []),
    # before: a move told in the past under a plan was dropped as planned
    ("Under the plan, tariffs were cut to 5 percent in May.", [("decrease", None, 5, None, None)]),
    # guards (the first would fall with "agenda" in the lexicon without the past-tense test): a move told in the
    # past under an agenda, a call for a move, a move told ahead under a plan, a thing called an agenda moved, plain moves
    ("Under the new agenda, rents rose 4 percent last year.", [("increase", None, None, None, 4)]),
    ("The party's agenda calls for cutting taxes by 5 percent.", []),
    ("Under the plans, 84,000 jobs will be axed.", []),
    ("The council cut its agenda to 12 items.", [("decrease", None, 12, None, None)]),
    ("Rents rose 4 percent last year.", [("increase", None, None, None, 4)]),
    ("The government raised the minimum wage to $400 in May.", [("increase", None, 400, None, None)]),
])
def test_r35_change_plans(text: str, expected: list[tuple]) -> None:
    assert _changes(text) == expected
