"""Round 33 (issue 17, changes on read allsides reports, ranks 1-783): moves the small model's parse loses or
misreads, read from words and tags. A from-phrase's level noun ("from the current cap of 70,000 to 85,000", "from a
one-time high of 900 to 150") makes the figures a move's sides, not a range; a "since" time is where a move with a
from-side started, never the level reached's time; a sentence opening with a base-form verb of movement and no
finite verb before its figure is a programme's proposal; "from 850,000 a day to 450,000 a day" is a pair, and a
verb moving against a pair's two levels is no trigger of it; a noun of movement whose relative clause proposes or
seeks it ("the cuts that Trump proposed") is no move made; a multiplier repeated "every" period is a pace.
Sentences written here (the reports' constructions, other words and figures)."""

from __future__ import annotations

import pytest
from change_kit import change_rows as _changes
from change_kit import change_times as _times


@pytest.mark.parametrize(("text", "expected"), [
    # before: no change, or no from-side ("70,000 to 85,000" read as a range on the noun's "of")
    ("The ministry raised the toll from an earlier estimate of 50 to 75.", [("increase", 50, 75, 25, 50)]),
    ("The release of the prisoners cut the population of the jail from a one-time high of 900 to 150 inmates.",
     [("decrease", 900, 150, 750, 83.33)]),
    ("The government will raise the number of visas from the current cap of 70,000 to 85,000 next year.",
     [("increase", 70000, 85000, 15000, 21.43)]),
    ("Visa numbers grew from an average of 10,000 to 15,000 a year.", [("increase", 10000, 15000, 5000, 50)]),
    ("The minister said on Monday that the country will raise the number of visas it grants each year, from the "
     "current cap of 70,000 to 85,000.", [("increase", 70000, 85000, 15000, 21.43)]),
    # before: the second pair was missed ("a day" between its figures; its parse verb "added" rises)
    ("The scrub cut the number of terms searched from 21,177 to 7,795 and the number of messages added to the "
     "database from 850,000 a day to 450,000 a day.",
     [("decrease", 21177, 7795, 13382, 63.19), ("decrease", 850000, 450000, 400000, 47.06)]),
    # guards: a spread, a group's size, plain pairs, a rate after each figure, a widening
    ("Workers there earn from $5 a day to $10 a day.", []),
    ("Output rose from 2 million barrels a day to 2.5 million barrels a day.",
     [("increase", 2000000, 2500000, 500000, 25)]),
    ("The deficit widened from 2% to 4% of GDP.", [("increase", 2, 4, 2, 100)]),
    ("Daily temperatures ranged from a low of 20 to 30 degrees.", []),
    ("The attack came from a group of 20 to 30 militants.", []),
    ("He received support from a total of 20 to 30 senators.", []),
    ("The government lowered the age of consent from 18 to 16.", [("decrease", 18, 16, 2, 11.11)]),
    ("The Pentagon will cut the number of US troops stationed in Iraq from 5,200 to 3,000 in September.",
     [("decrease", 5200, 3000, 2200, 42.31)]),
    ("The jail now holds 150 inmates, down from a one-time high of 900.", [("decrease", 900, 150, 750, 83.33)]),
])
def test_level_noun_pairs(text: str, expected: list[tuple]) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the "since" time was the level reached's (time), the from-side had none
    ("Since March, the group has shrunk from 30,000 fighters down to 2,000.", [("decrease", "2020-03", None)]),
    ("Public debt has risen from 30 percent of GDP to 80 percent since 2009.", [("increase", "2009", None)]),
    # guards: no from-side, and sides with times of their own
    ("Iran has tripled its stockpile to 1,500 kilograms since May.", [("increase", "2020-05", None)]),
    ("Exports rose from $5 billion in 2010 to $9 billion in 2015.", [("increase", "2010", "2015")]),
    ("Unemployment fell to 4.1%, the lowest since 2000.", [("decrease", None, None)]),
])
def test_since_starts_the_move(text: str, expected: list[tuple]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: a decrease from the bare pair (the parse tagged the opening verb an adjective)
    ("Slash corporation tax from 33% to 25% and let companies renegotiate the 35-hour week.", []),
    ("Lower the income tax from 40% to 30% and scrap the wealth tax.", []),
    # before: "doubling" with a pct of 100
    ("Prices were doubling every 20 days last year.", []),
    ("The number of cases doubles roughly every three days.", []),
    # before: a noun of movement whose relative clause only proposes or seeks it was a cut or rise made
    ("Staff were angered by the 30 percent budget cuts that the president proposed but Congress rejected.", []),
    ("The 10% rise the union sought was refused.", []),
    # guards: an opening participle, adjective or other verb; a doubling within a period; a cut made, announced
    ("Staff were angered by the 30 percent budget cuts that the president made last year.",
     [("decrease", None, None, None, 30)]),
    ("The 5% increase that was announced on Monday angered staff.", [("increase", None, None, None, 5)]),
    ("Cut off from supplies, the town's population fell from 50,000 to 20,000.", [("decrease", 50000, 20000, 30000, 60)]),
    ("Lower oil prices cut inflation from 3% to 2% last year.", [("decrease", 3, 2, 1, 33.33)]),
    ("Reduced from 5,000 to 3,000 last year, the force is now too small.", [("decrease", 5000, 3000, 2000, 40)]),
    ("The number of cases doubled in three days.", [("increase", None, None, None, 100)]),
])
def test_proposals_and_paces(text: str, expected: list[tuple]) -> None:
    assert _changes(text) == expected
