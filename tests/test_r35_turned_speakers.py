"""Round 35 (issue 18, r35-qspk): a lone quote after narration that turns to another named person is that
person's, not the earlier quote's speaker handed on (quotes/turned_speakers.py); a statement an organization
issues "from" a named person is that person's (quotes/statement_from.py).

Sentences written here; each ``_NOW`` row gave the earlier speaker on main 2e9fffc0 and the City Hall row gave
City Hall there; each guard keeps what it had."""

from __future__ import annotations

import pytest
from conftest import quote_of

_NOW = [
    ('"We will win," Ann Cole said on Monday. Mayor Tom Hale was less sure. "It could fail at the last minute."',
     "It could fail", "Tom Hale"),
    ('"The bridge opens in May," Governor Ann Cole said. Council member Rita Moss remained doubtful. '
     '"Nobody has seen the budget for it yet."', "Nobody has seen", "Rita Moss"),
]


@pytest.mark.parametrize(("text", "words", "who"), _NOW)
def test_turned_to_the_new_person(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[0] == who


_GUARDS = [
    # no narration between: the speaker is handed on
    ('"We will win," Ann Cole said on Monday. "The votes are there."', "The votes are there", "Ann Cole"),
    # the narration's subject is the same person
    ('"We will win," Ann Cole said on Monday. Cole was confident. "The votes are there."', "The votes are there",
     "Ann Cole"),
    # the quote names the new person: someone else speaks of him
    ('"We will win," Ann Cole said on Monday. Mayor Tom Hale was less sure. "Tom Hale never backs a winner."',
     "Tom Hale never", "Ann Cole"),
    # the quote opens with "he": another's words about the person in the narration
    ('"We will win," Ann Cole said on Monday. Mayor Tom Hale was less sure. "He always doubts us."',
     "He always", "Ann Cole"),
    # a quote with its own cue keeps its own speaker
    ('"We will win," Ann Cole said. Tom Hale was less sure. "The votes are not there," countered Rita Moss.',
     "The votes are not there", "Rita Moss"),
    # a bare gesture tells no view: the speaker is handed on (round 29's guard; integration of round 35)
    ('"We will win," Ann Cole said on Monday. Mayor Tom Hale nodded. "The votes are there."', "The votes are there",
     "Ann Cole"),
    # a narration with a pronoun subject is left alone (precision first)
    ('"We will win," Ann Cole said on Monday. She was sure of it. "The votes are there."', "The votes are there",
     "Ann Cole"),
]


@pytest.mark.parametrize(("text", "words", "who"), _GUARDS)
def test_handed_on_speaker_kept(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[0] == who


@pytest.mark.xfail(reason="the name set off by an apposition ('Tom Hale, the mayor, was unmoved.') is not read "
                          "by the parse this rule needs; the earlier speaker is still handed on")
def test_apposed_subject() -> None:
    text = ('"We will win," Ann Cole said on Monday. Tom Hale, the mayor, was unmoved. "The votes are not there. '
            'We checked."')
    assert quote_of(text, "The votes are not there")[0] == "Tom Hale"


# quotes/statement_from.py: an organization that issues a named person's statement only carries the words
_FROM = [
    ('"The plan will save lives," City Hall said in a statement from Mayor Tom Hale.', "The plan will save",
     "Tom Hale"),
    ('"The talks failed," the ministry said in a statement from Foreign Minister Sergei Lavrov.', "The talks failed",
     "Sergei Lavrov"),
]
_FROM_GUARDS = [
    # the lawyer hands the statement out: the company speaks
    ('"We will appeal," Acme Corp. said in a statement released by its lawyer, Tom Hale.', "We will appeal",
     "Acme Corp."),
    # no name after "from": the organization is kept (precision first)
    ('"We will appeal," Acme Corp. said in a statement from its chairman.', "We will appeal", "Acme Corp."),
    # no "from": the issuing body speaks
    ('"We are ready," the Acme Corp. board said in a statement on Monday.', "We are ready", None),
]


@pytest.mark.parametrize(("text", "words", "who"), _FROM)
def test_statement_from_person(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[0] == who


@pytest.mark.parametrize(("text", "words", "who"), _FROM_GUARDS)
def test_statement_issuer_kept(text: str, words: str, who: str | None) -> None:
    got = quote_of(text, words)
    assert got[0] == who if who is not None else got[0] != "Tom Hale" and got[1] is not None
