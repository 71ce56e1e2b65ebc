"""Round 23, sports (issue 17, the end review's NHL roundup): a game score or a win-loss record counts no team.
Rows marked "before:" failed at main 7914aee5; the guards keep real counts beside them. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from newsgraph import extract

# (text, the figures that must not be amounts)
NOT_COUNTS = [
    ("Final: Wild 4, Sabres 1.", {"4", "1"}),  # before: 1 Sabres
    ("The Wild improved to a 10-3-2 record.", {"10", "3", "2"}),  # before: 10 record
    ("Carolina (12-4-1) beat Chicago 3-2.", {"12", "4", "1", "3", "2"}),  # before: 12
    ("They drew 6-6 at Swansea.", {"6"}),  # before: two 6s in Britain
    ("Minnesota beat Buffalo 4-1 on Tuesday night.", {"4", "1"}),  # (held before too)
]

# (text, a figure that must stay an amount)
STILL_COUNTS = [
    ("Police arrested 12 people in Buffalo, and 4 were charged.", "12"),
    ("The club sold 3 players and signed 2 in January.", "3"),
    ("About 40,000 fans, 12 of them hurt, left the stadium.", "40,000"),
]


@pytest.mark.parametrize(("text", "figures"), NOT_COUNTS)
def test_scores_are_no_counts(text: str, figures: set[str]) -> None:
    got = [a.text for a in extract(text).amounts]
    assert not figures & set(got), got


@pytest.mark.parametrize(("text", "figure"), STILL_COUNTS)
def test_counts_beside_scores_stay(text: str, figure: str) -> None:
    assert figure in [a.text for a in extract(text).amounts]
