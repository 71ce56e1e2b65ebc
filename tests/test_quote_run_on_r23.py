"""Round 23 (issue 18, direct quotes): a quoted sentence the writer's words run on from is a direct quote, and the
attribution that closes its sentence after those words names its speaker (extract/quotes/run_on.py); a short line
in single marks heading a section is no quote (subheads.py); a ” opening a paragraph opens a quote (marks.py).
Sentences written here; 7 of the 14 tests fail on main 836913cb (the others are guards)."""

from __future__ import annotations

import pytest

from newsgraph import extract


def _quote(text: str, start: str) -> tuple[str, str | None]:
    hits = [q for q in extract(text).quotes if q.text.startswith(start)]
    assert hits, [(q.kind, q.text) for q in extract(text).quotes]
    return hits[0].kind, hits[0].speaker_name


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # the quote opens the sentence; the writer's words run on; ", said X." closes it
    ('The mayor spoke last. "We will finish the bridge before winter" unless the steel is late again, said '
     'Ana Ruiz, the city engineer.', "We will finish", "Ana Ruiz"),
    ('"Farmers are losing money on every crate they ship" because of the new tariffs, says Tom Becker, who '
     'runs a cooperative in Fresno.', "Farmers are losing", "Tom Becker"),
    # the quote ends on a comma; a subordinate clause comes between it and the cue
    ('"Nobody on the board saw the loss coming," since the audit had been delayed twice, said Mia Olsen, a '
     'former director.', "Nobody on the board", "Mia Olsen"),
    # "X said" order, and a relative clause of the run-on words that holds a verb of speech
    ('"If the city finds more records, it will publish them" in a form that would answer the requests of two '
     'newspapers, lawyer Dana Whitfield wrote in a filing.', "If the city finds", "Dana Whitfield"),
])
def test_run_on_quote_is_direct_with_the_closing_speaker(text: str, start: str, speaker: str) -> None:
    assert _quote(text, start) == ("direct", speaker)


def test_run_on_after_a_cue_and_comma_is_direct() -> None:
    text = 'Asked about the delay, Lena Park said, "We have three weeks left" until the vote.'
    assert _quote(text, "We have three weeks") == ("direct", "Lena Park")


@pytest.mark.parametrize(("text", "start"), [
    # a title in marks: no clause of its own
    ('"Crippled Harbors and Empty Docks" is the name of her new book, said the publisher.', "Crippled Harbors"),
    # the quoted words are the subject of the writer's verb ("values" is no verb here)
    ("''Family values people'' are ''not out to bash anyone,'' he said.", "Family values people"),
    # no comma before the quote after a participle: the words stay a fragment of the writer's sentence
    ('Ruiz spoke for ten minutes, saying "Zip codes should not decide a life" and other lines.', "Zip codes"),
])
def test_not_a_run_on_direct_quote(text: str, start: str) -> None:
    hits = [q for q in extract(text).quotes if q.text.startswith(start)]
    assert all(q.kind != "direct" for q in hits), [(q.kind, q.text) for q in hits]


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # the quote does not open its sentence: the chanters speak, not the paper that reports them
    ('Fans of the home team chanted, "Send them home," waving flags at the visitors, the Ledger reported.',
     "Send them home", "Fans"),
    # the quoted words end their sentence: the next sentence's cue is not theirs
    ("''My advice was not to do it,'' recalled Sam Pryor, then the envoy. ''It did not seem the right way.''\n\n"
     "When the minister came to town, the plan had two goals, the admiral said.", "It did not seem", "Sam Pryor"),
])
def test_late_cue_guards(text: str, start: str, speaker: str) -> None:
    assert _quote(text, start)[1] == speaker


_HEADED = ('Ms. Ruiz ran the port authority for six years. "We doubled the cargo," she said.\n\n'
           "'A builder of docks.'\n\n"
           'The board that hired her later turned on her. "It was a hard year," said Tom Abel, a board member.')


def test_single_marked_heading_is_no_quote() -> None:
    quotes = extract(_HEADED).quotes
    assert not any(q.text.startswith("A builder") for q in quotes), [(q.kind, q.text) for q in quotes]
    assert {q.text for q in quotes if q.kind == "direct"} >= {"We doubled the cargo", "It was a hard year"}


@pytest.mark.parametrize("text", [
    # quotes in single marks throughout (British style): a lone quoted line is speech
    "Ms. Ruiz ran the port authority. 'We doubled the cargo,' she said.\n\n'We will do it again.'\n\nThe board met.",
    # a long single-marked line is no heading
    ('Ms. Ruiz ran the port authority. "We doubled the cargo," she said.\n\n'
     "'We will do it again next year and the year after, whatever the board decides to do about it.'\n\nThe board met."),
])
def test_single_marked_speech_stays(text: str) -> None:
    assert any(q.text.startswith("We will do it again") for q in extract(text).quotes)


def test_closing_mark_opening_a_paragraph_opens_a_quote() -> None:
    text = ("The Ledger was not persuaded by the senator's reasons.\n\n"
            "” … if the governor can visit the valley without harm to the rescue, then surely the senator can do "
            "the same,” it read.")
    assert any(q.text.lstrip("… ").startswith("if the governor") for q in extract(text).quotes)
