"""Round 30, wave 3 (times of real reports, issue #17 item 5): the side of the report a day lies on.

- a weekday that an act sets something for ("has scheduled the vote for Friday", "had been set for Thursday") lies
  after the act, and a bare weekday within the week: the coming one (it used to stay the one before);
- a weekday one is summoned, subpoenaed or invited to act on is the coming one ("has been summoned to testify on
  Friday"), like one asked or urged to;
- "takes place" is a verb of a timetable ("the anniversary, which takes place Tuesday");
- a yearless day right on a verb told in the past ("was assassinated on May 16") is the day of a deed done: ahead
  of the report, it is last year's (a past clause used to keep a day up to a quarter ahead);
- "that afternoon"/"that evening" take the day the narration just named.

Sentences written here; rows marked "before:" failed at main 50bde5b5, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph

PUB = "2021-03-10"  # a Wednesday


def value_of(text: str, span: str, published: str = PUB) -> str | None:
    found = {t.text: t.value for t in newsgraph.extract(text, published=published).times}
    assert span in found, found
    return found[span]


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: 2021-03-05 (the Friday before)
    ("The leader has scheduled the vote on the bill for Friday unless a deal is reached.", "Friday", "2021-03-12"),
    ("The general's confirmation hearing had been set for Friday before the committee.", "Friday", "2021-03-12"),
    ("The judge set the sentencing for Friday.", "Friday", "2021-03-12"),
    ("The meeting was postponed to Friday.", "Friday", "2021-03-12"),
    ("The minister has been summoned to testify on Friday about the raid.", "Friday", "2021-03-12"),
    ("Rebels may strike before the anniversary of the army's founding, which takes place Friday.", "Friday",
     "2021-03-12"),
    # guards: a deed told in the past keeps the weekday before; a month-day set for stays as it was
    ("The minister testified on Friday about the raid.", "Friday", "2021-03-05"),
    ("The judge postponed the hearing on Friday.", "Friday", "2021-03-05"),
    ("The parade took place Friday.", "Friday", "2021-03-05"),
    ("The rally that took place on Friday drew thousands.", "Friday", "2021-03-05"),
    ("The judge set the sentencing for May 3.", "May 3", "2021-05-03"),
])
def test_weekday_side(text: str, span: str, value: str) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: 2021-05-16 / 2021-05-16 (a past clause kept a day up to a quarter ahead)
    ("The lawmaker was assassinated on May 16, a week before the vote.", "May 16", "2020-05-16"),
    ("The lawmaker died May 16.", "May 16", "2020-05-16"),
    # guards: plans, settings and expectations keep the nearest day ahead; a day behind the report stays
    ("The board was to meet on May 16.", "May 16", "2021-05-16"),
    ("The team had hoped to sign the deal on May 16.", "May 16", "2021-05-16"),
    ("The offer was extended to May 16.", "May 16", "2021-05-16"),
    ("The board was scheduled to meet on May 16.", "May 16", "2021-05-16"),
    ("Officials said the talks will resume on May 16.", "May 16", "2021-05-16"),
    ("He said on March 2 that he would resign.", "March 2", "2021-03-02"),
])
def test_day_of_a_deed(text: str, span: str, value: str) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: 2021-03-10TAF / TEV (the report's day)
    ("All were flown out of the city early Monday and arrived in Rome late that afternoon.", "that afternoon",
     "2021-03-08TAF"),
    ("The team left on Monday and reached the camp that evening.", "that evening", "2021-03-08TEV"),
    ("The team will leave on Friday and reach the camp that evening.", "that evening", "2021-03-12TEV"),
    # guard: the reporter's own "this evening"
    ("The team left on Monday. The mayor will speak this evening.", "this evening", "2021-03-10TEV"),
])
def test_that_part_of_day(text: str, span: str, value: str) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(("text", "spans"), [
    # before: "Monday" 2021-03-08 / "Mon." 2021-03-08 (one day of a weekly timetable)
    ("Her column appears Monday-Friday in the paper.", []),
    ("Shops open Mon.\u2013Sat. in the town.", []),
    # guards: a stretch of days told with words, a weekday joined to a part of the day, a dash aside
    ("Talks ran from Monday to Friday.", ["Monday", "Friday"]),
    ("The Tuesday-night vote passed.", ["Tuesday"]),
    ("On Monday - the day after the vote - the mayor resigned.", ["Monday"]),
])
def test_weekday_timetable(text: str, spans: list[str]) -> None:
    assert [t.text for t in newsgraph.extract(text, published=PUB).times] == spans
