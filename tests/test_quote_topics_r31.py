"""Round 31 wave 3 (issue 18, quotes on real reports): the object or topic of a cue with no words told is no quote
("wrote about the flood of refugees", "would emphasize the riots", "listed several grievances").
data/quote_thing_objects.tsv keeps such lines as stances: stored with their speaker (PolNeAR scores them), never
listed. Sentences written here; each "changed" row listed a quote on
main cc53ff19; each guard (words told in a clause or in quotes, a thing announced or urged) keeps its quote listed."""

from __future__ import annotations

import pytest
from conftest import quote_facts

import newsgraph
from newsgraph.record import listed_quote


def _quotes(text: str) -> tuple[list[str], list[str]]:
    """(listed texts, stance texts) of the text's quotes."""
    rec = newsgraph.extract(text, published="2025-03-10")
    listed = [q.text for q in rec.quotes if listed_quote(q.kind, q.modality)]
    return listed, [q.text for q in rec.quotes if q.kind in ("stance", "topic", "impersonal", "term")]  # r36: a topic spoken of is kind topic


@pytest.mark.parametrize(("text", "words"), [
    # changed: a topic written about
    ("Maria and Tom wrote about the flood of refugees that crossed the river last spring.", "the flood of refugees"),
    # changed: a thing emphasized or listed, no words told
    ("She would later emphasize the riots and the fires in her public remarks.", "the riots and the fires"),
    ("The senator listed several grievances about the new budget.", "several grievances"),
])
def test_topic_not_listed(text: str, words: str) -> None:
    listed, _stances = _quotes(text)
    assert not any(words in q for q in listed), quote_facts(text)


@pytest.mark.parametrize(("text", "words"), [
    # the topic is still stored as the speaker's stance
    ("The senator listed several grievances about the new budget.", "several grievances"),
    ("Maria and Tom wrote about the flood of refugees that crossed the river last spring.", "the flood of refugees"),
])
def test_topic_kept_as_stance(text: str, words: str) -> None:
    _listed, stances = _quotes(text)
    assert any(words in q for q in stances), quote_facts(text)


@pytest.mark.parametrize(("text", "words"), [
    # guard: words told in a clause or in quotes stay listed
    ("The governor announced that the hotline would open on Monday.", "the hotline would open"),
    # guard: a thing announced stays listed (the reviews judge most as statements); a need told is a position
    ("The governor announced a new hotline for flood victims on Tuesday.", "a new hotline"),
    ("The president emphasized the need to protect the embassy and its staff.", "the need to protect"),
    ("The columnist wrote that the villages had been abandoned.", "the villages had been abandoned"),
    # guard: a thing urged is a demand in words, as "called for an inquiry" is (data/quote_thing_objects.tsv)
    ("Qatar has been urging restraint to avoid a wider war in the region.", "restraint"),
    ("Qatar urged Iran to stop the attacks on tankers.", "stop the attacks"),
    ("The ministry urged citizens to leave the border towns before dawn.", "leave the border towns"),
    ("She emphasized that the riots had been planned in advance.", "the riots had been planned"),
    ('The senator wrote about a "betrayal of every farmer in the state."', "betrayal of every farmer"),
])
def test_words_kept(text: str, words: str) -> None:
    listed, _stances = _quotes(text)
    assert any(words in q for q in listed), quote_facts(text)
