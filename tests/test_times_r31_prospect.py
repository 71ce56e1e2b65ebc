"""Round 31 (times of real reports, issue #17 item 5): times told in a memo's frame, and coming debates.

- an infinitive after an adjective of likelihood or readiness told in the present ("is sure to figure in Monday's
  debate", "are poised to sign it on Monday") looks ahead, so its weekday is the coming one
  (extract/times/prospect.py, data/time_prospect_words.tsv);
- a weekday in the words a sentence reports from a document it dates to an earlier year ("In a 2018 memo, the
  director wrote that staff would meet on Monday") has its week left open (extract/times/frame_document.py,
  data/time_frame_documents.tsv).

Sentences written here; rows marked "before:" failed at main cc53ff19, the others are guards."""

from __future__ import annotations

import pytest

import newsgraph

PUB = "2021-03-10"  # a Wednesday


def values_of(text: str, published: str = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in newsgraph.extract(text, published=published).times]


@pytest.mark.parametrize(("text", "expected"), [
    # before: 2021-03-08 (no tense: the Monday before)
    ("The unrest is sure to figure in Monday's debate.", [("Monday", "2021-03-15")]),
    ("The senator is certain to face attacks in Monday's debate.", [("Monday", "2021-03-15")]),
    ("The senator is likely to face attacks on Monday.", [("Monday", "2021-03-15")]),
    ("The senator is unlikely to win the vote on Monday.", [("Monday", "2021-03-15")]),
    ("The senator seems certain to face attacks on Monday.", [("Monday", "2021-03-15")]),
    ("The council is poised to approve the budget on Monday.", [("Monday", "2021-03-15")]),
    ("Rivals are bound to attack him on Monday.", [("Monday", "2021-03-15")]),
    ("The minister is about to sign the bill on Monday.", [("Monday", "2021-03-15")]),
    # before: 2021-03-05
    ("He is ready to talk to the unions on Friday.", [("Friday", "2021-03-12")]),
    # guards: the judgement told in the past; a perfect infinitive (a guess about the past); a finite clause
    # after "certain"; a past tense elsewhere; timetable words as before
    ("The senator was likely to face attacks in Monday's debate.", [("Monday", "2021-03-08")]),
    ("The unrest was sure to figure in Monday's debate.", [("Monday", "2021-03-08")]),
    ("The envoy is likely to have died on Monday.", [("Monday", "2021-03-08")]),
    ("Police are certain the attack happened on Monday.", [("Monday", "2021-03-08")]),
    ("Rebels were poised to strike on Monday when the truce held.", [("Monday", "2021-03-08")]),
    ("The senate is set to vote on Thursday.", [("Thursday", "2021-03-11")]),
    ("The envoy is expected to arrive on Friday.", [("Friday", "2021-03-12")]),
    ("The senator faced attacks in Monday's debate.", [("Monday", "2021-03-08")]),
])
def test_prospect_infinitive(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: 2021-03-12 / 2021-03-05 (the report's week)
    ("In a 2017 letter, the minister said the troops would leave on Friday.",
     [("2017", "2017"), ("Friday", "XXXX-WXX-5")]),
    ("In an April 2016 letter to the board, the chief warned that the plant would close on Friday afternoon.",
     [("April 2016", "2016-04"), ("Friday afternoon", "XXXX-WXX-5TAF")]),
    ("In her 2019 op-ed, the governor argued that the vote on Tuesday would fail.",
     [("2019", "2019"), ("Tuesday", "XXXX-WXX-2")]),
    ("The board met on Friday. In a 2015 memo, the adviser wrote that aides would gather on Monday.",
     [("Friday", "2021-03-05"), ("2015", "2015"), ("Monday", "XXXX-WXX-1")]),
    # (Monday before: 2021-03-15; the Friday after a second reporting verb is the report's week: a guard)
    ("In a 2018 memo, the director wrote that staff would meet on Monday, the paper reported Friday.",
     [("2018", "2018"), ("Monday", "XXXX-WXX-1"), ("Friday", "2021-03-05")]),
    # guards: a bare year; a document of the report's year; the weekday dating the document; a new clause or a
    # second reporting verb after the words; a document in a later sentence; an undated statement
    ("In 2017, the minister said the troops would leave on Friday.", [("2017", "2017"), ("Friday", "2021-03-12")]),
    ("In a 2021 memo, the director wrote that staff would meet on Monday.",
     [("2021", "2021"), ("Monday", "2021-03-15")]),
    ("In a 2018 memo released on Friday, the director wrote that staff would meet weekly.",
     [("2018", "2018"), ("Friday", "2021-03-05"), ("weekly", "P1W")]),
    ("In a 2018 memo, the director wrote that staff should meet weekly, and on Monday the board agreed.",
     [("2018", "2018"), ("weekly", "P1W"), ("Monday", "2021-03-08")]),
    ("In a 2019 report, the agency said prices rose. Officials met on Monday.",
     [("2019", "2019"), ("Monday", "2021-03-08")]),
    ("In a statement Friday, the ministry said talks would resume on Monday.",
     [("Friday", "2021-03-05"), ("Monday", "2021-03-15")]),
])
def test_document_frame(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert values_of(text) == expected
