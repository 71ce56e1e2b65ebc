"""Round 35 (issue 17 item 1; r35-amtobj2): a figure that "number"/"total" says of its subject; a length whose
words name what it measures (that rule was withdrawn: its rows are xfail). Sentences written here (no report text); rows marked "before:" had no
object at 10982620, the others are guards that must keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _objects(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, canonical_object(a.object)) for a in _amounts(text)]


# The length rule (a dimension or modified noun as a length's object) was withdrawn in this round: the gold
# check set reads a length's dimension as no object (canonical accuracy fell with it). Its rows stay, xfail.
_WITHDRAWN = pytest.mark.xfail(reason="length rule withdrawn (r35-amtobj2): gold reads a dimension as no object",
                               strict=True)


@pytest.mark.parametrize(("text", "expected"), [
    # before: a dimension named before or after the length
    pytest.param("The jet was cruising at an altitude of 35,000 feet over the sea.", [("35,000 feet", "altitude")], marks=_WITHDRAWN),
    pytest.param("The new drone can climb to altitudes up to 40,000 feet.", [("40,000 feet", "altitude")], marks=_WITHDRAWN),
    pytest.param("Divers said the lake is 300 feet deep near the dam.", [("300 feet", "depth")], marks=_WITHDRAWN),
    pytest.param("The bunkers reach as deep as 25 meters (27 yards) below the hill.",
                 [("25 meters", "depth"), ("27 yards", "depth")], marks=_WITHDRAWN),
    pytest.param("The barrier will be 18 feet high and 400 miles long.", [("18 feet", "height"), ("400 miles", "length")],
                 marks=_WITHDRAWN),
    # before: the noun a length with a singular unit modifies
    pytest.param("Engineers laid a 900-foot pipeline under the river.", [("900-foot", "pipeline")], marks=_WITHDRAWN),
    pytest.param("The two states share a 700 kilometer frontier in the north.", [("700 kilometer", "frontier")], marks=_WITHDRAWN),
    pytest.param("The navy lifted the six-mile limit on trawlers.", [("six-mile", "limit")], marks=_WITHDRAWN),
    # guards: an offset, a distance travelled, a name after the unit, a range, another unit keeps its reading
    ("The village lies 40 miles north of the capital.", [("40 miles", None)]),
    ("The rocket flew 1,500 miles before it fell.", [("1,500 miles", None)]),
    ("In 1990, the 400-foot Aurora sank off the coast.", [("400-foot", None)]),
    ("The missiles have a range of 300 kilometers.", [("300 kilometers", None)]),
    ("The hikers walked 12 miles long after dark.", [("12 miles", None)]),
    ("Temperatures were 40 degrees high in the valley.", [("40 degrees", "temperatures")]),
])
def test_length_objects(text: str, expected: list) -> None:
    assert _objects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the figure was the bare object of "number"/"total"
    ("Officers say the militants number fewer than 800.", [("800", "fighters")]),
    ("The marchers numbered about 12,000 by noon.", [("12,000", "protesters")]),
    ("Casualties totaled 240 after the storm.", [("240", "casualties")]),
    ("The death toll totaled 90 on Friday.", [("90", "deaths")]),
    # guards: a pronoun, a noun "number", "the number of" (its noun unread: empty beats a guess) and a figure
    # with its own noun stay as they were
    ("They numbered about 400.", [("400", None)]),
    ("Officials put the number at 300.", [("300", None)]),
    ("The number of arrests totaled 90 on Friday.", [("90", None)]),
    ("A total 300 people came.", [("300", "people")]),
    ("The rally drew a number of 50 veterans.", [("50", "veterans")]),
])
def test_numbered_subjects(text: str, expected: list) -> None:
    assert _objects(text) == expected
