"""Quotes, issue 18 round 17c: a text that speaks ("The report argues", "The study concludes") and the writer's own
words in marks.

- a definite text noun ("the report", "the study", "the memo", "the assessment", "the letter") is its author's when
  the report names the author (the body that issued, released or published it, a possessor, "a report by X"), else
  nobody's, kind ``document`` -- never the organization named last before it (review 17: a Pentagon report's words
  went to the Joint Chiefs of Staff named in a general's title); "it" after the text keeps that author;
- a translation the writer gives in marks ('Allahu Akbar, or "God is great"') and a one- or two-word scare quote on
  a noun ('"moderate" rebels') are nobody's statement.

Every sentence here was written for these tests (invented people and bodies).
"""

from __future__ import annotations

import pytest


def _quotes(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    doc = qnlp(text)
    ents = {e["id"]: e["name"] for e in doc._.newsgraph_entities}
    return [(q["text"], q["kind"], ents.get(q["speaker"]) if q["speaker"] else None)
            for q in doc._.newsgraph_quotes]


def _one(qnlp, text: str, said: str) -> tuple[str, str | None]:  # noqa: ANN001
    got = [(k, s) for t, k, s in _quotes(qnlp, text) if t.strip(' ."') == said]
    assert len(got) == 1, _quotes(qnlp, text)
    return got[0]


# a paragraph of plain narration, long enough (about 150 words) to carry a text's author past 120 tokens
_FILLER = " ".join([
    "The ships sailed north in the spring and reached the islands in early June, where the crews spent a week",
    "loading fuel, food and spare parts before the long crossing. The weather was calm for most of the month,",
    "and the convoy kept a steady speed of twelve knots. In July the fleet turned east and passed the straits,",
    "where fishing boats gathered to watch the larger vessels go by. The sailors wrote letters home and played",
    "cards in the evenings, and the cooks baked bread every morning. By August the convoy had covered more than",
    "four thousand miles, and the engines needed work. The engineers replaced two pumps and a shaft, and the",
    "ships waited in harbour for ten days while the parts arrived by train from the capital. When the work was",
    "done the fleet sailed again, this time south along the coast, stopping at three ports to take on water and",
    "to let the crews rest before the final leg of the voyage home in the autumn.",
])

# (text, the quoted or reported words, kind or None for any kind, the speaker entity's name or None)
TEXTS = [
    # no author named: nobody's, whatever organization came before
    ("Officials at the State Department met on Friday. The report says the border is closed.",
     "the border is closed", "document", None),
    ("Gen. Tom Hale, chairman of the Joint Chiefs of Staff, visited the base. The study concludes that the base "
     "is too small.", "the base is too small", "document", None),
    ("The Defense Ministry held a briefing on Monday. The assessment warns that the drones are cheap to build.",
     "the drones are cheap to build", None, None),
    ("The Central Bank raised rates on Monday. The memo says the cuts will hurt farmers.",
     "the cuts will hurt farmers", None, None),
    # "it" after an unauthored report keeps no speaker rather than the last body
    ("Officials at the State Department met on Friday. The report says the border is closed. It adds that "
     "\"the trade has stopped.\"", "the trade has stopped", None, None),
    # the author named as the publisher, a passive's agent, a possessor, a "by" agent
    ("The study, published by Harvard University in March, looked at schools. Education Secretary Tom Hale visited "
     "a school in Ohio. The study concludes that smaller classes help.", "smaller classes help", None,
     "Harvard University"),
    ("The report was released by the Pentagon on Monday. The Joint Chiefs of Staff met on Tuesday. The report "
     "argues that the navy will grow.", "the navy will grow", None, "Pentagon"),
    ("A report by the Congressional Budget Office came out on Tuesday. Officials at the Treasury Department met on "
     "Wednesday. The report said spending would stay flat.", "spending would stay flat", None,
     "Congressional Budget Office"),
    ("The Pentagon released its annual report on Monday. Gen. Tom Hale, chairman of the Joint Chiefs of Staff, was "
     "in Asia. The report argues that the navy will grow. It also says the army is shrinking.",
     "the army is shrinking", None, "Pentagon"),
    # an organization named inside the earlier mention is the author; a person before "administration" is not
    ("The findings match the State Department review board report on the raid. \"The guards were too few,\" the "
     "report said.", "The guards were too few", None, "State Department"),
    # the author named three paragraphs before (over 120 words): still the author, not the general's Joint Chiefs
    ("The Pentagon released its annual report on the navy on Monday.\n\n" + _FILLER + "\n\nGen. Tom Hale, "
     "chairman of the Joint Chiefs of Staff, visited the port in May.\n\nThe report argues that the navy will "
     "grow. It also says the army is shrinking.", "the army is shrinking", None, "Pentagon"),
    # an indefinite text sent out by a named person is that person's
    ("A fundraising email sent out by Tom Hale on Tuesday warned that the race was close.", "the race was close",
     None, "Tom Hale"),
    # guards: a named spokesman after the report keeps his words; "according to the report" stays a document
    ("The report was released on Monday. Spokesman John Kirby said the findings were sound.",
     "the findings were sound", None, "John Kirby"),
    ("The report was released on Monday. According to the report, 40 people died.", "40 people died", "document",
     None),
]


@pytest.mark.parametrize(("text", "said", "kind", "speaker"), TEXTS)
def test_text_speaker(qnlp, text: str, said: str, kind: str | None, speaker: str | None) -> None:  # noqa: ANN001
    got_kind, got_speaker = _one(qnlp, text, said)
    assert got_speaker == speaker
    if kind is not None:
        assert got_kind == kind


# (text, quoted words that must not be a quote)
WRITERS = [
    ('The gunmen shouted Allahu Akbar, or "God is great", as they fled.', "God is great"),
    ('Witnesses said the gunmen shouted Allahu Akbar, meaning "God is great", before they fled.', "God is great"),
    ('The crowd chanted "Allahu Akbar", Arabic for "God is great".', "God is great"),
]

# A scare quote on a noun inside an attributed sentence: a rule for it (commit 834e212) was not kept, because on
# allsides reports 41-80 every such partial it took (8) was the speaker's own word; kept here as known failures.
SCARES = [
    'Washington has long backed the "moderate" opposition, officials said.',
    'The army armed "moderate" rebels in the north, Tom Hale said.',
]


@pytest.mark.parametrize(("text", "said"), WRITERS)
def test_writer_words_are_no_quote(qnlp, text: str, said: str) -> None:  # noqa: ANN001
    assert not [t for t, _k, _s in _quotes(qnlp, text) if t.strip(' ."') == said]


@pytest.mark.xfail(strict=True, reason="the scare-quote rule cost 8 right partials on real reports; not applied")
@pytest.mark.parametrize("text", SCARES)
def test_scare_quote_is_no_quote(qnlp, text: str) -> None:  # noqa: ANN001
    assert not [t for t, _k, _s in _quotes(qnlp, text) if t.strip(' ."') == "moderate"]


# guards: words a named speaker called something, and a longer quoted phrase, stay quotes
KEPT = [
    ('Tom Hale called the rebels "moderate" on Monday.', "moderate"),
    ('Tom Hale called them "moderate" rebels on Monday.', "moderate"),
    ('Tom Hale said the plan was "a disaster for the town".', "a disaster for the town"),
    ('"No," Baker said.', "No"),
    # "means" is a clause's verb, not a gloss: the words stay the speaker's
    ('His lead means "he must be doing something right," Ann Ruiz says.', "he must be doing something right"),
]


@pytest.mark.parametrize(("text", "said"), KEPT)
def test_speaker_words_stay(qnlp, text: str, said: str) -> None:  # noqa: ANN001
    assert [t for t, _k, _s in _quotes(qnlp, text) if t.strip(' ."') == said]
