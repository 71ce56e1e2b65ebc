"""Quotes, issue 18 round 20: pronoun speakers that a subject named nearby takes up (``quotes/fronted.py``).

On unseen reports "he" went to a person named further back when the person it stands for was named as a subject in a
shape the pronoun rules did not read: the subject of a fronted clause of time ("When the minister spoke ..., he
said"), a name in apposition to a subject ("the top Democrat on the panel, Rep. X, demanded ... He said"; "the
ambassador to the UK, X, apologised ... He had said"), a name the entity layer typed a place with a person's noun in
apposition ("though West, the former secretary, dismissed it"), and the surname He ('said He, who is ...'). A
subject reached by climbing the parse across quotation marks ('going on to say that "..., young farmers do not want
..."') was taken from inside the quoted words. Where the person has no entity, the speaker is left empty: an empty
speaker beats a wrong one.

Every sentence here was written for these tests (invented people and places); each case gives the text, the quote's
words and its speaker (the speaker's name, or None for no speaker).
"""

from __future__ import annotations

import pytest
from quote_kit import quote_rows


def _speaker_of(qnlp, text: str, words: str) -> str | None:  # noqa: ANN001
    rows = [r for r in quote_rows(qnlp, text) if r[1] == words]
    assert len(rows) == 1, quote_rows(qnlp, text)
    return rows[0][2]


CASES = [
    # a fronted clause of time: its subject, not the president named before
    ('President Tom Hale met his counterpart in Lima on Friday. "We have agreed on a great deal," Hale said.\n\n'
     "When Peru's foreign minister Omar Quispe spoke to reporters after the meeting he said the two leaders had "
     "agreed to open their markets.",
     "the two leaders had agreed to open their markets", "Omar Quispe"),
    # ... a description there that a named person's role fits is that person
    ('Foreign Minister Javid Karimi flew to Lima. President Tom Hale met the minister on Friday. "We agreed on '
     'nothing," Hale said. After the foreign minister left the hall, he said the talks had failed.',
     "the talks had failed", "Javid Karimi"),
    # a name in apposition to the subject is the subject
    ("The committee's counsel, Dan Pruitt, said the hearing would be closed.\n\n"
     "Ms. Vera Lind testified to the panel on Thursday, and afterwards the top Democrat on the panel, Rep. Elias "
     "Okafor, demanded that Republicans release the transcript. He said she answered all questions.",
     "she answered all questions", "Elias Okafor"),
    # ... also where the parser hangs the name on the place of "the ambassador to the UK"
    ('Foreign Minister Javid Karimi apologised to the families. "Human error caused this disaster," he said.\n\n'
     "And the country's ambassador to the UK, Peter Novak, apologised for sharing wrong findings. He had said the "
     'army was "confident" that no missile had been launched.',
     'the army was "confident" that no missile had been launched', "Peter Novak"),
    # guard: a name the parser apposed to another person's name is no subject ("a delegate supporting Clinton")
    ('Rep. Sam Levy (Mich.), a delegate supporting Clinton, said he has spoken with many delegates. "The reality is '
     'that they are committed," he said.',
     "The reality is that they are committed", "Sam Levy"),
    # a name typed a place, with a noun for a person in apposition: a person, so no one named earlier
    ('Senator Jon Marsh said the raid should have been approved. "It was a failure," Marsh said.\n\nSome argued the '
     "team needed permission, though West, the former deputy defense secretary, dismissed such an argument.\n\n"
     '"You don\'t ask any country for permission," he said.',
     "You don't ask any country for permission", None),
    # the surname He after the verb: no pronoun for the man named before
    ('Lieutenant General Ma Lin, the head of the delegation, said the islands were part of the country. Secretary '
     'Jim Dole spoke next. "It is our right," said He, who is a deputy of the academy.',
     "It is our right", None),
    # guard: "He" opening a sentence is the pronoun
    ('Secretary Jim Dole spoke next. He said the islands were part of the country.',
     "the islands were part of the country", "Jim Dole"),
    # a subject inside quoted words is no speaker of the cue outside them; the verb of speech the parser hung before
    # the participle ("Klein said, going on to say") is
    ('"Raising that again is absurd," Klein said, going on to say that the state has spent "decades fighting over '
     'water and all of that, to have that fight again, young farmers do not want to see that. They are past it."',
     "decades fighting over water and all of that, to have that fight again, young farmers do not want to see "
     "that. They are past it.", "Klein"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_pronoun_speakers_named_nearby(qnlp, text: str, words: str, speaker: str | None) -> None:  # noqa: ANN001
    assert _speaker_of(qnlp, text, words) == speaker
