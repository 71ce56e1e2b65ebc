"""Round 19's tidying (no behaviour change): the place rules' locative pattern and well-known-place test are
written once (places/known.py); the surname test reads them with its two differences kept ("the" may stand after
the preposition; the place must bear the name as written)."""

from __future__ import annotations

import pytest

from newsgraph.extract.places.gazetteer import load_gazetteer
from newsgraph.extract.places.known import LOCATIVE_BEFORE, LOCATIVE_THE_BEFORE, well_known

LOCATIVES = [
    ("troops arrived in ", True, True),
    ("fighters moved towards ", True, True),
    ("the talks in the ", False, True),
    ("Senator John ", False, False),
    ("a bill to the ", False, True),
    ("the rain ", False, False),  # "in" inside a word is no preposition
]


@pytest.mark.parametrize(("before", "plain", "with_the"), LOCATIVES)
def test_locative_before(before: str, plain: bool, with_the: bool) -> None:
    assert bool(LOCATIVE_BEFORE.search(before)) is plain
    assert bool(LOCATIVE_THE_BEFORE.search(before)) is with_the


KNOWN = [
    ("Jordan", True, True),  # a country, as written
    ("Austin", True, True),  # a city of 100,000 or more
    ("Bush", True, False),  # Būsh (Egypt) bears it only folded: well known, not as written
    ("Snowden", False, False),  # a village's other name
]


@pytest.mark.parametrize(("name", "known", "as_written"), KNOWN)
def test_well_known(name: str, known: bool, as_written: bool) -> None:
    gaz = load_gazetteer()
    assert well_known(gaz, name) is known
    assert well_known(gaz, name, as_written=True) is as_written
