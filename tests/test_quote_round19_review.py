"""Quotes, issue 18 round 19: review 19's classes (acts and topics listed as quotes, spans, a text's words).

- a cue whose object is a thing or the one addressed reports no words said ("wrote an op-ed", "emailed her doctor
  the picture", "invited Ruiz to testify"), and (round 19b) the topic of speech ("speaks about the release",
  "referring to five nations", "recounted her years") is a stance of its speaker, stored and never listed,
  and an act of citing or taking a side toward the object is kind `stance` ("invoking Article 12", "echoing
  earlier remarks", "apologized for leaking the files"): extract/quotes/thing_objects.py,
  data/quote_thing_objects.tsv;
- the words of an indirect quote end before a parenthetical cue when the clause is whole before it, and at a
  single dash before a writer's clause; words before a dash that ends another sentence are no later cue's:
  extract/quotes/span_cuts.py;
- a part of a text that speaks ("Key findings in the report concluded") is the text's author or nobody's (kind
  `document`), and a count in a text's phrase ("the 12 page report") names no author: extract/quotes/text_parts.py,
  extract/quotes/documents.py.

Every sentence here was written for these tests; each case gives the text and its quotes as (kind, text,
speaker_name), stances included.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

THINGS = [
    ("Last month the retired general wrote an op-ed in the paper on the former spy chief, who had lost his pass.",
     []),
    ("Ms. Ortiz emailed her doctor the picture with a note in which she described her worries.", []),
    ("Local commanders showed the reporter land they had taken back from the rebels.", []),
    ("In 2018 the panel hired an outside lawyer to question a witness who had accused the judge.", []),
    ("Committee Chairman Tom Hale invited Ruiz to testify and subpoenaed former aide Dan Cole.", []),
    # round 19b: the topic of speech is a stance of its speaker (stored, never listed; tests below)
    ("Minister Jane Hart speaks about the release of the budget during a news conference, Friday, May 3, 2019, in "
     "Ottawa.", [("topic", "the release of the budget during a news conference, Friday, May 3, 2019, in Ottawa",
                  "Jane Hart")]),
    ("The official spoke to reporters about the plans for the campaign.",
     [("topic", "the plans for the campaign", "The official")]),
    ("The report recounted the mayor's anger over the inquiry and his efforts to end it.", []),
    ('"They are with us," Kerry said, referring to five nations that the country counts as partners.',
     [("direct", "They are with us", "Kerry"), ("topic", "five nations that the country counts as partners", "Kerry")]),
    ("Hill will appeal to the world community for help.", []),
    ("Smith drew up a list of aides he wanted to interview on the issue.", []),
    # acts of citing or siding: kept, but as stances (stored, never listed)
    ("In a letter, the United States cited self-defense, invoking Article 12 of the treaty.",
     [("stance", "self-defense", "United States"), ("stance", "Article 12 of the treaty", "United States")]),
    ('"It will take time," Kerry said, echoing earlier remarks by President Hill.',
     [("direct", "It will take time", "Kerry"), ("stance", "earlier remarks by President Hill", "Kerry")]),
    ("Garcia apologized for leaking the files.", [("stance", "leaking the files", "Garcia")]),
    ("Rights groups continue to question Brennan's role in the program.",
     [("stance", "Brennan's role", "Rights groups")]),
    # guards: a clause, a clause with its own subject, or quoted words in the object keep the words said
    ("More than 30 senators wrote a letter suggesting the adviser was a source.",
     [("indirect", "a letter suggesting the adviser was a source", "More than 30 senators")]),
    ('The senator spoke of a "betrayal" by the leaders.',
     [("indirect", 'a "betrayal" by the leaders', "The senator")]),
    ("Ruiz talked about how she pushed the mayor to act.",
     [("indirect", "how she pushed the mayor to act", "Ruiz")]),
    ("Hale wrote that the plan would fail.", [("indirect", "the plan would fail", "Hale")]),
    # a text shows, a person shows a thing: the poll's finding stays
    ("The new poll showed a tight race between the two candidates in the state.",
     [("document", "a tight race between the two candidates in the state", "The new poll")]),
]


@pytest.mark.parametrize(("text", "expected"), THINGS)
def test_round19_thing_objects(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


SPANS = [
    ("The war will be long, Kerry said, partly because the army must be rebuilt.",
     [("indirect", "The war will be long", "Kerry")]),
    ("The group is a threat to the region, Ruiz said, but also to the world.",
     [("indirect", "The group is a threat to the region", "Ruiz")]),
    ("The White House noted that the paper first broke the story - Smith was reportedly called in just to handle "
     "the fallout.", [("indirect", "that the paper first broke the story", "White House")]),
    ("The agency has said it will make the files available to a few members \u2014 an offer that the unions have "
     "so far refused.", [("indirect", "it will make the files available to a few members", "The agency")]),
    ('Officials stress that Smith is a 20-year veteran of the agency - on Monday, Jones called him one of his '
     '"best friends."',
     [("indirect", "Smith is a 20-year veteran of the agency", "Officials"),
      ("indirect", 'one of his "best friends."', "Jones"), ("partial", "best friends.", "Jones")]),
    # guards: a cue between subject and verb leaves the words whole; words before their cue keep a dash clause;
    # a dash before "and" or before quoted words goes on with what was said
    ("Acts of protest, Ruiz said, are acts of courage.",
     [("indirect", "Acts of protest, Ruiz said, are acts of courage", "Ruiz")]),
    ("Jobs grew in May - something you would not know from his rivals, Obama said.",
     [("indirect", "Jobs grew in May - something you would not know from his rivals", "Obama")]),
    ("Ruiz, who raised $12 million, had more cash at the end of the year -- nearly $4 million, according to "
     "figures her campaign released.",
     [("indirect", "Ruiz, who raised $12 million, had more cash at the end of the year -- nearly $4 million",
       "figures")]),
    ("Ruiz said the deal was done - and that it would hold.",
     [("indirect", "the deal was done - and that it would hold", "Ruiz")]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_round19_spans(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


TEXTS = [
    ('The Defense Department believed the fire was arson. "Officials ignored the warnings," according to the 12 '
     'page report.',
     [("stance", "the fire was arson", "Defense Department"), ("document", "Officials ignored the warnings",
                                                                    "the 12 page report")]),
    ("A report released Tuesday by the panel's Republicans faults the guards. Key findings in the report concluded "
     "that the guards were badly exposed.", [("document", "the guards were badly exposed", None)]),
    ("The Acme Institute released a report on Tuesday. Key findings in the report concluded that the guards were "
     "badly exposed.", [("indirect", "the guards were badly exposed", "Acme Institute")]),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_round19_texts(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


RELATIVE_SUBJECTS = [
    # a relative pronoun shows what its antecedent shows: a batch of e-mails is data, so the words stay
    ("The probe was fueled by a batch of e-mails released this week, which showed senior aides rewriting the "
     "talking points.", True),
    # a person's relative clause is a person showing a thing
    ("Ana Ruiz, who showed the visitors the ruins they had rebuilt, left the town in May.", False),
]


@pytest.mark.parametrize(("text", "kept"), RELATIVE_SUBJECTS)
def test_round19_relative_subject_of_show(qnlp, text, kept) -> None:
    rows = quote_rows(qnlp, text, stances=True)
    assert any(kind in ("indirect", "document") for kind, _t, _s in rows) is kept


# Round 19b: speaking about, speaking of, talking about, recounting and referring to a topic is kind `stance`,
# held by its speaker (PolNeAR marks these topics as attributions); nothing of it is listed as words said.
TOPIC_STANCES = [
    ("Senator Ruth Kane talked about the cost of the new bridge at the town hall on Tuesday.",
     [("topic", "the cost of the new bridge at the town hall", "Ruth Kane")]),
    ("At the rally the former mayor spoke about her plans for the port.",
     [("topic", "her plans for the port", "the former mayor")]),
    ("Asked about the deal, Lopez was referring to the earlier agreement with the union.",
     [("topic", "the earlier agreement with the union", "Lopez")]),
    ('"We will not wait," Ms. Park said, referring to the vote on the budget.',
     [("direct", "We will not wait", "Park"), ("topic", "the vote on the budget", "Park")]),
    # a clause or quoted words in the topic still make words said; a text with no author holds no stance
    ("Ruiz talked about how she pushed the mayor to act.",
     [("indirect", "how she pushed the mayor to act", "Ruiz")]),
    ("The report recounted the mayor's anger over the inquiry and his efforts to end it.", []),
    # acts that are not speech stay no quote at all; referring a case to a court speaks of nothing
    ("The judge decided to refer the case to a higher court.", []),
    ("Hill will appeal to the world community for help.", []),
    ("Local commanders showed the reporter land they had taken back from the rebels.", []),
    ("Last month the retired general wrote an op-ed in the paper on the former spy chief.", []),
    ("Committee Chairman Tom Hale invited Ruiz to testify and subpoenaed former aide Dan Cole.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_STANCES)
def test_round19b_topic_stances(qnlp, text, expected) -> None:
    assert sorted(quote_rows(qnlp, text, stances=True), key=str) == sorted(expected, key=str)


# What is listed is review 19's answer: the topic-of-speech sentences list no quote (a direct quote beside them
# stays), whatever is stored.
LISTED = [
    ("Minister Jane Hart speaks about the release of the budget during a news conference.", []),
    ("The official spoke to reporters about the plans for the campaign.", []),
    ("Senator Ruth Kane talked about the cost of the new bridge at the town hall on Tuesday.", []),
    ("Asked about the deal, Lopez was referring to the earlier agreement with the union.", []),
    ('"We will not wait," Ms. Park said, referring to the vote on the budget.', [("direct", "We will not wait", "Park")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_round19b_topics_not_listed(qnlp, text, expected) -> None:
    assert quote_rows(qnlp, text) == expected
