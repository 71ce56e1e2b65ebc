"""Round 30 (issue 17, obj2): figures that leave their counted noun out ("52 of them", "48 others", "30 more",
"80 percent of them", "another 2 million"). Sentences written here (no report text); rows marked "before:" failed
at r30-obj 0e480b0b, the others are guards that keep their reading (an empty object beats a guessed one)."""

from __future__ import annotations

import pytest
from conftest import amount_read as _amount


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # a partitive pronoun after a figure of its sentence (read before too, in a sentence this short)
    ("Since 2019 at least 40 Nepali guards died in Qatar, 31 of them in traffic accidents.", "31", "Nepali guards"),
    # before: empty (a share "of them"; a share of a fronted whole)
    ("The city lists 900 licensed taxis and over 60 percent of them run on diesel.", "60 percent", "licensed taxis"),
    ("Of the 2,100 complaints that were filed, 45 percent were about noise.", "45 percent", "complaints"),
    # guards: another plural between the figure and the pronoun may be its referent; a bare share stays empty
    ("The firm owns 30 trucks and leases vans, and 40 of them were sold.", "40", None),
    ("Turnout rose and 45 percent were women.", "45 percent", None),
])
def test_partitive_and_shares(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: empty ("others" of a fronted whole; "others" joined to one person; "more" after a count)
    ("Of the 70 cooks who returned in June, 22 were unpaid and 19 others were beaten.", "19", "cooks"),
    ("The gunman and three others were questioned on Friday.", "three", "people"),
    ("Police said he and two others fled the scene.", "two", "people"),
    ("The blast killed 9 miners and injured 14 more.", "14", "miners"),
    # guards: "others" of no named whole, or beside a thing of another kind, stay empty
    ("She sailed home with 11 others in March.", "11", None),
    ("The flood ruined 25 farms and damaged 8 others.", "8", None),
    ("He won 12 more than his rival.", "12", None),
])
def test_others_and_more(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: empty (a figure of two words after "another")
    ("The fighting has killed 40,000 people. Another 3 million have fled abroad.", "3 million", "people"),
    # guard: a one-word figure as before
    ("Officials counted 97 rockets, and another 99 were shot down.", "99", "rockets"),
])
def test_another_of_two_words(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # the larger figures' objects differ only by the outcome one of them carries (read before in a sentence this
    # short through the plural nouns alone; a tune report whose sentence before named other plurals failed)
    ("Troops guarded the port. Officials said 14 sailors were injured -- nine were flown to Spain and five were "
     "treated on board.", "five", "sailors"),
    # guard: two larger figures of different things leave the part empty
    ("The rebels held 20 soldiers and 15 reporters. Four were freed on Monday.", "Four", None),
])
def test_part_of_a_larger_figure(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: empty (a sum that totals a noun's money)
    ("The ministry is paying out grants totaling $90 million.", "$90 million", "grants"),
    ("The firm signed deals amounting to $4 billion.", "$4 billion", "deals"),
    ("Refunds at the airline totaled $30 million in May.", "$30 million", "Refunds"),
    # guards: a pronoun or a generic head names nothing
    ("It totaled $6 million.", "$6 million", None),
    ("The total came to $45 million, officials said.", "$45 million", None),
])
def test_sum_totalling_a_noun(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "kind", "approx"), [
    # before: a count of 60 ("-plus" stood between the figure and its percent word)
    ("The plan is backed by 60-plus percent of farmers.", "60-plus percent", "percent", "more than"),
    ("Some 30-odd percent of voters stayed home.", "30-odd percent", "percent", None),
    # guards: a hedge after a percent, and after a count, as before
    ("The rate reached 12 percent or so last year.", "12 percent or so", "percent", "about"),
    ("He owns 40-plus horses.", "40-plus", "count", "more than"),
])
def test_hedge_inside_a_percent(text: str, figure: str, kind: str, approx: str | None) -> None:
    a = _amount(text, figure)
    assert a.kind == kind
    assert approx is None or a.approx == approx


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: empty (a figure "of whom" / "of which": the noun its relative clause is on)
    ("The firm hired 300 engineers, many of whom left, and 20 percent of which were paid late.", "20 percent",
     "engineers"),
    ("The militants fired 40 rockets, two of which landed in the town.", "two", "rockets"),
])
def test_share_of_whom(text: str, figure: str, obj: str | None) -> None:
    assert _amount(text, figure).object == obj


@pytest.mark.parametrize(("text", "figure", "obj"), [
    # before: empty, or the voting body ('committee', 'council') as the object
    ("The Senate voted 61 to 37 to confirm the judge.", "61", "votes"),
    ("The Senate voted 61 to 37 to confirm the judge.", "37", "votes"),
    ("The board voted 8 to 3 on Friday.", "8", "votes"),
    ("The assembly voted 9 to 4 against the budget.", "4", "votes"),
    # guards: a percent range after "voted", a score without a verb of voting, a smaller first figure
    ("The city voted 55 to 60 percent for the measure.", "55 to 60 percent", "!votes"),
    ("The visitors won 3 to 1 on Sunday.", "3", "!votes"),
    ("Members voted 2 to 5 times a year.", "2 to 5", "!votes"),
])
def test_voted_tally(text: str, figure: str, obj: str) -> None:
    got = _amount(text, figure).object
    assert got != obj[1:] if obj.startswith("!") else got == obj
