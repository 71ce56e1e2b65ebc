"""Round 24 (start-of-round review, quote class 1): words relayed by a source, recalled speech, a bare relay, a
reported clause continued after "but" and an act someone is pressed into (extract/quotes/review24.py). Sentences
written here; each "changed" row was wrong on main 3b8cfaea."""

from __future__ import annotations

import pytest
from quote_kit import quotes_with, speaker_entity_name

from newsgraph import extract
from newsgraph.record import listed_quote

_CALL = ("Walter Brandt, 48, was arrested in June for a call to the office of Sen. Maria Lopez.\n\n"
         "On the call, he asked about the Harbor Alliance, called Lopez a \u201cfraud\u201d and said, "
         "\u201csomeone should burn down her house,\u201d the district attorney\u2019s office said. Lopez is one "
         "of the longest-serving members of the state senate.\n\n"
         "The clerk who answered the phone recalled that he said, \"I know where she sleeps,\" the "
         "district attorney's office said.")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # changed: the conjoined "said" before the quote speaks, not the object of "asked about" nor the relaying office
    (_CALL, "someone should burn", "Walter Brandt"),
    # changed: recalled speech through "he" is the caller's, not the clerk's, the office's or the senator's
    (_CALL, "I know where she sleeps", "Walter Brandt"),
    # guards: a quote closed by its own attribution keeps it
    ("Anna Weber spoke on Monday. \"The bridge will reopen in May,\" Weber said.", "The bridge", "Anna Weber"),
    ("Mayor Tom Hale said, \"We have no money left,\" at the meeting on Monday.", "We have no money", "Tom Hale"),
])
def test_relayed_words_keep_their_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_entity_name(extract(text), words) == speaker


def test_a_relaying_office_is_not_the_speaker() -> None:
    rec = extract(_CALL)
    names = {e.id: e.name for e in rec.entities}
    for q in rec.quotes:
        if "burn down" in q.text or "where she sleeps" in q.text:
            assert names.get(q.speaker or "") not in ("Harbor Alliance", "Maria Lopez"), q
            assert "office" not in (q.speaker_name or ""), q


@pytest.mark.parametrize("text", [
    "The aide who took the call recalled that he said, \"I will find her,\" the sheriff's office said.",
    "The aide recalled that he said, \"I will find her,\" police said.",
])
def test_a_bare_relay_is_no_quote(text: str) -> None:
    # changed: "recalled that he said," was listed as the words "he said"
    rec = extract(text)
    assert not [q for q in rec.quotes if q.kind == "indirect" and q.text.strip() in ("he said", "he said,")], \
        [(q.kind, q.text) for q in rec.quotes]


@pytest.mark.parametrize("text", [
    "Sen. Maria Lopez spoke on Friday. The clerk recalled that he said, \"I know where she sleeps,\" the office said.",
    # changed: the receptionist who recalls the words was their speaker
    "A receptionist later recalled that he said, \"I know where she sleeps.\"",
])
def test_recalled_speech_without_an_earlier_quote_is_left_empty(text: str) -> None:
    # no quote of the man before: "he" is given to nobody named (not the one who recalls it, not the senator)
    rec = extract(text)
    names = {e.id: e.name for e in rec.entities}
    hits = quotes_with(rec, "I know where")
    assert names.get(hits[0].speaker or "") != "Maria Lopez"
    assert not {"clerk", "receptionist"} & set((hits[0].speaker_name or "").lower().split()), hits[0]


@pytest.mark.parametrize(("text", "cut", "tail"), [
    # changed: the clause after ", but" in the same past perfect continues the reported words
    ("Karin Holm explained that the witness's account had initially been judged reliable, but after further "
     "interviews, it had become clear that the account had weakened.", "judged reliable", "had weakened"),
])
def test_clause_after_but_continues(text: str, cut: str, tail: str) -> None:
    hits = [q for q in extract(text).quotes if cut in q.text and q.kind == "indirect"]
    assert hits and tail in hits[0].text, [(q.kind, q.text) for q in extract(text).quotes]


@pytest.mark.parametrize(("text", "cut", "not_tail"), [
    # guards: the writer's own narration after "but" (simple past) is not the speaker's words
    ("Karin Holm said that the bridge had been repaired, but it collapsed a week later.", "bridge had been",
     "collapsed"),
    # ... nor a clause with a speaker of its own
    ("Karin Holm said that the plan had been approved, but Jon Berg had said it was too costly.", "plan had been",
     "too costly"),
])
def test_clause_after_but_guards(text: str, cut: str, not_tail: str) -> None:
    hits = [q for q in extract(text).quotes if cut in q.text and q.kind == "indirect"]
    assert hits and not_tail not in hits[0].text, [(q.kind, q.text) for q in extract(text).quotes]


@pytest.mark.parametrize(("text", "words", "listed"), [
    # changed: the act someone is to be pressed into is no statement of the presser
    ("The hearing will ask whether the governor withheld funds to pressure the mayor of Dorval into announcing "
     "an audit of his rival.", "an audit", False),
    # guard: a plain statement stays listed
    ("The mayor of Dorval announced that an audit of the port would begin in May.", "an audit", True),
])
def test_pressed_into(text: str, words: str, listed: bool) -> None:
    rec = extract(text)
    hits = [q for q in rec.quotes if words in q.text]
    assert any(listed_quote(q.kind, q.modality) for q in hits) == listed, [(q.kind, q.modality, q.text)
                                                                           for q in rec.quotes]
