"""Review 18's classes in times, amounts, changes and entities (main 72aa83e, findings of 8 unseen reports): a
weekday of a timetable or of a planned vote resolved to the week before, a holiday season, a wait told with
"before", a programme's "Now", "decade-long", "2-1/2 hours"; a spelled range with one scale word, frame words as
objects, a count glued to its noun ("a 40,000-troop drawdown"); persons' surnames geocoded, installations typed
as organizations, laws or products, an outlet cut short. Hand-written texts only."""

from __future__ import annotations

import pytest

import newsgraph


def _rec(text: str, published: str | None = "2013-09-20"):
    return newsgraph.extract(text, published=published, min_confidence=0.0)


def _times(rec) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in rec.times]


# -- (1) a weekday told by a timetable or a planned event looks ahead -------------------------------------------
@pytest.mark.parametrize("text, published, word, value", [
    ("The annual conference begins Monday in Vienna.", "2013-09-20", "Monday", "2013-09-23"),  # a Friday
    ("Delegates will arrive for the forum that opens Monday in Oslo.", "2013-09-20", "Monday", "2013-09-23"),
    ("The board meets on Thursday to weigh the offer.", "2013-09-17", "Thursday", "2013-09-19"),  # a Tuesday
    ("Senators paved the way for a vote on Wednesday on the measure.", "2019-09-03", "Wednesday", "2019-09-04"),
    ("The council is due to vote on Thursday.", "2013-09-17", "Thursday", "2013-09-19"),
    # the past stays in the past
    ("The mayor said Monday that the plan would fail.", "2013-09-20", "Monday", "2013-09-16"),
    ("The board met on Thursday to weigh the offer.", "2013-09-17", "Thursday", "2013-09-12"),
    ("The talks began Monday in Vienna.", "2013-09-20", "Monday", "2013-09-16"),
    ("Police arrested him for a protest on Monday.", "2013-09-20", "Monday", "2013-09-16"),
    ("The premier tried to bring the deal to the House for a vote on Saturday.", "2019-10-21", "Saturday", "2019-10-19"),
])
def test_weekday_direction(text, published, word, value):
    assert (word, value) in _times(_rec(text, published))


# -- (1) other dates ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, published, expected", [
    # a holiday's season: the nearest one, ten days ahead, not the year before
    ("The streets were packed with Christmas shoppers.", "2014-12-15", [("Christmas", "2014-12-25")]),
    ("The Christmas rush was over by then.", "2015-01-20", [("Christmas", "2014-12-25")]),
    # a wait told with "be ... before": a span, no date in the past
    ("The fund expects it will be several years before profits rise.", "2015-07-18", [("several years", "PXY")]),
    ("It was two years before the plant reopened.", "2015-07-18", [("two years", "P2Y")]),
    # a programme's name holds no time
    ("Speaking on the radio show Here and Now, the analyst said the plan was weak.", "2019-09-03", []),
    # "two decade-long wars": two wars, each a decade long
    ("The country is tired after two decade-long wars.", "2016-02-16", [("decade", "P10Y")]),
    ("It ended a two-decade-long feud.", "2016-02-16", [("two-decade", "P20Y")]),
    # a wire's way of writing a half
    ("He wants the interview limited to 2-1/2 hours.", "2018-06-03", [("2-1/2 hours", "PT2H30M")]),
    ("The flight lasted 3 1/2 hours.", "2018-06-03", [("3 1/2 hours", "PT3H30M")]),
])
def test_dates(text, published, expected):
    assert _times(_rec(text, published)) == expected


# -- (2) amounts -------------------------------------------------------------------------------------------------
def _amounts(text: str) -> list[tuple[str, float, str | None]]:
    return [(a.text, a.value, a.object) for a in _rec(text, "2015-07-18").amounts]


@pytest.mark.parametrize("text, expected", [
    # a spelled range takes the scale word written once after its second number
    ("The agency estimates the field holds three to five million barrels of oil.",
     ("three to five million barrels", 3_000_000, "oil")),
    ("Between two and three thousand troops remain.", ("two and three thousand", 2000, "troops")),
    ("The field holds 3 to 5 million barrels of oil.", ("3 to 5 million barrels", 3_000_000, "oil")),
    ("Two million to three million people fled.", ("Two million to three million", 2_000_000, "people")),
    # frame words are no object
    ("There were over 20 blocks up for bid accounting for over 200,000 square kilometers.",
     ("200,000 square kilometers", 200000, None)),
    ("The firm has a plan to lift that to 10,000 barrels per day.", ("10,000 barrels per day", 10000, None)),
    # (round 32: the pronoun "one" here is no amount at all; the senators stay counted)
    ("Among the bills was one co-sponsored by two senators.", ("two", 2, "senators")),
    # sport counts attempts and goals
    ("That is their only victory in eight attempts against them.", ("eight", 8, "attempts")),
    ("They won by one goal.", ("one", 1, "goal")),
    # a count glued to the noun it counts
    ("The army is in the middle of a 40,000-troop drawdown.", ("40,000", 40000, "troop")),
])
def test_amounts(text, expected):
    assert expected in _amounts(text)


def test_a_range_keeps_both_ends():
    a = _rec("The agency estimates the field holds three to five million barrels of oil.").amounts[0]
    assert (a.low, a.high) == (3_000_000, 5_000_000)


@pytest.mark.parametrize("text", [
    "They backed a two-state solution.",
    "The government announced a 5,000-job cut.",
])
def test_hyphened_kinds_stay_modifiers(text):
    assert _rec(text).amounts == []


@pytest.mark.parametrize("text, expected", [
    ("The army is in the middle of a 40,000-troop drawdown.", ("decrease", 40000, "troops:-:-")),
    ("The 3,000-soldier withdrawal began in May.", ("decrease", 3000, "troops:-:-")),
    ("Obama ordered a 30,000-troop increase in Afghanistan.", ("increase", 30000, "troops:-:AFG")),
    ("The army announced a drawdown of 40,000 troops.", ("decrease", 40000, "troops:-:-")),
])
def test_hyphened_troops_size_a_change(text, expected):
    assert [(c.direction, c.delta, c.measure) for c in _rec(text).changes] == [expected]


@pytest.mark.parametrize("text", [
    "It sent a 5,000-troop force to the border.",  # a force's size, no move
    "The 2,200 job cuts were announced on Monday.",  # counts the cuts
])
def test_no_change(text):
    assert _rec(text).changes == []


@pytest.mark.xfail(strict=True, reason="a planned move is no change in the r14 guidelines, and 'that' is the level "
                   "of the sentence before; left (review 18, MaTQ)")
def test_planned_lift_from_earlier_level():
    rec = _rec("The field pumped 1,300 barrels per day in 2014. The firm has a plan to lift that to 10,000 barrels "
               "per day.")
    assert [(c.from_value, c.to_value) for c in rec.changes] == [(1300, 10000)]


# -- (3) entities and places -------------------------------------------------------------------------------------
def _places(rec) -> list[str]:
    return [p.name for p in rec.places]


@pytest.mark.parametrize("text, absent", [
    ("He backed numerous Bush/Cheney war on terror policies and blocked reform after the Snowden reporting.",
     {"Būsh", "Leland"}),
    ("The senator praised Bush and Snowden alike.", {"Būsh", "Leland"}),
])
def test_persons_not_geocoded(text, absent):
    assert not absent & set(_places(_rec(text, "2020-07-09")))


@pytest.mark.parametrize("text, place", [
    ("Protesters gathered in Jordan on Friday.", "Jordan"),
    ("The delegates met in Austin on Monday.", "Austin"),
    ("The second doctor is likely to arrive in the USA within a few days.", "United States"),  # all capitals
    ("His time moved him to sixth place on the UK all-time list.", "United Kingdom"),
])
def test_places_that_are_surnames_stay(text, place):
    assert place in _places(_rec(text, "2020-07-09"))


def _types(rec) -> dict[str, str]:
    return {e.name: e.type for e in rec.entities}


@pytest.mark.parametrize("text, name, typ", [
    ("The Turkish Stream project would cross Greece.", "Turkish Stream", "FAC"),
    ("The Turkish Stream project is a rival to the Trans-Adriatic Pipeline.", "Trans-Adriatic Pipeline", "FAC"),
    ("The firm plans drilling at its onshore Ioannina block, as well as the KataKolo block.", "KataKolo", "FAC"),
    ("Sally Field won an award on Sunday.", "Sally Field", "PERSON"),
])
def test_facilities(text, name, typ):
    assert _types(_rec(text)).get(name) == typ


def test_outlet_cut_short():
    rec = _rec("OilPrice.com is a USA TODAY content partner. Its content is produced independently of USA TODAY.")
    assert "United States" not in _types(rec) and not _places(rec)
    assert _types(rec).get("USA Today") == "ORG"


@pytest.mark.parametrize("text, absent, present", [
    ("Muslim leaders condemned the attack, with the country's Grand Mufti, Ibrahim Abu Mohamed, saying he was "
     "devastated. The Grand Mufti and the imams council condemn this act, he said.", "Grand Mufti",
     "Ibrahim Abu Mohamed"),
])
def test_religious_titles_are_no_rows(text, absent, present):
    names = set(_types(_rec(text, "2014-12-15")))
    assert absent not in names and present in names


@pytest.mark.parametrize("text, name, mentions", [
    ("The Conservative Party lost its majority on Tuesday. More than a dozen members of Johnson's Conservative "
     "Party threatened to rebel.", "Conservative Party", 2),
])
def test_possessed_org_joins_its_plain_name(text, name, mentions):
    rows = [e for e in _rec(text, "2019-09-03").entities if e.type == "ORG"]
    assert [(e.name, len(e.mentions)) for e in rows] == [(name, mentions)]


def test_possessed_org_alone_is_left():
    rows = [e.name for e in _rec("Trump's Justice Department sued the state.").entities if e.type == "ORG"]
    assert rows == ["Trump's Justice Department"]
