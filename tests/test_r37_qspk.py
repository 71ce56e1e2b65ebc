"""Round 37 (issue 18, r37-qspk): speakers left empty though the group that speaks is named just before.

``quotes/group_they.lone_before``: a "They said ..." opening a paragraph stands for the plural group that is the
subject of the one-sentence paragraph right before it (web reports set one sentence to a paragraph). Sentences
written here; every ``_NOW`` row had no speaker on main 57b52624; each guard keeps what it had."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of

_NOW = [
    ("Two senior House Democrats began circulating a draft bill on the budget.\n\n"
     "They proposed limiting the new fees to large firms.", "limiting the new fees", "Two senior House Democrats"),
    # round 32's paragraph guard (tests/test_quote_r32_described.py), now read across the break
    ("Pentagon officials reviewed the plan.\n\nThey said it would fail.", "it would fail", "Pentagon officials"),
    ('"The plan was rushed from the start," the lawmakers wrote in the letter.\n\n'
     '"It must be set aside until the audit ends," they said.', "It must be set aside", "the lawmakers"),
]
# a group named as object, a paragraph with two sentences, a caption line between, people at large: no speaker
_GUARDS = [
    ("The mayor met the protesters outside the hall on Monday.\n\nThey said the fees would fall on large firms.",
     "the fees would fall", None),
    ("Two senior House Democrats began circulating a draft bill on the budget. The mayor met them later.\n\n"
     "They said the fees would fall on large firms.", "the fees would fall", None),
    ("Two senior House Democrats began circulating a draft bill on the budget.\n\nAdvertisement\n\n"
     "They said the fees would fall on large firms.", "the fees would fall", None),
    ("Many voters are tired of the fight over the budget.\n\nThey say the fees would fall on large firms.",
     "the fees would fall", None),
]
# the same paragraph: read before this round, kept
_KEPT = [
    ("Two senior House Democrats began circulating a draft bill on the budget. They said the fees would fall on "
     "large firms.", "the fees would fall", "Two senior House Democrats"),
]


@pytest.mark.parametrize(("text", "words", "who"), _NOW + _GUARDS + _KEPT)
def test_they_after_a_lone_paragraph(text: str, words: str, who: str | None) -> None:
    assert quote_of(text, words)[1] == who


# ``quotes/mistyped_bodies.py``: a body named after a state whose head the parser typed as a place or nationality
_BODIES_NOW = [
    ("A spokesman said the crew was safe. Saudi Arabia's Embassy in Greece said at least nine pilgrims were hurt "
     "in the crash.", "at least nine pilgrims", "Saudi Arabia's Embassy"),
    ("The search went on for a week. The U.S. Marines have described the crash of the aircraft as a mishap during "
     "training.", "the crash of the aircraft", "The U.S. Marines"),
]
# peoples and nationalities stay no one's; a party's members keep their name (round 21)
_BODIES_GUARDS = [
    ("The dam burst in the spring. The Kurds have also accused the militants of using gas back in March.",
     "the militants of using gas", None),
    ("The talks stalled again on Monday. The Saudis over the weekend claimed the envoy was killed in a fight.",
     "the envoy was killed", None),
    ("Senate Democrats said the bill would pass before the recess.", "the bill would pass", "Senate Democrats"),
]


@pytest.mark.parametrize(("text", "words", "who"), _BODIES_NOW + _BODIES_GUARDS)
def test_body_typed_as_place_speaks(text: str, words: str, who: str | None) -> None:
    assert quote_of(text, words)[1] == who


# ``quotes/cut_titles.py``: a role speaker's written name cut inside its title takes the rest of the title
_TITLES_NOW = [
    ("Was the visit a surprise?\n\nThe US vice-president defended the decision in his address on Monday, saying it "
     'had "righted a wrong".', "it had", "The US vice-president"),
    ("The talks were held on the sidelines of a summit.\n\nThe US secretary of state has warned his Russian "
     'counterpart of "deep mistrust" between the two nations.', "his Russian counterpart", "The US secretary of state"),
]
# a whole title already, and a secretary of no cabinet portfolio: as before
_TITLES_GUARDS = [
    ("The British prime minister has warned that the deal would not pass in its present form.", "the deal would not",
     "The British prime minister"),
    ("The deputy prime minister said the vote would be held in June.", "the vote would be held",
     "The deputy prime minister"),
]


@pytest.mark.parametrize(("text", "words", "who"), _TITLES_NOW + _TITLES_GUARDS)
def test_cut_title_is_whole(text: str, words: str, who: str | None) -> None:
    assert quote_of(text, words)[1] == who


def test_cut_title_mention_is_the_name() -> None:
    """The mention is widened with the name: the speaker's span covers "vice-president"."""
    import newsgraph

    text = 'The US vice-president said on Monday that the move had "righted a wrong".'
    rec = newsgraph.extract(text, published="2025-03-10")
    spans = {text[q.speaker_start : q.speaker_end] for q in rec.quotes if q.speaker_start is not None}
    assert spans == {"The US vice-president"}, spans


def test_whole_title_then_name_is_the_person() -> None:
    """A title cut at "Secretary" that goes on to name a person: the person speaks, not the title."""
    text = ("Secretary of State Tom Harlow says he chose the wrong word after coming under criticism for saying the "
            'region could become a "failed zone" within a decade.')
    facts = [(who, name) for _k, said, who, name in quote_facts(text) if said == "failed zone"]
    assert facts == [("Tom Harlow", "Tom Harlow")], facts  # main 57b52624: [(None, "Secretary")]
