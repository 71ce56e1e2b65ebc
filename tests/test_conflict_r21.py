"""Round 21 (issue #17, item 7): conflicts a strict reader accepts. A far bound ("more than X", "at least X", "up to
X") reaches twice (or half) its figure, as news writes round bounds; a casualty toll is a running count, listed only
against a toll told the same publication day. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb
from newsgraph.kb.conflict_listed import figures_by_report, held_back
from newsgraph.kb.measures import value_range
from newsgraph.kb.query import Point
from newsgraph.lexicon import hedge_reach


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


@pytest.mark.parametrize(("a", "b", "agree"), [
    ((1000, "more than"), (1400, "more than"), True),  # both floors of one toll of about 1,400
    ((1000, "more than"), (1400, "about"), True),
    ((12, "more than"), (21, None), True),  # "more than a dozen" and 21
    ((300, "more than"), (355, None), True),
    ((180, "more than"), (200, "more than"), True),
    ((160, "over"), (180, "more than"), True),
    ((200, "more than"), (1000, "more than"), False),  # a toll of 1,000 is never told "more than 200"
    ((300, "more than"), (1400, "more than"), False),
    ((40, "at least"), (90, None), False),
    ((900, "up to"), (500, None), True),  # "as many as 900" allows 500
    ((900, "up to"), (400, None), False),
    ((150, "nearly"), (120, None), False),  # "nearly" stays close: 135 to 150
    ((50, "fewer than"), (30, None), True),
])
def test_bounds_reach_twice_their_figure(a: tuple[float, str | None], b: tuple[float, str | None], agree: bool) -> None:
    def rng(v: float, h: str | None) -> tuple[float, float]:
        return value_range(v, {"fewer than": "less than"}.get(h or "", h))
    assert _overlap(rng(*a), rng(*b)) is agree


def test_the_reach_is_read_from_the_hedge_table() -> None:
    reach = hedge_reach()
    assert {reach[w] for w in ("more than", "over", "at least", "up to", "less than")} == {2.0}
    assert "nearly" not in reach and "about" not in reach


def _pt(article: str, value: float, published: str | None, approx: str | None = None) -> Point:
    return Point(measure="deaths:-:TUR", article_id=article * 16, value=value, role="amount", approx=approx, low=None,
                 high=None, time="2016-06-28", day="2016-06-28", last_day=None, before=False,
                 as_of_publication=False, start=0, end=2, evidence="", published=published, title=None, url=None)


@pytest.mark.parametrize(("pub_a", "pub_b", "expected"), [
    ("2016-06-28", "2016-06-28", None),
    ("2016-06-28", "2016-06-29", "a toll told on another day: an update"),  # the toll rose the next day
    ("2016-06-28T09:00:00", "2016-06-28T21:00:00", None),  # one day, two hours
    (None, "2016-06-28", "a toll told on another day: an update"),  # no day to tie it to
])
def test_a_toll_is_listed_only_against_one_told_the_same_day(pub_a: str | None, pub_b: str | None,
                                                              expected: str | None) -> None:
    p, q = _pt("a", 30.0, pub_a), _pt("b", 44.0, pub_b, approx="at least")
    assert held_back("deaths:-:TUR", p, q, ("", ""), figures_by_report([p, q]), 0.02) == expected


_TOLL = "A bomb struck the market in Eastvale on Monday, killing {} people, officials said."


def _report(ident: str, figure: str, value: int, approx: str | None, published: str) -> Any:
    text = _TOLL.format(figure)
    s, e = _at(text, figure)
    amounts = [{"start": s, "end": e, "value": value, "text": figure, "kind": "count", "object": "people killed",
                "measure": "deaths:-:SYR", "owner": None, "location": "SYR", "time": "2013-08-19",
                "approx": approx, "low": value if approx in ("more than", "at least") else None}]
    return record(text, published, title=f"Report {ident}", amounts=amounts).model_copy(update={"id": ident * 16})


@pytest.mark.parametrize(("first", "second", "listed", "every"), [
    # two floors of one toll, one day: they agree, not even --all shows them
    (("more than 1,000", 1000, "more than", "2013-08-19"), ("more than 1,400", 1400, "more than", "2013-08-19"), 0, 0),
    # floors five times apart, one day: a disagreement, listed
    (("more than 200", 200, "more than", "2013-08-19"), ("more than 1,000", 1000, "more than", "2013-08-19"), 1, 1),
    # the same figures a week apart: an update of a running toll, held back from the list, still under --all
    (("more than 200", 200, "more than", "2013-08-19"), ("more than 1,000", 1000, "more than", "2013-08-26"), 0, 1),
    (("41", 41, None, "2013-08-19"), ("at least 90", 90, "at least", "2013-08-20"), 0, 1),
])
def test_conflicts_of_floors_and_running_tolls(kb_store: Any, first: tuple, second: tuple, listed: int,
                                                every: int) -> None:
    kb.ingest([_report("a", *first), _report("b", *second)], db=kb_store)
    assert len(kb.conflicts(db=kb_store)) == listed
    assert len(kb.conflict_page(db=kb_store).items) == listed  # the stored list keeps the same rule
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == every
