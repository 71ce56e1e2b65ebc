"""Round 35 wave 2 (issue 18 point 5; r35-qrhet): the writer's rhetoric and inference, and topic-only objects.

"We are told that ..." / "you are told that ..." (the public told, no agent) and an inference from a lesson or an
act ("History has shown ...", "his choice of words suggests ...", "the resignation confirms ...") are kept as
stances with no speaker; "suffice it to say" is the writer's formula (no quote); a noun phrase protested or
declared is a stance of its subject (a victory declared stays a claim, round 15). Rows marked "before:" were listed at 10982620; the others are guards that
must keep their reading. Every sentence here was written for these tests (invented people and bodies).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

ROWS = [
    # before: the public told, listed as an indirect quote with no speaker
    ("We are told that the mission is needed to protect the farmers from the militia.",
     [("impersonal", "the mission is needed to protect the farmers from the militia", None)]),
    ("If you doubt the plan, you are told that the army will leave by spring.",
     [("impersonal", "the army will leave by spring", None)]),
    ('We were told that "moderate" rebels would hold the valley.',
     [("impersonal", "moderate", None), ("impersonal", 'moderate" rebels would hold the valley', None)]),
    # before: the writer's formula credited to the noun before it
    ("(Too big a topic to cover here, suffice it to say that 70 percent of the jets cannot fly.)", []),
    # before: a lesson or an act as the ground of the writer's inference
    ("History has shown that rebels thrive when their enemies are divided.",
     [("impersonal", "rebels thrive when their enemies are divided", None)]),
    ("His choice of words suggests a close tie to the militia.", [("impersonal", "a close tie to the militia", None)]),
    ("The secretary's resignation only confirms the perception that the palace runs the ministry.",
     [("impersonal", "the perception that the palace runs the ministry", None)]),
    ("Its quick collapse suggests the party was little more than a brand.",
     [("impersonal", "the party was little more than a brand", None)]),
    # before: a noun phrase protested or declared, listed as words said
    ("In the east, scores of students wearing red scarves burned an effigy on Tuesday to protest the pact and its "
     "clause on foreign courts.", [("stance", "the pact and its clause on foreign courts", "scores")]),
    ("Hundreds of farmers marched to protest the new tax.", [("stance", "the new tax", "Hundreds")]),
    ("The group declared a caliphate in the two provinces.",
     [("stance", "a caliphate in the two provinces", "The group")]),
    # guards: someone told, an agent named, a speaker's inference, a poll, clauses protested or declared
    ("He was told that the minister felt the same way.", [("indirect", "the minister felt the same way", None)]),
    ("The station is told that about 100 agents were asked to sign new forms.",
     [("indirect", "about 100 agents were asked to sign new forms", None)]),
    ("We were told by the governor's office that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "the governor's office")]),
    ("The mayor said that the fleet cannot sail.", [("indirect", "the fleet cannot sail", "The mayor")]),
    ("The minister suggested that the party was little more than a brand.",
     [("indirect", "the party was little more than a brand", "The minister")]),
    ("A new poll shows that the party is losing ground.", [("document", "the party is losing ground", "A new poll")]),
    ("Ruiz seemed to declare victory over the rebels.", [("indirect", "victory over the rebels", "Ruiz")]),
    ("The council protested that the pact was unfair.", [("indirect", "the pact was unfair", "The council")]),
    ("Ruiz declared that the war was over.", [("indirect", "the war was over", "Ruiz")]),
    ('Ruiz declared the vote "a sham."', [("indirect", 'the vote "a sham."', "Ruiz"), ("partial", "a sham.", "Ruiz")]),
    ("The mayor told reporters that the bridge would reopen.",
     [("indirect", "the bridge would reopen", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_writer_rhetoric(qnlp, text, expected) -> None:  # noqa: ANN001
    assert quote_rows(qnlp, text, stances=True, unasserted=True) == expected
