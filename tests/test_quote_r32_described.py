"""Round 32 (issue 18, quotes on real reports, allsides tune ranks 500-559): a description of a speaker takes up
the one person just named whose role it names by another word or by a second noun (quotes/described_persons.py,
data/quote_described_roles.tsv), and a "They" opening a sentence with words said takes up the speaking group that
is the subject of the sentence before, in the same paragraph (quotes/group_they.py). Sentences written here; each
"changed" row had no speaker on main 61e5f16e; each guard keeps what it had (no speaker)."""

from __future__ import annotations

import pytest
from conftest import quote_facts


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    hits = [(who, name) for _k, said, who, name in quote_facts(text) if said.startswith(words)]
    assert hits, quote_facts(text)
    return hits[0]


_DESCRIBED = [
    # a description head the role names by another word
    ("Adam Hale, a law professor and member of the state assembly, agreed with the ruling. The Conservative "
     "legislator wrote that it was \"nonsense\" to block the vote.", "it was", "Adam Hale"),
    ("Pope Francis urged the bloc to stay together. \"The union must find its roots again,\" the pontiff told "
     "reporters on the plane.", "The union must", "Francis"),
    ("Sen. Ann Cole met Gov. Tim Ruiz on Monday. The lawmaker said the bill would pass in May.", "the bill would",
     "Ann Cole"),
    # a second noun joined to the head by "and" is the person's role
    ("Former CIA Director Mark Hale spoke on Friday. The retired general and former CIA director said the data "
     "must stay with the phone companies.", "the data must", "Mark Hale"),
]


@pytest.mark.parametrize(("text", "words", "who"), _DESCRIBED)
def test_description_takes_up_the_person(text: str, words: str, who: str) -> None:
    assert _speaker(text, words)[0] == who


_DESCRIBED_GUARDS = [
    # a person with no role named beside the fitting one: no guess
    ("Maria Lopez met Pope Francis on Sunday. The pontiff said the talks had gone well.", "the talks"),
    # two persons whose roles both fit
    ("Rep. Ann Cole and Sen. Tim Ruiz wrote the bill. The lawmaker said it would pass in May.", "it would pass"),
    # the person was named too far back (three sentences before the description's own)
    ("Pope Francis landed in Rome on Monday. The crowd was large. The weather was cold. Rain fell all day. The "
     "pontiff said the visit had been a success.", "the visit"),
    # a person named only inside quoted words is never the speaker
    ("\"Pope Francis is right,\" the crowd chanted. The pontiff said the visit had been a success.", "the visit"),
    # a nationality that is not the person's own country
    ("U.S. Ambassador John Hale met the foreign minister. The Russian envoy said the talks had failed.",
     "the talks"),
    # an indefinite description introduces someone new
    ("Sen. Ann Cole met the mayor on Monday. A lawmaker said the bill would pass in May.", "the bill"),
    # a role the description does not name
    ("Gov. Tim Ruiz met the mayor on Monday. The lawmaker said the bill would pass in May.", "the bill"),
]


@pytest.mark.parametrize(("text", "words"), _DESCRIBED_GUARDS)
def test_description_left_empty(text: str, words: str) -> None:
    assert _speaker(text, words)[0] is None


_THEY = [
    ("How long should the army stay? Military analysts now believe the old war is not the model. They note how "
     "long the army has stayed in Korea.", "how long the army", "Military analysts"),
    ("Pentagon officials reviewed the plan. They said it would fail.", "it would fail", "Pentagon officials"),
    ("But US officials are keen to stress that the fight is not a Western concern. Evidence from three years of "
     "war shows how the fighters \"make conflicts longer,\" they say.", "make conflicts longer", "US officials"),
]


@pytest.mark.parametrize(("text", "words", "name"), _THEY)
def test_they_takes_up_the_group_before(text: str, words: str, name: str) -> None:
    assert _speaker(text, words)[1] == name


_THEY_GUARDS = [
    ("Prices rose sharply in March. They said the rise would not last.", "the rise"),  # no one who speaks
    # another paragraph (round 37: a paragraph of one sentence right before now gives "They said" its group,
    # tests/test_r37_qspk.py; a longer paragraph before still leaves "they" as it was)
    ("Pentagon officials reviewed the plan. The mayor read it too.\n\nThey said it would fail.", "it would fail"),
    ("Senate Democrats met on Monday. When the vote came, they said the plan would fail.", "the plan"),
    ("Many voters dislike the plan. They say it will fail.", "it will fail"),  # people at large
]


@pytest.mark.parametrize(("text", "words"), _THEY_GUARDS)
def test_they_left_as_it_was(text: str, words: str) -> None:
    assert _speaker(text, words)[1] in (None, "They", "they")
