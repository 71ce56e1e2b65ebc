"""Quotes, issue 18 round 22: reports the clause passes missed because the parser hung them oddly
(extract/quotes/late_reports.py).

- a one-word answer: "X said yes / no" is X's indirect quote of the answer;
- "Asked if / whether ..." with no answer clause the question pass reads: a `question`, its asker the "by" agent
  or nobody, never the person asked;
- a plain verb of speech after a comma that the parser joined as a conjunct: the words before the comma are its
  subject's;
- in a transcript (a label already names a person of the report), a label whose last word opens two labelled
  paragraphs is a speaker named by the label, its asking lines questions (extract/quotes/transcript_hosts.py).

Every sentence here was written for these tests; each case gives the text and its quotes as (kind, text,
speaker_name).
"""

from __future__ import annotations

import pytest


def _rows(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    doc = qnlp(text)
    assert not doc._.newsgraph_errors
    out = []
    for q in doc._.newsgraph_quotes:
        assert text[q["start"] : q["end"]] == q["text"]
        out.append((q["kind"], q["text"], q["speaker_name"]))
    return sorted(out, key=str)


CASES = [
    # a one-word answer
    ("Asked whether the plan was fair, 58 percent of farmers said yes.",
     # (round 24: a survey's answer told of a share of the people asked is a stored stance, survey_shares)
     [("stance", "yes", "58 percent"), ("question", "the plan was fair", None)]),
    ("Asked if he had ever met the mayor, the senator said no.",
     [("indirect", "no", "the senator"), ("question", "if he had ever met the mayor", None)]),
    # a question put to a passive subject, with no answer after it: no quote of the person asked
    ("At a breakfast in Dayton, the governor was asked if the bridge would open before winter.",
     [("question", "if the bridge would open before winter", None)]),
    # a verb of speech the parser hung on the clause as a conjunct
    ("The agency is hiring again. This covers a new team to inspect rural bridges, Transport Secretary Lena Ford "
     "told a House panel Tuesday.",
     [("indirect", "This covers a new team to inspect rural bridges", "Lena Ford")]),
]

TRANSCRIPT = ("Governor Ann Lowe spoke to the network on Sunday.\n\n"
              "RITA VOSS: The storm closed every school in the county this week.\n\n"
              "LOWE: We reopen them on Monday, and the roads are clear.\n\n"
              "VOSS: Will the state pay for the repairs?\n\n"
              "UPDATE: The interview aired at noon.")


def test_transcript_host_lines(qnlp) -> None:  # noqa: ANN001
    assert _rows(qnlp, TRANSCRIPT) == sorted([
        ("direct", "The storm closed every school in the county this week.", "Rita Voss"),
        ("direct", "We reopen them on Monday, and the roads are clear.", "Ann Lowe"),
        ("question", "Will the state pay for the repairs?", "Voss"),
    ], key=str)


def test_no_host_without_a_named_transcript_line(qnlp) -> None:  # noqa: ANN001
    # no label names a person of the report: labels alone make no transcript ("UPDATE:" twice stays nothing)
    text = ("UPDATE: The bridge reopened at noon on Monday.\n\n"
            "UPDATE: Traffic returned to the county roads by evening.")
    assert _rows(qnlp, text) == []


NOTHING = [
    # a negated answer says nothing
    "The governor did not say yes.",
    # a relative clause's verb is an act, not words
    "Ruiz, who added a second bakery in 2019, opened another.",
    # "asked" with an object and a clause of its own is the question pass's, not repeated here
    "The parade went on despite the rain.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_late_reports(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == sorted(expected, key=str)


@pytest.mark.parametrize("text", NOTHING)
def test_no_late_report(qnlp, text: str) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == []
