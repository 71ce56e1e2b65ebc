"""Round 18, calls: a call on a named addressee to act ("X calls on Y to Z", "urged Y to Z") that the root's verb of
saying reports, as its complement or as a conjunct of that complement, is the statement's act and is shown at the
default threshold, as a reported censure is (extract/events/recall.py ``reported_call``; docs/events_guidelines.md,
"round 18, calls"). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from conftest import events_at

from newsgraph.record import EVENT_MIN_CONFIDENCE

# (text, trigger word, shown at the default threshold)
REPORTED_CALLS = [
    # the call is what the statement says: the statement's act (hidden on main at 0.57)
    ('"The United States calls on other regional powers to join us in sanctions," the president said.', "calls", True),
    ('"The government believes that the talks are near, and thus calls on all armed groups to join the process," '
     "the ministry said in a statement.", "calls", True),
    ("The spokesman said the cabinet calls on the rebels to lay down their arms.", "calls", True),
    ('"Germany urges both sides to return to the table," the foreign minister said.', "urges", True),
    ("The envoy said Turkey asked the militias to leave the town.", "asked", True),
    # guards: a norm ("should call on"), no act asked ("calls for calm"), no to-infinitive ("for help"): stay hidden;
    # "Analysts believe ..." is lifted (0.37 -> 0.55: "believe" counts as a verb of saying) but, with no party
    # resolved on either side, stays under the threshold
    ("The minister said the government should call on the rebels to disarm.", "call", False),
    ('"The government calls for calm," the spokesman said.', "calls", False),
    ("He said the country calls on its friends for help.", "calls", False),
    ("Analysts believe the ministry calls on the army to stay neutral.", "calls", False),
]


@pytest.mark.parametrize(("text", "word", "shown"), REPORTED_CALLS)
def test_reported_call_shown(enlp, text: str, word: str, shown: bool) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "DEMAND"]
    assert hits, events_at(enlp, text, word)
    assert (hits[0]["confidence"] >= EVENT_MIN_CONFIDENCE) is shown, hits[0]


# a call told as the root verb was shown before and stays shown: the rule adds no weight twice
ROOT_CALLS = [
    ("France called on Iran to release the two journalists.", "called"),
    ("The United Nations urged both sides to return to the negotiating table.", "urged"),
]


@pytest.mark.parametrize(("text", "word"), ROOT_CALLS)
def test_root_call_unchanged(enlp, text: str, word: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "DEMAND"]
    assert hits and hits[0]["confidence"] >= EVENT_MIN_CONFIDENCE, hits


# an order to one's own forces or agency is a command, not a call on a party: not lifted by the reported-call rule
ORDERS = [
    ("The Pentagon said the minister ordered the carrier to head for the islands.", "ordered"),
]


@pytest.mark.parametrize(("text", "word"), ORDERS)
def test_reported_order_not_lifted(enlp, text: str, word: str) -> None:  # noqa: ANN001
    hits = [e for e in events_at(enlp, text, word) if e["type"] == "DEMAND"]
    assert all(e["confidence"] < EVENT_MIN_CONFIDENCE for e in hits), hits
