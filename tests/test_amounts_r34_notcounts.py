"""Round 34 (issue 17, r34-amt): figures that count nothing, classes found on allsides tune ranks 1028-1087.
Sentences written here (no report text); rows marked "before:" fail at main 98bb096a (13 rows), the others (14)
are guards that keep their reading."""

from __future__ import annotations

import pytest
from conftest import extracted_amounts as _amounts

from newsgraph.record import canonical_object


def _read(text: str) -> list[tuple[str, str, str | None]]:
    """(figure, kind, canonical object) of every amount."""
    return [(a.text, a.kind, canonical_object(a.object)) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: a rank in stars without its hyphen was a count of four with no object
    ("The retired four star general said the army was ready.", []),
    ("Two three star admirals resigned on Monday.", [("Two", "count", None)]),
    # before: the rank's figure beside a real count
    ("The four star general said 12 soldiers were hurt.", [("12", "count", "injured")]),
    # guard: the hyphened rank stays no figure
    ("The retired four-star general said the army was ready.", []),
])
def test_star_rank_is_no_count(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the generic pronoun before a verb of thinking was a count of one ("wonders")
    ("Why did they wait so long, one wonders.", []),
    # guards: a sentence-opening "One" was no count already (round 33); the counts beside it stay
    ("One can only imagine what the 40 families felt.", [("40", "count", "families")]),
    ("One would think the 12 officials knew.", [("12", "count", "officials")]),
    # guards: "one" counting a person stays, and a determiner "one" stays no count as before
    ("Two men were killed and one soldier was wounded in the blast.",
     [("Two", "count", "deaths"), ("one", "count", "injured")]),
])
def test_generic_one_is_no_count(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # before: the first year of a span was a count of the things of the sentence
    ("The monks were persecuted from 1720 to 1815.", []),
    ("The fort changed hands between 1690 and 1745, when 300 soldiers held it.", [("300", "count", "troops")]),
    ("The 80 martyrs were persecuted from 1791 to 1888.", [("80", "count", "martyrs")]),
    # guards: a move between two counts, a count range before its noun, and a span of modern years stay
    ("The crowd grew from 1200 to 1500 on Sunday.", [("1200", "count", "crowd"), ("1500", "count", "crowd")]),
    ("The war lasted from 1914 to 1918 and killed 20 million people.", [("20 million", "count", "deaths")]),
])
def test_span_of_years_is_no_count(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_count_range_of_four_digits_stays() -> None:
    # guard: a range of counts before its noun is no span of years (both figures stay; the first one's object
    # is another matter, read as before)
    assert [a.text for a in _amounts("The army sent from 1500 to 2000 troops.")] == ["1500", "2000"]


def _timed(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.time) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: the year naming an event or accord of another noun was the figure's time
    ("The stadium, built for the 1998 World Cup games, can hold up to 60,000 people.", [("60,000", None)]),
    ("Sanctions under the 2015 deal have cost 300 jobs.", [("300", None)]),
    # guards: the year's noun is an argument of the figure's verb, or holds the figure, or the year is a plain date
    ("Obama won 332 electoral votes in the 2012 election.", [("332", "2012")]),
    ("The 2014 war killed 2,200 people.", [("2,200", "2014")]),
    ("The 2,200 deaths of the 2014 war were counted.", [("2,200", "2014")]),
    ("The agency said 40 people died in 2011.", [("40", "2011")]),
])
def test_year_of_another_noun_is_no_time(text: str, expected: list) -> None:
    assert _timed(text) == expected


def _dim(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.dimension, canonical_object(a.object)) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # r34-amt made page figures counts of pages; the integration kept rounds 16 and 21's reading instead (a page
    # figure measures its document: tests/test_review16_fixes.py, tests/test_changes_r21.py), so these are guards
    ("The lawyers filed a 40-page motion.", [("40-page", "measure", "motion")]),
    ("She handed over some 30,000 pages of documents.", [("30,000 pages", "measure", "documents")]),
    ("Of the 20 pages, 12 contain secret material.", [("20 pages", "measure", None), ("12", "count", "pages")]),
    # guard: a distance stays a measure
    ("The town lies 60 miles south of the capital.", [("60 miles", "measure", None)]),
])
def test_page_figures_measure_their_document(text: str, expected: list) -> None:
    assert _dim(text) == expected


def _money(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.text, a.kind, a.currency) for a in _amounts(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # before: the second sum of coordinated verbs of spending was a count with no object
    ("Italy spent 628 million euros in 2014 and has budgeted 800 million for 2015.",
     [("628 million euros", "money", "EUR"), ("800 million", "money", "EUR")]),
    # guards: a verb of people keeps its count; a figure with its own noun keeps it
    ("The war cost $2 billion and displaced 1 million.", [("$2 billion", "money", "USD"), ("1 million", "count", None)]),
    ("The fund spent $3 billion and hired 2 million workers.",
     [("$3 billion", "money", "USD"), ("2 million", "count", None)]),
])
def test_sum_of_a_coordinated_verb_takes_the_currency(text: str, expected: list) -> None:
    assert _money(text) == expected
