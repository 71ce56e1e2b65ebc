"""Issue 17, round 23: amount objects on reports unlike the gold (business, politics and tech news). A frame
("in the shape of", "the £6 mark"), a currency code or a currency two states share, an image's size unit and a
multiplier's "times" count nothing; "1m people" is a million; figures of a list share its noun; organisations
called bodies are not the dead; an index is keyed by its name; a part "among the 40 people killed" is a part of
the toll; cases at law take no place from their sentence; a sum "set at" names its passive subject. Every
sentence is written for the test."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.record import amount_key, canonical_object
from newsgraph.scope import subset_part


def _amounts(text: str) -> list[tuple[str, str | None]]:
    rec = newsgraph.extract(text, published="2026-03-10", title="Test")
    return [(a.text, amount_key(a)) for a in rec.amounts]


@pytest.mark.parametrize("text, expected", [
    # frames and units that name no counted thing: no object, so no key (round 22's `shape.gbp`, `mark.gbp`)
    ("The minister faces a gap in the shape of £9 billion.", [("£9 billion", None)]),
    ("Wages will soon pass the £7.00 mark, the union said.", [("£7.00", None)]),
    ("The lab stitched a 3.5 gigapixel image of the harbour.", [("3.5", None)]),
    ("The court told him to pay 50,000 kroner in damages.", [("50,000", None)]),
    ("The stall charges Rs 150 for ten minutes of shade.", [("Rs 150", None)]),
    # but a currency a quote line names keeps it: the code rows are only those read as a unit's object (round 23's
    # final review: "eur" in the row wiped the object of a market line)
    ("In early trading the euro EUR= rose 0.1% to $1.12, dealers said.", [("0.1%", "eur.pct:-:-"),
                                                                          ("$1.12", "eur.usd:-:-")]),
    # a multiplier or a frequency: "times" after the figure
    ("The new lens can enlarge photos by up to 20 times.", [("20", None)]),
    # a lower-case "m" before a counted plural is a million, a length otherwise
    ("The tax cut will help more than 2m people next year.", [("2m", "people:-:-")]),
    ("The service now has 4m users across Europe.", [("4m", "users:-:-")]),
    ("The wall would be 3.5m high and 9m long.", [("3.5m", None), ("9m", None)]),
    # figures of one list share its noun
    ("The council counted 40 Catholic, 30 Anglican and 20 Methodist churches.",
     [("40", "churches:-:-"), ("30", "churches:-:-"), ("20", "churches:-:-")]),
    # organisations called bodies are no dead bodies
    ("The law covers about 90,000 public bodies.", [("90,000", "bodies:-:-")]),
    # a sum set on its passive subject with "at"
    ("The merger is valued at $8bn.", [("$8bn", "merger.usd:-:-")]),
    ("The basic allowance is currently set at £60 per week.", [("£60", "allowance.gbp.perweek:-:-")]),
    # a sum with a time base before the noun it prices; a population base stays no object
    ("A £4 per hour living wage was promised.", [("£4", "wage.gbp.perhour:-:-")]),
    ("The homicide rate was 9 per 100,000 residents.", [("9", "deaths.per100k:-:-")]),
    # "one in five" hung on its "in" by the parse still counts the noun after it
    ("One in five British drivers admit speeding.", [("One in five", "drivers.pct:GBR:-")]),
])
def test_objects_on_business_and_politics_sentences(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Dow Jones Industrial Average", "dow_jones"),
    ("the Dow", "dow_jones"),
    ("S&P 500", "s_and_p_500"),
    ("Nasdaq composite", "nasdaq"),
    ("FTSE 100", "ftse_100"),
    ("Nasdaq-listed companies", "companies"),   # a company is no index
    ("public bodies", "bodies"),
    ("dead bodies", "deaths"),                  # still the dead
])
def test_canonical_objects_r23(phrase, expected):
    assert canonical_object(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Dow Jones Industrial Average fell 250 points on Monday.", [("250", "dow_jones.point:-:-")]),
    ("The Nasdaq composite rose 40 points.", [("40", "nasdaq.point:-:-")]),
])
def test_an_index_is_keyed_by_its_name(text, expected):
    assert _amounts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # cases at law: the place of the allegation is no place of the cases
    ("Prosecutors filed three cases against the banker over his dealings in Ukraine.", [("three", "cases:-:-")]),
    ("The tribunal heard two cases of bribery tied to contracts in Kenya.", [("two", "cases:-:-")]),
    # the charges a defendant faces in the cases (round 23's stop: record c4McIXxhggcKQEKS kept `cases:-:UKR`)
    ("The lobbyist faces tax charges in the two cases over claims he hid fees earned in Georgia.",
     [("two", "cases:-:-")]),
    # infections keep the place of their sentence
    ("Doctors reported 30 new cases of measles in Ukraine.", [("30", "cases:-:UKR")]),
])
def test_cases_at_law_take_no_place_from_their_sentence(text, expected):
    assert _amounts(text) == expected


def test_a_part_among_the_counted_dead():
    text = "Three reporters were among the 25 people killed in the raid."
    assert _amounts(text) == [("Three", "deaths:-:-"), ("25", "deaths:-:-")]
    # the three are a part of the 25 (the kb's part rule reads this): never a conflicting toll
    assert subset_part(text, 0, 5)
    assert not subset_part(text, text.index("25"), text.index("25") + 2)
    assert not subset_part("Three reporters were among the first to arrive.", 0, 5)
