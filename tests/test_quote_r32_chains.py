"""Round 32 (issue 18, PolNeAR speakers): two speaker rules, sentences written here. Each "changed" row gave another
speaker on main 4d783654 (a clause's subject inside the attribution, or none); each guard keeps what it had.

1. The parser closes a sentence at a quote's own "!" or "?", so the attribution ('"A!" X declared, ... during which
   callers asked ... . "B."') is a sentence of its own right after the quote: the next cue-less quote still goes on
   with X (quotes/chain_voice.py), not with the subject of a clause hung on the attribution.
2. '"...," Will wrote.': the tagger reads the surname as the modal "will" with a past participle; a modal right
   before a participle is no English, so the name speaks (quotes/modal_names.py).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows


def _speaker(qnlp, text: str, words: str) -> str | None:  # noqa: ANN001
    rows = [r for r in quote_rows(qnlp, text) if r[1].startswith(words)]
    assert len(rows) == 1, quote_rows(qnlp, text)
    return rows[0][2]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # changed (rule 1): the second quote went to the subject of a clause inside the attribution sentence
    ("“And I am not being paid!” LeVell declared, a point he likes to make after a radio show during which callers "
     "asked how much he was paid. “I make my own money.”", "I make my own money", "LeVell"),
    ("“Is this fair?” Ruiz asked, after a week in which critics said the plan was dead. “I think not.”",
     "I think not", "Ruiz"),
    ("“We are ready!” the coach shouted, as fans who had waited all night chanted that the team would win. "
     "“Bring it on.”", "Bring it on", "the coach"),
    # guard: a sentence of the writer's own with another speaker between the two quotes keeps that speaker
    ("“We won!” Ana Ruiz said. Then Bob Hale replied that the count was wrong. “It is not over.”",
     "It is not over", "Bob Hale"),
    # guard: the chains that held before this round
    ("“Enough!” Maria Lopez cried. “We want answers.”", "We want answers", "Maria Lopez"),
    ("“Who pays for this?” asked Tom Reyes, whose neighbors said the tax was unfair. “Not the rich.”",
     "Not the rich", "Tom Reyes"),
    # guard: the clause's own indirect report keeps its subject
    ("“Is this fair?” Ruiz asked, after a week in which critics said the plan was dead. “I think not.”",
     "the plan was dead", "critics"),
])
def test_chain_after_own_sentence(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    assert _speaker(qnlp, text, words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # changed (rule 2): "Will" read as a modal before the participle "wrote": no speaker
    ("Columnist George Will has long opposed the plan. “The war in Europe is a reminder of what is at stake in "
     "this race,” Will wrote.", "The war in Europe", "George Will"),
    ("“The war is a reminder,” Will wrote.", "The war is a reminder", "Will"),
    # guard: a real modal with "have" between, and a modal opening a question, are no names
    ("“The deal will have written rules,” the minister said.", "The deal will have", "the minister"),
    ("Will paid leave become law? “It will,” Smith said.", "It will", "Smith"),
    # guard: round 29's finite-verb case
    ("“The attacks were not linked,” May said.", "The attacks were not linked", "May"),
])
def test_surname_read_as_modal(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    assert _speaker(qnlp, text, words) == speaker
