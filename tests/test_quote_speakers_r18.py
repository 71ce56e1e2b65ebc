"""Quotes, issue 18 round 18: speakers left empty where the text names one, counted on PolNeAR train.

- a quoted fragment with no cue of its own right after a speaker's quote ('"A," Ruiz said. "B" and more.') had no
  speaker: the direct-quote convention ("A," she said. "B.") never reached a partial; now the fragment is the
  speaker's when nothing between names another source (``quotes/partial_carry.py``);
- a direct quote after a colon inside a paragraph ('Rep. Tom Hale: "..."', 'The campaign worded it more carefully:
  "..."') had no speaker: the rule for a paragraph that ends with a colon now reads the words before an inline colon
  too, after the last dash, never a name that only ends a phrase ("in the spirit of Ohio:") nor "there"
  (``cue_clauses.colon_lead``).

Every sentence here was written for these tests (invented people and places); each case gives the text and what
must hold.
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows

# round 37 (r37-qnq2, tests/test_r37_stance_terms.py): a short verbless phrase in marks that no pass gives a
# speaker or a cue is kind "term" (stored and scored, never listed): these rows, a speakerless listed fragment
# here, now read so by design; strict, so the row fails if the phrase is listed again
R37_TERM = pytest.mark.xfail(reason="r37: speakerless verbless phrase is kind term, not listed", strict=True)


def _speaker_of(qnlp, text: str, words: str) -> tuple[str, str | None]:  # noqa: ANN001
    rows = [r for r in quote_rows(qnlp, text) if r[1] == words]
    assert len(rows) == 1, quote_rows(qnlp, text)
    return rows[0][0], rows[0][2]


# (text, the fragment's words, its kind and speaker)
FRAGMENTS = [
    # the fragment after the speaker's sentence, narration after its closing mark (since round 23 a quoted clause
    # with its own subject and verb that the writer's words run on from is kind direct, quotes/run_on.py; the
    # speaker, what these rows test, is the same)
    ('"I cannot support him," said Senator Tom Ruiz of Ohio. "After much thought, I have concluded that he is '
     'unfit" to lead the party.',
     "After much thought, I have concluded that he is unfit", ("direct", "Tom Ruiz")),
    ('"The plan is dead," Maria Lopez told reporters. "I think what voters care about is the price of bread" and '
     "other costs.",
     "I think what voters care about is the price of bread", ("direct", "Maria Lopez")),
    # in the same sentence, after a clause of the writer's
    ('"It was a long night," said Carla Mendes. Unless the board acts, "we will lose the whole season" this year.',
     "we will lose the whole season", ("partial", "Carla Mendes")),
    # no carry: another source named before the fragment (a verb of reporting, a phrase, a named possessor)
    ('"We won," said coach Ann Berg. Her rival Kim Dale later called the match "a disgrace to the whole sport" in '
     "an interview.",
     "a disgrace to the whole sport", ("partial", "Kim Dale")),
    # (round 30: "as its owner puts it" names the owner as the one who put it so, never Hale)
    ('"We are ready," said Jim Hale. The club is, as its owner puts it, "the best run club in the north" now.',
     "the best run club in the north", ("partial", "its owner")),
    ('"We are ready," said Jim Hale. The town is, in the Gazette\'s words, "the happiest place in the county" now.',
     "the happiest place in the county", ("partial", "Gazette")),
    pytest.param('"We are ready," said Jim Hale. The town is, by Mr. Rogers\' reckoning, "the happiest place in the county" now.',
     "the happiest place in the county", ("partial", None), marks=R37_TERM),
    # (round 31, quotes/words_of.py: "in the view of X" names X, never Hale; was None)
    ('"We are ready," said Jim Hale. The club is, in the view of its rivals, "the best run club in the north" now.',
     "the best run club in the north", ("partial", "its rivals")),
    # no carry: two sentences between, another paragraph, or a fragment of three words or fewer
    ('"We are ready," said Jim Hale. The squad trained for months. It was "the longest summer we ever had" for '
     "them.",
     "the longest summer we ever had", ("partial", None)),
    pytest.param('"We are ready," said Jim Hale.\n\nThe squad trained for "the longest summer of all" before the final.',
     "the longest summer of all", ("partial", None), marks=R37_TERM),
]


@pytest.mark.parametrize(("text", "words", "expected"), FRAGMENTS)
def test_fragment_after_speaker(qnlp, text: str, words: str, expected: tuple[str, str | None]) -> None:  # noqa: ANN001
    assert _speaker_of(qnlp, text, words) == expected


# (text, the quote's words, its speaker)
COLONS = [
    # a clause's subject before an inline colon
    ('The Ruiz campaign, in a note to donors, worded it more carefully: "The senator kept every record he was asked '
     'to keep."',
     "The senator kept every record he was asked to keep.", "The Ruiz campaign"),
    ('Late on Monday the county board was blunt in its ruling: "Further talks on this matter are not needed."',
     "Further talks on this matter are not needed.", "county board"),
    # a name alone after a dash
    ('TURNOUT WILL NOT RISE IN THE SOUTH - Helen Marsh: "Most voters have made up their minds long before the '
     'primary."',
     "Most voters have made up their minds long before the primary.", "Helen Marsh"),
    # the clause's subject, not the name that ends its phrase
    ('Dan Okafor, who runs a bakery, said the mayor was a man very much in the spirit of Ohio: "He listens to '
     'everyone and then he acts."',
     "He listens to everyone and then he acts.", "Dan Okafor"),
    # a thing, a name that only ends a phrase, and an expletive speak nothing
    ('The fair opened in the spirit of Ohio: "We welcome everyone here, young and old."',
     "We welcome everyone here, young and old.", None),
    ('The bakery opened at six. All in the spirit of old Ohio: "We bake at dawn and we sell out by noon."',
     "We bake at dawn and we sell out by noon.", None),
    ('The votes were counted by noon. Then there was the biggest surprise of all: "The council has no money left '
     'for the bridge."',
     "The council has no money left for the bridge.", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COLONS)
def test_inline_colon_speaker(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    kind, name = _speaker_of(qnlp, text, words)
    assert kind == "direct"
    assert (name is None) if speaker is None else (name is not None and speaker in name)


# Known limit: a subject the writer describes with a copula, whose quote then speaks of that subject in the third
# person ("He listens ..."), is taken as the speaker; the quote's words, not the clause, tell it is someone else's
@pytest.mark.xfail(strict=True, reason="a described subject is read as the speaker of the quote about it")
def test_described_subject_is_not_speaker(qnlp) -> None:  # noqa: ANN001
    text = 'The mayor is a man very much in the spirit of Ohio: "He listens to everyone and then he acts."'
    assert _speaker_of(qnlp, text, "He listens to everyone and then he acts.") == ("direct", None)


# (text, the quote's words, its speaker): round 18's second pass, read on PolNeAR train
COLONS_2 = [
    # a name with a party label in brackets before the colon
    ('The hearing ran late. Rep. Tom Hale (R-Ohio): "I have not seen any of these figures before today."',
     "I have not seen any of these figures before today.", "Tom Hale"),
    # a subject whose head is a name ("Article 12"), not its last token
    ('The charter is plain on this. Article 12 affirms: "No member shall be expelled without a hearing."',
     "No member shall be expelled without a hearing.", "Article 12"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COLONS_2)
def test_inline_colon_speaker_2(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    kind, name = _speaker_of(qnlp, text, words)
    assert kind in ("direct", "document")
    assert name is not None and speaker in name
