"""Round 36 (issue 17, changes on read allsides reports): a time in the phrase of the noun a compared or from-figure
counts is that figure's own ("compared to 180,000 crossings in the whole of 2013": the earlier side, not the
level reached); an "up/down from" hung on a poll share's own verb or noun plans no move ("50% support using force,
up from 34%": "support" and "want" are intent words only over a move, not as the share's verb). Sentences written
here; guards are near misses that must not change."""

from __future__ import annotations

import pytest
from change_kit import change_rows, change_times


@pytest.mark.parametrize(("text", "expected"), [
    # before: the to-side took 2014 and the from-side no time
    ("The agency counted more than 40,000 arrivals so far this year, compared to 31,000 arrivals in the whole of "
     "2019.", [("increase", "2019", "2020")]),
    ("Some 1,200 people have been detained this year, compared with 900 arrests in all of 2018.",
     [("increase", "2018", "2020")]),
    # guards: a time right after the figure, a compared figure with no time of its own, a to-side's own year
    ("Exports reached $12 billion, compared with $10 billion a year earlier.", [("increase", "2019", None)]),
    ("The army has 5,000 soldiers there, down from 8,000 in March.", [("decrease", "2020-03", None)]),
    ("Spending rose from $4 billion in 2010 to $9 billion in 2016.", [("increase", "2010", "2016")]),
])
def test_r36_compared_noun_time(text: str, expected: list[tuple]) -> None:
    assert change_times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: "support" / "want" read as an intent over the move, the change dropped
    ("Most oppose ground troops, but 48% support using air strikes, up from 31% a year ago.",
     [("increase", 31, 48, 17, 54.84)]),
    ("Now 61 percent want the troops home, down from 70 percent in May.", [("decrease", 70, 61, 9, 12.86)]),
    # guards: a forecast by people who are no figure, a plan over the move, a stance over a move
    ("Analysts expect 5% growth this year, up from 3% last year.", []),
    ("Officials expect 30,000 refugees this year, up from 3,600 in 2014.", []),
    ("The government plans to cut troops to 3,000, down from 5,200.", []),
    ("Most voters support the plan to raise taxes by 5 percent.", []),
])
def test_r36_share_verb(text: str, expected: list[tuple]) -> None:
    assert change_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the pair hung on the reporting verb lost its from-side, or the whole change
    ("There was a sharp drop in arrests, from 1,200 in 2015 to 800 in 2018.", [("decrease", 1200, 800, 400, 33.33)]),
    ("The ministry recorded a drop in exports, from $5 billion in May to $4.2 billion in June.",
     [("decrease", 5000000000, 4200000000, 800000000, 16)]),
    # guards: a pair the parse already hung on the noun, a lone "from" on the verb, two years, a pair with no years
    # between (an older rule), a giving verb
    ("The audit found a big increase in federal grants, from $2.5 billion in 2004 to nearly $6 billion in 2012.",
     [("increase", 2500000000, 6000000000, 3500000000, 140)]),
    ("The report saw a rise in attacks from 12 groups.", []),
    ("He noted a rise in violence from 2015 to 2018.", []),
    ("The company announced a cut in prices, from $10 to $8.", [("decrease", 10, 8, 2, 20)]),
    ("The group sent aid to 300 families, from 12 towns.", []),
])
def test_r36_pair_on_reporting_verb(text: str, expected: list[tuple]) -> None:
    assert change_rows(text) == expected
