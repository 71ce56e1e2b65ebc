"""Round 23: the record classes found reading allsides dev record c4McIXxhggcKQEKS at the end of round 22 (wishes
around a quoted phrase, an outer "according to" inside told words, a document relaying a speaker's report, an
indictment as accuser, the hearer of an appeal).
Sentences written here; the first two tables' rows fail on main 836913cb, the guards (test_still_listed,
test_indictment_accuses) pass on both."""

from __future__ import annotations

import pytest

from newsgraph import extract
from newsgraph.record import listed_quote


def _listed(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.kind, q.cue, q.speaker_name, q.text) for q in extract(text).quotes
            if listed_quote(q.kind, q.modality)]


@pytest.mark.parametrize(("text", "unlisted"), [
    # a scare quote of a few words in an infinitive of wanting or intending is nobody's statement
    ('The mayor wants to "clean house" at city hall.', "clean house"),
    ('She intended to send "a clear signal" to voters.', "a clear signal"),
    ('The governor hopes to "turn the page" this year.', "turn the page"),
    ('The senator wanted to "send a message" to the donors.', "send a message"),
    # ... and the wish around it is no statement either, inside another's report too
    ('Manafort wanted to give "a heads-up" to the lobbyists, prosecutors said.', 'to give "a heads-up" to the lobbyists'),
])
def test_wish_not_listed(text: str, unlisted: str) -> None:
    assert not any(t == unlisted for _k, _c, _n, t in _listed(text)), _listed(text)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an outer "according to" closing the sentence is no part of the told words
    ('Trump told Xi the deal was "very close," according to the White House.', 'the deal was "very close,"', "Trump"),
    ('The minister told reporters the ceasefire was "holding well," according to state media.',
     'the ceasefire was "holding well,"', "The minister"),
])
def test_according_not_inside(text: str, words: str, speaker: str) -> None:
    assert ("indirect", speaker, words) in [(k, n, t) for k, _c, n, t in _listed(text)], _listed(text)


@pytest.mark.parametrize(("text", "kind", "speaker", "words"), [
    # guards: words said under "said" stay listed, long fragments in a wish stay, a plain "called X Y" stays
    ('Manafort wanted to give "a heads-up" to the lobbyists, prosecutors said.', "indirect", "prosecutors",
     'Manafort wanted to give "a heads-up" to the lobbyists'),
    ('The aide said he wanted to give "a quick warning" to the donors.', "partial", "The aide", "a quick warning"),
    ('The mayor said she wants to "rebuild every school in the city by the end of next year."', "partial",
     "The mayor", "rebuild every school in the city by the end of next year."),
    ('She wants the candidates "first and foremost to admit they were wrong."', "partial", None,
     "first and foremost to admit they were wrong."),
    ('Officials called the plan "a disaster" on Monday.', "partial", "Officials", "a disaster"),
    # (a negated wish inside a report, a refusal said, stays listed: test_quote_round21_listed's "declaration
    # afterward that he did not want to talk about ..." row)
    # the people asked in an appeal are the subject of the act asked for: they stay in the words (PolNeAR marks
    # them inside in 4 of 5 tune cases)
    ('The union called on its members to "stay home" on Friday.', "indirect", "The union",
     'its members to "stay home" on Friday'),
    ("The minister urged farmers to sell their grain before the rains.", "indirect", "The minister",
     "farmers to sell their grain before the rains"),
    ("The coach told them to say that the match was fixed.", "indirect", "The coach",
     "to say that the match was fixed"),
    ('The coach said the team was "ready to fight," according to two players.', "indirect", "two players",
     'The coach said the team was "ready to fight,"'),
    # a text that relays a speaker's report keeps its own quote beside the speaker's (relays.py; PolNeAR marks it)
    ("The witness said he hung up the phone after the call, according to the court filing.", "document",
     "the court filing",
     "The witness said he hung up the phone after the call"),
    ("The witness said he hung up the phone after the call, according to the court filing.", "indirect",
     "The witness", "he hung up the phone after the call"),
])
def test_still_listed(text: str, kind: str, speaker: str | None, words: str) -> None:
    assert (kind, speaker, words) in [(k, n, t) for k, _c, n, t in _listed(text)], _listed(text)


def test_indictment_accuses() -> None:
    """An indictment that accuses through "which" is the accuser: kind document, its mention as the source."""
    text = 'A grand jury returned an indictment, which accused the mayor of having "quietly taken" bribes from builders.'
    docs = [q for q in extract(text).quotes if q.kind == "document" and q.cue == "accused"]
    assert docs, extract(text).quotes
    assert all(q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "an indictment" for q in docs)
