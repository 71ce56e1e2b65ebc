"""Quotes, issue 18 round 15 (second pass): what is no statement, and whose a finding is.

The round-15 review of unseen reports found quotes that were no one's words: the object of an act ("declared a day
of mourning", "offered to send its envoy", "refused to go into details") and the writer's own inference ("This goes
to show that ..."); and named sources left unlinked: a poll or report whose author the report names ("A Pew
Research survey found", "Pew found", "the assessment stated" after "Clapper released an assessment") and the asker
of "Asked by Sen. X whether ...". Every sentence here was written for these tests; each case gives the text and
its quotes as (kind, text, speaker_name), stances included.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

NOT_STATEMENTS = [
    # a declaration that puts a state or a period in force is an act
    ("King Omar died early Friday. Several Arab countries have declared a day of mourning for the king.", []),
    ("The governor declared a state of emergency on Sunday after the floods.", []),
    # ... but a claim declared, or a clause, stays
    ("The general declared victory over the rebels on Monday.",
     [("indirect", "victory over the rebels", "The general")]),
    ("The minister declared that the war was over.", [("indirect", "the war was over", "The minister")]),
    # a demonstrative alone as the subject: the writer's inference, nobody speaks
    ("This goes to show that the rules do not work.", []),
    ("That suggests the company knew about the flaw.", []),
    # ... but a speaker's "this shows" inside what the speaker said stays the speaker's
    ("The minister said that this shows the plan works.",
     [("indirect", "this shows the plan works", "The minister")]),
    # "considering that ..." with no subject of its own is "given that": the writer's
    ("The talks failed, considering that neither side would move.", []),
    # ... but a person who considered something holds a view (round 33: kind stance, as "believed" is; not listed)
    ("Ruiz considered that the talks had failed.", [("stance", "the talks had failed", "Ruiz")]),
    # "according to" a plan, a custom or a title is "in keeping with": no one's words
    ("He is the kingdom's top diplomat, according to his title.", []),
    ("According to tradition, the bride wore red.", []),
    ("The vote will take place in May, according to the schedule.", []),
    # ... but a person or a law named there is a source
    ("The vote will take place in May, according to the minister.",
     [("indirect", "The vote will take place in May", "the minister")]),
    ("According to the law, the vote must take place in May.",
     [("document", "the vote must take place in May", "the law")]),
    # refusing to go into the particulars is refusing to speak: nothing said, no stance either
    ("The minister refused to go into details about the talks.", []),
    ("The senator declined to get into specifics on the budget.", []),
    # ... while a refused act stays a stance
    ("The mayor refused to release his tax records.", [("stance", "to release his tax records", "The mayor")]),
    # an offer's infinitive is an aim put forward (a stance), no words said
    ("The union has repeatedly offered to extend the contract by a year.",
     [("stance", "to extend the contract by a year", "The union")]),
]

SOURCES = [
    # a text whose author is named before its head noun is the author's finding
    ("A new Gallup poll found that most voters back the plan.",
     [("indirect", "most voters back the plan", "Gallup")]),
    # ... the "by" agent before a place, and a place before a poll is where people were polled, no author
    ("A Florida survey by Quinnipiac University found that most voters back the plan.",
     [("indirect", "most voters back the plan", "Quinnipiac University")]),
    # the agent is the person named, not the university of her apposition
    ("Taxes would rise, according to an analysis by Lily Batchelder, a former tax aide now teaching at New York "
     "University.", [("indirect", "Taxes would rise", "Lily Batchelder")]),
    ("A new Texas poll found that most voters back the plan.",
     [("indirect", "most voters back the plan", "A new Texas poll")]),
    # the first words of an organization named before stand for it
    ("The Pew Research Center polled 1,500 adults in June. Pew found that most adults oppose the program.",
     [("indirect", "most adults oppose the program", "Pew Research Center")]),
    # "the assessment" after the person who released one; "the report" after a report by an organization
    ("Director of National Intelligence James Clapper released an assessment on Friday. The assessment stated that "
     "the attack was planned.", [("indirect", "the attack was planned", "James Clapper")]),
    ("A report by Human Rights Watch came out on Monday. The report found that the police used force.",
     [("indirect", "the police used force", "Human Rights Watch")]),
    # ... and a text with no author named stays a document, nobody's
    ("The report said that the agency misled Congress.", [("document", "the agency misled Congress", "The report")]),
    ("A video surfaced on Monday. The video shows that the guards fired first.",
     [("document", "the guards fired first", "The video")]),
    # the by-agent of "Asked" is the asker; with no agent the question has no speaker, never the one asked
    ("Asked by Republican Sen. Lindsey Graham whether the program had stopped attacks, Gen. Keith Alexander said "
     "it had.", [("question", "the program had stopped attacks", "Lindsey Graham"),
                 ("indirect", "it had", "Keith Alexander")]),
    ("Asked whether the program had stopped attacks, Gen. Keith Alexander said it had.",
     [("question", "the program had stopped attacks", None), ("indirect", "it had", "Keith Alexander")]),
    ("Alexander was asked by reporters whether the program had stopped attacks.",
     [("question", "the program had stopped attacks", "reporters")]),
    # a poll's wording in marks put to those asked is a question with no named asker, never their words
    ('In the survey, people were asked whether "the government should collect phone records."',
     [("question", "the government should collect phone records.", None)]),
    ('Voters were asked if they "trust the president to keep them safe."',
     [("question", "trust the president to keep them safe.", None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_STATEMENTS)
def test_no_statement(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text, stances=True) == expected


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source_linked(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text, stances=True) == expected


def test_finding_author_is_an_entity(qnlp) -> None:
    """The author found for "Pew found" is the organization's entity, not the words alone."""
    doc = qnlp("The Pew Research Center polled 1,500 adults in June. Pew found that most adults oppose the program.")
    ents = {e["id"]: e for e in doc._.newsgraph_entities}
    (q,) = doc._.newsgraph_quotes
    assert q["speaker"] in ents and ents[q["speaker"]]["name"] == "Pew Research Center"
    assert doc.text[q["speaker_start"] : q["speaker_end"]] == "Pew"


def test_a_record_is_no_text_of_its_owner(qnlp) -> None:
    """A person's track record tells what the person did, in the writer's words: no text the person wrote."""
    rows = quote_rows(qnlp, "Senator Ana Ruiz joined the Senate in 2010. Ruiz's record in the Senate shows that she is a "
                            "moderate.", stances=True)
    assert rows and all(name != "Ana Ruiz" for _k, _t, name in rows)
