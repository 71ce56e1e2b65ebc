"""Quotes, issue 18 round 20: content classes of all attributions.

- a cue inside an "even if" clause is a supposition, whatever the parser hangs the clause on ("it is unclear that
  even if the mayor had meant to say 'no' ... that she could have ..."): extract/quotes/conditions.py;
- "explain" with a noun phrase for its object names the topic explained, a stance of its speaker (stored, never
  listed), as "recount" and "speak about" do: data/quote_thing_objects.tsv.

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
    # guards: a clause stays words said
    ("The minister explained that the new rules would start in May.",
     [("indirect", "the new rules would start in May", "The minister")]),
    ("The minister explained why the rules had changed.", [("indirect", "why the rules had changed", "The minister")]),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS)
def test_round20_conditions(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_round20_topics(qnlp, text, expected) -> None:
    listed = [r for r in quote_rows(qnlp, text, stances=True)]
    assert sorted(listed, key=str) == sorted(expected, key=str)
