"""Who met whom when a meeting or a call is told by a noun, and pressing someone to act
(docs/events_guidelines.md, round 4 addendum)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import party_names


def _of(enlp, text: str, word: str, typ: str) -> dict[str, Any]:
    i = text.index(word)
    hits = [e for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= i < e["trigger_end"] and e["type"] == typ]
    assert hits, enlp(text)._.newsgraph_events
    return hits[0]


@pytest.mark.parametrize(("text", "word", "actor", "target"), [
    ("The memo described a phone conversation between Obama and Chancellor Merkel.", "conversation", "Obama",
     "Merkel"),
    ("Talks between Kenya and Uganda ended on Friday.", "Talks", "Kenya", "Uganda"),
    ("President Macron told Trump during a telephone call on Monday that he was worried.", "call", "Macron",
     "Trump"),
])
def test_a_meeting_noun_names_its_own_parties(enlp, text, word, actor, target) -> None:
    e = _of(enlp, text, word, "CONSULT")
    assert actor in party_names(e["actors"]) and target in party_names(e["targets"]), e
    assert "memo" not in party_names(e["actors"]).lower()


def test_pressing_someone_to_act_is_a_demand(enlp) -> None:
    text = "Trump also pressed Germany to pay more money to NATO."
    e = _of(enlp, text, "pressed", "DEMAND")
    assert [p["code"] for p in e["targets"]] == ["DEU"], e["targets"]


@pytest.mark.parametrize(("text", "typ"), [
    ("Flynn pleaded guilty in December.", "CONCEDE"),
    ("Both men have pleaded not guilty.", None),
    ("He pleaded innocent on Monday.", None),
])
def test_a_plea_concedes_only_when_guilty(enlp, text, typ) -> None:
    i = text.index("plead")
    types = {e["type"] for e in enlp(text)._.newsgraph_events if e["trigger_start"] <= i < e["trigger_end"]}
    assert types == ({typ} if typ else set()), types


def test_a_later_telling_with_a_doer_of_its_own_is_not_folded_into_another_actors_event(enlp) -> None:
    text = ("Special counsel Robert Mueller has been investigating Russian interference. "
            "Several committees of the Senate have also been investigating the matter.")
    evs = [e for e in enlp(text)._.newsgraph_events if e["type"] == "INVESTIGATE"]
    assert len(evs) == 2, evs


def test_telling_verbs_are_the_quote_cue_verbs_and_talk() -> None:
    """One list: the verbs by which one speaks to another during a call are the quote cue verbs
    (data/quote_cues.tsv) plus what one discusses or raises."""
    from newsgraph.extract.events.meetings import telling
    from newsgraph.extract.quotes.cues import load_cues

    assert all(telling(v) for v in load_cues().verbs)
    assert telling("tell") and telling("warn") and telling("discuss")
    assert not telling("kill") and not telling("meet")
