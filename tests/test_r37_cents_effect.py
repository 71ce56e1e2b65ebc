"""Round 37 (issue 17 points 1 and 5, review S): prices in cents; the weekday a rule takes effect.

- a figure written "N cents" ("N euro cents") that is no side of a change is a sum of money in the whole unit
  (0.90), its span covers the word, it counts no object; euros only when the words or the report's sums say so;
- a rule's start told in the present ("take effect", "go into effect", "comes into force") is a timetable: its
  weekday is the coming one, also when the tagger reads a plural's "go" as a bare form.

Sentences written here; rows marked "before:" failed at main 556e0fe1, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph


def amounts(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    got = newsgraph.extract(text, published="2018-11-02").amounts
    return [(a.text, a.value, a.dimension, a.currency, a.object) for a in got]


@pytest.mark.parametrize(("text", "expected"), [
    # before: ('55', 55, 'count', None, 'cents')
    ("Stamps at the post office cost 55 cents each.", [("55 cents", 0.55, "money", "USD", None)]),
    # before: ('4', 4, 'count', None, 'cents')
    ("The bus fare rose by 30 pesos (4 cents) in the capital.",
     [("30 pesos", 30, "money", "MXN", "bus fare"), ("4 cents", 0.04, "money", "USD", None)]),
    # before: ('80 euro', 80, 'money', 'EUR', None)
    ("A coffee at the bar costs 80 euro cents in Rome.", [("80 euro cents", 0.8, "money", "EUR", None)]),
    # before: ('60', 60, 'count', None, 'cents')
    ("Diesel costs 1.20 euros a litre and a bottle of water 60 cents.",
     [("1.20 euros", 1.2, "money", "EUR", None), ("60 cents", 0.6, "money", "EUR", None)]),
    # guards: a singer's name; a percent; pence stay pence; plain euros
    ("Shares rose 8.5p to 113.5p.", [("8.5p", 8.5, "money", "GBX", "share price"),
                                     ("113.5p", 113.5, "money", "GBX", "share price")]),
    ("The senator said 90 percent of voters agreed.", [("90 percent", 90, "percent", None, "voters")]),
    ("The fund holds 80 euro in cash.", [("80 euro", 80, "money", "EUR", "cash")]),
])
def test_cent_prices(text: str, expected: list[tuple[str, float, str | None, str | None, str | None]]) -> None:
    assert amounts(text) == expected


def test_change_in_cents_keeps_its_count() -> None:
    # guard: "fell by 12 cents to $2.80" is read by the change rules from the count (a move of $0.12)
    got = newsgraph.extract("The average price fell by 12 cents to $2.80.", published="2018-11-02")
    assert [c.delta for c in got.changes] == [0.12]
    assert [(a.text, a.object) for a in got.amounts] == [("12", "cents"), ("$2.80", None)]


def test_singer_is_no_sum() -> None:
    got = newsgraph.extract("The rapper 50 Cent performed for 2,000 fans.", published="2018-11-02").amounts
    assert all(a.dimension != "money" for a in got)


FRI = "2018-11-02"  # a Friday


@pytest.mark.parametrize(("text", "expected"), [
    # before: Monday 2018-10-29
    ("The sanctions take effect Monday.", [("Monday", "2018-11-05")]),
    # before: Monday 2018-10-29 (the tagger reads "go" as VB)
    ("New sanctions on the oil sector go into effect on Monday.", [("Monday", "2018-11-05")]),
    # before: Sunday 2018-10-28
    ("The treaty comes into force on Sunday.", [("Sunday", "2018-11-04")]),
    # before: Monday 2018-10-29
    ("The measures, which go into effect Monday, drew criticism.", [("Monday", "2018-11-05")]),
    # guards: told in the past, a plan told in the past, a denial, a first person
    ("The rules took effect Monday.", [("Monday", "2018-10-29")]),
    ("The ban went into effect on Tuesday.", [("Tuesday", "2018-10-30")]),
    ("The sanctions did not take effect Monday.", [("Monday", "2018-10-29")]),
    ("Protesters gather Monday in the square.", [("Monday", "2018-10-29")]),
])
def test_effect_weekday(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in newsgraph.extract(text, published=FRI).times] == expected
