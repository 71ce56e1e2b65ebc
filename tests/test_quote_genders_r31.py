"""Round 31 wave 4 (issue 18, quotes on real reports): a word ending in "man" that names no man is no male role.

A report's '"...," X, 19, a freshman at a college, told a news agency. she added: "..."' gave the second quote to the
leader named at the top: the role "freshman" counted as a man's (``speaker_words.MALE_ROLE`` read every "-man"
word so), so "she" skipped the student who had just spoken. The non-male "-man" words the word-before-a-name check
already knew ("German Chancellor", "human rights") now count in roles and descriptions too, with "freshman" added.
Sentences written here; each "changed" row gave a wrong speaker or none on main 61cad206; the guards (male roles,
a female role, nationality before a man's name) keep their speaker."""

from __future__ import annotations

import pytest
from conftest import quote_facts

import newsgraph
from newsgraph.extract.quotes.speaker_words import MALE_ROLE


def _speaker_of(text: str, words: str) -> str | None:
    rec = newsgraph.extract(text, published="2025-03-10")
    return next((q.speaker_name for q in rec.quotes if words in q.text), None)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # changed: a freshman who just spoke is the "she" of the next words (was the governor named at the top)
    ('Governor Dao Minh-hau urged marchers to go home, he says.\n\n"Many rich visitors will arrive next week, so '
     'the guards must act," Cho, a freshman at Central Coast College, told Reuters. She added: "We are not afraid."',
     "We are not afraid", "Cho"),
    # changed: "the German chancellor" is no man's title (was no speaker)
    ("Prime Minister Paul Durand spoke first on Monday. Kessler, the German chancellor, answered him at length."
     '\n\n"We agreed on nothing today," she said.', "agreed on nothing", "Kessler"),
    # guards: male roles ending in "man" stay male, a female role stays female
    ('"We agreed on nothing today," said Tom Kessler, a freshman congressman from Ohio. He added: "Talks resume '
     'in May."', "Talks resume", "Tom Kessler"),
    ('Mayor Paul Durand spoke first. "We agreed on nothing today," said Kessler, a freshman lawmaker. He added: '
     '"Talks resume in May."', "Talks resume", "Kessler"),
    ('"We agreed on nothing today," said Ruth Kessler, a spokeswoman for the mayor. She added: "Talks resume in '
     'May."', "Talks resume", "Ruth Kessler"),
    ("Prime Minister Paul Durand spoke first on Monday. German Chancellor Kurt Vogt answered him at length."
     '\n\n"We agreed on nothing today," he said.', "agreed on nothing", "Kurt Vogt"),
    ('Paul Durand, a human rights lawyer, spoke first on Monday. "We agreed on nothing today," he said.',
     "agreed on nothing", "Paul Durand"),
])
def test_pronoun_speaker(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker, quote_facts(text)


@pytest.mark.parametrize(("words", "male"), [
    ("freshman", False), ("a freshman at the college", False), ("German Chancellor", False),
    ("human rights lawyer", False), ("Roman", False), ("Omani minister", False),
    ("spokesman", True), ("congressman", True), ("chairman of the board", True), ("freshman congressman", True),
])
def test_male_role_words(words: str, male: bool) -> None:
    assert bool(MALE_ROLE.search(words)) is male
