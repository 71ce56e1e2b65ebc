"""Round 36 (issue #17 point 5, times in context): a paper's title with a weekday, and the year of an undated report.

- a weekday inside a paper's title after "the" or a possessive ("the Sunday Star-Times", "The Friday Times") or a
  listed title ("Scotland on Sunday") is no time; a weekday before a lower-case noun, or "the Senate on Sunday",
  stays a time;
- in a report without a date, "this year", "last year", "next year" (and "February this year") take the year of the
  link's path date ("/2019/11/"), unless the text names a later year; without such a link they stay open.

Sentences written here; rows marked "before:" failed at main ace12439, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph
from newsgraph.pipeline import extract_many

Row = list[tuple[str, str | None]]
THU = "2014-09-11"  # a Thursday


def values(text: str, published: str | None) -> Row:
    return [(t.text, t.value) for t in newsgraph.extract(text, published=published).times]


@pytest.mark.parametrize(("text", "expected"), [
    # before: Sunday 2014-09-07 in each
    ("The minister told the Independent on Sunday that the plan was dead.", []),
    ("He told Scotland on Sunday that he would stand again.", []),
    ("In an interview with the Sunday Star-Times, the minister said the plan was dead.", []),
    ("An essay in The Saturday Paper argued the opposite.", []),
    ("He told the Sunday Mail that he was innocent.", []),
    ("Ratings for Sunday Night Football rose in the autumn.", [("autumn", "2014-FA")]),
    # guards: a weekday that is a time
    ("The minister told the Senate on Sunday that the plan was dead.", [("Sunday", "2014-09-07")]),
    ("The Sunday service drew a large crowd.", [("Sunday", "2014-09-07")]),
    ("He told the Sunday Times that he would publish the story on Sunday.", [("Sunday", "2014-09-14")]),
    ("Voters went to the polls on Sunday, and Times reporters watched.", [("Sunday", "2014-09-07")]),
])
def test_weekday_papers(text: str, expected: Row) -> None:
    assert values(text, THU) == expected


HARVEST = "The ministry said this year's harvest was poor. Farmers expect rain next year, after a dry spell last year."


def linked(text: str, url: str | None) -> Row:
    rec = next(iter(extract_many([{"text": text, "url": url}])))
    return [(t.text, t.value) for t in rec.times]


@pytest.mark.parametrize(("text", "url", "expected"), [
    # before: None for each
    (HARVEST, "https://example.com/news/2019/11/harvest-poor",
     [("this year", "2019"), ("next year", "2020"), ("last year", "2018")]),
    ("Floods hit the capital in February this year.", "https://example.com/2020/04/21/floods",
     [("February this year", "2020-02")]),
    # guards: no path date, a year alone in the slug, a text naming a later year than the link
    (HARVEST, None, [("this year", None), ("next year", None), ("last year", None)]),
    ("The ministry said this year's harvest was poor.", "https://example.com/news/2019-harvest-poor",
     [("this year", None)]),
    ("The ministry said this year's harvest was poor, as in 2021.", "https://example.com/news/2019/11/harvest",
     [("this year", None), ("2021", "2021")]),
])
def test_undated_years_from_the_link(text: str, url: str | None, expected: Row) -> None:
    assert linked(text, url) == expected


SUN = "2019-10-20"  # a Sunday, ISO week 42


@pytest.mark.parametrize(("text", "expected"), [
    # before: this week 2019-W43, last week 2019-W41 (the report's weeks)
    ("On Sept. 3, 2019, the minister told parliament that talks would resume this week.",
     [("Sept. 3, 2019", "2019-09-03"), ("this week", "2019-W36")]),
    ("On Sept. 3, 2019, the minister said that talks had stalled last week.",
     [("Sept. 3, 2019", "2019-09-03"), ("last week", "2019-W35")]),
    ("In a letter dated Sept. 3, 2019, the minister wrote that the talks had stalled earlier this week.",
     [("Sept. 3, 2019", "2019-09-03"), ("earlier this week", "2019-W36")]),
    # guards: no saying from that day, the saying dated by the week word, a relative clause, the report's week
    ("A treaty signed on Sept. 3, 2019, and talks resume this week.",
     [("Sept. 3, 2019", "2019-09-03"), ("this week", "2019-W43")]),
    ("The minister, who resigned on Sept. 3, 2019, said this week that the talks had failed.",
     [("Sept. 3, 2019", "2019-09-03"), ("this week", "2019-W42")]),
    ("On Sept. 3, 2019, the minister resigned, and aides said this week that the talks had failed.",
     [("Sept. 3, 2019", "2019-09-03"), ("this week", "2019-W42")]),
    ("The treaty was signed on Sept. 3, 2019. The minister said that talks resume this week.",
     [("Sept. 3, 2019", "2019-09-03"), ("this week", "2019-W43")]),
    ("On Oct. 15, 2019, the minister said that talks would resume this week.",
     [("Oct. 15, 2019", "2019-10-15"), ("this week", "2019-W43")]),
    ("On Sunday the minister said that talks had stalled last week.",
     [("Sunday", "2019-10-20"), ("last week", "2019-W41")]),
])
def test_week_words_of_a_narrated_day(text: str, expected: Row) -> None:
    assert values(text, SUN) == expected
