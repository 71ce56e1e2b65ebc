"""Round 31 (issue 17, obj): written forms of a number and objects of sums that real reports read wrong.
Sentences written here (no report text); rows marked "before:" failed at main 498bea55, the others are guards
that keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.object) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: a capitalised number word opening a clause after a comma was taken for part of a name
    ("After the storm, Three fishermen were missing.", [("Three", "fishermen")]),
    ("By late evening, Nine were arrested.", [("Nine", "arrested")]),
    # guards: a name's number (no comma before, or a capital or hyphen after), and a sentence's first word
    ("Leaders of the Group of Seven nations met.", []),
    ("He watched Ocean's Eleven, Twelve, and Thirteen.", []),
    ("Four protesters were detained.", [("Four", "protesters detained")]),
])
def test_capital_number_opening_a_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the whole part of a mixed number read alone ('3', object '½-year-old siege'; '4' for '4-1/2-mile')
    ("The 3 ½-year-old siege has cost 800 lives.", [("800", "lives")]),
    ("The 3½-year-old siege has cost 800 lives.", [("800", "lives")]),
    ("Troops built a 4-1/2-mile wall.", []),
    ("The country's 3 1/2-year-old civil war has killed 900 people.", [("900", "people killed")]),
    # guards: a plain hyphenated modifier, a score, and a count before a hyphenated word of its own
    ("The 3-year-old siege goes on.", []),
    ("They sent 40 well-armed guards.", [("40", "well-armed guards")]),
])
def test_mixed_fraction(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: 'exchange' (the noun of the fixed phrase "in exchange for"), 'None' (a named modifier in the bare "in"
    # phrase, and "worth in")
    ("The gang wanted $4 million in exchange for the crew.", "$4 million", None),
    ("They offered $3 million in return for the hostages.", "$3 million", None),
    ("The ministry gave $512,300 in U.S. taxpayer-funded loans to the party.", "$512,300", "U.S. taxpayer-funded loans"),
    ("Regulators let through about $2.3 billion worth in Syrian assets.", "$2.3 billion", "Syrian assets"),
    # before: 'None' (the subject of "range" names what the sums are)
    ("Ticket prices range from $40 to $90.", "$40", "Ticket prices"),
    ("Ticket prices range from $40 to $90.", "$90", "Ticket prices"),
    # guards: a plain "in" phrase, a place after "in", a pronoun subject of "range", a noun that only looks fixed
    ("The state gave $3 billion in aid to the region.", "$3 billion", "aid"),
    ("The firm paid $6 million in exchange fees.", "$6 million", "exchange fees"),
    ("They earned $3 million in the UK.", "$3 million", "earnings"),
    ("They range from $40 to $90.", "$40", None),
])
def test_objects_of_sums(text: str, figure: str, obj: str | None) -> None:
    a = next(a for a in _amounts(text) if a.text == figure)
    assert (a.kind, a.object) == ("money", obj)


@pytest.mark.parametrize(("text", "expected"), [
    # before: ('one million won', KRW money): the passive verb "won by", no currency
    ("Labour's tally, and the nearly two million won by the Greens, surprised them.", ("two million", "count", None)),
    # guard: Korea's currency
    ("The firm paid 80 million won to each family.", ("80 million won", "money", "KRW")),
])
def test_won_by_is_a_verb(text: str, expected: tuple[str, str, str | None]) -> None:
    figure, kind, currency = expected
    a = next(a for a in _amounts(text) if a.text == figure)
    assert (a.kind, a.currency) == (kind, currency)


@pytest.mark.parametrize(("text", "obj"), [
    # before: None ("the two" after exactly two people named in the sentence before)
    ("Prime Minister Ana Ruiz met Chancellor Otto Brandt on Monday. The two agreed to meet again.", "people"),
    ("Maria Lopez met Otto Brandt on Monday. Lopez said the two had agreed on little.", "people"),
    # guards: three people named, one person and a title, a figure of two that counted a noun before
    ("Maria Lopez, Otto Brandt and Paul Schmidt met on Monday. The two agreed to meet again.", None),
    ("Ana Ruiz spoke with the mayor. The two agreed to meet again.", None),
    ("Police held two drivers on Monday. The two were charged.", "drivers"),
    # guard: the pair joined just before is a group and a person, no pair of people
    ("Lena Park met Omar Haddad in May. A truce between the Front and Haddad held, as the two tolerate one another.",
     None),
])
def test_the_two_named_people(text: str, obj: str | None) -> None:
    figures = [a for a in _amounts(text) if a.text == "two"]
    assert figures[-1].object == obj
