"""Issue 17, round 16b: changes in the shapes of market and results reports. A move verb with a size and then a
level ("lost 3.1% to 412 yen"); "up"/"down" with a size and a "to" level and no verb of movement ("ended Friday
down $1.12 to $45.30"), while a bare "was up 3%" or "closed down 1.5% at 4,020" stays out as the r14 guidelines
say; "went up to Y from X"; "in the second half of" is no "in half"; the figure compared is the first of a
conversion list, not its last conversion.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import changes_of as _changes


@pytest.mark.parametrize(
    "text, expected",
    [
        # "lose" with a size and then a level
        ("Shares in the steelmaker lost 3.1% to 412 yen in Tokyo.", [(None, 412, "decrease", None, 3.1)]),
        ("The carmaker's shares lost 40 cents to $18.20.", [(None, 18.2, "decrease", 0.4, None)]),
        # no level after "to": what was lost and to whom, no move of a figure
        ("The retailer lost £2m to fraud last year.", []),
        ("The club lost 3-1 to Leeds on Saturday.", []),
        ("The firm lost 5,000 customers to its rivals.", []),
    ],
)
def test_lost_size_to_level(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "up to" right after a verb its particle moves: the level, with its from-side after it
        ("The jobless rate went up to 6.1% from 5.9% in March.", [(5.9, 6.1, "increase", 0.2, 3.39)]),
        ("Output went down to 2.1 million tonnes from 2.4 million tonnes.",
         [(2400000, 2100000, "decrease", 300000, 12.5)]),
        # a hedge under a modal stays no move
        ("Prices could go up to 8% next year.", []),
    ],
)
def test_went_up_to_from(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a size and then a level after "up"/"down": a move, whatever verb holds them
        ("Light crude ended Friday down $1.12 to $45.30 a barrel.", [(None, 45.3, "decrease", 1.12, None)]),
        ("The FTSE 100 closed up 23.4 points to 4,812.", [(None, 4812, "increase", 23.4, None)]),
        ("Exports were down 12% from a year earlier to 3.4bn rupees.", [(None, 3.4e9, "decrease", None, 12)]),
        ("Profits were up 8% to £91m.", [(None, 91e6, "increase", None, 8)]),
        # no level after "to": left out, as the guidelines leave "was up N%" and "closed down N% at Y"
        ("Shares in the bank were up 3% at 620p.", []),
        ("The Dax closed down 1.5% at 4,020.", []),
        ("Retail sales were up 2% in the quarter.", []),
        # two percents side by side are a range of rates
        ("Prices were up 2% to 3% across the region.", []),
        # a bare "down" of the noun of a "with" phrase is no second move of the verb
        ("The yen fell 1.2% to 104.5, with the euro down 0.8%.", [(None, 104.5, "decrease", None, 1.2)]),
    ],
)
def test_way_size_to_level(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a period is no "in half"; a participle's object keeps its own "to"
        ("Sales declined in the second half of the year, pushing the deficit to a record $12bn.", []),
        ("Sales fell sharply in the first half of 2004.", []),
        ("The workforce was cut in half, to 400.", [(None, 400, "decrease", None, 50)]),
        # the figure compared is the first of its conversions
        ("Net profit was $120m (£64m; 93m euros), compared with $90m a year earlier.",
         [(90e6, 120e6, "increase", 30e6, 33.33)]),
        ("Net profit rose to 300m euros ($390m; £210m) from 250m euros.", [(250e6, 300e6, "increase", 50e6, 20)]),
        # a size in pence against a level in pence stays in pence; cents against dollars become dollars
        ("Shares in the brewer rose 12 pence to 340p.", [(None, 340, "increase", 12, None)]),
        ("Oil fell 35 cents to $59.24.", [(None, 59.24, "decrease", 0.35, None)]),
    ],
)
def test_halves_conversions_pence(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "lose" takes only the level of its own "to": a later verb's "to" is that verb's
        ("The shares lost 30 cents or 12% to $2.20 before rallying to $2.45.", [(None, 2.2, "decrease", 0.3, 12)]),
        # cents against a level counted in dollars (a currency the scanner does not know) become dollars
        ("Shares lost 40 Canadian cents to 3.10 Canadian dollars.", [(None, 3.1, "decrease", 0.4, None)]),
        # the other order: a level, then its size set off after it, the same way as the verb
        ("Shares in the steelmaker fell to 412 yen, down 3.1%.", [(None, 412, "decrease", None, 3.1)]),
        ("Shares lost 3.1% in Tokyo to 412 yen.", [(None, 412, "decrease", None, 3.1)]),
    ],
)
def test_own_level_either_order(nlp_amounts: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _changes(nlp_amounts, text) == expected
