"""Round 36 (issue 17 item 1; r36-amtback): numerals that point back to the noun the figure before them counts, in
the same sentence. Sentences written here (no report text). Rows marked "before:" had no object on fd823825; the
others are guards that must keep their reading (near misses of the rules)."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _objects(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, canonical_object(a.object)) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: "N of them" after a larger figure of the same sentence
    ("Doctors said 33 of the 260 wounded are still in hospital, and 2 of them are in critical condition.",
     [("33", "injured"), ("260", "injured"), ("2", "injured")]),
    ("The ferry carried 410 passengers, and 12 of those were never found.",
     [("410", "passengers"), ("12", "passengers")]),
    # before: a bare numeral elliptical for the noun of the figure before it
    ("The agency planned to hire 50 inspectors by March but had only 35 on staff last week.",
     [("50", "inspectors"), ("35", "inspectors")]),
    ("Six new reactors will be built to join two already running near the coast.",
     [("Six", "reactors"), ("two", "reactors")]),
    ("The two parties won 27 seats each out of the 90 in the council.",
     [("27", "seats"), ("90", "seats")]),
    ("The ministry reported more than 12,000 crossings in June, and the region as a whole has seen 40,125.",
     [("12,000", "crossings"), ("40,125", "crossings")]),
    ("Eight boxes held letters, 36 boxes held maps, and the remaining five were empty.",
     [("Eight", "boxes"), ("36", "boxes"), ("five", "boxes")]),
    ("The company hired 200 workers, and by 2019 it had 450.", [("200", "workers"), ("450", "workers")]),
    # guards: already read by the older rules, and must stay so
    ("Of the 40 detainees, 12 were released on Friday.", [("40", "arrests"), ("12", "arrests")]),
    ("Police held 40 protesters overnight, and three of them were charged with assault.",
     [("40", "protesters"), ("three", "protesters")]),
    ("Eleven soldiers were killed and 30 more were wounded.", [("Eleven", "deaths"), ("30", "injured")]),
    ("The airline carried 300 passengers, and 25 of them were children.",
     [("300", "passengers"), ("25", "children")]),
    # guards: a pronoun with no figure before it in the sentence, a numeral hung on a noun, ages, another kind,
    # a figure in the sentence before, a part not smaller than the figure
    ("Two of them were freed on Monday.", [("Two", None)]),
    # guards: a bare numeral that is another verb's object or a subject of its own may count another set
    ("The committee approved 14 bills, and the president signed eight.", [("14", "bills"), ("eight", None)]),
    ("Rescuers found 12 divers; 30 remain unaccounted for.", [("12", "divers"), ("30", None)]),
    ("With 18 people treated at clinics, this quiet part of zone three was left in shock.",
     [("18", "people"), ("three", None)]),
    ("The storm has killed more than 400 people and forced 90,000 to leave their homes.",
     [("400", "deaths"), ("90,000", None)]),
    ("The mother of three was released on Tuesday.", [("three", None)]),
    ("He has 3 children, aged 5, 7 and 9.", [("3", "children"), ("9", None)]),
    ("She won 52 percent of the vote to 46 for her rival.", [("52 percent", "votes"), ("46", None)]),
    ("The agency hired 50 inspectors. It had only 35 on staff last week.", [("50", "inspectors"), ("35", None)]),
    # (a part larger than its whole: the older parse rule already reads it so; this rule leaves it as it was)
    ("The ferry carried 10 cars, and 12 of those were rescued.", [("10", "cars"), ("12", "cars")]),
])
def test_back_figures(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _objects(text) == expected
