"""Quotes, issue 18 round 20: content classes of all attributions.

- a cue inside an "even if" clause is a supposition, whatever the parser hangs the clause on ("it is unclear that
  even if the mayor had meant to say 'no' ... that she could have ..."): extract/quotes/conditions.py;
- "explain" (with a person or body for subject), "discuss" and "mention" with a noun phrase for their object name
  the topic, and "seek" with one the
  aim sought: a stance of the subject (stored, never listed), as "recount" and "speak about" are; negated, or the
  topic a source names as the terms of speaking anonymously, it is none: data/quote_thing_objects.tsv,
  extract/quotes/thing_objects.py;
- "call" with a gathering or vote for its object convenes it ("called an emergency meeting"): no words said;
- "praise for", "condemnation of" and "demand for" join round 16's nouns of a stance held by their owner as the
  subject of a clause (data/quote_statement_nouns.tsv, kind ``aimed``).

Every sentence here was written for these tests; each case gives the text and its quotes as (kind, text,
speaker_name), stances and unasserted quotes included where the test says so.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

CONDITIONS = [
    # the writer's supposition: no statement of the mayor's
    ('Yet it is unclear that even if Mayor Ann Cole had meant to say "never" instead of "soon" that she could '
     "have calmed the angry crowd at the hall.", []),
    ("It is doubtful that even if the governor had meant to say the plan was dead that he could have stopped it.",
     []),
    # guards: a question put with "if" and a condition inside someone's words stay
    ("Reporters asked if the governor had said the plan was dead.",
     [("question", "the governor had said the plan was dead", "Reporters")]),
    ("The governor said that even if the plan failed, the state would pay the workers.",
     [("indirect", "even if the plan failed, the state would pay the workers", "The governor")]),
]

TOPICS = [
    ("Lawmakers said the senator appeared to blame the unions to explain the long delay between the two votes.",
     [("indirect", "the senator appeared to blame the unions to explain the long delay between the two votes",
       "Lawmakers")]),
    ("The minister explained the new rules to the farmers on Monday.",
     [("stance", "the new rules", "The minister")]),
    # a cause "explains" a thing: nobody's stance
    ("That motivation may help explain the decision to visit the harbor.", []),
    ("The tangled rules also help explain the delays at the border.", []),
    # guards: a clause stays words said
    ("The minister explained that the new rules would start in May.",
     [("indirect", "the new rules would start in May", "The minister")]),
    # round 34 (r34-qnq): a what/why clause with no content of its own is the topic of the explanation, a stance
    ("The minister explained why the rules had changed.", [("stance", "why the rules had changed", "The minister")]),
    ("The two presidents discussed the trade deal on Monday.", [("topic", "the trade deal", "The two presidents")]),
    ("The senator mentioned the war in her speech.", [("topic", "the war in her speech", "The senator")]),
    ("Robert Brown mentioned the closure of the two plants in his speech.",
     [("topic", "the closure of the two plants", "Robert Brown")]),
    ("The party seeks a ban on imports of steel.", [("stance", "a ban on imports of steel", "The party")]),
    ("Senator Ann Lee has tried to explain her support for the deal.",
     [("stance", "her support for the deal", "Ann Lee")]),
    # a portrayal: "cast X as Y"
    ("Senator Ann Lee has cast the governor as part of the party establishment.",
     [("stance", "part of the party establishment", "Ann Lee")]),
    ("Voters cast their ballots as the polls opened.", []),
    # negated, or the terms of speaking anonymously: no stance
    ("Rep. Ann Lee was not seeking a fifth term.", []),
    ("The aide, who requested anonymity to discuss a private conversation, said the talks failed.",
     [("indirect", "the talks failed", "The aide")]),
    ("The aide spoke on the condition of anonymity to discuss the meeting.", []),
]

CONVENED = [
    # the meeting's topic stays the council's stance (stored, never listed)
    ("The council called an emergency meeting to discuss the missile test.",
     [("topic", "the missile test", "The council")]),
    ("The mayor called a press conference on Monday.", []),
    ("The prime minister called a snap election for June.", []),
    # guards: naming stays words said
    ("The senator called the vote a sham.", [("indirect", "the vote a sham", "The senator")]),
    ("She has called the shootings and the unrest that has followed a moment like the civil rights era.",
     [("indirect", "the shootings and the unrest that has followed a moment like the civil rights era", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_round20_conditions(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_round20_topics(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), CONVENED)
def test_round20_convened(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


NOUN_STANCES = [
    ("Mayor Ann Ruiz's condemnation of the raids drew a sharp reply from the police.",
     [("stance", "the raids", "Ann Ruiz")]),
    ("Governor Ann Cole's demand for a recount of the ballots angered the party.",
     [("stance", "a recount of the ballots", "Ann Cole")]),
    # outside a subject the owner's position is only named (round 16's rule, kept)
    ("The senator toned down her criticism of the plan on Monday.", []),
    ("Voters cheered Senator Ann Lee's attacks on the governor.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_STANCES)
def test_round20_noun_stances(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)
