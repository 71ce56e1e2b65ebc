"""Quotes, issue 18 round 14 (beliefs): a belief or perception is kind "stance", never words said.

PolNeAR counts a source's internal state ("investigators believe ...", "officials suspect ...") as an
attribution; the reviews of real reports count none of them as a quote. A belief held by someone who could state
it is kept as kind ``stance`` (holder as speaker, the believed clause as text), which is stored but never listed as
a quote; a verb of speech keeps its clause as an indirect quote. Three wrong stances from the round-14 integration
read are tested as well. Every sentence here was written for these tests; each case gives the text and its quotes
as (kind, text, speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

BELIEFS = [
    # a verb of believing or perceiving: the holder's view
    ("Investigators believe the fire was set deliberately.",
     [("stance", "the fire was set deliberately", "Investigators")]),
    ("Mr. Garcia thinks the treaty will collapse within a year.",
     [("stance", "the treaty will collapse within a year", "Garcia")]),
    ("The minister fears the strike will spread to the ports.",
     [("stance", "the strike will spread to the ports", "The minister")]),
    ("Officials assume the money was moved abroad.", [("stance", "the money was moved abroad", "Officials")]),
    ("Maria Lopez feels that the party has lost its way.",
     [("stance", "the party has lost its way", "Maria Lopez")]),
    ("The fire was set deliberately, investigators believe.",
     [("stance", "The fire was set deliberately", "investigators")]),
    # a judgement with a verbless small clause
    ("The company finds it more advantageous to build the plant abroad.",
     [("stance", "it more advantageous to build the plant abroad", "The company")]),
    # an adjective of certainty after a copula
    ("The ambassador was confident that a deal would be reached.",
     [("stance", "a deal would be reached", "The ambassador")]),
    ("Mr. Garcia is certain the vote was rigged.", [("stance", "the vote was rigged", "Garcia")]),
    # a pronoun holder resolved to the person named before
    ("Carlos Garcia met the press on Monday. He believes the treaty will collapse.",
     [("stance", "the treaty will collapse", "Carlos Garcia")]),
    # negated or under a modal: no view held, nothing kept
    ("Mr. Garcia does not believe the fire was an accident.", []),
    ("Mr. Garcia is not convinced that the plan will work.", []),
    # the writer or people at large hold no stance (as before), nor "each" or "every" one of them
    ("I think the treaty will collapse.", []),
    ("Each player thinks it worth arguing a little longer.", []),
    ("Every voter believes the election was fair.", []),
    # a passive participle's noun holds nothing
    ("The relief felt by the workers will soon give way to anger.", []),
    # verbs of speech stay indirect quotes
    ("Mr. Garcia said the treaty will collapse within a year.",
     [("indirect", "the treaty will collapse within a year", "Garcia")]),
    ("Ms. Lopez argued that the tax would hurt small firms.",
     [("indirect", "the tax would hurt small firms", "Lopez")]),
    # a belief inside a statement is what the speaker said; a statement around a belief is the speaker's
    ("Mr. Garcia said he believes the fire was set deliberately.",
     [("indirect", "he believes the fire was set deliberately", "Garcia")]),
    ("Authorities believe the gunman acted alone, the police chief said.",
     [("indirect", "Authorities believe the gunman acted alone", "the police chief")]),
]


@pytest.mark.parametrize(("text", "expected"), BELIEFS)
def test_beliefs(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Investigators believe the fire was set deliberately.", []),
    ("Mr. Garcia said the treaty will collapse within a year.",
     [("indirect", "the treaty will collapse within a year", "Garcia")]),
])
def test_beliefs_are_no_words_said(qnlp, text, expected) -> None:
    """Without stances (what the quote lists show) a belief gives nothing."""
    assert sorted(quote_rows(qnlp, text)) == sorted(expected)


WRONG_STANCES = [
    # a refused act whose object is the noun the relative clause modifies: "to criticize" aims at no one
    ("Ms. Lopez has met the man she refuses to criticize.", []),
    ("Garcia should take notes from the man he refuses to criticize.", []),
    # ... a relative pronoun as subject keeps the act whole
    ("The senator is a man who refuses to cooperate.", [("stance", "to cooperate", "a man")]),
    # a text takes no position
    ("The documents clearly outline that the talking points for Lopez emphasize blaming the video.", []),
    ("The memo blames the video for the protests.", []),
    # the aim stops at the object's noun phrase, before a participle that reports a clause of its own
    ("Mr Garcia has rejected that idea saying intercept evidence is only a small part of the case.",
     [("stance", "that idea", "Garcia")]),
    ("Maria Lopez rejected the idea, saying the plan had already failed.",
     [("stance", "the idea", "Maria Lopez"), ("indirect", "the plan had already failed", "Maria Lopez")]),
    # ... a participle that reports nothing stays in the aim
    ("Maria Lopez condemned the attacks targeting civilians.",
     [("stance", "the attacks targeting civilians", "Maria Lopez")]),
]


@pytest.mark.parametrize(("text", "expected"), WRONG_STANCES)
def test_wrong_stances(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)
