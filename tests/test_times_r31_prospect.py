"""Round 31 (times of real reports, issue #17 item 5): an infinitive after an adjective of likelihood or readiness
told in the present ("is sure to figure in Monday's debate", "are poised to sign it on Monday") looks ahead, so
its weekday is the coming one (extract/times/prospect.py, data/time_prospect_words.tsv).

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
