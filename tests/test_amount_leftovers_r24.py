"""Round 24 (issue 17): amount leftovers of r24-mobj on reports unlike the gold: model numbers and product
lines, rough ranges told with a comma, a level noun alone ('average'), market wraps, set phrases. Each class has
sentences that must change and near misses that must keep their figure. Sentences written here."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.record import amount_key, canonical_object


def _figures(text: str) -> dict[str, str | None]:
    return {a.text: canonical_object(a.object) for a in newsgraph.extract(text).amounts}


# 1-2, 5: numbers that count nothing (the figure must not be read), and near misses that keep their count
@pytest.mark.parametrize(("text", "figure"), [
    ("Owners of the 6230 phone were told to update it.", "6230"),
    ("Buyers of the 6230 handset complained, and some 6230 owners returned it.", "6230"),
    ("Apple's 5310 laptop went on sale in March.", "5310"),
    ("The worm attacks handsets that run Series 40 software.", "40"),
    ("She first joined the band two, three years ago.", "two"),
    ("We saw five, six trucks on the road.", "five"),
    ("Beijing repeated its pledge of one country, two systems for the territory.", "one"),
    ("Beijing repeated its pledge of one country, two systems for the territory.", "two"),
    ("The reform was fought under the slogan one man, one vote.", "one"),
    ("The Standard & Poor's 500 index fell 0.4%.", "500"),
])
def test_no_count(text: str, figure: str) -> None:
    assert figure not in _figures(text)


@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("The firm sold 60 phones in May.", "60", "phones"),
    ("The company shipped 6230 phones last week.", "6230", "phones"),  # a plural counts
    ("A 100 car convoy crossed the border.", "100", None),  # a round hundred is no model number
    ("Airbus won a 250 plane order.", "250", None),  # "a" before the figure: a count written without its hyphen
    ("A 250 plane order went to Airbus.", "250", None),
    ("Two, three people were hurt in the crash.", "three", "injured"),  # the upper end of the guess stays
    ("One soldier, two civilians and a child were killed.", "two", "civilians"),  # a list of counts, no slogan
])
def test_keeps_count(text: str, figure: str, canonical: str | None) -> None:
    figures = _figures(text)
    assert figure in figures and (canonical is None or figures[figure] == canonical)


# 3: a level noun alone is no object; what is averaged still is
@pytest.mark.parametrize(("text", "figure", "canonical"), [
    ("Rents went up by an average of 6.4% in the capital.", "6.4%", "rents"),  # the change's subject
    ("The survey gave an average of 7.5% for the year.", "7.5%", None),
    ("An average of 250 workers a day joined the strike.", "250", "workers"),
    ("The Nikkei average lost 40 points on Monday.", "40", "nikkei"),
])
def test_average(text: str, figure: str, canonical: str | None) -> None:
    assert _figures(text)[figure] == canonical


# 4: a market wrap's figure is its index's
@pytest.mark.parametrize(("text", "figure", "key"), [
    ("On Tuesday the S&P 500 gained 9 points.", "9", "s_and_p_500.point:-:-"),
    ("The Dow added 35 points by the close.", "35", "dow_jones.point:-:-"),
    ("In Europe the STOXX 600 index dropped 0.8%.", "0.8%", "stoxx.pct:-:-"),
    ("The Nikkei 225 closed at 19,500.", "19,500", "nikkei.point:-:-"),
    # "Standard & Poor's 500": the 500 is the name's, the figures of "was off ... to close at" the index's
    ("The Standard & Poor's 500 index was off 0.7 percent to close at 1,850.25.", "0.7 percent",
     "s_and_p_500.pct:-:-"),
    ("The Standard & Poor's 500 index was off 0.7 percent to close at 1,850.25.", "1,850.25",
     "s_and_p_500.point:-:-"),
    # near misses: a company named like an index, an index of another number than the table's
    ("Dow Chemical cut 300 jobs.", "300", "jobs:-:-"),
    ("Shares in the FTSE 250 rose 2%.", "2%", None),
    ("Shares of firms outside the FTSE 100 were 3% higher.", "3%", None),  # the shares', not the index's
])
def test_market_wraps(text: str, figure: str, key: str | None) -> None:
    found = [a for a in newsgraph.extract(text).amounts if a.text == figure]
    assert found and amount_key(found[0]) == key
