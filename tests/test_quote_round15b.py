"""Quotes, issue 18 round 15b: wishes under "would" are stances; more headline verbs, acts and poll labels.

"would like to" / "'d love to" + an infinitive is the holder's wish, kept as kind ``stance`` like an intention;
"would" is the wish itself there, so the modal that refuses every other stance does not refuse it, while another
modal, a negation or no modal at all ("likes to fish": a habit) gives nothing. A title-case headline with a verb of
an act ("Slams", "Backs") gives a stance, with a verb of showing or telling an indirect quote, and a label that
names a poll or a report before a colon is the holder. Every sentence here was written for these tests; each case
gives the text and its quotes as (kind, text, speaker_name). A phrase "In a poll / study / report," set off in
front of a clause's subject makes the clause the poll's finding, an indirect quote held by the poll.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

WISHES = [
    ("Senator Ana Ruiz would like to cut taxes for small firms.",
     [("stance", "to cut taxes for small firms", "Ana Ruiz")]),
    ("If schedules permit, the campaign would like to hold another rally in Ohio.",
     [("stance", "to hold another rally in Ohio", "the campaign")]),
    ("Mayor Tom Hale would love to host the games in 2030.",
     [("stance", "to host the games in 2030", "Tom Hale")]),
    ("Carlos Garcia spoke on Monday. He'd like to see the bridge rebuilt.",
     [("stance", "to see the bridge rebuilt", "Carlos Garcia")]),
    # a habit, another modal, a negation, or people at large: no wish held
    ("Mr. Putin likes to throw in a few surprises.", []),
    ("The mayor might like to visit the plant.", []),
    ("The governor would not like to see the bill pass.", []),
    ("Some voters would like to see a third candidate.",  # round 19: people at large
     [("stance", "to see a third candidate", "Some voters")]),
    # a gerund of backing is the position backed, like its object; not under a modal
    ("Mr. Cruz supports tightening the border rules.", [("stance", "tightening the border rules", "Cruz")]),
    ("The senator would support cutting the tax.", []),
    # inside what was said, the clause of the verb of speech holds it
    ("Ms. Ruiz said she would like to run again.", [("indirect", "she would like to run again", "Ruiz")]),
]

HEADLINES = [
    # a verb of an act: the position taken, a stance
    ("Hillary Clinton Slams Donald Trump On Abortion After Court Ruling\n\nHillary Clinton spoke on Monday.",
     [("stance", "Donald Trump On Abortion After Court Ruling", "Hillary Clinton")]),
    ("Marine Le Pen Backs Trump And Denounces Clinton\n\nMarine Le Pen spoke in Lyon.",
     [("stance", "Trump And Denounces Clinton", "Marine Le Pen")]),
    # a verb of showing: what the poll shows, an indirect quote of the poll
    ("New Poll Shows Minor Post-Debate Bump For Clinton\n\nThe poll was taken on Tuesday.",
     [("indirect", "Minor Post-Debate Bump For Clinton", "New Poll")]),
    # a label that names a poll or a report is the holder; another label is a heading's
    ("Poll: Wealthy Voters Abandon Republican Party\n\nThe poll was taken on Tuesday.",
     [("indirect", "Wealthy Voters Abandon Republican Party", "Poll")]),
    ("Report: Governor Walker to Speak at the Convention\n\nThe convention opens on Monday.",
     # (round 34: a bare text's noun, "Report", is no speaker's name: empty, quotes/document_issuers.py)
     [("indirect", "Governor Walker to Speak at the Convention", None)]),
    ("Breaking: Federal Judge Rules Against the City\n\nThe judge ruled on Monday.", []),
    # a verb the rows do not hold ("Explains" names a topic)
    ("Senator Explains Why She Voted Against the Bill\n\nThe senator spoke on Monday.", []),
]

POLLS = [
    # "In <a poll / study / report>," in front of the subject: the clause is the poll's finding
    ("In a new Marist poll last week, 52 percent of voters chose the mayor.",
     [("indirect", "52 percent of voters chose the mayor", "a new Marist poll")]),
    ("In this study, rents rose faster than wages in every city.",
     [("indirect", "rents rose faster than wages in every city", "this study")]),
    # a clause another pass attributes keeps its speaker
    ("In the report, investigators said the fire was set.",
     [("indirect", "the fire was set", "investigators")]),
    # after the subject the phrase places a fact; a noun the rows do not hold; no comma
    ("Garcia has led the race in several recent polls.", []),
    ("In a survey of farmers, most growers planted corn.", []),
    ("In 2015, the poll was wrong about the race.", []),
]


@pytest.mark.parametrize(("text", "expected"), WISHES + HEADLINES + POLLS)
def test_round15b(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz would like to cut taxes for small firms.",
    "Hillary Clinton Slams Donald Trump On Abortion After Court Ruling\n\nHillary Clinton spoke on Monday.",
])
def test_wishes_and_acts_are_no_words_said(qnlp, text) -> None:
    """Without stances (what the quote lists show) a wish or a headline's act gives nothing."""
    assert quote_rows(qnlp, text) == []
