"""Quotes, issue 18 round 17b: attacks on a person held by a campaign's text or body, a rival or a critic; an organization by name does not (integration).

Round 17 kept the aim of "attack" and "blast" as a stance only between persons. A campaign's ads, a campaign, a
rival or critic (data/quote_attack_holders.tsv) takes the same position
against a person ("ads that attack Walsh as a tool of the banks", "the Ruiz campaign attacked Walsh"); the agents
of violence ("a crowd", "militants", "two men") stay a deed, and the aim must still be a person or what a person
owns. Every sentence here was written for these tests; each case gives the text and its quotes as (kind, text,
speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

HOLDERS = [
    ("The Liberty Fund ran ads that attack Tom Walsh as a tool of the banks.",
     [("stance", "Tom Walsh", "ads")]),
    ("The Ruiz campaign attacked Tom Walsh on Monday.",
     [("stance", "Tom Walsh", "The Ruiz campaign")]),
    ("Rival candidates attacked Tom Walsh's record on trade.",
     [("stance", "Tom Walsh's record on trade", "Rival candidates")]),
    ("Critics of the plan attacked Tom Walsh for his silence.",
     [("stance", "Tom Walsh for his silence", "Critics")]),
    # the agents of a deed, or an aim that is no person's
    ("A crowd attacked Tom Walsh outside the club.", []),
    ("Militants attacked Tom Walsh's convoy near the border.", []),
    ("Two men attacked Tom Walsh outside the club.", []),
    # an organization by name: in conflict news its attack on a person is a deed as often as words (integration)
    ("The Red Hand Brigade attacked Governor Tom Walsh on Monday.", []),
    ("Ads that attack the plan ran in Ohio.", []),
    # no position taken: negated
    ("The Ruiz campaign did not attack Tom Walsh.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_round17b_attack_holders(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


# A second verb of speech hung on the reported clause's verb, opening words in marks: the first verb's subject
# speaks them (round 17b), not the clause's subject ("the budget"); the second verb with a subject of its own, or a
# conjunct with no marks, is left as it was.
SECOND_SPEAKER = [
    ('Anna Ruiz said the budget would pass and said, "We have the votes."',
     ("We have the votes.", "Anna Ruiz")),
    ('Anna Ruiz said that Tom Walsh resigned and added, "He was right to go."',
     ("He was right to go.", "Anna Ruiz")),
    ('Anna Ruiz said the plan would fail, explaining, "The numbers do not add up."',
     ("The numbers do not add up.", "Anna Ruiz")),
    ('Anna Ruiz said the plan would fail and Tom Walsh said, "It will pass."',
     ("It will pass.", "Tom Walsh")),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_SPEAKER)
def test_round17b_second_speech_speaker(qnlp, text, expected) -> None:
    assert [(t, s) for k, t, s in quote_rows(qnlp, text) if k == "direct"] == [expected]


def test_round17b_conjunct_without_marks_unchanged(qnlp) -> None:
    """No words in marks after the second verb: the clause runs on as before (round 17's ``speech_tail``)."""
    text = "Anna Ruiz said the plan would fail and said she would vote against it."
    assert quote_rows(qnlp, text) == [("indirect", "the plan would fail and said she would vote against it", "Anna Ruiz")]
