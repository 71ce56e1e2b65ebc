"""Quotes, issue 18 round 21: all-attribution recall.

- a negated verb of speech reports no words: its clause keeps its kind with modality ``negated`` (stored, never
  listed); a negated verb of speech with a question clause, a negated mind and a negated topic that no pass found
  are added the same way (extract/quotes/negated.py);
- a party's members ("Democrats", "Senate Republicans") are a group speaker, not a nationality
  (extract/quotes/party_members.py);
- a reported clause ends before another speaker's conjoined verb that opens a direct quote
  (extract/quotes/participles.py);
- "they" joined to a clause whose subject is a plural group speaks for it (extract/quotes/group_they.py).

Every sentence here was written for these tests; each case gives the text and its quotes as (kind, text,
speaker_name, modality), stances and negated quotes included.
"""

from __future__ import annotations

import pytest

from newsgraph.record import listed_quote


def _rows(qnlp, text: str) -> list[tuple[str, str, str | None, str]]:  # noqa: ANN001
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    out = []
    for q in doc._.newsgraph_quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        out.append((q["kind"], q["text"], q["speaker_name"], q.get("modality") or "asserted"))
    return sorted(out, key=str)


NEGATED = [
    # a clause the indirect pass found: no longer listed as words said
    ("Mayor Ann Cole did not say that she would resign.",
     [("indirect", "she would resign", "Ann Cole", "negated")]),
    ("Mayor Ann Cole never said the harbor deal was dead.",
     [("indirect", "the harbor deal was dead", "Ann Cole", "negated")]),
    ("The minister did not explain how the money would be spent.",
     [("indirect", "how the money would be spent", "The minister", "negated")]),
    # found by the new pass: a question clause, a mind, a topic
    ("Lawmakers have not said when they would vote on the harbor bill.",
     [("indirect", "when they would vote on the harbor bill", "Lawmakers", "negated")]),
    ("The mayor did not say whether the curfew would be lifted.",
     [("indirect", "whether the curfew would be lifted", "The mayor", "negated")]),
    ("Senator Ann Lee does not believe the harbor deal will fail.",
     [("stance", "the harbor deal will fail", "Ann Lee", "negated")]),
    ("At first, the regulators didn't know what to make of the new owner.",
     [("stance", "what to make of the new owner", "the regulators", "negated")]),
    ("The mayor wasn't sure if the plan would help the port.",
     [("stance", "if the plan would help the port", "The mayor", "negated")]),
    ("Senator Ann Lee did not mention the closure of the port in her speech.",
     [("topic", "the closure of the port", "Ann Lee", "negated")]),
    # guards: "not only" denies nothing; the writer, a time clause, a condition and a statement around it
    ("Senator Ann Lee did not just say the deal was dead.", [("indirect", "the deal was dead", "Ann Lee", "asserted")]),
    ("I don't think the harbor deal will fail.", []),
    ("The council couldn't find anyone to run the harbor office.", []),
    ("Senator Ann Lee did not say so when she left the hall.", []),
    ("If the mayor does not say whether the curfew ends, the shops will stay shut.", []),
    ("Senator Ann Lee said she did not know whether the vote would pass.",
     [("indirect", "she did not know whether the vote would pass", "Ann Lee", "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_round21_negated(qnlp, text, expected) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == sorted(expected, key=str)


def test_round21_negated_not_listed(qnlp) -> None:  # noqa: ANN001
    doc = qnlp("Mayor Ann Cole did not say that she would resign.")
    assert [listed_quote(q["kind"], q.get("modality")) for q in doc._.newsgraph_quotes] == [False]


PARTIES = [
    ("Democrats said the harbor bill would pass.", [("indirect", "the harbor bill would pass", "Democrats", "asserted")]),
    ("Republicans believe the harbor bill will pass.",
     [("stance", "the harbor bill will pass", "Republicans", "asserted")]),
    ("Senate Democrats believe the harbor bill will pass.",
     [("stance", "the harbor bill will pass", "Senate Democrats", "asserted")]),
    # guards: a bare nationality, religion or people names no speaker
    ("Muslims said the harbor bill was unfair.", [("indirect", "the harbor bill was unfair", None, "asserted")]),
    ("The French said the harbor bill was unfair.", [("indirect", "the harbor bill was unfair", None, "asserted")]),
    # a bare plural a relative clause defines: any such members
    ('Democrats who dare to remind voters of the mayor\u2019s oft-repeated pledge that \u201cthe port will pay for '
     'the bridge\u201d would be drawing a line in the sand.',
     [("indirect", "voters of the mayor\u2019s oft-repeated pledge that \u201cthe port will pay for the bridge\u201d", None,
       "asserted"),
      ("partial", "the port will pay for the bridge", "the mayor", "asserted")]),
    # the asked are no askers, whatever the parse of an inverted question (a question with no named asker)
    ("When were Republicans in Congress asked how they funded the increase in the harbor budget?",
     [("question", "how they funded the increase in the harbor budget", None, "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_round21_party_members(qnlp, text, expected) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == sorted(expected, key=str)


SECOND_SPEAKER = [
    ('Ann Lee said fathers would not be eligible for the leave, and when pressed on the cost, her aide replied, '
     '"It is meant for mothers."',
     [("direct", "It is meant for mothers.", "her aide", "asserted"),
      ("indirect", "fathers would not be eligible for the leave", "Ann Lee", "asserted")]),
    ('Ann Lee said the budget would pass, and Tom Hale said, "We have the votes."',
     [("direct", "We have the votes.", "Tom Hale", "asserted"),
      ("indirect", "the budget would pass", "Ann Lee", "asserted")]),
    # the same speaker's second verb, as before (round 17)
    ('Ann Lee said the budget would pass and said, "We have the votes."',
     [("direct", "We have the votes.", "Ann Lee", "asserted"),
      ("indirect", "the budget would pass", "Ann Lee", "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_SPEAKER)
def test_round21_second_speaker(qnlp, text, expected) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == sorted(expected, key=str)


GROUP_THEY = [
    ("Senate Republicans blocked the harbor bill, and they said it would cost too much.",
     [("indirect", "it would cost too much", "Senate Republicans", "asserted")]),
    # guards: people at large, a sentence apart, two named people (the pair rule, review 17)
    ("Many voters are angry, and they said the system is rigged.", [("indirect", "the system is rigged", None, "asserted")]),
    # (round 32: a "They" opening the next sentence with words said takes up the group, quotes/group_they.py)
    ("Republican leaders met on Monday. They said the bill would pass.",
     [("indirect", "the bill would pass", "Republican leaders", "asserted")]),
    ("Tom Hale and Jim Berg wrote a letter, and they said the bill would fail.",
     [("indirect", "the bill would fail", "Tom Hale and Jim Berg", "asserted")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_THEY)
def test_round21_group_they(qnlp, text, expected) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == sorted(expected, key=str)
