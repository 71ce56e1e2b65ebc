"""Quotes, issue 18 round 20: review 20's classes.

- B3 words inside "a statement/remark from Y that ..." are Y's (the verb is the subject's stance, stored); quoted
  examples ("e.g.", "such as") of statements that critics cite are never the critics'; a participle ("citing")
  after a reported clause is the cue verb's subject's: extract/quotes/words_owners.py;
- B1 acts with a plain noun object ("read the names of the dead", "had issued
  injunctions", "claimed the life of") are stances, never listed: data/quote_thing_objects.tsv; titles after a
  naming participle ('an event called "..."'), words sung, and one- or two-word terms read as words ('reads
  "plainly" as modifying "lawful"') are no quotes: extract/quotes/named_words.py;
- B2 a parenthetical cue after a fronted adverbial is cut out ("For this reason, the mayor said, ..."):
  extract/quotes/fronted_cues.py; "X's documents showed" and "The executive order says" are kind `document`;
- B4 "says the dissent by Judge X": X speaks; a quoted speech right after "used the hearing to deliver a speech" is
  that subject's.

Every sentence here was written for these tests; each case gives the text and its quotes as (kind, text,
speaker_name), stances included.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

OWNERS = [
    ('Maria Lopez, whose father died in the fire, challenged a remark last month from Senator Bob Hale that "nobody '
     'could have stopped it" in time.',
     [("stance", "a remark last month from Senator Bob Hale", "Maria Lopez"),
      ("indirect", '"nobody could have stopped it" in time', "Bob Hale"),
      ("partial", "nobody could have stopped it", "Bob Hale")]),
    ("The governor rejected a statement from Senator Bob Hale that the bridge was safe.",
     [("indirect", "the bridge was safe", "Bob Hale")]),
    # examples of statements that critics cite: never the critics' words, nor the statements' own
    ('The statements that the senator\'s opponents cite as proof of deceit, such as "I never promised a tax cut", '
     "can also be read as a change of mind.",
     [("stance", "proof of deceit", "the senator's opponents"), ("partial", "I never promised a tax cut", None)]),
    ('The same remarks that the mayor\'s critics cite as evidence of bias\u2014e.g., "I\'m talking streets instead of '
     'people"\u2014can also be seen as a change of view.',
     [("direct", "I'm talking streets instead of people", None)]),
    ("Hale reconsidered his campaign rhetoric. The same statements that Hale's critics cite as evidence of "
     'subterfuge\u2014e.g., "I\'m talking roads instead of people" or "The toll plan is something that in some form '
     'has morphed into a tax"\u2014can also be read as a change of mind.',
     [("stance", "evidence of subterfuge", "Hale's critics"), ("partial", "I'm talking roads instead of people", None),
      ("partial", "The toll plan is something that in some form has morphed into a tax", None)]),
    # a participle after the reported clause is the announcer's, not the clause subject's
    ('The president announced on Twitter in 2017 that the country would no longer "accept or allow" foreign '
     'students to serve in the military, citing "tremendous medical costs and disruption".',
     [("partial", "accept or allow", "The president"),
      ("direct", "tremendous medical costs and disruption", "The president")]),
    # a statement's owner resolved keeps the words ("the FBI's statement said")
    ('"The FBI did not find any activity," the FBI\'s statement said.',
     [("direct", "The FBI did not find any activity", "FBI")]),
    ('"The danger of this rule is that any court can strike down any order," says the dissent by Judge Paul '
     "Niemeyer.",
     [("direct", "The danger of this rule is that any court can strike down any order", "Paul Niemeyer")]),
    # a speech set out after "used the hearing to deliver a speech" is its deliverer's
    ("Nelson Okafor was charged with sabotage in 1964.\n\nHe used the court hearing to deliver a speech that was to "
     'become the creed of the movement.\n\n"During my lifetime, I have fought against tyranny of every kind. I have '
     'cherished the ideal of a free society."',
     [("direct", "During my lifetime, I have fought against tyranny of every kind. I have cherished the ideal of a "
       "free society.", "Nelson Okafor")]),
    ('The mayor gave a speech on Monday.\n\n"We will rebuild the bridge," the governor said.',
     [("direct", "We will rebuild the bridge", "the governor")]),
    # guards: a claim with no owner stays the subject's stance; a plain report stays
    ("The governor rejected the claim that the bridge was safe.",
     [("stance", "the claim that the bridge was safe", "The governor")]),
    ("The mayor announced that the budget would grow.", [("indirect", "the budget would grow", "The mayor")]),
]

NOT_SAID = [
    # round 33: reading out a thing and a life claimed are acts, no stance either (data/quote_thing_objects.tsv)
    ("Haros read the names of the dead at the memorial.", []),
    ("The disease claimed the life of his son Peter in 2005.", []),
    # "announced the changes in the budget" stays listed: "announced a deal with Iran" is a listed quote of
    # tests/test_quote_relays.py, and no rule written here tells an announced act from an announced thing
    pytest.param("The mayor announced the changes in the police budget.",
                 [("stance", "the changes in the police budget", "The mayor")],
                 marks=pytest.mark.xfail(strict=True, reason="announce + noun object kept (test_quote_relays)")),
    ("The judges had issued injunctions blocking the ban.", []),  # round 33: an act of authority, no stance
    ('The church canceled a two-day event called "Is Ohio surrendering to France?" that had been set for Friday.', []),
    ('The church said it canceled a talk called "Is Ohio surrendering to Islam?" and another called "How Islam is '
     'destroying Ohio from within."', []),
    ('The court reads "plainly" as modifying "lawful" but not "good faith" in the statute.', []),
    ('The event was set to host two speakers addressing topics such as "How the movement is sabotaging the '
     'church" and "Why the state is failing."', []),
    ('Outside the prison, tens of thousands sang "Free the Miners" and waved flags.', []),
    # guards: a speaker's naming keeps its words; a statement read out is words said
    ('Trump called the plan "a disaster" on Monday.',
     [("indirect", 'the plan "a disaster" on Monday', "Trump"), ("partial", "a disaster", "Trump")]),
    ("The governor issued a statement saying the bridge was safe.",
     [("indirect", "a statement saying the bridge was safe", "The governor")]),
    ("The mayor read a statement saying the city would close the bridge.",
     [("indirect", "a statement saying the city would close the bridge", "The mayor")]),
]

SPANS = [
    ("For this reason, the mayor said, bicycles are not allowed inside the city hall.",
     [("indirect", "bicycles are not allowed inside the city hall", "the mayor")]),
    ("Although the plan is legal on its face, the majority says, it is not honest in its aims.",
     [("indirect", "it is not honest in its aims", "the majority")]),
    ("On Monday, the mayor said, the city will close the bridge.",
     [("indirect", "the city will close the bridge", "the mayor")]),
    # guard: a cue between a subject and its verb leaves the words whole (round 19)
    ("Acts of protest, Ruiz said, are acts of courage.",
     [("indirect", "Acts of protest, Ruiz said, are acts of courage", "Ruiz")]),
    # a text whose holder or issuer does not speak
    ("Smith's documents showed the agency had access to the phone calls of several ministers.",
     [("document", "the agency had access to the phone calls of several ministers", "Smith's documents")]),
    ("President Hale signed the order on Friday. The executive order says these nations are particularly risky for "
     "the country.",
     [("document", "these nations are particularly risky for the country", "The executive order")]),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS)
def test_round20_owners(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), NOT_SAID)
def test_round20_not_said(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_round20_spans(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)
