"""Round 27 (times of real reports, issue #17 item 5): a rate is no span ("two days a week"), "some day" lies
ahead, a present expectation or forecast looks ahead ("forecasters expect snow on Thursday"), and a present
simple that names who or what a future act concerns takes the act's time ("whoever wins in December will ...").
Sentences written here; rows marked "before:" failed at main 873a51e5, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph

PUB = "2019-06-10"  # a Monday


def times_of(text: str, published: str = PUB) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in newsgraph.extract(text, published=published).times}


@pytest.mark.parametrize(("text", "span", "typ", "value"), [
    # before: "two days" DURATION P2D
    ("Clerks now work from home two days a week.", "two days a week", "SET", "P1W"),
    # before: "three days" DURATION P3D and "per week" SET
    ("The clinic opens three days per week in winter.", "three days per week", "SET", "P1W"),
    ("Drivers may log eleven hours each day.", "eleven hours each day", "SET", "P1D"),
    ("The board meets four times a year.", "a year", None, None),  # no count of units: nothing here (as before)
    # guards: a span and a rate side by side, a span before an offset
    ("He worked long shifts for three days last week.", "three days", "DURATION", "P3D"),
    ("The strike lasted two weeks, a month after the vote.", "two weeks", "DURATION", "P2W"),
])
def test_rates_are_sets(text: str, span: str, typ: str | None, value: str | None) -> None:
    got = times_of(text)
    if typ is None:
        assert span not in got, got
    else:
        assert got.get(span) == (typ, value), got


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: DURATION PXD
    ("The mayor hopes the feud will end some day.", "some day", "FUTURE_REF"),
    ("Some day the bridge will be rebuilt, she said.", "Some day", "FUTURE_REF"),
])
def test_some_day_lies_ahead(text: str, span: str, value: str) -> None:
    got = times_of(text)
    assert got.get(span) == ("DATE", value), got


def test_some_days_is_no_future() -> None:
    got = times_of("The talks went on for some days before the deal.")  # a count before an event, as before
    assert all(v[1] != "FUTURE_REF" for v in got.values()), got


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: the Thursday before (2019-06-06)
    ("Forecasters expect heavy rain on Thursday.", "Thursday", "2019-06-13"),
    ("The storm is forecast to reach the coast Thursday.", "Thursday", "2019-06-13"),
    # before: the Friday before
    ("Analysts predict a rate cut on Friday.", "Friday", "2019-06-14"),
    # guards: a past forecast, a plain past, a plain present
    ("Forecasters had predicted rain on Thursday, but it stayed dry.", "Thursday", "2019-06-06"),
    ("Officials said on Thursday that the talks had failed.", "Thursday", "2019-06-06"),
    ("The ministry says on Thursday it found no fault.", "Thursday", "2019-06-06"),
])
def test_expectation_looks_ahead(text: str, span: str, value: str) -> None:
    got = times_of(text)
    assert got.get(span, (None, None))[1] == value, got


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: 2018-12 (the present "wins" read alone)
    ("Whoever wins in December will face a deficit.", "December", "2019-12"),
    # before: 2019-01
    ("The rule that takes effect in January will cost the city millions.", "January", "2020-01"),
    ("The firm, which reports results on Thursday, will cut jobs.", "Thursday", "2019-06-13"),
    # guards: a past relative clause, a present relative clause of a past main clause
    ("The rule that took effect in January will cost the city millions.", "January", "2019-01"),
    ("The clerk who retires in January has trained her successor.", "January", "2019-01"),
])
def test_present_under_a_future_act(text: str, span: str, value: str) -> None:
    got = times_of(text)
    assert got.get(span, (None, None))[1] == value, got


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: "a year" P1Y, "the past decade" P10Y, "a day" P1D
    ("The siege has gone on for a year and a half.", "a year and a half", "P1Y6M"),
    ("Fighting has flared over the past decade-and-a-half, he said.", "the past decade-and-a-half", "P15Y"),
    ("The hearings lasted a day and a half.", "a day and a half", "P1DT12H"),
    ("The ride took an hour and a half.", "an hour and a half", "PT1H30M"),
    # guards: a plain count, a plural count
    ("He spent a year in prison.", "a year", "P1Y"),
    ("They waited three weeks for the ruling.", "three weeks", "P3W"),
])
def test_and_a_half(text: str, span: str, value: str) -> None:
    got = times_of(text)
    assert got.get(span) == ("DURATION", value), got


@pytest.mark.parametrize(("text", "values"), [
    # before: the second December was 2018-12 (read alone, on a present clause or none)
    ("Voters will elect a new council in December. The December vote is the first since 2015.",
     ["2019-12", "2019-12"]),
    ("Elections are due in December. Analysts say turnout in December is key.", ["2019-12", "2019-12"]),
    # guards: a mention with a tense of its own keeps its reading, either way
    ("The minister resigned in December. Elections will be held in December.", ["2018-12", "2019-12"]),
    ("Talks will resume in December. Rebels walked out in December.", ["2019-12", "2018-12"]),
])
def test_same_month_again(text: str, values: list[str]) -> None:
    got = [t.value for t in newsgraph.extract(text, published=PUB).times if t.text == "December"]
    assert got == values, got


@pytest.mark.parametrize(("text", "span", "kept"), [
    # before: "5 years ago" read as 2014 (the page's age, counted from the report's date)
    ("Mayor names new police chief\n5 years ago\nThe mayor named her on Tuesday.", "5 years ago", False),
    ("Posted 3 hours ago\nThe storm reached the coast.", "3 hours ago", False),
    # guards: in a sentence, or a sentence broken across lines
    ("He left the party five years ago.\nShe stayed.", "five years ago", True),
    ("Five years ago\nthe party split in two.", "Five years ago", True),
])
def test_page_age_stamp(text: str, span: str, kept: bool) -> None:
    got = times_of(text)
    assert (span in got) is kept, got


@pytest.mark.parametrize(("text", "span", "value"), [
    # before: "a year" DURATION P1Y
    ("She left the party a year and a half ago.", "a year and a half ago", "2017-12"),
    ("The war began a decade and a half ago.", "a decade and a half ago", "2004"),
    # guard: a plain count back
    ("She left the party a year ago.", "a year ago", "2018"),
])
def test_and_a_half_ago(text: str, span: str, value: str) -> None:
    got = times_of(text)
    assert got.get(span) == ("DATE", value), got
