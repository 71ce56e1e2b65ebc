"""Round 31 (times of real reports, issue #17 item 5): times resolved in the text's own frame.

- a weekday or a clock time inside words quoted from an earlier year ("The network reported in April 2013, 'A
  paper, delivered on Friday, ...'") lies in a week the text does not name: its week is left open;
- a weekday's possessive ("Thursday's vote"), or a weekday on a clause with no tense, a week off the report's
  earlier mention of that weekday, is that mention's day;
- a bare number before a singular "century" ("the 21 century") is an ordinal century, not a duration.

Sentences written here; rows marked "before:" failed at main 498bea55, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph

PUB = "2021-03-10"  # a Wednesday


def values_of(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in newsgraph.extract(text, published=published).times]


@pytest.mark.parametrize(("text", "expected"), [
    # before: 2021-03-05 / 2021-03-10T15:00 / 2021-03-15 / 2021-03-08 (the report's week)
    ('The network reported in June 2014, "A paper, handed to aides on Friday and seen by the network, says the '
     'medal would change."', [("June 2014", "2014-06"), ("Friday", "XXXX-WXX-5")]),
    ('The paper said in May 2015, "The envoy landed at 3 p.m. and left at once."',
     [("May 2015", "2015-05"), ("3 p.m.", "XXXX-XX-XXT15:00")]),
    ('In a 2018 memo, the director wrote: "Staff will meet on Monday to review the plan."',
     [("2018", "2018"), ("Monday", "XXXX-WXX-1")]),
    ('In 2016, she told reporters: "We will announce the decision on Monday morning."',
     [("2016", "2016"), ("Monday morning", "XXXX-WXX-1TMO")]),
    # guards: no quotation (the narration comes back to the report's week); a year said inside earlier quoted
    # words; a stretch lasting to now; a date of the present between; a frame of the report's own year
    ("The company, founded in 1990, said on Friday that profits rose.", [("1990", "1990"), ("Friday", "2021-03-05")]),
    # (a document dated to an earlier year at the sentence's start frames the words its verb reports: that
    # week is left open since round 31's frame_document.py; a bare year does not frame them)
    ("In a 2018 memo, the director wrote that staff would meet on Monday.", [("2018", "2018"), ("Monday", "XXXX-WXX-1")]),
    ("In 2018, the director wrote that staff would meet on Monday.", [("2018", "2018"), ("Monday", "2021-03-15")]),
    ('"We signed it in 1987," he said. "On Monday we will meet again."', [("1987", "1987"), ("Monday", "2021-03-15")]),
    ('He has campaigned since 2016 and said: "On Monday we will vote."', [("2016", "2016"), ("Monday", "2021-03-15")]),
    ('The pact of 1987 lapsed, he said Friday. "We will meet on Monday," he added.',
     [("1987", "1987"), ("Friday", "2021-03-05"), ("Monday", "2021-03-15")]),
    ('The board said in January 2021, "We meet on Monday."', [("January 2021", "2021-01"), ("Monday", "2021-03-08")]),
])
def test_quoted_earlier_week(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: 2021-03-11 (the future clause put the possessive on the coming Thursday)
    ("Voters went to the polls on Thursday. Ultimately I expect that Thursday's vote will be seen as a step forward.",
     [("Thursday", "2021-03-04"), ("Thursday", "2021-03-04")]),
    # before: 2021-03-04 (the present clause put it on the Thursday before)
    ("The hearing will be held on Thursday. Talks about Thursday's hearing are ongoing.",
     [("Thursday", "2021-03-11"), ("Thursday", "2021-03-11")]),
    # guards: a plain weekday with a tense of its own; "next Friday" is a second Friday; agreeing mentions
    ("The talks ended on Friday. The envoys will meet again on Friday.",
     [("Friday", "2021-03-05"), ("Friday", "2021-03-12")]),
    ("The talks ended on Friday. They will resume next Friday.",
     [("Friday", "2021-03-05"), ("next Friday", "2021-03-12")]),
    ("Rebels struck on Friday. Officials said Friday's attack killed ten.",
     [("Friday", "2021-03-05"), ("Friday", "2021-03-05")]),
    ("Lawmakers will vote on Thursday. Many believe she will be confirmed after Thursday's vote.",
     [("Thursday", "2021-03-11"), ("Thursday", "2021-03-11")]),
    ("Last Friday's raid was the second. Friday's raid killed two.",
     [("Last Friday", "2021-03-05"), ("Friday", "2021-03-05")]),
    # the day most earlier mentions give; mentions that disagree evenly give none (the possessive keeps its own)
    ("Troops left on Friday. Guards fled before Friday's blast, and the mayor has agreed to meet them Friday. "
     "Critics blame rivals for Friday's blast.",
     [("Friday", "2021-03-05"), ("Friday", "2021-03-05"), ("Friday", "2021-03-12"), ("Friday", "2021-03-05")]),
    ("Guards fled before Friday's blast, and the mayor has agreed to meet them Friday. Critics blame rivals for "
     "Friday's blast.", [("Friday", "2021-03-05"), ("Friday", "2021-03-12"), ("Friday", "2021-03-05")]),
])
def test_weekday_again(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: P2100Y / P1900Y (read as a count of years)
    ("Such ideas belong to the 21 century, she said.", [("the 21 century", "20XX")]),
    ("It was a 19 century custom.", [("19 century", "18XX")]),
    # guards: a count of centuries, one century, ordinals
    ("The empire lasted 3 centuries.", [("3 centuries", "P300Y")]),
    ("The empire lasted 1 century.", [("1 century", "P100Y")]),
    ("The cathedral dates from the 19th century.", [("the 19th century", "18XX")]),
    ("It took a century.", [("a century", "P100Y")]),
])
def test_bare_number_century(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected
