"""Round 34 (issue 18, wrong speakers on real reports): sentences written here. Each "before" row gave another
speaker on cd3b62d5; each guard keeps what it had (quotes/misplaced_speakers.py).

1. "Jones, asked whether X, said ...": the person asked puts no question; the question's speaker is left empty.
2. A speaker mention inside the words said (the "I" of an aside "I think") gives way to the cue verb's subject
   before the words, or to no speaker.
3. An active conjunct of a passive verb ("has not been charged and has told investigators ...") speaks with the
   subject they share; a passive conjunct ("and was told that ...") does not.
"""

from __future__ import annotations

import pytest


def _quotes(qnlp, text: str) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    """(kind, text, speaker_name) of the listed kinds (no stance)."""
    doc = qnlp(text)
    return [(q["kind"], q["text"], q["speaker_name"]) for q in doc._.newsgraph_quotes if q["kind"] not in ("stance", "topic", "impersonal", "term")]


def _speaker_of(got: list[tuple[str, str, str | None]], words: str, kind: str | None = None) -> str | None:
    hits = [name for k, said, name in got if said.startswith(words) and (kind is None or k == kind)]
    assert hits, got
    return hits[0]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # before: the senator asked was the question's speaker
    ("Senator Mary Jones, asked whether the bill would pass, said she was not sure.", "the bill would pass", None),
    ("Defense Secretary Jim Mattis, asked what a war with the North might look like if talks failed, warned on "
     'Sunday it would be "the worst kind of fighting in our lifetimes."', "what a war with the North", None),
    # guards: an asker named by "by" keeps the question; so does one who asks in his own voice
    ("Asked by Senator Tom Hale whether the plan would work, the general said he was confident.",
     "the plan would work", "Tom Hale"),
    ("Jones asked whether the bill would pass.", "the bill would pass", "Jones"),
    ("Tom Hale, a senator, asked whether the plan would work.", "the plan would work", "Tom Hale"),
    # guard: "When asked ..., the minister said": no question listed for the minister (as before)
    ("When asked whether the raid was legal, the minister said it had been planned for weeks.",
     "the raid was legal", None),
])
def test_asked_person(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    assert _speaker_of(_quotes(qnlp, text), words, "question") == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # before: no speaker (the "I" of "I think" was taken for the speaker's mention)
    ('As for spending, Baker told the council that the city has a modest budget this year and "any expansion of '
     'that, I think, would be equally modest."', "any expansion of that", "Baker"),
    ('As for spending, Baker told the council that the city has a modest budget this year and "any expansion of '
     'that, I think, would be equally modest."', "the city has a modest", "Baker"),
    # guard: the same without the aside
    ('Mayor Tom Baker told lawmakers that the city has little money and "any cut would hurt."', "any cut would hurt",
     "Tom Baker"),
    # guard: a quote with its cue inside it keeps its speaker
    ('"The city, I think, has little money," Mayor Tom Baker said.', "The city, I think", "Tom Baker"),
])
def test_inner_speaker(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    assert _speaker_of(_quotes(qnlp, text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # before: no speaker ("has told" read as a passive through the shared subject of "been charged")
    ("Tom Baker, 31, has not been charged with any crime and has told investigators he did not know about the plan.",
     "he did not know", "Tom Baker"),
    # guards: a passive conjunct names the one told, no speaker; a present tense already spoke
    ("Tom Baker was charged with a crime and was told that he could not leave.", "he could not leave", None),
    ("Tom Baker has been charged with a crime and says he did not know about the plan.", "he did not know",
     "Tom Baker"),
    ("Maria Lopez was arrested on Monday and told police she had acted alone.", "she had acted alone", "Maria Lopez"),
])
def test_active_conjunct(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    assert _speaker_of(_quotes(qnlp, text), words) == speaker
