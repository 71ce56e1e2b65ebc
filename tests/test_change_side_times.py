"""Round 16 (issue 17, item 4): each side of a change at its own time. A from-figure owns a time stated in its own
phrase ("compared with 180 in the same period last year", "up from 650 in the same period a year earlier"), which
the other side then does not take; a to-figure with no from-side stands at the time stated right after it ("then to
100,000 in 2022"). No clause-level rule: a figure outside a change keeps the nearest time of its clause (round 15's
broader rule was reverted for the dates it took from polls, possessives and main clauses). Sentences written here."""

from __future__ import annotations

import pytest

import newsgraph


def _change(text: str, published: str, to_value: float):
    rec = newsgraph.extract(text, published=published)
    got = [c for c in rec.changes if c.to_value == to_value]
    assert got, [(c.from_value, c.to_value) for c in rec.changes]
    return got[0]


@pytest.mark.parametrize("text, published, to_value, time, from_time", [
    # the compared period's time belongs to the from-figure; the level reached has none of its own
    ("Some 120 soldiers were killed in the first half, compared with 180 in the same period last year.",
     "2020-09-10", 120, None, "2019"),
    ("In the first nine months the firm sold 800 cars, up from 650 in the same period a year earlier.",
     "2020-11-10", 800, None, "2019"),
    # a to-figure with no from-side: the time stated right after it, not the first one of the sentence
    ("The quota would rise to 85,000 in 2021, then to 100,000 in 2022, the minister said.",
     "2020-09-10", 100000, "2022", None),
    ("Exports rose to 400,000 tonnes in 2019 and then to 450,000 tonnes in 2020, the ministry said.",
     "2021-02-10", 450000, "2020", None),
    # unchanged: both sides stated, and a time of the saying is no side's own
    ("The number of troops fell to 5,200 by September, down from 150,000 in the mid-2000s.",
     "2020-09-10", 5200, "2020-09", "200X"),
    ("Sales rose to $3bn in 2004 from $2.8bn in the same period a year earlier.", "2005-01-01", 3e9, "2004", "2003"),
    ("Profits fell to $2m, from $3m, the company said in March.", "2020-09-10", 2e6, "2020-03", None),
])
def test_each_side_of_a_change_at_its_own_time(text, published, to_value, time, from_time):
    ch = _change(text, published, to_value)
    assert (ch.time, ch.from_time) == (time, from_time)


@pytest.mark.parametrize("text, published, to_value, time, from_time", [
    # round 22 (audit 17, gap 2): the reporting verb's time, never the from-side's, is the level's
    ("The army said on Monday that about 2,500 soldiers remain in the region, down from roughly 4,500 in November.",
     "2021-03-15", 2500, "2021-03-15", "2020-11"),
    ("The agency said on Friday that joblessness in Spain fell to 13 percent, down from 14 percent in January.",
     "2021-03-15", 13, "2021-03-12", "2021-01"),
    ("On Monday the ministry said 2,500 police remain in the city, down from 4,500 in November.",
     "2021-03-15", 2500, "2021-03-15", "2020-11"),
    # no other time: the level stands at the report's day (PRESENT_REF for "now"), not a year ago
    ("The force now has 2,500 soldiers in the region, down from 13,000 a year ago.",
     "2021-03-15", 2500, "PRESENT_REF", "2020"),
    ("The force has 2,500 soldiers in the region, down from 4,500 in November.", "2021-03-15", 2500, None, "2020-11"),
    # a level reached "since May": May is where the move started, the level is the report's day's
    ("The country has tripled its stock of fuel to 1,500 tonnes since May.", "2021-03-15", 1500, None, "2020-05"),
    ("The country has tripled its stock of fuel to 1,500 tonnes since May.", "2021-09-15", 1500, None, "2021-05"),
    # "a year earlier" anchored on the month named before: the level reached is that month's, not the report's day
    ("Sales slumped in December. Revenue was $5 billion, compared with $4.2 billion a year earlier.",
     "2021-03-15", 5e9, "2020-12", "2019-12"),
])
def test_the_level_never_takes_the_from_sides_time(text, published, to_value, time, from_time):
    ch = _change(text, published, to_value)
    assert (ch.time, ch.from_time) == (time, from_time)
