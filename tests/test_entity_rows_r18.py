"""Review 18's split rows and party adjectives: a one-word short form written beside the report's one longer name is that name's
entity ("the Mediterranean" / "the Mediterranean Sea"), and stays a row of its own when it could shorten two
names. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsgraph


def _rows(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in newsgraph.extract(text, published=None).entities}


@pytest.mark.parametrize(
    "text, joined, apart",
    [
        # the long form names the row though the short one is written more often
        ("Ships crossed the Mediterranean Sea on Monday. Rescuers in the Mediterranean found 40 people. Boats "
         "still leave for the Mediterranean every week.", "Mediterranean Sea", "Mediterranean"),
        ("ABC News reported the deal on Friday. ABC said the talks had failed.", "ABC News", "ABC"),
        ("The House of Commons voted on Tuesday. The House will sit again next week.", "House of Commons", "House"),
        ("Peace in the Middle East is far off, Mideast experts said.", "Middle East", "Mideast"),
        # a word that ends a longer name only is no short form here, and the country-prefixed join still holds
        ("The U.S. Navy sent two ships on Monday. The Navy said they would stay a month.", "U.S. Navy", "Navy"),
    ],
)
def test_short_form_joins_its_one_long_form(text: str, joined: str, apart: str) -> None:
    names = {n for _t, n in _rows(text)}
    assert joined in names and apart not in names


@pytest.mark.parametrize(
    "text, kept",
    [
        # two long forms the word could shorten: no join (an empty link beats a wrong one)
        ("The House of Commons and the House of Lords met. The House adjourned at noon.", "House"),
        # the committee is no short form's long form: "the Senate" is the chamber
        ("The Senate Foreign Relations Committee met on Monday. The Senate voted on Tuesday.", "Senate"),
        # "House" also ends "the White House": it could shorten either
        ("The White House and the House of Representatives argued. The House passed the bill.", "House"),
        # a country is no short form of its river
        ("Farmers along the Jordan River need water. Jordan said it would share the river.", "Jordan"),
    ],
)
def test_short_form_with_no_single_long_form_stays(text: str, kept: str) -> None:
    assert kept in {n for _t, n in _rows(text)}


@pytest.mark.parametrize(
    "text, word, kept",
    [
        ("Republican lawmakers criticized the plan on Monday.", "Republican", False),
        ("Democrat voters stayed home in the rain.", "Democrat", False),
        ("The bill passed the Democratic-controlled House on Friday.", "Democratic", False),
        ("A Republican-led panel met on Friday.", "Republican", False),
        # a member named by the party word, and the members as a group, stay
        ("Jane Roe, a Republican on the committee, spoke on Monday.", "Republican", True),
        ("Republicans said the bill would fail.", "Republicans", True),
    ],
)
def test_party_word_before_a_common_noun_is_no_group(text: str, word: str, kept: bool) -> None:
    assert (word in {n for _t, n in _rows(text)}) is kept
