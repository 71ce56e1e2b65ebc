"""Round 34 (issue 17, changes on read allsides reports, ranks 1-1087): figures a walk up the parse reaches
through a preposition of movement that are still no side of the move. A count hyphened to a noun of a contest's
result is the win's margin ("surged to a six-seat victory"); a figure in a phrase of its own under "over" or
"above" is what the move is measured against; a figure per unit of time under "at a rate of" is a pace; a figure
alone in brackets right after another restates it in other units; a figure "compared with" that a phrase names as
another place's or group's, or another period's rate after a move told by its rate alone, is no from-side. Sentences written here (the reports'
constructions, other words and figures)."""

from __future__ import annotations

import pytest
from change_kit import change_rows as _changes


@pytest.mark.parametrize(("text", "expected"), [
    # before: the margin and the rival's seats were read as levels the party reached
    ("The ruling party surged to a six-seat victory over the opposition's 24 seats in the vote on Tuesday.", []),
    ("The ruling party surged to a 12-seat win in the election.", []),
    ("The party surged to victory over the opposition's 24 seats.", []),
    # before: "3,000" read as the altitude reached
    ("The jet began declining at a rate of more than 3,000 feet per minute.", []),
    ("The river was rising at a pace of 20 centimetres an hour.", []),
    # before: the conversion in brackets was a second fall
    ("The balloon fell 2,000 metres (6,500ft) before it landed in a field.", [("decrease", None, None, 2000, None)]),
    # before: the other place's or period's figure was the from-side
    ("The murder rate fell to 5 per 100,000, compared to 20 in Chicago.", [("decrease", None, 5, None, None)]),
    ("Arrests rose to 1,200 in the capital, compared with 800 in the rest of the country.",
     [("increase", None, 1200, None, None)]),
    ("Spending rose 5% in the north, compared with 2% in the south.", [("increase", None, None, None, 5)]),
    ("Sales increased 18%, compared with 12% for its rival.", [("increase", None, None, None, 18)]),
    ("Prices rose 1.2% in the month, compared to 0.1% a month earlier.", [("increase", None, None, None, 1.2)]),
    # guards: a compared figure at an earlier time, or told alone, is the from-side
    ("Exports rose to $32.5 billion in May, compared with $30 billion in April.",
     [("increase", 30000000000, 32500000000, 2500000000, 8.33)]),
    ("Profits fell to $2m in the third quarter, compared with $5m in the same quarter of 2018.",
     [("decrease", 5000000, 2000000, 3000000, 60)]),
    ("Arrivals jumped 40% to 9,000, compared with 6,400 last year.", [("increase", 6400, 9000, 2600, 40)]),
    ("Output fell to 300 tonnes, compared with 420 tonnes.", [("decrease", 420, 300, 120, 28.57)]),
    ("Arrivals rose 212% compared to the 40,120 arrivals in the same period the previous year.",
     [("increase", 40120, None, None, 212)]),
    # guards: a hedge "over" right before the figure, a percent rate, a strength, plain levels and sums
    ("Prices rose to over 20 percent in May.", [("increase", None, 20, None, None)]),
    ("Troops rose to over 5,000 by June.", [("increase", None, 5000, None, None)]),
    ("The index rose at an annual rate of 2.4% in the quarter.", [("increase", None, None, None, 2.4)]),
    ("The brigade grew to a 3,000-strong force.", [("increase", None, 3000, None, None)]),
    ("The company cut its budget by $40m (£31m) last year.", [("decrease", None, None, 40000000, None)]),
    ("The party increased its majority to 20 seats.", [("increase", None, 20, None, None)]),
    ("A 40,000-troop drawdown was ordered in June.", [("decrease", None, None, 40000, None)]),
    ("The plane fell from 37,000 to 15,000ft.", [("decrease", 37000, 15000, 22000, 59.46)]),
])
def test_r34_changes(text: str, expected: list[tuple]) -> None:
    assert _changes(text) == expected
