"""Quotes, issue 18 round 15: intentions, resolves and feelings are kind "stance"; title-case headlines attribute.

PolNeAR counts a source's internal state as an attribution: what someone plans, seeks, decides or votes to do,
what an owned decision or refusal aims at, what someone is eager or willing to do, worried about or critical of.
None of it is words said, so each is kept as kind ``stance`` (stored, never listed as a quote), with the limits of
every stance. A title-case headline is no body paragraph; "X Says Y", "Y, X Says" and "X: Y" (X a person or
organization the report names) give one indirect quote. Every sentence here was written for these tests; each case
gives the text and its quotes as (kind, text, speaker_name).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

INTENTIONS = [
    # a verb of intending with an infinitive: the holder's aim
    ("The agency seeks to cut its budget by half.", [("stance", "to cut its budget by half", "The agency")]),
    ("The governor intends to sign the bill next week.", [("stance", "to sign the bill next week", "The governor")]),
    ("The board decided to close the plant in May.", [("stance", "to close the plant in May", "The board")]),
    ("Officials hope to reopen the bridge by May.", [("stance", "to reopen the bridge by May", "Officials")]),
    ("The House Oversight Committee voted to hold the aide in contempt.",
     [("stance", "to hold the aide in contempt", "House Oversight Committee")]),
    # backing and voting: the object is the position taken
    ("The union backed the mayor in the primary.", [("stance", "the mayor", "The union")]),
    ("Sen. Tim Scott voted against the crime bill in 1994.", [("stance", "the crime bill", "Tim Scott")]),
    ("Activists pushed for a ban on the pesticide.", [("stance", "a ban on the pesticide", "Activists")]),
    ("Garcia prefers a smaller budget.", [("stance", "a smaller budget", "Garcia")]),
    # ... "push" with an object is a deed; people at large back nothing in particular
    ("The union pushed the cart.", []),
    ("Most Republicans support the new tax bill.",  # round 19: people at large, a stored stance
     [("stance", "the new tax bill", "Most Republicans")]),
    # a bare plural a relative clause defines is any such, no one in particular; an intention whose object is the
    # noun the relative clause modifies aims at no one in its words
    ("Hezbollah can target countries that support the military strike.", []),
    ("The winner would be the regime of President Bashar Assad, the one the president was planning to bomb.", []),
    # a pronoun holder resolved to the person named before
    ("Carlos Garcia met the press on Monday. He plans to run for the Senate next year.",
     [("stance", "to run for the Senate next year", "Carlos Garcia")]),
    # negated, under a modal, in a condition or purpose, or held by people at large: no aim kept
    ("He does not plan to run again.", []),
    ("The company would seek to block the merger.", []),
    ("If the firm seeks to expand, it will need capital.", []),
    # round 19: people at large hold an aim, a stored stance never listed
    ("Some voters plan to stay home.", [("stance", "to stay home", "Some voters")]),
    ("Many Americans hope to travel this summer.", [("stance", "to travel this summer", "Many Americans")]),
    # a text holds no aim
    ("The new law aims to reduce emissions.", []),
    # a verb of speech keeps its clause; an intention inside what was said is part of it
    ("Mr. Garcia said the agency plans to cut its budget.",
     [("indirect", "the agency plans to cut its budget", "Garcia")]),
]

OWNED_AIMS = [
    # a noun of intending with an owner and an infinitive: the owner's aim
    ("Trump's proposal to ban imports drew criticism.", [("stance", "to ban imports", "Trump")]),
    ("The government's determination to expand its missile program alarms its neighbors.",
     [("stance", "to expand its missile program", "The government")]),
    ("Maria Lopez spoke on Monday. Her decision to close the clinic angered the staff.",
     [("stance", "to close the clinic", "Maria Lopez")]),
    # ... inside the aim of an act, the act's stance holds it
    ("Maria Lopez defended her decision to close the clinic.",
     [("stance", "her decision to close the clinic", "Maria Lopez")]),
    # a possessive pronoun in a phrase of its own clause is that clause's named subject, not the last speaker
    ("Retired Gen. Michael Hayden told reporters that the secretary did not do enough. Mr. Trump has not followed "
     "through with his threat to use the old law.",
     [("indirect", "the secretary did not do enough", "Michael Hayden"), ("stance", "to use the old law", "Trump")]),
    # no owner, or no infinitive: nothing
    ("The decision to close the plant was made in May.", []),
    ("Maria Lopez spoke on Monday. Her decision on the clinic angered the staff.", []),
    # a noun for a try or a failure is no aim held (too often no attribution on PolNeAR train)
    ("Garcia's effort to reach a deal failed.", []),
]

RESOLVES_AND_FEELINGS = [
    # an adjective of resolve with an infinitive
    ("The union is eager to settle the dispute before May.",
     [("stance", "to settle the dispute before May", "The union")]),
    ("The minister was reluctant to criticize the army.", [("stance", "to criticize the army", "The minister")]),
    # ... not a finding told in the perfect or the passive
    ("The bank was willing to have been audited.", []),
    # an adjective of feeling with a "that"-clause or the object of its preposition
    ("Protesters were frustrated that the police released only some of the footage.",
     [("stance", "the police released only some of the footage", "Protesters")]),
    ("The senator is critical of the new trade deal.", [("stance", "the new trade deal", "The senator")]),
    ("Party leaders are increasingly worried about a lack of passion among young voters.",
     [("stance", "a lack of passion among young voters", "Party leaders")]),
    # the writer or people at large, a negation: nothing
    ("I am worried about my son.", []),
    ("Many Americans are worried about the economy.", []),
    ("The senator is not critical of the deal.", []),
    # a preposition the word does not take for its content
    ("The senator is worried for her staff.", []),
]

HEADLINES = [
    ("Obama Says Museum Will Tell of Suffering and Delight\n\nPresident Barack Obama spoke at the new museum on "
     "Saturday.", [("indirect", "Museum Will Tell of Suffering and Delight", "Barack Obama")]),
    ("Clinton Hid Health Problems From Public, Former Doctor Says\n\nA former White House doctor wrote a book.",
     [("indirect", "Clinton Hid Health Problems From Public", "Former Doctor")]),
    ("Pence: Flowers Will Not Be at the Debate\n\nRepublican nominee Mike Pence said on Sunday that the "
     "guest will not attend the debate.",
     [("indirect", "Flowers Will Not Be at the Debate", "Mike Pence"),
      ("indirect", "the guest will not attend the debate", "Mike Pence")]),
    # a colon after no one the report names is a heading's label; a question word or a preposition after the
    # verb makes no claim
    ("Stealth Over Health: Senator Was Headed to Hospital\n\nThe senator was ill on Monday.", []),
    ("What Trump Says About Trade Matters For Ohio\n\nDonald Trump spoke in Ohio on Monday.", []),
    ("Senator Says Goodbye To Her Staff Today\n\nThe senator left on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), INTENTIONS + OWNED_AIMS + RESOLVES_AND_FEELINGS + HEADLINES)
def test_round15(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The agency seeks to cut its budget by half.",
    "Trump's proposal to ban imports drew criticism.",
    "The senator is critical of the new trade deal.",
])
def test_aims_are_no_words_said(qnlp, text) -> None:
    """Without stances (what the quote lists show) an intention, an owned aim or a feeling gives nothing."""
    assert quote_rows(qnlp, text) == []
