"""Review 20's amount, change, date, entity and place classes (findings C, D, E, F): an age after "died aged" is
no toll, a scale letter is no object and a converted figure in parentheses is the same amount, numbers in web
addresses and prisoners' numbers count nothing, "N to M years" is a duration; "the list of X" counts X; a channel
named with a time word is no date and one ORG; a fraction of a year back is months back; "N years before being
moved" is a duration; a photo agency's credit is no entity; bare facility names are no places and a well-known
city keeps its name. Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

import pytest

import newsgraph
from tests.conftest import allsides_report


def _rec(text: str, published: str | None = "2013-04-19"):
    return newsgraph.extract(text, published=published, title="Test")


def _amounts(text: str) -> list[tuple]:
    return [(a.text, a.object) for a in _rec(text).amounts]


# -- C: amounts ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # an age after "died aged": the person's age, never a death toll
    ("The singer, one of the best known voices of her time, has died aged 88.", [("88", "age")]),
    # no other figure of the sentence counts the dead (the age itself may be left out)
    ("The poet, a friend of three presidents, died aged 91 in her sleep.", [("three", "presidents")]),
    # a scale letter is no object; a converted figure in parentheses shares its amount's object
    # (round 22: a head before its figure keeps its own modifiers, "Treatment costs"; the key stays costs.*)
    ("Treatment costs are between $2.4m (£1.8m) and $8.4m per year, according to a policy think tank.",
     [("$2.4m", "Treatment costs"), ("£1.8m", "Treatment costs"), ("$8.4m", "Treatment costs")]),
    # an object never comes from inside a compound naming something else ("a policy think tank")
    ("By the estimates of a policy think tank working with the army, related healthcare costs are between $2.4m "
     "(£1.8m) and $8.4m per year.", [("$2.4m", "related healthcare costs"), ("£1.8m", "related healthcare costs"),
                                    ("$8.4m", "related healthcare costs")]),
    ("The army lost 40 tanks and one think tank said so.", [("40", "tanks")]),
    ("The firm paid fines of $7m (£5.5m) last year.", [("$7m", "fines"), ("£5.5m", "fines")]),
    ("The grants came to $3.5bn (€3.1bn) a year, a research think tank said.", [("$3.5bn", None), ("€3.1bn", None)]),
    # numbers inside web addresses and prisoners' numbers count nothing
    ("Read or Share this story: https://www.example.com/story/news/2019/09/11/some-story/2283845001/", []),
    ("More at http://example.org/items/4471233 and elsewhere.", []),
    ("The writer signed his letters as Ex-prisoner 46664 for decades.", []),
    ("Inmate No. 7731 wrote to the court twice.", []),
    # "N to M years": a range of durations, no count
    ("His sister said the police had been watching him for two to four years.", []),
    ("The judge gave each of them three to five years in prison.", []),
    # still counted: a plain count, a range of people
    ("Some 40 prisoners were freed on Monday.", [("40", "prisoners")]),
])
def test_review20_amount_classes(text: str, expected: list[tuple]) -> None:
    assert _amounts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He narrowed the policy, cutting the list of countries from nine to five.", ("countries", 9, 5)),
    ("The agency expanded the list of banned drugs from 12 to 20.", ("banned drugs", 12, 20)),  # key drugs
])
def test_review20_list_change_object(text: str, expected: tuple) -> None:
    assert [(c.object, c.from_value, c.to_value) for c in _rec(text).changes] == [expected]


# -- E: dates ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("His aunt told Russia Today that the police had watched him for months.", [("months", "PXM")]),
    ("She gave an interview to India Today on the dispute.", []),
    ("\"This conversation happened half a year ago,\" he said.", [("half a year ago", "2012-10")]),
    ("The plant was sold two years ago.", [("two years ago", "2011")]),
    ("He spent 11 years on the island before being moved in 1985 to a jail on the mainland.",
     [("11 years", "P11Y"), ("1985", "1985")]),
    ("She spent 18 years there before being transferred in 1982.", [("18 years", "P18Y"), ("1982", "1982")]),
    # a count before an event noun still dates it
    ("He left the country three years before the war.", None),
])
def test_review20_date_classes(text: str, expected: list[tuple] | None) -> None:
    got = [(t.text, t.value) for t in _rec(text).times]
    if expected is None:
        assert all(v != "P3Y" for _t, v in got)
    else:
        assert got == expected


# -- F: entities and places ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("His aunt told Russia Today that the police had watched him. Russia denied it.",
     [("Russia Today", "ORG"), ("Russia", "GPE")]),
    ("Protesters gathered in the capital. Photo: EPA-EFE\n\nThe EPA said the water was safe.", [("EPA", "ORG")]),
    ("The AFL-CIO backed the bill.", [("AFL-CIO", "ORG")]),
])
def test_review20_entity_classes(text: str, expected: list[tuple]) -> None:
    assert [(e.name, e.type) for e in _rec(text).entities] == expected


@pytest.mark.parametrize("text, expected", [
    ("The president spoke on the South Lawn of the White House on Wednesday.", []),
    ("Crowds gathered at the South Pool of the memorial in New York.", [("New York", "New York")]),
    # a well-known city's name beside places of another state is still that city
    ("The plane left Boston for Los Angeles, and the governor of New York spoke in Albany.",
     [("Boston", "Massachusetts"), ("Los Angeles", "California"), ("New York", "New York"), ("Albany", "New York")]),
    # a place named near the small town, or a qualifier, still reads it
    ("The plane left Boston for Los Angeles, and the governor of New York spoke in Buffalo.",
     [("Boston", "New York"), ("Los Angeles", "California"), ("New York", "New York"), ("Buffalo", "New York")]),
    ("He flew from Boston, N.Y., to Buffalo.", [("Boston", "New York"), ("New York", "New York"),
                                                 ("Buffalo", "New York")]),
])
def test_review20_place_classes(text: str, expected: list[tuple]) -> None:
    assert [(p.name, p.admin1) for p in _rec(text).places] == expected


def test_review20_real_report_boston() -> None:
    """The 9/11 anniversary report of the review: Boston beside Los Angeles is the Massachusetts city, and the
    South Lawn is no place."""
    d = allsides_report("egkAXMHydu4plz4x")
    rec = newsgraph.extract(d["text"], published=d.get("date") or None, title=d.get("title"))
    places = {p.name: p.admin1 for p in rec.places}
    assert places.get("Boston") == "Massachusetts"
    assert "Riverdale" not in places
