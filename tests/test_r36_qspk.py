"""Round 36 (issue 18, r36-qspk): speakers of reports joined to another's report.

``quotes/own_clause_speakers.py``: "A said ..., and B said ..." and a survey's shares told share by share ("half
say ..., while 4 in 10 want ...") give the second clause to its own subject; the first report ends before the
joining word. Sentences written here; every ``_NOW`` row gave the second clause to the first speaker on main
ace12439 (the first report's words ran on over it); each guard keeps what it had."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of

_NOW = [
    # without a comma, a group as the second subject
    ("Republicans said they were sure the agency had botched the inquiry and Democrats accused the party of "
     "inflating the matter.", "the party of inflating", "Democrats"),
    # a survey's shares: the second share's answer is its own
    ("Three-quarters of the voters said they were worried about the economy, and more than 4 in 10 said Smith "
     "would be best at handling it.", "Smith would be best", "more than 4 in 10"),
    ("About half of voters say they prefer an outsider, while about 4 in 10 want one with experience.",
     "one with experience", "about 4 in 10"),
    ("Six in 10 Virginia voters said Smith is honest, and three-quarters said the same of Jones.",
     "the same of Jones", "three-quarters"),
    ("Nearly half said they prefer a veteran and about the same number would rather see an outsider.",
     "an outsider", "about the same number"),
]
# already right on main (another parse of the same shape): kept as they are
_KEPT = [
    ("Mayor Tom Hale said the budget was late, and Governor Ann Kerr said the council would vote on Friday.",
     "the council would vote", "Ann Kerr"),
    ("Seven in 10 rural voters said the governor is honest, and two-thirds said the same of the senator.",
     "the same of the senator", "two-thirds"),
]


@pytest.mark.parametrize(("text", "words", "who"), _NOW + _KEPT)
def test_second_clause_is_its_subjects(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[1] == who


_CUT = [
    ("Mayor Tom Hale said the budget was late, and Governor Ann Kerr said the council would vote on Friday.",
     "the budget was late"),
    ("About half of voters say they prefer an outsider, while about 4 in 10 want one with experience.",
     "they prefer an outsider"),
]


@pytest.mark.parametrize(("text", "first"), _CUT)
def test_first_report_ends_before_the_join(text: str, first: str) -> None:
    assert any(said == first for _k, said, _w, _n in quote_facts(text)), quote_facts(text)


_GUARDS = [
    # no verb of saying in the second clause: all of it is the mayor's claim
    ("Mayor Tom Hale said prices rose sharply and wages fell.", "prices rose sharply and wages fell", "Tom Hale"),
    # a person's attitude verb (not a share's) may still be inside the first speaker's claim
    ("Mayor Tom Hale said Jones wants a deal and Brown wants a war.", "Jones wants a deal and Brown wants a war",
     "Tom Hale"),
    # a poll's finding told share by share stays the poll's
    ("A Register poll found 28 percent of likely voters supported Smith, while 23 percent favored Jones.",
     "28 percent of likely voters supported Smith, while 23 percent", "Register"),
    # the subjects joined inside a subordinate clause ("after A and B called for it") are no second report
    ("The board voted to bar the team after the league and 14 national groups called for the ban.",
     "the team after the league and 14", None),
]


@pytest.mark.parametrize(("text", "words", "who"), _GUARDS)
def test_one_report_kept(text: str, words: str, who: str | None) -> None:
    hits = [(k, said, name) for k, said, _w, name in quote_facts(text) if said.startswith(words)]
    if who is None:  # the rule makes no quote of the second subject
        assert not any(name and "groups" in name for _k, _s, _w, name in quote_facts(text)), quote_facts(text)
        return
    assert hits and (who in (hits[0][2] or "")), quote_facts(text)


# ``quotes/named_kin.py``: '"...," his son said' is the son the report named earlier ("his son, Eric Hale"); on
# main ace12439 each ``_KIN_NOW`` row left the speaker "his son" with no person
_KIN_NOW = [
    ("Senator Tom Hale arrived with his son, Eric Hale, on Monday. “We will not give up,” his son said.",
     "We will not give up", "Eric Hale"),
    ("Senator Tom Hale arrived with his son, Eric Hale. Mayor Ann Kerr came with her son, Paul Kerr. "
     "“We will not give up,” her son said.", "We will not give up", "Paul Kerr"),
]


@pytest.mark.parametrize(("text", "words", "who"), _KIN_NOW)
def test_relative_is_the_named_person(text: str, words: str, who: str) -> None:
    assert quote_of(text, words)[0] == who


_KIN_GUARDS = [
    # no relative named before: the description stays, no person
    "Senator Tom Hale spoke on Monday. “We will not give up,” his son said.",
    # two sons named: which one speaks is not told
    "Senator Tom Hale came with his son, Eric Hale, and his son, Mark Hale. “We will not give up,” his son said.",
]


@pytest.mark.parametrize("text", _KIN_GUARDS)
def test_relative_left_unnamed(text: str) -> None:
    assert quote_of(text, "We will not give up") == (None, "his son")
