"""Round 33 (issue 18, quotes: the right speaker; classes read on PolNeAR dev's tune half and PolNeAR train).

- A word inside quoted words is never the speaker: in 'When a man shouted, "Cruz," Beck said, "..."' the parser
  hangs both "Cruz" and "Beck" on "said"; the one outside the marks speaks (quotes/cues.py, ``subject_of``).
- A fragment goes on the words of the quote before it past a show's title in the cue sentence
  ('"...," Ms. Cole said on CBS's "Face the Nation." "..." about her') and past a title's period ("Mr. Trump said
  ...": no sentence end) (quotes/partial_carry.py).
- A speech verb right before the quote ('..., saying, "It is over."') keeps it when the narration after the quote
  is a new sentence ("Trump laughed."): that sentence's subject is no attribution of it (quotes/extract.py).

Sentences written here; each "before" row failed on main 5260320e, each guard keeps what it had there."""

from __future__ import annotations

import pytest
from conftest import quote_of

_BEFORE = [
    # a quoted word the parser made a second subject of the cue
    ("Glenn Beck spoke in Iowa on Monday. When a man in the crowd shouted, \u201cCruz,\u201d Beck said, \u201cAmen, "
     "brother! Come on up!\u201d", "Amen, brother", "Glenn Beck"),
    ("Ann Cole spoke at the rally. After Tom Hale yelled, \u201cLiar,\u201d Cole replied, \u201cWe will see who "
     "is lying in November.\u201d", "We will see", "Ann Cole"),
    # a fragment after a show's title in the cue sentence
    ("\u201cIt is nonsense,\u201d Ann Cole said on CBS\u2019s \u201cFace the Nation.\u201d \u201cShe lies about "
     "everything, and everybody knows that\u201d about the budget.", "She lies", "Ann Cole"),
    ("''It's nonsense,'' Mr. Tom Hale said by telephone on Sunday. ''She lies about everything, and everybody "
     "knows it'' about the budget.", "She lies", "Tom Hale"),
    # a new sentence after the quote whose subject only acts
    ("Ted Cruz was blunt, saying, \u201cIt is over for them.\u201d Donald Trump laughed.", "It is over",
     "Ted Cruz"),
    ("Sen. Ann Cole mocked the plan, adding, \u201cNobody in this state wants it.\u201d Gov. Tim Ruiz shrugged.",
     "Nobody in this", "Ann Cole"),
]


@pytest.mark.parametrize(("text", "words", "who"), _BEFORE)
def test_speaker_now_right(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[0] == who


_GUARDS = [
    # the quote's own cue after it, and a reply of another speaker
    ("Ted Cruz said, \u201cIt is over.\u201d Donald Trump replied, \u201cNo, it is not.\u201d", "It is over",
     "Ted Cruz"),
    ("Ted Cruz said, \u201cIt is over.\u201d Donald Trump replied, \u201cNo, it is not.\u201d", "No, it is not",
     "Donald Trump"),
    # a cue after the quote with no verb before it
    ("\u201cThe bill is dead,\u201d Ann Cole said on Monday.", "The bill", "Ann Cole"),
    # the subject outside the marks, nothing quoted before it
    ("When the crowd booed, Glenn Beck said, \u201cAmen, brother! Come on up!\u201d", "Amen, brother",
     "Glenn Beck"),
]


@pytest.mark.parametrize(("text", "words", "who"), _GUARDS)
def test_speaker_kept(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[0] == who


_EMPTY_GUARDS = [
    # a fragment after a title in a sentence of its own is the writer's framing: no carry
    ("\u201cIt is nonsense,\u201d Ann Cole said. The band played \u201cEye of the Tiger.\u201d \u201cShe lies about "
     "everything, and everybody knows that\u201d about the budget.", "She lies"),
]


@pytest.mark.parametrize(("text", "words"), _EMPTY_GUARDS)
def test_speaker_left_empty(text: str, words: str) -> None:
    assert quote_of(text, words)[0] is None
