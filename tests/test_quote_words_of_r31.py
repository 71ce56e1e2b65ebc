"""Round 31 (issue 18, PolNeAR speakers): quoted words framed by "in X's words", "in the words of X" or "in X's view"
touching them are X's (quotes/words_of.py, data/quote_frame_nouns.tsv). Sentences written here; each "changed" row
had no speaker on main 0646b5ba (a fragment was even dropped); each guard keeps what it had."""

from __future__ import annotations

import pytest
from conftest import quote_facts

_CHANGED = [
    # the frame right before the opening mark
    ("In Miller’s words, “it is a failure across the board.”", "it is a failure", "Miller"),
    ("The plan is, in the words of the minister, “a failure across the board.”", "a failure across", "the minister"),
    ("The mayor was, in the words of one aide, “the last one standing” of the old council.", "the last one standing",
     "one aide"),
    ("Dana Ortiz spoke for an hour. In her own words, “I never wanted this job.”", "I never wanted", "Dana Ortiz"),
    # the frame right after the closing mark, or closing the quote's sentence with no verb between
    ("“It is a failure across the board,” in Miller’s view.", "It is a failure", "Miller"),
    ("“This is not a problem you can fix with one or two new laws – it is a failure across the board” from trade to "
     "farming, in Miller’s view.", "This is not a problem", "Miller"),
    ("“Stay home,” in the words of the governor, is the best advice.", "Stay home", "the governor"),
]


@pytest.mark.parametrize(("text", "words", "mention"), _CHANGED)
def test_framed_words_speaker(text: str, words: str, mention: str) -> None:
    facts = quote_facts(text)
    assert any(said.startswith(words) and name == mention for _k, said, _who, name in facts), facts


@pytest.mark.parametrize(("text", "words"), [
    # guard: no owner, or an owner that cannot speak, names nobody
    ("In other words, “the plan is dead.”", "the plan is dead"),
    ("The strike, in its own words, “will not end soon.”", "will not end soon"),
])
def test_no_owner_no_speaker(text: str, words: str) -> None:
    facts = quote_facts(text)
    assert all(name is None for _k, said, _who, name in facts if said.startswith(words)), facts


@pytest.mark.parametrize(("text", "words", "mention"), [
    # guard: a cue of its own keeps its speaker; a frame after another phrase with a verb between is not read
    ("“We will never leave,” Ruiz said, in Spanish, in her view.", "We will never leave", "Ruiz"),
    ("Miller said the plan was, in his words, “a failure across the board.”", "a failure across", "Miller"),
    ("“We won,” Ruiz said after the count, which was, in the words of the clerk, slow.", "We won", "Ruiz"),
])
def test_own_cue_kept(text: str, words: str, mention: str) -> None:
    facts = quote_facts(text)
    assert any(said.startswith(words) and name == mention for _k, said, _who, name in facts), facts


def test_song_words_not_a_speaker() -> None:
    # guard: "the song" cannot speak: the fragment keeps no speaker (it stays a writer's phrase)
    facts = quote_facts("The hall was, in the words of the song, “a place of dreams.”")
    assert all(name is None for _k, _said, _who, name in facts), facts


@pytest.mark.parametrize(("text", "words", "mention"), [
    # changed: a name's bare apostrophe ("Forbes'"), and the two-apostrophe marks of some papers
    ("The forum met in Haifa because, in Reuters’ words, “they are the busiest ports on the coast.”",
     "they are the busiest", "Reuters"),
    ("He said the plan was dead and that Mr. Lund was, in the words of a senior adviser, ''the last hope'' of the "
     "party.", "the last hope", "a senior adviser"),
])
def test_framed_words_marks(text: str, words: str, mention: str) -> None:
    facts = quote_facts(text)
    assert any(said.startswith(words) and name == mention for _k, said, _who, name in facts), facts
