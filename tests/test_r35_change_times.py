"""Round 35 (issue 17, change precision on read allsides reports, ranks 1600-1999): each side of a change at the
right time. A stretch told apart from the move's figures ("From 2000 to 2016, ... jumped from 42% to 52%") gives
both sides their times when neither figure states one of its own; a year inside a participle clause on a noun
nested in another noun's phrase ("the yield on a bond maturing in 2025") dates that noun, not the move. Sentences
written here (the reports' constructions, other words and figures)."""

from __future__ import annotations

import pytest
from change_kit import change_times as _times


@pytest.mark.parametrize(("text", "expected"), [
    # before: the to-side took the stretch's start (2000), the from-side no time
    ("From 2010 to 2018, according to the ministry, the share jumped from 30 percent to 45 percent.",
     [("increase", "2010", "2018")]),
    ("Between 2012 and 2016 the number of clinics fell from 90 to 64.", [("decrease", "2012", "2016")]),
    # before: "between 2010" was read as the to-figure's own time, and the from-side took the year before it
    ("Exports climbed from 40 to 52 between 2010 and 2015.", [("increase", "2010", "2015")]),
    # before: the bond's year was the rise's time
    ("The yield on a note maturing in 2030 rose by 1.5 percentage points in a week.", [("increase", None, None)]),
    # guards: a nearer time of the move's own, figures with times of their own, a stretch with no from-figure, a participle on the moved thing
    ("The price of a loan expiring in 2027 fell 3 percent on Monday.", [("decrease", None, "2020-09-14")]),
    ("Exports climbed from 40 in 2010 to 52 in 2015.", [("increase", "2010", "2015")]),
    ("Prices rose 3 percent from January to March.", [("increase", "2020-01", "2020-03")]),
    ("Exports shipped in March rose 5 percent.", [("increase", None, "2020-03")]),
    ("The toll rose to 52 between Monday and Wednesday.", [("increase", "2020-09-14", "2020-09-16")]),
    ("Sales jumped from 40 to 52 in 2015.", [("increase", "2014", "2015")]),
])
def test_r35_change_times(text: str, expected: list[tuple]) -> None:
    assert _times(text) == expected
