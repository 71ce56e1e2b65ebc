"""Round 26 (issue 17): what a sum of money is, read from its frame where it has no noun of its own — the verb it is
the object of, "of between", a participle of valuing, a noun after a bracketed conversion — and one object
for a sum and its conversions. A superlative frame ("a record", "a low of") names nothing counted. Each class has
sentences that must change and near misses that must not. Sentences written here."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.record import canonical_object


def _objects(text: str) -> dict[str, str | None]:
    """figure text -> canonical object."""
    return {a.text: canonical_object(a.object) for a in newsgraph.extract(text).amounts}


@pytest.mark.parametrize(("text", "figure", "expected"), [
    # the verb the sum is the object of
    ("The miner plans to invest $2.4bn in a new smelter by 2009.", "$2.4bn", "investment"),
    ("The retailer agreed to invest 300m pesos over five years.", "300m pesos", "investment"),
    ("The city hopes to save £40m a year by closing depots.", "£40m", "savings"),
    ("The charity raised $3.2m at its spring gala.", "$3.2m", "funds"),
    ("The chain sold its frozen food arm to a rival for $640m.", "$640m", "price"),
    ("An old guitar managed to fetch $8,200 at the sale.", "$8,200", "price"),
    ("The station was fined a record $75,000 by the regulator.", "$75,000", "fine"),
    # "of between", a participle of valuing
    ("The bank forecast profits of between £210m and £230m for the year.", "£210m and £230m", "profits"),
    ("Two paintings valued at $400,000 were stolen from the house.", "$400,000", "paintings"),
    # a conversion in brackets: the noun after it, and one object for the group
    ("Fans paid for the band's £2m ($3.7m) debts after the split.", "£2m", "debts"),
    ("Fans paid for the band's £2m ($3.7m) debts after the split.", "$3.7m", "debts"),
    ("They proposed an annual investment of 90m pesos ($30m; £16m) in pipes.", "£16m", "investment"),
    ("Its exposure is less than 50m euros (£35m; $65m) in the region.", "$65m", "exposure"),
])
def test_money_frame(text: str, figure: str, expected: str) -> None:
    assert _objects(text)[figure] == expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("The shares lost $2.10 to close at $31.", "$2.10", "share_price"),  # "lose" is no verb of what money is
    ("The company is worth $5bn on paper.", "$5bn", None),  # a copula's subject owns the worth: none
    ("He paid a total of $10m in the end.", "$10m", None),  # "a total of": no thing named, no payment guessed
    ("It raised its offer by $2 to $30 a share.", "$2", "offer"),  # a change of the offer, not funds raised
    ("The club raised the fee $2 to $30.", "$2 to $30", None),  # "raised ... to" a figure: a change, not funds
    ("The insurer has paid out about $90m to storm victims.", "$90m", None),  # "payment" would say nothing
    ("Each household saved an average of £120 last winter.", "£120", None),  # a frame word before "of"
    ("The grant is capped at a maximum of £900 per pupil.", "£900", None),
    ("Loans had an average value of $410 per borrower.", "$410", None),
])
def test_money_frame_near_miss(text: str, figure: str, expected: str | None) -> None:
    assert _objects(text)[figure] == expected


@pytest.mark.parametrize(("text", "figure", "wrong"), [
    ("The index hit a record 7,400 in March.", "7,400", "record"),
    ("Rates fell to a 40-year low of 0.5% in 2009.", "0.5%", "low"),
    ("Oil touched a high of $147 a barrel.", "$147", "high"),
])
def test_superlative_frame_is_no_object(text: str, figure: str, wrong: str) -> None:
    assert _objects(text)[figure] != wrong


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("The studio won a record 12 awards that night.", "12", "awards"),  # the counted noun still counts
    ("The court ordered him to pay $5,000 after the guilty plea.", "$5,000", "fine"),  # the penalty rule first
    ("Labour's campaign cost £1.7m in all.", "£1.7m", "campaign"),  # the cost rule first
])
def test_earlier_rules_kept(text: str, figure: str, expected: str) -> None:
    assert _objects(text)[figure] == expected
