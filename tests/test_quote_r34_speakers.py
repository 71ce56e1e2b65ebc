"""Round 34 (issue 18, quotes: the right speaker; classes read on PolNeAR train and PolNeAR dev's tune half).

- A report of its own subject set at the end of another's reported clause ("X said A, though she noted B") is a
  quote of its own with that subject as speaker; the first report ends before it (quotes/inner_reports.py).
- A fronted "While he acknowledged ..." that the parser left without words, making its clause a modifier inside
  the words after it, speaks those words (quotes/inner_reports.py).
- "..., Chief Justice Roberts said, ...": a name that runs up to its verb with no closing comma is the verb's
  subject, not an apposition on the name before the comma (quotes/participles.py, ``apposed_name``).

Sentences written here; each "before" row failed on main 98bb096a, each guard keeps what it had there."""

from __future__ import annotations

import pytest
from conftest import quote_facts, quote_of

_BEFORE = [
    # the "though" report inside another's reported clause
    ("Attorney General Ann Cole spoke in Boston on Monday. Cole said the long hours of public service often wear "
     "down young lawyers in private firms, though she noted clients are starting to ask for diverse teams.",
     "clients are starting", "Ann Cole"),
    ("Mayor Tom Hale met the council on Friday. Hale said the budget would cover the new schools across the city, "
     "although he acknowledged that the roads would have to wait another year.", "the roads would", "Tom Hale"),
    # ... with another speaker: the words were not the first speaker's
    ("Ann Cole said the new rules would help small farms across the state, though her deputy, Tom Hale, warned "
     "that costs would rise.", "costs would rise", "Tom Hale"),
    # the fronted "while" report that the parser left wordless
    ("Retired admiral Tom Hale spoke at the forum on Tuesday. While he acknowledged pay was the main reason he "
     "left the navy, Hale also noted several other things made him unhappy.", "pay was", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "words", "who"), _BEFORE)
def test_speaker_now_right(text: str, words: str, who: str) -> None:
    assert who in quote_of(text, words)


def test_first_report_ends_before_the_inner_one() -> None:
    text = _BEFORE[0][0]
    outer = [w for _k, w, _who, _n in quote_facts(text) if w.startswith("the long hours")]
    assert outer and all("though" not in w and "clients" not in w for w in outer)


_GUARDS = [
    # a "though" clause with no verb of saying stays in the report
    ("Ann Cole said the budget would pass this week, though the vote may be close.", "the budget would pass",
     "Ann Cole"),
    # a "while" clause that holds its own words is the main report's setting
    ("While the senators argued over the bill, Ann Cole said that the budget would pass.", "the budget would pass",
     "Ann Cole"),
    # a fronted "though" report with words of its own: the clause after it is another's (here the scholars')
    ("Though Republicans boast of stronger turnout among their voters, there is no link between turnout and which "
     "party wins in the fall, scholars say.", "Though Republicans boast", "scholars"),
    # an apposition closed by its comma, and a role with the person's name after it
    ("Its chairman, Tom Walsh, said the firm would hire more workers next year.", "the firm would", "Tom Walsh"),
    ("The company\u2019s chief executive, Tom Walsh said the firm would hire more workers next year.",
     "the firm would", "Tom Walsh"),
    # a name subject with nothing apposed
    ("Ann Cole said on Monday that the bridge would reopen in May.", "the bridge would", "Ann Cole"),
]


@pytest.mark.parametrize(("text", "words", "who"), _GUARDS)
def test_speaker_kept(text: str, words: str, who: str) -> None:
    assert who in quote_of(text, words)


def test_inserted_cue_after_a_name() -> None:
    # the parser reads "the real Tom Hale, Judge Ann Cole said" as a name with a name apposed to it
    text = "To understand the real Tom Hale, Judge Ann Cole said, one should read his old letters."
    facts = quote_facts(text)
    said = [(who, name) for _k, w, who, name in facts if "read his old letters" in w]
    assert said and all(name is not None and "Cole" in name for _who, name in said), facts
