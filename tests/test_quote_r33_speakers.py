"""Round 33 (issue 18, quotes: the right speaker; classes read on PolNeAR dev's tune half and PolNeAR train).

- A word inside quoted words is never the speaker: in 'When a man shouted, "Cruz," Beck said, "..."' the parser
  hangs both "Cruz" and "Beck" on "said"; the one outside the marks speaks (quotes/cues.py, ``subject_of``).
- A fragment goes on the words of the quote just before it past a title's period ('"...," Mr. Hale said on NBC's
  "Meet the Press." "..." about it': "Mr." ends no sentence, so one sentence end stands between them)
  (quotes/partial_carry.py).
- "they" speaking in a clause inside a group's own clause ("Democrats focused on what they said was ...") is that
  group (quotes/they_clauses.py, through quotes/group_they.py).
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
    # a fragment after the cue sentence: a title's period ("Mr.", "Dr.") is no sentence end
    ("''It is nonsense,'' Mr. Tom Hale said by telephone on NBC's ''Meet the Press.'' ''She lies about everything, "
     "and everybody knows it'' about the budget.", "She lies", "Tom Hale"),
    ("\u201cWe were not happy when it was first announced,\u201d said Dr. Jock Finlayson, head of policy at the "
     "council. Now, \u201cwithin the business community there is a sizable constituency saying this is fine.\u201d",
     "within the business", "Jock Finlayson"),
    # "they" in a clause inside the group's clause
    ("Democrats also focused on what they said was the need to remain tolerant of the nation's diversity.",
     "was the need", "Democrats"),
    ("Many members were surprised at the loss of what they consider a refuge from liberal bullying.", "a refuge",
     "Many members"),
    # a new sentence after the quote whose subject only acts
    ("Ted Cruz was blunt, saying, \u201cIt is over for them.\u201d Donald Trump laughed.", "It is over",
     "Ted Cruz"),
    ("Sen. Ann Cole mocked the plan, adding, \u201cNobody in this state wants it.\u201d Gov. Tim Ruiz shrugged.",
     "Nobody in this", "Ann Cole"),
]


@pytest.mark.parametrize(("text", "words", "who"), _BEFORE)
def test_speaker_now_right(text: str, words: str, who: str) -> None:
    assert who in quote_of(text, words)  # the speaker entity's name, or the speaker's words where no entity holds it


_GUARDS = [
    # the subject outside the marks where the parse needs no choosing; a fragment after a show's title
    ("Ann Cole spoke at the rally. After Tom Hale yelled, \u201cLiar,\u201d Cole replied, \u201cWe will see who "
     "is lying in November.\u201d", "We will see", "Ann Cole"),
    ("\u201cIt is nonsense,\u201d Ann Cole said on CBS\u2019s \u201cFace the Nation.\u201d \u201cShe lies about "
     "everything, and everybody knows that\u201d about the budget.", "She lies", "Ann Cole"),
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
    assert who in quote_of(text, words)


_EMPTY_GUARDS = [
    # "they" after a person, and after two groups either of which may be meant
    ("Sen. Ann Cole focused on what they said was the need to stay calm.", "was the need"),
    ("Democrats met the Republicans over what they said was the need to stay calm.", "was the need"),
    # a fragment after a title in a sentence of its own is the writer's framing: no carry
    ("\u201cIt is nonsense,\u201d Ann Cole said. The band played \u201cEye of the Tiger.\u201d \u201cShe lies about "
     "everything, and everybody knows that\u201d about the budget.", "She lies"),
]


@pytest.mark.parametrize(("text", "words"), _EMPTY_GUARDS)
def test_speaker_left_empty(text: str, words: str) -> None:
    assert quote_of(text, words) == (None, None)
