"""Round 16: a count of units before or after an event noun ("ten days before the shooting") is a date counted
from that event, resolved only when the text dates the event; a count before a clause stays a span. Sentences
written here."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.extract.times import find_times


def _times(text: str, published: str) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in newsgraph.extract(text, published=published).times}


@pytest.mark.parametrize("text, published, surface, expected", [
    # the event dated by an earlier telling (its verb, or the noun again)
    ("The farmer was shot to death on March 3. A neighbor saw a van ten days before the shooting.",
     "2018-05-01", "ten days", ("DATE", "2018-02-21")),
    ("The March 3 bombing shook the town. Police detained two men three days after the bombing.",
     "2018-05-01", "three days", ("DATE", "2018-03-06")),
    # the event dated inside its own phrase
    ("Police arrested the driver two days after the March 3 crash, officials said.",
     "2018-05-01", "two days", ("DATE", "2018-03-05")),
    # the event named but not dated: a day the text does not give, never one counted from the report
    ("A neighbor saw a van near the farm ten days before the shooting.",
     "2018-05-01", "ten days", ("DATE", None)),
    ("The ministry issued its statement two hours before the president's speech.",
     "2018-03-30", "two hours", ("DATE", None)),
    # two shootings on two days: which one is meant the text does not say
    ("One guard was shot on March 3 and another was shot on April 9. A van was seen two days before the shooting.",
     "2018-05-01", "two days", ("DATE", None)),
    # a clock time joins the count: one time of that day
    ("The clerk was killed on March 3. A jogger saw the van at 6 a.m. five days before the killing.",
     "2018-05-01", "6 a.m. five days", ("TIME", "2018-02-26T06:00")),
])
def test_a_count_before_or_after_an_event_noun_is_its_day(text, published, surface, expected):
    assert _times(text, published).get(surface) == expected


@pytest.mark.parametrize("text, published, surface, expected", [
    # a clause's event: a span, as TimeML's TimeBank marks it
    ("The talks began a month after the ministers agreed to meet.", "2018-05-01", "a month", ("DURATION", "P1M")),
    # a noun that names a point of time, not an event
    ("The options may be used until 90 days after their issue date.", "2018-05-01", "90 days",
     ("DURATION", "P90D")),
    # a bound on the count keeps the span
    ("Voters must register at least 30 days before the vote.", "2018-05-01", "at least 30 days",
     ("DURATION", "P30D")),
    # nothing named after "before": counted from the report, as before
    ("The ministry had issued its statement two days before.", "2018-03-30", "two days before",
     ("DATE", "2018-03-28")),
])
def test_other_counts_keep_their_reading(text, published, surface, expected):
    assert _times(text, published).get(surface) == expected


@pytest.mark.parametrize("text, published, surface, value", [
    ("He was shot to death last Oct. 23 at his home.", "2019-04-19", "last Oct. 23", "2018-10-23"),
    ("The museum reopens next May 5, its director said.", "2019-06-01", "next May 5", "2020-05-05"),
    ("The museum reopened last May 5, its director said.", "2019-06-01", "last May 5", "2019-05-05"),
])
def test_last_or_next_before_a_month_day_keeps_the_day(text, published, surface, value):
    assert _times(text, published).get(surface) == ("DATE", value)


def test_without_a_parse_the_count_stays_a_span():
    got = {t.text: (t.type, t.value) for t in find_times("A van was seen ten days before the shooting.", "2018-05-01")}
    assert got == {"ten days": ("DURATION", "P10D")}
