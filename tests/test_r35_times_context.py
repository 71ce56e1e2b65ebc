"""Round 35 (issue #17 point 5, times in context): days that the report's own context fixes.

- a quoted day word ("'Tonight, I ask ...'") in a report that names only the day before its date, by its
  weekday, is counted from that day (a report posted after midnight); a dateline of the day before moves every
  day word; a report that names its own day keeps them all;
- a weekday after "by" that bounds an act ordered, hoped for or expected is the coming one ("ordered the state
  to submit a map by Friday"), not the one before the report;
- "N days before the election" takes the election's day when the text has told it as the subject of a verb of
  occurrence ("the election will be held on Nov. 5", "the hearing took place on Nov. 30");
- a verb with "did" is told in the past ("not until Wednesday night did he ...").

Sentences written here; rows marked "before:" failed at main 2e9fffc0, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph

Row = list[tuple[str, str | None]]


def values(text: str, published: str) -> Row:
    return [(t.text, t.value) for t in newsgraph.extract(text, published=published).times]


THU = "2014-09-11"  # a Thursday
WED = "2026-12-09"  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # before: Tonight 2014-09-11TNI, Wednesday night 2014-09-17TNI
    ('Not until Wednesday night did he embrace that vision. "As Americans, we welcome our responsibility to '
     'lead," the president said. "Tonight, I ask for your support."',
     [("Wednesday night", "2014-09-10TNI"), ("Tonight", "2014-09-10TNI")]),
    # before: today 2014-09-11, tomorrow 2014-09-12 (a dateline of the day before)
    ("WASHINGTON, Sept. 10 (Reuters) - The Senate voted today to fund the plan, and the House will vote "
     "tomorrow on the measure.", [("today", "2014-09-10"), ("tomorrow", "2014-09-11")]),
    # guards: the report names its own day; the reporter's own "today"; a dateline of the report's day
    ('The governor spoke on Wednesday night. "Tonight, I ask for your patience," she said. Lawmakers will '
     'respond on Thursday.', [("Wednesday night", "2014-09-10TNI"), ("Tonight", "2014-09-11TNI"),
                              ("Thursday", "2014-09-11")]),
    ("The governor spoke on Wednesday night. Today the Senate is expected to respond.",
     [("Wednesday night", "2014-09-10TNI"), ("Today", "2014-09-11")]),
    ("WASHINGTON, Sept. 11 (Reuters) - The Senate voted today to fund the plan, and the House will vote "
     "tomorrow on the measure.", [("today", "2014-09-11"), ("tomorrow", "2014-09-12")]),
    ('The minister said on Wednesday that "tomorrow we will sign the deal," and aides said talks went well.',
     [("Wednesday", "2014-09-10"), ("tomorrow", "2014-09-11")]),
])
def test_day_words_of_the_eve(text: str, expected: Row) -> None:
    assert values(text, THU) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: Friday 2026-12-04 (the Friday before the report)
    ("The court ordered the state to submit a new map by Friday.", [("Friday", "2026-12-11")]),
    ("The company told employees to return to the office by Monday.", [("Monday", "2026-12-14")]),
    ("Negotiators were racing to reach a deal by Friday, when funding expires.", [("Friday", "2026-12-11")]),
    ("He said a decision was expected by Friday.", [("Friday", "2026-12-11")]),
    ("Officials wanted the report finished by Friday.", [("Friday", "2026-12-11")]),
    # guards: an outcome, a past perfect request, a plain past act, an ahead deadline already right
    ("Negotiators failed to reach a deal by Friday.", [("Friday", "2026-12-04")]),
    ("The White House had asked for a response by Friday.", [("Friday", "2026-12-04")]),
    ("The Senate passed the measure by Friday.", [("Friday", "2026-12-04")]),
    ("The governor must decide by Friday whether to sign the bill.", [("Friday", "2026-12-11")]),
])
def test_by_weekday_deadline(text: str, expected: Row) -> None:
    assert values(text, WED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: Two days / Three days with no value
    ("The election will be held on Nov. 5. Two days before the election, the mayor resigned.",
     [("Nov. 5", "2027-11-05"), ("Two days", "2027-11-03")]),
    ("The hearing took place on Nov. 30. Three days before the hearing, the witness fled.",
     [("Nov. 30", "2026-11-30"), ("Three days", "2026-11-27")]),
    # guards: a noun dated in its own phrase; an event the text never dates
    ("Two days before the Dec. 14 summit, aides will meet in Geneva.",
     [("Two days", "2026-12-12"), ("Dec. 14", "2026-12-14")]),
    ("Three days before the hearing, the witness fled.", [("Three days", None)]),
])
def test_days_before_a_dated_event(text: str, expected: Row) -> None:
    assert values(text, WED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guard rows: "did" is the past; a plain past weekday; a present with "do" is not touched
    ("He did not attend the meeting on Monday.", [("Monday", "2026-12-07")]),
    ("The board did approve the plan in March.", [("March", "2026-03")]),
])
def test_did_is_past(text: str, expected: Row) -> None:
    assert values(text, WED) == expected
