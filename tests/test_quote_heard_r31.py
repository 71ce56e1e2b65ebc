"""Round 31 (issue 18): a reporting participle after a passive "heard" ("could be heard asking", "was heard
telling") names the one heard as the speaker of the quote it touches (quotes/heard_cues.py). Sentences written here;
each "changed" row had no speaker on main 0646b5ba; each guard keeps what it had."""

from __future__ import annotations

import pytest
from conftest import quote_facts


@pytest.mark.parametrize(("text", "words", "mention"), [
    # changed: "asking" / "telling" after a passive "heard" lost the one heard
    ("The general could be heard asking, “Where are the trucks?”", "Where are the trucks", "The general"),
    ("“Should the army leave the city?” a reporter could be heard asking the general after the briefing.",
     "Should the army leave", "a reporter"),
    ("One fighter could be heard telling another: “We have taken the hill.”", "We have taken the hill",
     "One fighter"),
    ("One fighter was heard telling another, “We have taken the hill.”", "We have taken the hill", "One fighter"),
    # guard: "saying" and "shouting" kept their speaker before this round
    ("In the video, a soldier can be heard saying, “Move back or we will shoot.”", "Move back", "a soldier"),
    ("“Get down, get down,” a man can be heard shouting in the footage.", "Get down", "a man"),
    # guard: an active "heard" (the hearer) leaves the one heard speaking; another cue's subject keeps its quote
    ("The boy heard his father telling a neighbour, “We will leave tonight.”", "We will leave tonight", "his father"),
    ("The crowd was heard shouting at the mayor, who kept telling them, “Go home.”", "Go home", "the mayor"),
])
def test_heard_speaker(text: str, words: str, mention: str) -> None:
    facts = quote_facts(text)
    assert any(said.startswith(words) and name == mention for _k, said, _who, name in facts), facts


def test_heard_by_agent_no_speaker() -> None:
    # guard: "was heard by his aides" has no reporting participle: nobody is made the speaker
    facts = quote_facts("“Where are you?” the mayor was heard by his aides.")
    assert all(name is None for _k, said, _who, name in facts if said.startswith("Where are you")), facts
