"""Round 29, wave 4 (issue 17): amounts' objects of ranks 137-256 (judged in this round). Sentences written here;
rows marked "before:" failed at main 27607d6a, the others are guards that keep what they had."""

from __future__ import annotations

import pytest
from conftest import amount_read as _amount
from conftest import extracted_amounts as _amounts


@pytest.mark.parametrize(("text", "figures", "obj"), [
    # before: both sums had no object (the conversion stands between the sum and its "in" phrase)
    ("The firm admitted paying almost $40m (£31m) in bribes in Chile since 2009.", ("$40m", "£31m"), "bribes"),
    # before: both empty (the noun follows the bracket)
    ("She said the accord had handed the regime a $50bn (£36bn) windfall.", ("$50bn", "£36bn"), "windfall"),
    # guards: a noun right after the sum, and a sum a noun before it amounts to
    ("A judge refused to revoke the banker's $10m (£7.5m) bail on Monday.", ("$10m", "£7.5m"), "bail"),
    ("She was handed a fine of $9,500 (£7,350).", ("$9,500", "£7,350"), "fine"),
    # guards: a time, a place or a fixed phrase after the brackets is no object
    ("He paid $5m (£4m) last year.", ("$5m", "£4m"), None),
    ("The firm spent $30m (£23m) in the UK.", ("$30m", "£23m"), None),
    ("He got $1m (£800,000) in return for his silence.", ("$1m", "£800,000"), None),
])
def test_sum_after_its_conversion(text: str, figures: tuple[str, str], obj: str | None) -> None:
    assert [_amount(text, f).object for f in figures] == [obj, obj]


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: "review" (the parse hangs the whole's figure on the chain's first noun)
    ("Three of the seven review board members voted against the plan.", "seven", "review board members"),
    # before: "rogue"
    ("Five of the nine rogue web domain names copied real banks.", "nine", "rogue web domain names"),
    # guards: the part's own figure, a chain ending in a singular noun, and a plain compound
    ("Five of the nine rogue web domain names copied real banks.", "Five", "rogue web domain names"),
    # (round 30: a figure sizing a singular chain names a kind of solution, no count of one: no object, where
    # round 29 kept 'state solution', the reading its own judgement called wrong)
    ("He backs a two state solution for the region.", "two", None),
    ("Two of the five board members resigned.", "five", "board members"),
])
def test_figure_on_a_compound_chain(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: empty (a country's name is never counted, but a plural name a figure modifies is)
    ("Talks between the two Koreas resumed in May.", "two", "Koreas"),
    ("Ties between the two Koreas have thawed since the games.", "two", "Koreas"),
    # guards
    # (round 33, r33-amt3: "the two sides" names known parties and is no count, so this guard lost its "the")
    ("Talks between two sides resumed.", "two", "sides"),
    ("The army sent 300 troops to Iran last week.", "300", "troops"),
])
def test_plural_name_counted(text: str, figure: str, obj: str) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # before: "3" and "4" were counts with no object (a report's figure labels)
    ("Figure 3: Migrants in Spain by year.", "3", []),
    ("The chart shows how many arrived (Figure 4).", "4", []),
    ("Table 2 lists 40 towns.", "2", ["40"]),
    # before: "two" of a plan's "phase two" was a count
    ("He warned of a phase two that could be painful.", "two", []),
    # guards: a phase's and a figure's own words do not stop a count or a share after them
    ("The plan's second phase covers 4,000 homes.", "", ["4,000"]),
    ("He said the figure of 12% was too low.", "", ["12%"]),
])
def test_labels_are_no_counts(text: str, absent: str, kept: list[str]) -> None:
    got = [a.text for a in _amounts(text)]
    assert (absent not in got or not absent) and all(k in got for k in kept)


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: empty ("more" after the figure: more of what was just counted)
    ("This year four bomb plots have been foiled in Spain, and the minister said six more have been stopped.",
     "six", "bomb plots"),
    # before: empty ("more than" hedges the subject figure; it is no modifier of a noun)
    ("Critics said only about 12 states backed the plan. In fact, more than 40 have signed on to the rival bill.",
     "40", "states"),
    # before: empty (a second named party's tally after a verb of having or winning)
    ("Smith won 150 votes on Monday from party members, while Jones, who backed the rival plan, had 71.", "71",
     "votes"),
    ("Labour won 200 seats, and the Tories took 150.", "150", "seats"),
    # guards: the same subject's next deed, a "more than" comparison and a sum keep no guessed object
    ("The team has 11 players and won 3.", "3", None),
    ("He scored five more than last year.", "five", None),
    ("Labour won 200 seats, while the rival party got 150 million pounds from donors.", "150 million pounds", None),
    ("Police arrested 30 protesters on Sunday, and at least 12 were later released.", "12", "protesters"),
])
def test_elided_tallies(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # before: "19" and "31" were counts with no object (an age after a name and a bracketed aside)
    ("– Mika R. (pseudonym), 19, a former swimmer, spoke of the camp.", "19", []),
    ("Jon Park (not his real name), 31, said the coach hit him.", "31", []),
    # guard: a common noun before the aside is no name
    ("The group (all volunteers), 40, met in May.", "", ["40"]),
])
def test_age_after_a_named_aside(text: str, absent: str, kept: list[str]) -> None:
    got = [a.text for a in _amounts(text)]
    assert (absent not in got or not absent) and all(k in got for k in kept)
