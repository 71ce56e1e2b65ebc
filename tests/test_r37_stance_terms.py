"""Round 37 (issue 18 point 5; r37-qnq2): stances aimed against their object; quoted phrases nobody said.

"The caucus voted overwhelmingly against him" gave a stance with content "him" and cue "voted": read as support. The
content stays what PolNeAR scores (the object); the cue is widened over adverbs or a short time phrase up to and
with "against". Rows marked "before:" read otherwise at 1b9ce646; the others are guards that must keep their reading
(a "for" object, an "against" inside the content, a listed quote, a clause broken by a noun). Every sentence was
written for these tests (invented people and places).
"""

from __future__ import annotations

import pytest

ROWS = [
    # before: cue "voted" for a vote against
    ("The farmers' caucus voted overwhelmingly against the new levy.",
     [("stance", "the new levy", "voted overwhelmingly against", "The farmers' caucus")]),
    ("The city council voted against the stadium plan.",
     [("stance", "the stadium plan", "voted against", "The city council")]),
    ("Senator Hale voted this week against the pipeline bill.",
     [("stance", "the pipeline bill", "voted this week against", "Hale")]),
    # guards: a vote for something, an aim with an infinitive, a bare object, a listed quote
    ("The city council voted for the stadium plan.",
     [("stance", "the stadium plan", "voted", "The city council")]),
    ("The council voted to repeal the curfew.", [("stance", "to repeal the curfew", "voted", "The council")]),
    ("The mayor opposed the stadium plan.", [("stance", "the stadium plan", "opposed", "The mayor")]),
    ("Senator Hale said the pipeline bill would raise costs.",
     [("indirect", "the pipeline bill would raise costs", "said", "Hale")]),
]


def _rows(qnlp, text: str) -> list[tuple[str, str, str | None, str | None]]:  # noqa: ANN001
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    out = []
    for q in doc._.newsgraph_quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        if q["cue"] is not None:
            assert text[q["cue_start"] : q["cue_end"]] == q["cue"]
        out.append((q["kind"], q["text"], q["cue"], q["speaker_name"]))
    return sorted(out, key=str)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_against_cues(qnlp, text, expected) -> None:
    assert _rows(qnlp, text) == sorted(expected, key=str)


# Kind "term": a short verbless phrase in marks that no pass gave a speaker or a cue (a label, a slogan, a scare
# quote) is stored and scored, never listed.
TERMS = [
    # before: listed as a partial quote with no speaker
    ("Her foreign policy presumed the existence of \u201cthe family of free nations.\u201d",
     [("term", "the family of free nations.", None, None)]),
    ("The deal could set up a \u201cjoint harbor safety fund\u201d paid for with seized assets.",
     [("term", "joint harbor safety fund", None, None)]),
    # guards: a phrase someone is said to use, a quoted clause, a speaker named
    ("Mayor Reed called the plan \u201ca costly mistake for the harbor.\u201d",
     [("indirect", "the plan \u201ca costly mistake for the harbor.\u201d", "called", "Reed"),
      ("partial", "a costly mistake for the harbor.", "called", "Reed")]),
    ("The group's name means \u201cthe harbor belongs to everyone.\u201d",
     [("partial", "the harbor belongs to everyone.", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_unowned_terms(qnlp, text, expected) -> None:
    assert _rows(qnlp, text) == sorted(expected, key=str)
