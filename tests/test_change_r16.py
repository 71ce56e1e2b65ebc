"""Issue 17, round 16: a rate compared period on period ("15% year-on-year") is no duration; a fraction of a
point is a size in points; a level restated per share is no second move; "rose 3p, or 2.1%, to 145p" keeps its
size when the parse hangs the "to" on the restated percent.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes

from newsgraph.extract.amounts import scan


@pytest.mark.parametrize(
    "text, expected",
    [
        # period on period: the rate's comparison, not how long anything lasted
        ("Exports rose 15% year-on-year.", [("15%", 15, "percent")]),
        ("Prices rose 3% year on year.", [("3%", 3, "percent")]),
        ("Sales rose 5% month-on-month.", [("5%", 5, "percent")]),
        ("Output grew 2% quarter-over-quarter.", [("2%", 2, "percent")]),
        # still durations
        ("He sat for 15 years on the board.", []),
        ("Three years on, the plant is shut.", []),
        ("They signed a 3-year deal.", []),
    ],
)
def test_period_on_period(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(q.text, q.value, q.kind) for q in scan(text) if q.skip is None] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Exports increased by 15% year-on-year to $52bn.", [(None, 52e9, "increase", None, 15)]),
        ("Car output fell 4% year on year in May.", [(None, None, "decrease", None, 4)]),
    ],
)
def test_period_on_period_moves(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fraction of a point: a size in points (a `delta`), never a rate of 25 or 50 percent
        ("The bank raised interest rates by a quarter of a point to 4.75%.", [(None, 4.75, "increase", 0.25, None)]),
        ("The central bank cut its key rate by half a percentage point to 2%.", [(None, 2, "decrease", 0.5, None)]),
        ("Rates rose by a quarter point to 4.5%.", [(None, 4.5, "increase", 0.25, None)]),
        ("Rates fell by three-quarters of a percentage point.", [(None, None, "decrease", 0.75, None)]),
        # a fraction of the thing itself stays a rate
        ("Profits fell by a quarter.", [(None, None, "decrease", None, 25)]),
    ],
)
def test_fraction_of_a_point(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the level told per share after ", or" restates it: one move
        ("Profit jumped to $1.1bn, or 45 cents a share, from $800m, or 31 cents a share.",
         [(800e6, 1.1e9, "increase", 300e6, 37.5)]),
        ("Net income rose to $2bn, or 60 cents per share.", [(None, 2e9, "increase", None, None)]),
        # a second level with no "or" and no share is still a move of its own
        ("Sales dipped to $1.5 billion the next year and roughly $1.35 billion in 2012.",
         [(None, 1.5e9, "decrease", None, None), (None, 1.35e9, "decrease", None, None)]),
    ],
)
def test_per_share_restated(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a size in pence, restated as a percent, then the level: the parse hangs "to" on the percent
        ("Shares in the group rose 3p, or 2.1%, to 145p.", [(None, 145, "increase", 3, 2.1)]),
        ("Oil rose $1.20, or 2.8%, to $44.50 a barrel.", [(None, 44.5, "increase", 1.2, 2.8)]),
        # money a rising verb takes with no level after it is still money raised, no move
        ("The charity raised $5m, or twice its goal.", []),
    ],
)
def test_size_restated_then_level(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "N-strong": how many there were before the move
        ("Its 3,000-strong workforce will be cut to 2,100 by the summer.", [(3000, 2100, "decrease", 900, 30)]),
        ("The party saw its 120-strong majority cut to just 30.", [(120, 30, "decrease", 90, 75)]),
        ("Its 1,200-strong workforce has been reduced by a third.", [(1200, None, "decrease", None, 33.33)]),
        # with no move it is only a count
        ("He joined a 19-strong panel of judges.", []),
    ],
)
def test_strong_is_the_level_before(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


def test_strong_is_a_count() -> None:
    assert [(q.text, q.value, q.skip) for q in scan("a 40-strong team")] == [("40", 40, None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate named by a noun of growth is that growth's size, as "growth of 8%"
        ("This equated to an annual investment growth rate of 8%.", [(None, None, "increase", None, 8)]),
        ("The region's economic growth rate of 9.5% was the highest in Asia.", [(None, None, "increase", None, 9.5)]),
        # a rate named otherwise is a level; a growth rate moved from one level to another stays that move
        ("It pays an interest rate of 5%.", []),
        ("Growth tumbled from an annual expansion rate of 8.1 percent to 4.5 percent.",
         [(8.1, 4.5, "decrease", 3.6, 44.44)]),
        # a forecast of growth is no move
        ("The economy will post a growth rate of 3% next year.", []),
    ],
)
def test_growth_rate(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb that reports a movement noun holds its "to": the noun's level
        ("The firm posted a 7% rise in profits to £1.2bn.", [(None, 1.2e9, "increase", None, 7)]),
        ("The chain reported a fall in sales to $300m.", [(None, 300e6, "decrease", None, None)]),
        # a verb of giving: "to" names who receives
        ("The board gave a 4% rise to its pilots.", [(None, None, "increase", None, 4)]),
    ],
)
def test_reported_noun_level(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a movement noun set off after the verb's move restates it: its size joins that move
        ("Revenue at the unit climbed to $3.1bn, an increase of 11%.", [(None, 3.1e9, "increase", None, 11)]),
        ("Sales rose to £40m, a rise of 8%.", [(None, 40e6, "increase", None, 8)]),
        # the move already has a rate: the noun's is another one, a move of its own
        ("Sales rose 5% to £40m, a rise of 8% in real terms.",
         [(None, 40e6, "increase", None, 5), (None, None, "increase", None, 8)]),
    ],
)
def test_apposed_size(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The survey's balance stood at minus 10.", [("minus 10", -10)]),
        ("Confidence fell to minus 2.5 in May.", [("minus 2.5", -2.5)]),
        # a margin of error is no sign
        ("The poll has a margin of plus or minus 3 points.", [("3", 3)]),
        ("The margin is plus-minus 3 percent.", [("3 percent", 3)]),
    ],
)
def test_minus_sign(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [(q.text, q.value) for q in scan(text) if q.skip is None] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a balance compared with the previous survey's; no rate across zero
        ("The balance of orders stood at plus 12, compared with minus 4 in the previous survey.",
         [(-4, 12, "increase", 16, None)]),
        ("Consumer confidence fell to minus 9 in March from minus 4 in February.", [(-4, -9, "decrease", 5, None)]),
    ],
)
def test_signed_balances(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part lost of a whole the owner holds and the text counts: a decrease by the part
        ("The chain has lost two of its five directors this year.", [(None, None, "decrease", 2, None)]),
        ("The party lost one of its two seats.", [(None, None, "decrease", 1, None)]),
        ("The firm lost 300 of its 1,200 staff.", [(None, None, "decrease", 300, None)]),
        # no owner's whole: games lost, money lost are no move of a count
        ("He lost two of the five games.", []),
        ("The fund lost £2m last year.", []),
    ],
)
def test_lost_part(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One of its three plants will close.", [("One", 1), ("three", 3)]),
        ("One of them was hurt.", []),
    ],
)
def test_one_of_a_counted_whole(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    doc = nlp_amounts(text)
    assert [(a["text"], a["value"]) for a in doc._.newsgraph_amounts] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Its 1,200-strong workforce has been reduced by a third.", [("1,200", 1200, "workforce")]),
        ("The 500-strong team was sent home.", [("500", 500, "team")]),
    ],
)
def test_strong_counts_its_noun(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    doc = nlp_amounts(text)
    assert [(a["text"], a["value"], a["object"]) for a in doc._.newsgraph_amounts] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "half" parsed as a word of the time after "by": still a fall by half
        ("The company's share price has fallen by more than half this year.", [(None, None, "decrease", None, 50)]),
        ("Its value has fallen by half this year.", [(None, None, "decrease", None, 50)]),
        # a percent after "by" with a time after it is unchanged
        ("Prices fell by 5% this year.", [(None, None, "decrease", None, 5)]),
    ],
)
def test_by_half_before_a_time(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected
