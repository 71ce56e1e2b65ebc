"""Who met whom when a meeting or a call is told by a noun, and pressing someone to act
(docs/events_guidelines.md, round 4 addendum)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def enlp():
    from newsgraph import nlp as _nlp

    return _nlp.load(components=("entities", "places", "events"))


def _of(enlp, text: str, word: str, typ: str) -> dict[str, Any]:
    i = text.index(word)
    hits = [e for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= i < e["trigger_end"] and e["type"] == typ]
    assert hits, enlp(text)._.newsgraph_events
    return hits[0]


def _names(parties: list[dict[str, Any]]) -> str:
    return " | ".join(p["name"] for p in parties)


@pytest.mark.parametrize(("text", "word", "actor", "target"), [
    ("The memo described a phone conversation between Obama and Chancellor Merkel.", "conversation", "Obama",
     "Merkel"),
    ("Talks between Kenya and Uganda ended on Friday.", "Talks", "Kenya", "Uganda"),
    ("President Macron told Trump during a telephone call on Monday that he was worried.", "call", "Macron",
     "Trump"),
])
def test_a_meeting_noun_names_its_own_parties(enlp, text, word, actor, target) -> None:
    e = _of(enlp, text, word, "CONSULT")
    assert actor in _names(e["actors"]) and target in _names(e["targets"]), e
    assert "memo" not in _names(e["actors"]).lower()


def test_pressing_someone_to_act_is_a_demand(enlp) -> None:
    text = "Trump also pressed Germany to pay more money to NATO."
    e = _of(enlp, text, "pressed", "DEMAND")
    assert [p["code"] for p in e["targets"]] == ["DEU"], e["targets"]
