"""Round 34 (issue 18, listed quotes that are no statements): sentences written here. Each "before" row was listed
as a statement (kind indirect or partial, with the subject as speaker) on r34-int cd3b62d5; each guard keeps what
it had.

1. A reported clause that opens with its own question word (not "how") names a topic ("explained why ...", "said
   what he wanted to say"): kind ``stance``, kept with its speaker, never listed (quotes/topic_clauses.py).
2. "with schools ordered closed": the things ordered closed say nothing; no quote (quotes/topic_clauses.py).
3. The quoted wording of a charge pleaded to, or passively or negatively charged, is kind ``document`` with no
   speaker; a quoted search query is no quote (quotes/pleas_and_queries.py).
4. A text that is none ("No rule says that ...") reverses its clause: modality ``negated`` (quotes/reversals.py).
"""

from __future__ import annotations

import pytest


def _modalities(qnlp, text: str) -> dict[str, tuple[str, str]]:  # noqa: ANN001
    """Quote text -> (kind, modality) for every quote."""
    return {q["text"]: (q["kind"], q.get("modality", "asserted")) for q in qnlp(text)._.newsgraph_quotes}


def _quotes(qnlp, text: str) -> dict[str, tuple[str, str | None]]:  # noqa: ANN001
    """Quote text -> (kind, speaker_name) for the asserted quotes of every kind."""
    doc = qnlp(text)
    return {q["text"]: (q["kind"], q["speaker_name"]) for q in doc._.newsgraph_quotes
            if q.get("modality", "asserted") == "asserted"}


def _find(quotes: dict[str, tuple[str, str | None]], words: str) -> tuple[str, str | None] | None:
    return next((v for k, v in quotes.items() if k.startswith(words)), None)


@pytest.mark.parametrize(("text", "words", "expected"), [
    # before: indirect statements of the subject
    ("Jane Porter explained why the bridge had been closed.", "why the bridge", ("stance", "Jane Porter")),
    ("The mayor said what he wanted to say.", "what he wanted", ("stance", "The mayor")),
    ("The auditor told reporters where the money had gone.", "where the money", ("stance", "The auditor")),
    # guard: "how" tells what happened ("described how ...": a content)
    ("The senator described how the new bill would cut taxes for families.", "how the new bill",
     ("indirect", "The senator")),
    # guards: a question word opening a subject or an adverbial clause inside the content keeps the statement
    ("Some officials speculate that what was planned for May could now slip into July.", "what was planned",
     ("indirect", "Some officials")),
    ("Tom Reed said where the money went was a mystery to him.", "where the money went",
     ("indirect", "Tom Reed")),
    # guard: "what she called X" names a thing (the act verb's own reading stays)
    ("Clinton criticized what she called the angry rhetoric from the front-runner.", "what she called",
     ("indirect", "Clinton")),
    # guard: a content with no question word stays
    ("Jane Porter explained that the bridge had been closed for repairs.", "the bridge had been closed",
     ("indirect", "Jane Porter")),
])
def test_topic_clauses(qnlp, text: str, words: str, expected: tuple[str, str | None]) -> None:  # noqa: ANN001
    assert _find(_quotes(qnlp, text), words) == expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    # before: "ferries" spoke "closed and most museums also shut"
    ("The region was in lockdown, with ferries and schools ordered closed and most museums also shut.", "closed",
     None),
    # guards: an order with its object and clause keeps its words
    ("The judge ordered that the files be sealed.", "the files be sealed", ("indirect", "The judge")),
    ('"Get out," Maria Lopez ordered.', "Get out", ("direct", "Maria Lopez")),
])
def test_ordered_states(qnlp, text: str, words: str, expected: tuple[str, str | None] | None) -> None:  # noqa: ANN001
    assert _find(_quotes(qnlp, text), words) == expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    # before: partial quotes of the one who pleaded or was charged
    ('Tom Reed pleaded guilty to "knowingly making false statements" to the agency.', "knowingly making",
     ("document", None)),
    ('She pleaded not guilty to "wire fraud."', "wire fraud", ("document", None)),
    ('He was charged with "conspiracy against the state."', "conspiracy against", ("document", None)),
    # before: search queries listed as words said
    ('People searched for "stock market crash" after the fall.', "stock market crash", None),
    ('Online searches for "how to vote" rose 40 percent, according to Trendline.', "how to vote", None),
    # guards: an active charge keeps its subject; a denial in one's own words stays that person's
    ('Prosecutors charged him with "obstruction of justice," but he denied it.', "obstruction of justice",
     ("partial", "Prosecutors")),
    ('Tom Reed said he was "not guilty" of the charges.', "not guilty", ("partial", "Tom Reed")),
])
def test_pleas_and_queries(qnlp, text: str, words: str, expected: tuple[str, str | None] | None) -> None:  # noqa: ANN001
    assert _find(_quotes(qnlp, text), words) == expected


@pytest.mark.parametrize(("text", "words", "expected"), [
    # before: listed as an asserted document quote
    ("No rule in the Senate says that a senator must vote with his party.", "a senator must vote",
     ("document", "negated")),
    ("No document shows that the money was paid.", "the money was paid", ("document", "negated")),
    # guards: a text that exists keeps its words; a person nobody stays as it was
    ("The rule says that a senator must vote with his party.", "a senator must vote", ("document", "asserted")),
    ("No official said the talks had failed.", "the talks had failed", ("indirect", "negated")),
    ('"No rule says we must stay," Tom Reed said.', "No rule says we must stay", ("direct", "asserted")),
])
def test_nobody_texts(qnlp, text: str, words: str, expected: tuple[str, str]) -> None:  # noqa: ANN001
    assert next((v for k, v in _modalities(qnlp, text).items() if k.startswith(words)), None) == expected
