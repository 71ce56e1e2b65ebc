"""Round 30 (issue 17, obj): amounts of real reports whose object or dimension was wrong. Sentences written here
(no report text); rows marked "before:" failed at main 5016258a, the others are guards that keep their reading."""

from __future__ import annotations

import pytest
from conftest import amount_read as _amount
from conftest import extracted_amounts as _amounts


@pytest.mark.parametrize(("text", "figure", "currency", "obj"), [
    # before: a count of 'taka' / 'euros', no currency
    ("He was promised about 30,000 taka a month for the job.", "30,000 taka", "BDT", None),
    ("The smugglers wanted 200 million (euros) or the release of the prisoners.", "200 million (euros)", "EUR", None),
    # before: object 'USD' (the currency's code written after the sum)
    ("The kidnappers asked for about $75,000 USD per pupil.", "$75,000", "USD", None),
    # guards: currency words already read, and a sum whose noun names what it pays for
    ("She paid 50,000 rupees to the agent.", "50,000 rupees", "INR", None),
    ("The charity spent $4 million on vaccines.", "$4 million", "USD", None),
])
def test_currency_units(text: str, figure: str, currency: str, obj: str | None) -> None:
    a = _amount(text, figure)
    assert (a.kind, a.currency) == ("money", currency)
    assert a.object == obj or obj is None and a.object not in ("USD", "euros", "taka")


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: 'sheriff' (the possessor the parse hangs the figure on)
    ("Three people died, and two sheriff's deputies were hurt.", "two", "deputies injured"),
    ("Four governor's aides resigned on Monday.", "Four", "aides"),
    # guards: a plural possessor is what is counted; a chain of compounds as before
    ("The leaders of two countries' armies met in Geneva.", "two", "countries"),
    ("Seven review board members quit.", "Seven", "review board members"),
])
def test_singular_possessor(text: str, figure: str, obj: str) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: the party that got the share ('Greens', 'Liberals')
    ("The Greens, a smaller party, got around 9 percent.", "9 percent", None),
    ("The Liberals won 12 percent, and Labour garnered 30 percent of the vote.", "12 percent", None),
    # guards: a share of a named thing, an index's own move, a common-noun subject
    ("The Liberals won 12 percent, and Labour garnered 30 percent of the vote.", "30 percent", "vote"),
    ("The Nikkei fell 2 percent on Friday.", "2 percent", "Nikkei"),
    ("Exports rose 4 percent in May.", "4 percent", "Exports"),
])
def test_named_holder_is_no_object(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: 'workers' (the parse climbed past the place to the verb's object)
    ("After a ban on Nepali hires, Qatar began taking workers from the Himalayan nation of nearly 30 million "
     "under a deal signed in 2016.", "30 million", "people"),
    # guards: the figure's own noun, and an indefinite place as before
    ("It hired workers from a city of 2 million residents.", "2 million", "residents"),
    ("Chad, a country of 17 million, held a vote.", "17 million", "people"),
])
def test_population_of_a_definite_place(text: str, figure: str, obj: str) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "expected"), [
    # before: 'One' counted users (a spelled number inside a name)
    ("Some Xbox One users could not sign in on Friday.", []),
    # guard: a number opening a sentence keeps its count
    ("He met the mayor on Tuesday. Two aides left the room.", [("Two", "aides")]),
    # before: a count of 'agreement' / 'accord' (a number naming a pact)
    # (round 33, r33-amt3: "the two states" names known parties and is no count, so the row lost its "the")
    ("Under the 123 agreement, two states share reactor fuel.", [("two", "states")]),
    ("Critics of the 1325 accord met on Monday.", []),
    ("A buyer must first sign what is called a \u201c456 agreement.\u201d", []),
    # guards: a plural counts; a noun of no pact keeps its count
    ("The 123 agreements were signed in May.", [("123", "agreements")]),
    ("The 300 treaty members met in Vienna.", [("300", "treaty members")]),
    ("The 145 soldiers returned home.", [("145", "soldiers")]),
    # before: a count of 34 / 41 with no object (an age joined to adjectives)
    ("The prince, ambitious and just 34 in a country of old rulers, holds power.", []),
    ("The senator, blunt, restless and only 41 at the time, ran for governor.", []),
    # guards: a figure with its own word after it, a number in a list of people
    ("The team, young and 12 strong, won the cup.", [("12", None)]),
    ("Police arrested the driver and 12 passengers.", [("12", "passengers arrested")]),
])
def test_numbers_that_name_or_describe(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(a.text, a.object) for a in _amounts(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before (a strict xfail until round 31): a capitalised number word after a comma read as part of a name
    ("On the road north, Two soldiers were hurt.", ["Two"]),
    # guards: a capitalised number inside a name, with no comma before it or no lower-case word after it
    ("The Group of Seven leaders met in Rome.", []),
    ("She tuned in to the Two-Way on Friday.", []),
])
def test_capital_number_after_a_comma(text: str, expected: list[str]) -> None:
    assert [a.text for a in _amounts(text)] == expected


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: 'state solution', 'plane order', 'person team' (the singular head of the chain)
    ("The envoy still backs a two state solution.", "two", None),
    ("The carrier placed a 250 plane order last week.", "250", None),
    ("She joined a two person team in May.", "two", None),
    ("The 5,000 troop deployment began in March.", "5,000", None),
    # guards: a chain ending in a plural counts it; a plain plural and a collective noun as before
    ("Seven review board members quit.", "Seven", "review board members"),
    ("The company cut 500 factory jobs.", "500", "factory jobs"),
    ("The 40 member states voted.", "40", "member states"),
    ("They fired 300 staff.", "300", "staff"),
    ("Even so, the 90,000-soldier army cannot hold the valley.", "90,000", "soldier"),
])
def test_figure_sizing_a_kind(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj
