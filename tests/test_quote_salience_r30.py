"""Round 30 (q5, issue 18, wrong speakers): the main subject of the sentence before a "he said" outranks a person
named inside one of its clauses (quotes/salience.py ``main_subject_first``): "Judge Amos rejected the claim that
Mr. Varga had acted alone. '...,' he said" is Amos speaking, not Varga, and "The president said his adviser, Tom
Reyes, had acknowledged ... He also said" is the president's. Sentences written here; each "changed" row had the
embedded person as speaker on main 4d1e3723, each guard keeps what was right."""

from __future__ import annotations

import pytest
from conftest import quote_of

_JUDGE = "Judge Martin Amos heard the case in the capital.\n\n"
# a long sentence: its main subject is out of the subjects' reach (SUBJECT_REACH) and the person last named is an
# object inside its clauses
_LONG = ("the view that the city police might be just as good as the army's own officers, or even better, at "
         "persuading Mr. Victor Varga to give up the names of the other men in the cell, even with a defense lawyer "
         "sitting at his side in the room, since the police would be able to offer a lighter sentence and a transfer "
         "to a prison near his family in exchange for his help in the case. He said interrogators needed time alone "
         "with a prisoner.")


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: a person named in a clause of the main verb's object
    (_JUDGE + 'Judge Amos rejected the claim that Mr. Victor Varga had acted alone in the attack. "The record '
     'shows planning by others," he said.', "The record shows planning", "Martin Amos"),
    # changed: a person named as an object in a long clause of the main verb
    (_JUDGE + "But Judge Amos rejected " + _LONG, "interrogators needed time", "Martin Amos"),
    # changed: a description that spoke, then a named person inside what it reported
    ("President Leon Hart spoke at the base on Monday.\n\nThe president said his adviser, Tom Reyes, had "
     'acknowledged the gap in the budget. "We will close it," he also said.', "We will close it", "Leon Hart"),
])
def test_main_subject_before_embedded(text: str, words: str, name: str) -> None:
    assert quote_of(text, words)[0] == name


@pytest.mark.parametrize(("text", "words", "name"), [
    # guard: the main subject's gender is not the pronoun's
    ("Mayor Ann Price opened the session.\n\nMs. Price rejected the view that Mr. Victor Varga had lied to the "
     'council. "I never said that," he said.', "I never said that", "Victor Varga"),
    # guard: the same long sentence whose main subject is a woman
    ("Mayor Ann Price heard the case in the capital.\n\nBut Ms. Price rejected " + _LONG, "interrogators needed time",
     "Victor Varga"),
    # guard: the embedded person is the main subject of the next sentence and speaks there
    ("Judge Martin Amos rejected the claim that Mr. Victor Varga had acted alone. Mr. Varga said he was innocent. "
     '"I did nothing," he said.', "I did nothing", "Victor Varga"),
    # guard: the main subject itself spoke last
    ('Senator Paul Dunne met the press on Tuesday. Dunne argued that Mr. Sam Ortiz should resign. He said "the '
     'time has come."', "the time has come", "Paul Dunne"),
])
def test_main_subject_guards(text: str, words: str, name: str) -> None:
    assert quote_of(text, words)[0] == name
