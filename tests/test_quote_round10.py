"""Quotes, issue 18 round 10: a verb the model lemmatizes wrongly, prepositions that never hold what was said.

Every sentence here was written for these tests. Each case gives the text and its quotes as (kind, text,
speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

from newsgraph.extract.quotes.lemmas import repaired_lemmas

HOPE = [
    # en_core_web_sm lemmatizes "hoped"/"hoping" as "hop": the hoped-for clause was no attribution (round 14,
    # beliefs: a hope is the holder's view, kind "stance")
    ("Anna Keller hoped the board would approve the budget before the summer.",
     [("stance", "the board would approve the budget before the summer", "Anna Keller")]),
    ("The minister is hoping that the talks will resume in the spring.",
     [("stance", "the talks will resume in the spring", "The minister")]),
    # a wish for oneself, with an infinitive, is no statement; since round 15 it is the holder's aim, kind "stance"
    ("Anna Keller hopes to return to school next year to study law.",
     [("stance", "to return to school next year to study law", "Anna Keller")]),
]


@pytest.mark.parametrize(("text", "expected"), HOPE)
def test_hope(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text, stances=True) == expected


NOT_CONTENT = [
    # time, place, means, addressee, or what was answered: never what was said
    ("Anna Keller said so before the vote in the council on Monday.", []),
    ("Tom Walsh told reporters after the meeting with the board on Monday.", []),
    ("Thousands gathered in the capital on Friday to say farewell to the old king.", []),
    ("The ministry responded to the new sanctions by closing its embassy in the capital.", []),
    ("Tom Walsh did not respond to repeated requests for comment.", []),
    # the answer given "by saying" still is a quote
    ("The ministry responded to the new sanctions by saying they had closed the path of diplomacy.",
     [("indirect", "they had closed the path of diplomacy", "The ministry")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_CONTENT)
def test_not_content(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected


def test_lemmas_restored(qnlp) -> None:
    """The repair holds inside the quote pass only: the Doc keeps the model's lemma for other extractors."""
    doc = qnlp("Anna Keller hoped the board would approve the budget.")
    hoped = doc[2]
    model = hoped.lemma_
    with repaired_lemmas(doc):
        assert hoped.lemma_ == "hope"
    assert hoped.lemma_ == model


CONDITIONS = [
    # a condition the parser hangs on a parenthetical cue is part of the words reported
    ("If this plan fails, Tom Walsh argues, there are other tools in the box.",
     [("indirect", "If this plan fails, Tom Walsh argues, there are other tools in the box", "Tom Walsh")]),
    # "if" opening a condition stays in the clause: without it the condition reads as a claim
    ("Anna Keller said that if the talks fail, the two countries could go to war.",
     [("indirect", "if the talks fail, the two countries could go to war", "Anna Keller")]),
    # "if" as the complementizer of a reported question still goes
    ("Tom Walsh asked if the plan would fail.", [("question", "the plan would fail", "Tom Walsh")]),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_conditions(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected


MADE_CLEAR = [
    # "made (it) clear that ...": a statement of the subject, however the parser hangs the clause
    ("Tom Walsh made it clear he had major doubts about the plan.",
     [("indirect", "he had major doubts about the plan", "Tom Walsh")]),
    ("The ambassador, Liu Jian, made clear that new sanctions are not the government's priority.",
     [("indirect", "new sanctions are not the government's priority", "Liu Jian")]),
    ("Anna Keller made clear in her written statement that the board condemns the attack.",
     [("indirect", "the board condemns the attack", "Anna Keller")]),
    # nobody named, or nothing said after it
    ("It was made clear that the plan would fail.", []),
    ("That he has made clear.", []),
    ("Tom Walsh made the plan clear to the voters that came to the hall.", []),
]


@pytest.mark.parametrize(("text", "expected"), MADE_CLEAR)
def test_made_clear(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected


ASIDES = [
    # a participle the parser hangs inside a dashed aside before it belongs to the clause around the aside
    ('Small groups of protesters marched through the streets around the stadium - where the Carolina Panthers '
     'played the Vikings - while chanting, "Hands up, do not shoot."',
     [("direct", "Hands up, do not shoot.", "Small groups")]),
    # an aside on the subject itself changes nothing
    ("Tom Walsh - who the Carolina Panthers fired last year - said on Monday that the team would lose.",
     [("indirect", "the team would lose", "Tom Walsh")]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_asides(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected
