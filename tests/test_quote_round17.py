"""Quotes, issue 18 round 17: acts of attacking kept as a stance only between persons.

"attack" and "blast" tell a deed as often as a position ("gunmen attacked the hotel"), so data/quote_acts.tsv gives
them the value ``person``: the aim is kept as kind ``stance`` only where a named person or "he"/"she" attacks a
named person, "him"/"her", or what a person owns, with no "with" of means; negated or under a modal nothing is
held, as for every stance. A headline or label line in sentence case is read for one shape, "Name: claim", when
the name is someone the report names (or a label such as "Poll"), every word of it capitalized, the claim a clause
with a subject of its own, and no other pass found a quote on the line. A reported clause that the parser runs on
into a second verb of speech of the same subject opening a direct quote ("said A and said, "B."", "said A,
explaining, "B."") stops before that verb instead of being dropped whole. Every sentence here was written for these tests; each case gives the text and its quotes
as (kind, text, speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

PERSON_ACTS = [
    ("Senator Tom Walsh blasted Anna Ruiz for her vote on the budget.",
     [("stance", "Anna Ruiz for her vote on the budget", "Tom Walsh")]),
    ("Anna Ruiz attacked Tom Walsh's record on trade at the rally.",
     [("stance", "Tom Walsh's record on trade", "Anna Ruiz")]),
    ("Anna Ruiz spoke in Ohio on Monday. She attacked Tom Walsh as weak.",
     [("stance", "Tom Walsh", "Anna Ruiz")]),
    # a deed: no person acts, or the aim is a thing nobody named owns, or a means of the deed
    ("Gunmen attacked the hotel in the capital on Sunday.", []),
    ("Two men attacked Tom Walsh outside the club.", []),
    ("Tom Walsh attacked the bridge with a drone.", []),
    ("Tom Walsh attacked Anna Ruiz with a knife.", []),
    ("Anna Ruiz attacked the plan on Monday.", []),
    # no position taken: negated, under a modal
    ("Anna Ruiz did not attack Tom Walsh.", []),
    ("Anna Ruiz may attack Tom Walsh in the debate.", []),
    # a verb of speech stays the speaker's words
    ("Anna Ruiz said she attacked Tom Walsh because he lied.",
     [("indirect", "she attacked Tom Walsh because he lied", "Anna Ruiz")]),
]

_BODY = "\n\nSenator Anna Ruiz of Ohio spoke to reporters in Columbus on Monday about the budget."

COLON_LINES = [
    ("Ruiz: The budget will pass before the summer recess." + _BODY,
     [("indirect", "The budget will pass before the summer recess", "Anna Ruiz")]),
    ("Poll: Two of the three races are tight in Ohio." + _BODY,
     [("indirect", "Two of the three races are tight in Ohio", "Poll")]),
    # a roundup's labels in the body: no clause with a subject of its own (round 30: the report's title, its
    # first paragraph, needs none, "Ruiz: Just hang on until the vote" there is Ruiz's: test_quote_r30_holders.py)
    ("Ohio races." + _BODY + "\n\nRuiz: A closing surge in the polls.", []),
    ("Ohio races." + _BODY + "\n\nRuiz: Just hang on until the vote.", []),
    # a label nobody named, a lower-case label, a label of more than five words
    ("Update: The budget will pass before the summer recess." + _BODY, []),
    ("The result: the budget will pass before the summer recess." + _BODY, []),
    # a line another pass already reads: the words in marks stay the direct quote
    ('Ruiz: "The budget will pass before the summer recess," Senator Anna Ruiz said.' + _BODY,
     [("direct", "The budget will pass before the summer recess", "Anna Ruiz")]),
]

SECOND_SPEECH = [
    ('Anna Ruiz said the budget would pass and said, "We have the votes."',
     [("indirect", "the budget would pass", "Anna Ruiz"), ("direct", "We have the votes.", None)]),
    ('Anna Ruiz said the plan would fail, explaining, "The numbers do not add up."',
     [("indirect", "the plan would fail", "Anna Ruiz"), ("direct", "The numbers do not add up.", None)]),
    # a second verb with words not in marks: the clause keeps its extent, as on main
    ("Anna Ruiz said the plan would fail and said she would vote against it.",
     [("indirect", "the plan would fail and said she would vote against it", "Anna Ruiz")]),
    # the first verb negated: what he did not say is no clause of his
    ('Anna Ruiz did not say that she resigned but rather stated, "I accept my dismissal."',
     [("direct", "I accept my dismissal.", None)]),
    # the second verb has a subject of its own: another speaker's quote, the first clause as before
    ('Anna Ruiz said the plan would fail and Tom Walsh said, "It will pass."',
     [("direct", "It will pass.", "Tom Walsh")]),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_ACTS + COLON_LINES)
def test_round17(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), SECOND_SPEECH)
def test_round17_second_speech(qnlp, text, expected) -> None:
    """The clause before the second verb; the direct quote's speaker is the speakers branch's (the parse hangs the
    second "said" on the clause's verb, whose subject is no person): checked apart, so it is not stated here."""
    got = sorted((k, t) for k, t, _s in quote_rows(qnlp, text, stances=True))
    assert got == sorted((k, t) for k, t, _s in expected)
    want = {t: s for k, t, s in expected if k == "indirect"}
    assert {t: s for k, t, s in quote_rows(qnlp, text, stances=True) if k == "indirect"} == want


def test_person_acts_are_no_words_said(qnlp) -> None:
    """A stance is stored with its holder, never shown as words said."""
    assert quote_rows(qnlp, "Senator Tom Walsh blasted Anna Ruiz for her vote on the budget.") == []
