"""Quotes, issue 18 round 21: listed quotes that round 20's second review of unseen reports counted wrong.

- wishes ("wanted to leave ..."), infinitives nobody performed ("forces us to consider whether ...", "how to
  address ..."), negated speech ("never wrote that ...", "did not say anything about ...") and the writer's glosses
  ("..., indicating that ...") are stored, not listed; the writer's coinage ('what I call "..."') is dropped:
  extract/quotes/unperformed.py; a title after "called" read as a past tense ('the documents, later called "..."')
  is no quote (named_words);
- an inserted cue ("Jones, Smith said in his speeches, was a "coward"") gives the words to its own subject, not to
  the clause's: extract/quotes/inserted_cues.py;
- "X reports Y vowed ... and said ...": the conjoined "said", in the relayed clause's tense, is Y's
  (coordinated.conj_own_subject);
- "rejected a statement from Y, calling it "a lie"": the verdict is the subject's, not Y's (participles.words_owner);
- "condemned the North's test, which it claimed was ...": "it" may be either, so no speaker
  (extract/quotes/possessed_relatives.py).

Every sentence here was written for these tests. ``LISTED`` gives the quotes a reader sees as (kind, text,
speaker_name); ``STORED`` the (kind, modality) a quote is kept under.
"""

from __future__ import annotations

import pytest

from newsgraph.record import listed_quote


def _listed(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    return sorted(((q["kind"], q["text"], q["speaker_name"]) for q in doc._.newsgraph_quotes
                   if listed_quote(q["kind"], q.get("modality"))), key=str)


LISTED = [
    # wishes and unperformed infinitives: not listed
    ("The former president wanted to leave a small force in the country after the pullout.", []),
    ("That is what the senators in Congress want to change.", []),
    ("The ruling forces us to consider whether the program is lawful at all.", []),
    ("As the country continues to debate how to address the crisis, it must learn from its past.", []),
    ("The minister intends to assert that the agency's role will grow next year.", []),
    ("One has to remember that the party has won every election since 2010.", []),
    # ... but the words quoted inside a wish stay listed
    ('Ms. Lopez says her biggest worry is the river. She wants the candidates "first and foremost to admit that '
     'the river is dying."',
     [("indirect", "her biggest worry is the river", "Lopez"),
      ("partial", "first and foremost to admit that the river is dying.", "Lopez")]),
    # negated speech: not listed, nor the fragment under it
    ('Brown never wrote that the agent had "lied" to the committee.', []),
    ("The envoy did not say anything about the recordings.", []),
    ("The official has not referred to the possibility that the reporter is dead.", []),
    # the writer's gloss and coinage
    ("The mayor closed the park on Friday, indicating that the city cannot afford more repairs.", []),
    ('This is what I call "digital fatigue" and it affects us all.', []),
    # a title after a naming participle the tagger read as a past tense
    ('He leaked the documents, later called "the River Files", to two newspapers.', []),
    ('He leaked what a guy called "the River Files."', []),
    ('The senator met the envoy and called the talks "very useful."',
     [("indirect", 'the talks "very useful."', "The senator"), ("partial", "very useful.", "The senator")]),
    ('The mayor, who called the deal "a betrayal", resigned.',
     [("indirect", 'the deal "a betrayal"', "The mayor"), ("partial", "a betrayal", "The mayor")]),
    # disregarding an appeal is a stance toward it (data/quote_acts.tsv)
    ("The leader ignored an appeal from China to stop the launch.", []),
    ('Much of the anger was aimed at Bannon, whom Beck on Wednesday called "a horrible human being."',
     [("direct", "a horrible human being.", "Beck")]),
    # a quoted "not" the parser hung on the cue negates nothing
    ('"Absolutely not," he said of the chance that the delegates would switch.',
     [("direct", "Absolutely not", None), ("indirect", "the chance that the delegates would switch", None)]),
    # an inserted cue: its own subject speaks
    ('Sergeant Mark Jones left his post in 2010.\n\nJones, Smith said during the campaign, was a "coward" who should '
     "be jailed.",
     [("indirect", 'was a "coward" who should be jailed', "Smith"), ("partial", "coward", "Smith")]),
    # a reporter's relay: the conjoined "said" continues the relayed clause (its tense), not the reporter's verb
    ('NPR\'s Anna Palmer reports Garcia vowed to keep pressing for talks and said he thinks there will be a "big '
     'change in the region."',
     [("indirect", "Garcia vowed to keep pressing for talks", "Anna Palmer"),
      ("indirect", 'he thinks there will be a "big change in the region."', "Garcia"),
      ("partial", "big change in the region.", "Garcia")]),
    ("Palmer reports that the rebels agreed to the plan, and says the fighting has stopped.",
     [("indirect", "the rebels agreed to the plan", "Palmer"), ("indirect", "the fighting has stopped", "Palmer")]),
    # "it" in a relative clause on a possessed noun: the possessor or the main subject; left unresolved
    ("The Security Council condemned North Korea's launch. The council has already condemned the North's nuclear "
     'test on Jan. 6, which it claimed was a "hydrogen bomb."',
     [("indirect", 'was a "hydrogen bomb."', None), ("partial", "hydrogen bomb.", None)]),
    ('The ministry rejected Reuters\' report, which it said was "false."',
     [("indirect", 'was "false."', None), ("partial", "false.", None)]),
    # the subject's verdict on another's words
    ('The minister rejected a statement from Senator Bob Hale, calling it "a lie".',
     [("partial", "a lie", "The minister")]),
    # guards: performed speech, a denial not made, a wish inside another's words, a plain noun's owner
    ('The president took to Twitter on Tuesday to denounce the inquiry as a "sham".',
     [("partial", "sham", "The president")]),
    ('The governor did not deny that the plan had "failed".',
     [("indirect", 'the plan had "failed"', "The governor"), ("partial", "failed", "The governor")]),
    ("The senators wanted to know who had approved the deals.",
     [("indirect", "to know who had approved the deals", "The senators")]),
    ("The White House attempted to make the case to members of both parties that the bill is a bad idea.",
     [("indirect", "the bill is a bad idea", "White House")]),
    ("The minister had to admit that the plan had failed.", [("indirect", "the plan had failed", "The minister")]),
    ("The minister was forced to concede that the plan had failed.",
     [("indirect", "the plan had failed", "The minister")]),
    ("The mayor said she did not want to raise taxes.",
     [("indirect", "she did not want to raise taxes", "The mayor")]),
    ('Critics seized on the envoy\'s declaration afterward that he did not want to talk about "facts".',
     [("indirect", 'to talk about "facts"', None), ("partial", "facts", None)]),
    ('Jones, a former sergeant, said the unit was "broken".',
     [("indirect", 'the unit was "broken"', "Jones"), ("partial", "broken", "Jones")]),
]

STORED = [
    # round 25 (issue 18): a denial's clause is stored negated, no longer listed (it was in the listed table)
    ("Putin continues to deny that Russia is behind the hacking.", "to deny", ("indirect", "negated")),
    ("The former president wanted to leave a small force in the country.", "wanted", ("stance", "asserted")),
    # round 29 (q2): "remember" is now a held mind (data/quote_minds.tsv), and a mind held by the writer's generic
    # "one" is no one's view (as "one wonders"): nothing is stored; it was never listed
    ("One has to remember that the party has won every election since 2010.", "to remember", None),
    ("The envoy did not say anything about the recordings.", "did not say", ("indirect", "negated")),
    ("The mayor closed the park, indicating that the city cannot afford more repairs.", "indicating",
     ("stance", "asserted")),
    ("The leader ignored an appeal from China to stop the launch.", "ignored", ("topic", "asserted")),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_round21_listed(qnlp, text, expected) -> None:
    assert _listed(qnlp, text) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "cue", "expected"), STORED)
def test_round21_stored(qnlp, text, cue, expected) -> None:
    doc = qnlp(text)
    rows = [(q["kind"], q.get("modality")) for q in doc._.newsgraph_quotes if q["cue"] == cue]
    assert rows == ([] if expected is None else [expected])
