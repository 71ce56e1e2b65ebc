"""Round 31 (issue 18, quotes on real reports): a verb of evidence ("show", "suggest", "indicate", "demonstrate",
...; data/quote_inference_verbs.tsv) whose subject is a picture or an act of force ("Video showed ...", "a security
camera showed ...", "the blasts showed ...", "the deployment suggests ...") lists no quote: the line is kept as a
stance, never shown as words said (quotes/inferences.py). Sentences written here; each "changed" row listed a quote
on main 498bea55; each guard (a person, a body, a text or a poll as the subject) keeps its quote listed."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of

import newsgraph
from newsgraph.record import listed_quote


def _listed(text: str) -> list[str]:
    rec = newsgraph.extract(text, published="2025-03-10")
    return [q.text for q in rec.quotes if listed_quote(q.kind, q.modality)]


@pytest.mark.parametrize(("text", "words"), [
    # changed: a picture shows, nobody says
    ("Video from the square showed men and women, some pushing prams, running from the gunfire.", "men and women"),
    ("A security camera at the port showed a huge fireball rising over the warehouses.", "a huge fireball"),
    # changed: an act of force is evidence, not a speaker
    ("The twin explosions in Tarvik showed the militants can still strike deep inside the region.",
     "the militants can still strike"),
    ("However, the Kaldor bombings showed the challenge the police face in guarding the rest of the country.",
     "the challenge the police face"),
    ("The deployment of 400 soldiers suggests the raid on the harbour town was poorly planned.",
     "the raid on the harbour town was poorly planned"),
    ("The crackdown on the students indicates the government fears a wider revolt.", "the government fears"),
])
def test_inference_not_listed(text: str, words: str) -> None:
    assert not any(words in q for q in _listed(text)), quote_facts(text)


@pytest.mark.parametrize(("text", "words"), [
    # guard: a person, a body, a text or a poll as the subject reports words
    ("The minister suggested the raid on the harbour town was poorly planned.", "the raid on the harbour town"),
    ("The army indicated that the soldiers would stay in the region until spring.", "the soldiers would stay"),
    ("A new poll shows that most voters want the talks to resume.", "most voters want the talks"),
    # guard: a picture's "that" clause stays the document's finding (round 24)
    ("Footage from the border crossing shows that the guards opened the gate at dawn.", "the guards opened the gate"),
    ("The senator's video showed that she had visited the camp twice.", "she had visited the camp"),
    ("Moscow signaled it would leave the treaty unless the missiles were destroyed.", "it would leave the treaty"),
    ("The report revealed that the agency had lost track of 300 rifles.", "the agency had lost track"),
    ("Investigators said the explosions were caused by a gas leak.", "the explosions were caused"),
    # guard: an act of force named inside a clause whose subject is a person
    ("After the attack, the governor suggested the port be closed for a week.", "the port be closed"),
])
def test_statement_kept(text: str, words: str) -> None:
    assert any(words in q for q in _listed(text)), quote_facts(text)


@pytest.mark.parametrize(("text", "words", "name"), [
    # changed: the maker named in a speech noun's "by"/"from" phrase speaks (was empty: "A statement")
    ("A statement by Poland's Defense Ministry said the drills would end on Friday.", "the drills would end",
     "Defense Ministry"),
    ("A message from Senator Ana Ruiz said the vote would be delayed until June.", "the vote would be delayed",
     "Ana Ruiz"),
])
def test_statement_maker(text: str, words: str, name: str) -> None:
    who, _said = quote_of(text, words)
    assert who == name, quote_facts(text)


@pytest.mark.parametrize(("text", "words"), [
    # guard: the phrase names a role, not a body: left to the rules for roles, no guess here
    ("A statement by a spokesman for the Polish Defense Ministry said the drills would end.", "the drills would end"),
    # guard: people no name covers
    ("Calls from lawmakers in the capital said the drills should end at once.", "the drills should end"),
])
def test_statement_maker_guard(text: str, words: str) -> None:
    who, _said = quote_of(text, words)
    assert who is None, quote_facts(text)
