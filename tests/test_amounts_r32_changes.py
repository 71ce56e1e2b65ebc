"""Round 32 (issue 17, item 6 and item 4): changes read on the tune golds and read ranks 300-599. A sum that
restates a percent ("gained 14.7%, or $8.05") is the same move's size, never a second change of 8.05%;
"rebound" is a verb of rising; a time after "since" in a superlative's phrase ("its biggest rise since June 6,
2008", "the lowest since 2000") dates the record the figure is set against, never the move or the figure.
Sentences written here (facts of the read reports, other words)."""

from __future__ import annotations

import pytest
from change_kit import PUB as _PUB
from change_kit import change_rows as _changes
from change_kit import change_times as _times

import newsgraph


@pytest.mark.parametrize(("text", "expected"), [
    # before: a second change with pct 2 / 8.05 (the sum took the percent's role)
    ("The shares rose 5%, or $2, to $42.", [("increase", None, 42, 2, 5)]),
    ("The shares rose 5%, or $2.", [("increase", None, None, 2, 5)]),
    ("Crude for October delivery gained 14.7%, or $8.05, at $62.90 a barrel on Monday.",
     [("increase", None, 62.9, 8.05, 14.7)]),
    # before: no change ("rebound" was no verb of movement)
    ("The index rebounded 0.9% on Monday.", [("increase", None, None, None, 0.9)]),
    ("The pound rebounded to $1.30 from $1.25.", [("increase", 1.25, 1.3, 0.05, 4)]),
    ("The index fell 3.1% on Sunday after the attack, but rebounded around 0.9% on Monday.",
     [("decrease", None, None, None, 3.1), ("increase", None, None, None, 0.9)]),
    # guards: the other order and the same kind keep their roles
    ("The Dow dropped 611 points, or 3.39 percent, to 17,400.", [("decrease", None, 17400, 611, 3.39)]),
    ("Brent jumped $8.80, or 14.6%, to $69.02 a barrel.", [("increase", None, 69.02, 8.8, 14.6)]),
    ("Sales rose 5% in May and 3% in June.", [("increase", None, None, None, 5), ("increase", None, None, None, 3)]),
    ("Interest in the case rebounded after the hearing.", []),
])
def test_restated_sizes_and_rebounds(text: str, expected: list[tuple]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the record's year or day was the from-side's or the move's time
    ("Brent crude jumped $8.80, or 14.6%, to $69.02 a barrel, its biggest point rise since June 6, 2008.",
     [("increase", None, None)]),
    ("The pound fell 2% to $1.20, its lowest level since 1985.", [("decrease", None, None)]),
    ("Brent jumped 14.6% to $69.02, its sharpest percentage gain on record dating back to 1988.",
     [("increase", None, None)]),
    ("Unemployment fell to 4.1%, the lowest since 2000.", [("decrease", None, None)]),
    # guards: the move's own day stays; a "since" the verb governs is where the move started
    ("Iran has tripled its stockpile to 1,500 kilograms since May.", [("increase", "2020-05", None)]),
    ("The index has risen 20% since March, its biggest gain since 2009.", [("increase", "2020-03", None)]),
    ("Oil prices rose 10% on Monday, the largest daily gain since Sept. 22, 2008.",
     [("increase", None, "2020-09-14")]),
    ("Exports have risen 5% since 2009.", [("increase", "2009", None)]),
    ("Exports fell to $5 billion in June, down from $6 billion in May.", [("decrease", "2020-05", "2020-06")]),
])
def test_record_since_is_no_change_time(text: str, expected: list[tuple]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: 1985 (the record's year) was the figure's time
    ("The pound stood at $1.20, its lowest level since 1985.", None),
    # guards: a figure's own time stays
    ("The pound stood at $1.20 on Monday, its lowest level since 1985.", "2020-09-14"),
    ("The pound stood at $1.20 on Monday.", "2020-09-14"),
    ("Some 400,000 people have been killed since 2011.", "2011"),
])
def test_record_since_is_no_figure_time(text: str, expected: str | None) -> None:
    amounts = newsgraph.extract(text, published=_PUB).amounts
    assert amounts[0].time == expected
