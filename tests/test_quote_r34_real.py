"""Round 34 (issue 18, quotes on real reports): sentences written here. Each "before" row gave another speaker
(a bare document's noun, or none) on main 98bb096a; each guard keeps what it had.

1. A quote told by a bare text ("the statement said", "a copy of the letter said", "a Reuters story said") names the
text's issuer as speaker when the mention itself or its sentence or the one before names who issued it, and no
speaker name otherwise (quotes/document_issuers.py). Issuers that earlier passes already found stay.
2. "the North Carolina Republican" is the one party member (by role) named just before (quotes/party_described.py).
3. '"...," said another, Tom Baker.' is Tom Baker's (quotes/trailing_names.py).
"""

from __future__ import annotations

import pytest


def _speakers(qnlp, text: str) -> dict[str, str | None]:  # noqa: ANN001
    """Quote text -> speaker_name, for the listed kinds (no stance)."""
    doc = qnlp(text)
    return {q["text"]: q["speaker_name"] for q in doc._.newsgraph_quotes if q["kind"] not in ("stance", "topic", "impersonal", "term")}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # before: the issuer is the subject that issued the text in the sentence before (through a relative "which")
    ('Amnesty International, which issued a statement on Friday, said the trial was unfair. "The verdict must be '
     'overturned," the statement said.', "The verdict must be over", "Amnesty International"),
    # before: "released a copy" by a body the entity layer does not know: no name rather than a cut phrase
    ('The ministry of defense released a copy of the order. "All units will stand down," the copy read.',
     "All units will stand dow", "the copy"),  # (round 35: the document named, issue 18)
    # before: a name inside the mention ("a Reuters story") is the issuer
    ("A Reuters story said the talks had failed.", "the talks had failed", "Reuters"),
    # before: "according to a letter" on a verb whose subject is named: that person's words
    ('"Prices will rise," Maria Lopez said, according to a letter seen by reporters.',
     '"Prices will rise," Maria', "Maria Lopez"),
    # before: no issuer named nearby: no speaker name rather than the text's noun
    ('The storm closed roads on Monday. "Rain will continue into the week," the statement said.',
     "Rain will continue into ", "the statement"),  # (round 35: the document named, not empty; issue 18)
    ('"We will not back down," a copy of the letter said.', "We will not back down", "a copy of the letter"),
    # guard: a participle naming the writer ("written by X") gives the issuer (main's issued_by already did)
    ("A letter written by Maria Lopez said the plan had failed.", "the plan had failed", "Maria Lopez"),
    # guards: issuers the earlier passes found stay
    ('The Kremlin put out a statement on the call. "The leaders agreed to meet soon," the statement added.',
     "The leaders agreed to me", "Kremlin"),
    ('In a statement, Acme Corporation said it would close two plants. "We regret the loss of jobs," the statement '
     'added.', "We regret the loss of jo", "Acme Corporation"),
    ('Mayor Tom Baker issued a statement on Sunday. "Our city will rebuild," the statement said.',
     "Our city will rebuild", "Tom Baker"),
    # guard: a described speaker that is no text keeps its description
    ('"We are monitoring the situation," the airline said in a statement.', "We are monitoring the s", "the airline"),
    # guard: a prior quote's speaker "Maria Lopez" stays
    ('"Prices will rise," Maria Lopez said, according to a letter seen by reporters.', "Prices will rise", "Maria Lopez"),
])
def test_document_issuers(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    got = _speakers(qnlp, text)
    hits = [name for said, name in got.items() if said.startswith(words)]
    assert hits, got
    assert hits[0] == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # before: "the <state> <Party>" is the one party member named just before (quotes/party_described.py)
    ('Senate Intelligence Chairman Richard Burr on Tuesday would not rule out an interview. "We will look at it," '
     'the North Carolina Republican told reporters.', "We will look at it", "Richard Burr"),
    ('Sen. Mark Udall, a member of the intelligence panel, backed the report. "The argument fell apart," the '
     'Colorado Democrat told ABC.', "The argument fell apart", "Mark Udall"),
    # guards: a person with no role named there could be the one meant; nobody named: empty as before
    ('Jane Doe spoke at the rally. "We will win," the Ohio Republican said.', "We will win", None),
    ('"We will win this seat," the Republican said.', "We will win this seat", None),
])
def test_party_described(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    got = _speakers(qnlp, text)
    hits = [name for said, name in got.items() if said.startswith(words)]
    assert hits, got
    assert hits[0] == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # before: '"...," said another, NAME': the name after the comma (quotes/trailing_names.py)
    ('Voters were split. "I will vote for him again," said one, Mary Jones, a nurse. "He has not delivered," said '
     'another, Tom Baker.', "He has not delivered", "Tom Baker"),
    ('"It is over," said one man. "We lost," said another, Peter Hall, as he left the hall.', "We lost", "Peter Hall"),
    # guards: "said one, NAME, a nurse" and an unnamed "one man" keep what they had
    ('Voters were split. "I will vote for him again," said one, Mary Jones, a nurse. "He has not delivered," said '
     'another, Tom Baker.', "I will vote for him again", "Mary Jones"),
    ('"It is over," said one man. "We lost," said another, Peter Hall, as he left the hall.', "It is over", "one man"),
])
def test_trailing_names(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    got = _speakers(qnlp, text)
    hits = [name for said, name in got.items() if said.startswith(words)]
    assert hits, got
    assert hits[0] == speaker
