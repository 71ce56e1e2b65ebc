"""Round 22 (wave 2), issue #17's leftovers: an index's points, the state behind a person who imposes a tariff,
a toll told as "among the dead", and people driven from their homes named by a demonym. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

import newsgraph


def _keys(text: str) -> dict[str, str | None]:
    rec = newsgraph.extract(text, published="2021-06-10", title="Test")
    return {a.text: a.measure for a in rec.amounts}


# 1. points are an index's unit: a figure of an index is a measure in points, never a count of indexes
@pytest.mark.parametrize(("text", "figure", "key"), [
    ("The index fell 30 points on Monday.", "30", "index.point:-:-"),
    ("The Dow Jones index fell 300 points to 25,000.", "300", "dow_jones.point:-:-"),  # round 23: keyed by the index name
    ("The Dow Jones index fell 300 points to 25,000.", "25,000", "dow_jones.point:-:-"),  # round 23: keyed by the index name
    ("The Nasdaq composite rose 80 points.", "80", "nasdaq.point:-:-"),  # round 23: keyed by the index name
    # a percent of an index stays a percent, a difference of percents stays in percentage points
    ("The S&P 500 index dropped 2 percent.", "2 percent", "s_and_p_500.pct:-:-"),  # round 24: keyed by the index name
    ("The index rose 1.5 percentage points.", "1.5 percentage points", "index.pp:-:-"),
    # "index" naming what kind of thing is counted is no index of its own
    ("The fund holds 30 index funds.", "30", "funds:-:-"),
])
def test_an_index_is_measured_in_points(text: str, figure: str, key: str) -> None:
    assert _keys(text).get(figure, "missing") == key


def test_an_index_move_is_keyed_in_points() -> None:
    rec = newsgraph.extract("The index fell 30 points on Monday.", published="2021-06-10", title="Test")
    assert [(c.delta, c.measure) for c in rec.changes] == [(30, "index.point:-:-")]
    assert [(a.kind, a.unit, a.dimension) for a in rec.amounts] == [("measure", "point", "measure")]


# 2. a tariff is owned by the state its imposer acts for, a pronoun read as the speaker of its clause
@pytest.mark.parametrize(("text", "figure", "key"), [
    ("Trump says he is placing a 5% tariff on all Mexican imports.", "5%", "tariffs.pct:USA:MEX"),
    ("President Donald Trump said Thursday he is placing a 5% tariff on all Mexican imports.", "5%",
     "tariffs.pct:USA:MEX"),
    ("Trudeau said he would impose a 10 percent tariff on American steel.", "10 percent", "tariffs.pct:CAN:USA"),
    ("China said it would impose a 25 percent tariff on American soybeans.", "25 percent", "tariffs.pct:CHN:USA"),
    ("The United States will place a 5% tariff on all Mexican imports.", "5%", "tariffs.pct:USA:MEX"),
    ("President Donald Trump threatened to impose a 25 percent tariff on cars.", "25 percent", "tariffs.pct:USA:-"),
    # no state behind the subject: no owner
    ("Smith said he would impose a 10 percent tariff.", "10 percent", "tariffs.pct:-:-"),
    ("Economists said they expected a 10 percent tariff.", "10 percent", "tariffs.pct:-:-"),
])
def test_a_tariff_is_owned_by_the_state_its_imposer_acts_for(text: str, figure: str, key: str) -> None:
    assert _keys(text).get(figure, "missing") == key


# 3. "among the dead" tells the outcome; "crushed to death" already did
@pytest.mark.parametrize(("text", "figure", "key"), [
    ("The ministry said at least nine Britons were among the dead in Ruritania.", "nine", "deaths:GBR:-"),
    ("Three Americans were among the dead.", "Three", "deaths:USA:-"),
    ("Among the dead were three Americans.", "three", "deaths:USA:-"),
    ("Twelve children were among the injured, officials said.", "Twelve", "injured:-:-"),
    ("At least 56 Iranians were crushed to death Tuesday in a stampede.", "56", "deaths:IRN:-"),
    # among others than the harmed: no outcome
    ("Five Britons were among the passengers.", "Five", "britons:GBR:-"),
    ("Two Britons were among dead ends and false leads.", "Two", "britons:GBR:-"),
])
def test_among_the_dead_counts_deaths(text: str, figure: str, key: str) -> None:
    assert _keys(text).get(figure, "missing") == key


# 4. people driven from their homes, named by a demonym, are located in their country
@pytest.mark.parametrize(("text", "figure", "key"), [
    ("About 1.2 million Iraqis were forced from their homes.", "1.2 million", "displaced:-:IRQ"),
    ("The fighting displaced 40,000 Iraqi civilians.", "40,000", "displaced:-:IRQ"),
    # a stated place wins; an owner that is no demonym of the counted people stays
    ("More than 300,000 Syrians were displaced in Lebanon.", "300,000", "displaced:SYR:LBN"),
    ("The floods drove 40,000 people from their homes in Mozambique.", "40,000", "displaced:-:MOZ"),
])
def test_displaced_demonyms_are_located_at_home(text: str, figure: str, key: str) -> None:
    assert _keys(text).get(figure, "missing") == key
