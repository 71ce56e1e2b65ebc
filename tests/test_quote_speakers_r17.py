"""Quotes, issue 18 round 17: speaker classes left by round 16 on real reports and counted on PolNeAR train.

- "As reported by X, the firm will cut jobs" gave the firm (the main clause's subject, which the parse reaches by
  climbing from the subjectless "as"-clause) as the speaker: the by-agent of a passive "as"-clause speaks, and with
  no agent nobody does; an inner report inside the clause keeps its own quote beside X's relay;
- "U.S. intelligence concluded ..." gave the speaker United States (the author rule of texts, "a U.S. report", read
  "intelligence" as a text the country wrote): a country's spy agencies are no text of the country's;
- a relay around a direct quote ('"...," Ruiz said, according to the Sun.') gave nothing to the Sun: the phrase
  relays the quote and its attribution, as an indirect quote of its own (the direct quote stays Ruiz's);
- round 16b's relays ("..., according to a local newspaper") were skipped at the end of a paragraph (the space
  token after the full stop made the phrase look as if it did not close its sentence);
- things as speakers: "The hearing showed that ..., a firm reported" (review 16) and abstract subjects read as
  speakers on PolNeAR train ("The timing suggests", "The trip suggests") speak for no one.

Every sentence here was written for these tests (invented people and outlets); each case gives the text and what
must hold.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows


def _rows(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    return sorted(quote_rows(qnlp, text), key=lambda r: (text.index(r[1]), -len(r[1])))


AS_REPORTED = [
    # the by-agent of the passive "as"-clause speaks, before or after the main clause
    ("As reported by the Daily Tribune, the council will close three libraries.",
     [("indirect", "the council will close three libraries", "Daily Tribune")]),
    ("As first reported by the Daily Tribune, the council will close three libraries.",
     [("indirect", "the council will close three libraries", "Daily Tribune")]),
    ("The bank will cut 200 jobs, as reported by the Daily Tribune on Monday.",
     [("indirect", "The bank will cut 200 jobs", "Daily Tribune")]),
    # no agent: nobody is named as the source (the bank did not report its own cuts here)
    ("As reported earlier, the bank will cut 200 jobs.", []),
    # an active "as"-clause keeps its subject (as before)
    ("As the minister noted, the talks have failed.", [("indirect", "the talks have failed", "the minister")]),
    # an inner report: the agent relays it, and it keeps its own quote
    ("As reported by the Daily Tribune, the minister said the plan would cost billions.",
     [("indirect", "the minister said the plan would cost billions", "Daily Tribune"),
      ("indirect", "the plan would cost billions", "the minister")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_REPORTED)
def test_as_reported_by(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == expected


# (text, the quote's text, the speaker mention): on main the name was the Tribune's through the record's repair, but
# the mention marked the council
AS_MENTIONS = [
    ("As reported by the Daily Tribune, the council will close three libraries.",
     "the council will close three libraries", "the Daily Tribune"),
    ("As first reported by the Daily Tribune, the council will close three libraries.",
     "the council will close three libraries", "the Daily Tribune"),
]


@pytest.mark.parametrize(("text", "said", "mention"), AS_MENTIONS)
def test_as_reported_by_mention(qnlp, text: str, said: str, mention: str) -> None:  # noqa: ANN001
    got = [q for q in qnlp(text)._.newsgraph_quotes if q["text"] == said]
    assert len(got) == 1
    assert text[got[0]["speaker_start"] : got[0]["speaker_end"]] == mention


# (text, the quote's text, its speaker_name, whether an entity is its speaker)
AGENCIES = [
    ("The United States imposed sanctions on Tuesday. U.S. intelligence concluded that Moscow ordered the attack.",
     "Moscow ordered the attack", "U.S. intelligence", False),
    ("U.S. intelligence concluded that Moscow had ordered the attack.",
     "Moscow had ordered the attack", "U.S. intelligence", False),
    # a text with an author named before it stays the author's (as before)
    ("A Pentagon report concluded that the base was poorly guarded.", "the base was poorly guarded", "Pentagon", True),
]


@pytest.mark.parametrize(("text", "said", "name", "entity"), AGENCIES)
def test_intelligence_is_no_text_of_a_country(qnlp, text: str, said: str, name: str, entity: bool) -> None:  # noqa: ANN001
    got = [q for q in qnlp(text)._.newsgraph_quotes if q["text"] == said]
    assert len(got) == 1
    assert got[0]["speaker_name"] == name
    assert (got[0]["speaker"] is not None) == entity


DIRECT_RELAYS = [
    ('"We are not giving up," Anna Ruiz said, according to the Harbor Sun.',
     [("indirect", '"We are not giving up," Anna Ruiz said', "Harbor Sun"),
      ("direct", "We are not giving up", "Anna Ruiz")]),
    # inverted, with an adverbial: still the quote's own attribution
    ('"We are not giving up," said Anna Ruiz on Tuesday, according to the Harbor Sun.',
     [("indirect", '"We are not giving up," said Anna Ruiz on Tuesday', "Harbor Sun"),
      ("direct", "We are not giving up", "Anna Ruiz")]),
    # a text that carried the words: the relay is kind document
    ('"We are not giving up," Anna Ruiz said, according to a transcript of the show.',
     [("document", '"We are not giving up," Anna Ruiz said', "a transcript"),
      ("direct", "We are not giving up", "Anna Ruiz")]),
    # a quote of several sentences opens before the sentence of "according to"
    ('"We tried. We failed. We will try again," Anna Ruiz said, according to the Harbor Sun.\n\nThe vote is in May.',
     [("indirect", '"We tried. We failed. We will try again," Anna Ruiz said', "Harbor Sun"),
      ("direct", "We tried. We failed. We will try again", "Anna Ruiz")]),
    # "according to" after another sentence relays that sentence only, never the quote before it
    ('"We are not giving up," Anna Ruiz said. The mayor agreed, according to the Harbor Sun.',
     [("direct", "We are not giving up", "Anna Ruiz"),
      ("indirect", "The mayor agreed", "Harbor Sun")]),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_RELAYS)
def test_relay_of_a_direct_quote(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == expected


PARAGRAPH_END = [
    # round 16b's relay at the end of a paragraph (a space token follows the full stop)
    ("The mayor warned that the bridge was unsafe, according to a local newspaper.\n\nThe council met on Friday.",
     [("indirect", "The mayor warned that the bridge was unsafe", "a local newspaper"),
      ("indirect", "the bridge was unsafe", "The mayor")]),
    # "according to" inside the sentence still relays nothing before it (and, as on main, the clause after it gives
    # no quote of the newspaper's here)
    ("The mayor warned that the bridge was unsafe, but according to a local newspaper, the council will keep it "
     "open.\n\nThe council met on Friday.",
     [("indirect", "the bridge was unsafe", "The mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_END)
def test_relay_at_a_paragraph_end(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == expected


THINGS = [
    # review 16: the hearing speaks for no one; the firm reports the whole clause
    ("The hearing showed that the agency had ignored warnings for years, a security firm reported.",
     [("indirect", "The hearing showed that the agency had ignored warnings for years", "a security firm")]),
    ("The timing suggests that the talks will fail.", []),
    ("The trip suggests Lopez is looking ahead to the race.", []),
    # a person still speaks
    ("The senator suggested that the talks will fail.", [("indirect", "the talks will fail", "The senator")]),
]


@pytest.mark.parametrize(("text", "expected"), THINGS)
def test_things_are_no_speakers(qnlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:  # noqa: ANN001
    assert _rows(qnlp, text) == expected
