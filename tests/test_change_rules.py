"""Issue 17, round 6: general change rules read from round 5's BBC set (now tune) and tried on real reports.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb with the particle "up"/"down" that moves a figure only with it (data/change_verbs.tsv)
        ("Copper prices shot up more than 9% on Monday.", [(None, None, "increase", None, 9)]),
        ("Fares went down by 4% in March.", [(None, None, "decrease", None, 4)]),
        ("The drought helped push down the reservoir level to 41%.", [(None, 41, "decrease", None, None)]),
        # a second bare figure coordinated with the first is a second move in the same role
        ("Exports grew a modest 1.5% in 2010 and 3.1% a year later.",
         [(None, None, "increase", None, 1.5), (None, None, "increase", None, 3.1)]),
        # ... but a percent restating a count keeps its own role in the same move
        ("The index fell 212 points, or 1.8 percent, on Friday.", [(None, None, "decrease", 212, 1.8)]),
        # "up/down from X" after a figure only compared with ("than the N forecast") goes with the figure moved
        ("The bank reported a cost ratio of 61.2%, worse than the 58% expected by analysts and up from 57.4% a "
         "year ago.", [(57.4, 61.2, "increase", 3.8, 6.62)]),
        # "Y, compared with a loss of X in <earlier time>": a profit after a loss, the from-side negative (round 16:
        # no rate is derived across zero, a loss's 500% rise means nothing)
        ("The airline made a net profit of 2bn euros, compared with a loss of 500m euros in 2009.",
         [(-500000000, 2000000000, "increase", 2500000000, None)]),
        # a present-tense condition on a move told in the past says how it is counted
        ("If fuel is excluded, factory prices rose 0.4% in June.", [(None, None, "increase", None, 0.4)]),
        # a clause after "after" tells what happened; the modal above it is not the move's
        ("Schools should keep fees low after being given an average grant increase of 7%.",
         [(None, None, "increase", None, 7)]),
        # a verb of rise says the direction, whatever an inverted quote's numbers do
        ("The peso climbed to 17.2 per US dollar, up from 17.9.", [(17.9, 17.2, "increase", 0.7, 3.91)]),
        # a later level told apart in a coordinated clause ("and ... stood at") is not the move's target
        ("The share dropped to 62% in May and by the end of June stood at 60%.", [(None, 62, "decrease", None, None)]),
        # "X take/bring the total to Y": the subject's figure is what was added
        ("The 300 new posts take the total number of inspectors to 1,200.", [(None, 1200, "increase", 300, None)]),
        # a place in a chart after "places to" is no level
        ("The single climbed four places to number three.", [(None, None, "increase", 4, None)]),
        # "lift" is a verb of rise ("lifting the yield five basis points to 7.06 percent")
        ("Bonds fell, lifting the yield six basis points to 4.2 percent.",
         [(None, 4.2, "increase", 6, None)]),
        # "at a rate of N%" on a verb of movement says how fast, not the level reached
        ("Output grew at an annual rate of 3.1% in the spring.", [(None, None, "increase", None, 3.1)]),
        # "added N% to X": after a rate, the level reached (not the base "added to")
        ("Its shares added 4.1% to 820 yen.", [(None, 820, "increase", None, 4.1)]),
        # "down from X" after a figure with its conversion in brackets goes with the figure
        ("The bank said it earned $12m (£9.4m) in the quarter, down from a profit of $90m a year ago.",
         [(90000000, 12000000, "decrease", 78000000, 86.67)]),
        # conversions listed in brackets are the same figure
        ("Revenue rose 5% to 3bn euros ($3.9bn; £2.6bn).", [(None, 3000000000, "increase", None, 5)]),
    ],
)
def test_change_rules(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels said they shot down three of the drones.",  # "shoot down" destroys, it moves no figure
        "Officials said the rocket fell 200 miles (320 kilometers) from the coast.",  # where it landed
        "He had added the 10,000m crown by then.",  # a measure naming a kind of thing
        "Growth is set to halve this year.",  # a schedule or forecast
        "The minister has to trim the deficit by 0.5 percentage points a year.",  # an obligation
        "The operator has offered a 6% increase in wages.",  # an offer
        "She won the singles and doubles titles in 2008.",  # a noun coordinated with a noun, tagged as a verb
        "The bank will raise interest rates three times this year.",  # how often, not by how much
        "The mayor promised to cut the budget by $40 million.",  # a promise
        "The opposition is committed to cutting spending by 2 billion pounds.",  # a pledge
        "The senator supports a reduction in the limit from 18 weeks to 12.",  # a stance
        "Inflation is tipped to fall to 2% by next spring.",  # a forecast
        "Debts will increase to 90m euros by March unless a buyer is found.",  # a move under a condition
    ],
)
def test_not_changes(nlp_amounts: Any, text: str) -> None:
    assert _changes(nlp_amounts, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rise only compared with ("less than the 5.2% rise the month before") is not a second move
        ("Prices rose at an annual rate of 4%, less than the 5.2% rise the month before.",
         [(None, None, "increase", None, 4)]),
        # an expected level in a clause of its own is not the move's target
        ("Inflation fell to 3.9% and is expected to remain at between 2% and 3% until 2010.",
         [(None, 3.9, "decrease", None, None)]),
        # "had"/"set out" above a move do not make it planned (only "is set to", "has to" do)
        ("The bank had net income of $4bn in its last year, a 9% increase on the previous year.",
         [(None, 4000000000, "increase", None, 9)]),
        ("More than 20,000 people have set out for the coast so far this year, a 30 percent increase.",
         [(None, 20000, "increase", None, 30)]),
    ],
)
def test_only_the_move_told(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "m" before a currency word is a million, not metres
        ("The firm lost 134.7m euros last year.", [(134700000, "money", "EUR")]),
        ("Profits reached 19bn kronor.", [(19000000000, "money", "SEK")]),
    ],
)
def test_short_scales_before_currency_words(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    doc = nlp_amounts(text)
    assert [(a["value"], a["kind"], a["currency"]) for a in doc._.newsgraph_amounts] == expected


def test_a_loss_moved_from_is_below_zero(nlp_amounts: Any) -> None:
    text = "Net profit came in at 2.1bn euros (£1.4bn; $2.7bn), a sharp change from the loss of 200m euros in 2008."
    assert _changes(nlp_amounts, text) == [(-200000000, 2100000000, "increase", 2300000000, None)]  # no rate across 0
    # a write-down is a charge, not a move of the figure
    assert _changes(nlp_amounts, "The group took a 700m euro write-down on its stores.") == []
