"""benchmarks/stories_structure.py: the structural alternatives to single link it measures on the tune sets
(constructed pair graphs; no data needed)."""

from __future__ import annotations

import random
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import stories_structure as S  # noqa: E402


def _set(scores: dict[tuple[int, int], float], n: int, days: list[int] | None = None,
         agree: dict[tuple[int, int], float] | None = None) -> S.TuneSet:
    pairs = [(i, j, {"s": v, "days": (agree or {}).get((i, j), 0.0)}) for (i, j), v in scores.items()]
    ids = [f"r{k}" for k in range(n)]
    return S.TuneSet("t", ids, {}, set(), list(days or [0] * n), pairs)


def _blocks(lab: list[int]) -> set[frozenset[int]]:
    out: dict[int, set[int]] = {}
    for k, c in enumerate(lab):
        out.setdefault(c, set()).add(k)
    return {frozenset(v) for v in out.values()}


# a story of three (0, 1, 2) and a report (3) linked to one of them only
STORY_AND_ONE = {(0, 1): 0.6, (0, 2): 0.5, (1, 2): 0.55, (2, 3): 0.3}


@pytest.mark.parametrize(("mode", "gate", "joined"), [
    ("avg", 0.05, True),    # 0.3 / 3 = 0.1 >= 0.05
    ("avg", 0.15, False),   # 0.1 < 0.15
    ("min", 0.0, True),
    ("min", 0.05, False),   # 3's pairs with 0 and 1 are missing: 0
    ("frac", 0.3, True),    # one of three pairs over the bar
    ("frac", 0.5, False),
])
def test_gated_merges_a_weak_link_only_when_the_clusters_pass_the_gate(mode: str, gate: float, joined: bool) -> None:
    lab = S.gated(_set(STORY_AND_ONE, 4), 0.24, 0.4, mode, gate)
    assert (lab[3] == lab[0]) is joined
    assert lab[0] == lab[1] == lab[2]


def test_gated_with_a_strong_link_is_single_link() -> None:
    ts = _set(STORY_AND_ONE, 4)
    assert _blocks(S.gated(ts, 0.24, 0.24, "min", 1.0)) == _blocks(S.single(ts, 0.24))


@pytest.mark.parametrize(("width", "blocks"), [
    (3, {frozenset({0, 1, 2})}),
    (1, {frozenset({0, 1}), frozenset({2})}),  # 0-1 (the stronger pair) first; 2 would make it span 2 days
])
def test_span_refuses_a_merge_that_stretches_a_story(width: int, blocks: set[frozenset[int]]) -> None:
    ts = _set({(0, 1): 0.5, (1, 2): 0.4}, 3, days=[0, 1, 2])
    assert _blocks(S.span(ts, 0.24, width)) == blocks


@pytest.mark.parametrize(("gap", "joined"), [(0.12, True), (0.0, False)])
def test_attach_joins_a_report_without_a_strong_link_to_its_best_partner(gap: float, joined: bool) -> None:
    # 3's best partner is 2 (0.3 against 0.26 to 0): it joins 2's story at bar - gap, never by the weaker pair
    ts = _set({(0, 1): 0.6, (1, 2): 0.5, (2, 3): 0.3, (0, 3): 0.26, (3, 4): 0.1}, 5)
    lab = S.attach(ts, 0.4, gap)
    assert (lab[3] == lab[2]) is joined
    assert lab[4] != lab[3]  # 4's best partner (3, 0.1) is under every bar tried


def test_attach_leaves_a_report_with_strong_links_where_they_put_it() -> None:
    # 2 links strongly to 3; its better weak partner (0) does not pull it out of that story or merge the two
    ts = _set({(0, 1): 0.6, (0, 2): 0.35, (2, 3): 0.45}, 4)
    assert _blocks(S.attach(ts, 0.4, 0.12)) == {frozenset({0, 1}), frozenset({2, 3})}


@pytest.mark.parametrize(("share", "disjoint", "pair", "linked"), [
    (0.02, 0.0, (0, 1), True),    # 0.23 + 0.02 reaches 0.24: the leads name the same day
    (0.0, 0.0, (0, 1), False),
    (0.0, 0.02, (2, 3), False),   # 0.25 - 0.02 falls short: the leads name other days
    (0.0, 0.0, (2, 3), True),
])
def test_days_moves_the_bar_by_the_days_the_leads_refer_to(share: float, disjoint: float,
                                                           pair: tuple[int, int], linked: bool) -> None:
    ts = _set({(0, 1): 0.23, (2, 3): 0.25}, 4, agree={(0, 1): 1.0, (2, 3): -1.0})
    lab = S._days(share, disjoint)(ts, 0.24)
    assert (lab[pair[0]] == lab[pair[1]]) is linked


@pytest.mark.parametrize("method", ["gated", "span", "attach"])
def test_each_method_is_a_function_of_the_set_not_of_the_order(method: str) -> None:
    rng = random.Random(3)
    scores = {(i, j): round(rng.random() * 0.6, 3) for i in range(12) for j in range(i + 1, 12) if rng.random() < 0.3}
    days = [rng.randrange(4) for _ in range(12)]
    run = {"gated": lambda ts: S.gated(ts, 0.2, 0.35, "avg", 0.1), "span": lambda ts: S.span(ts, 0.2, 1),
           "attach": lambda ts: S.attach(ts, 0.35, 0.12)}[method]
    first = _blocks(run(_set(scores, 12, days)))
    items = list(scores.items())
    rng.shuffle(items)
    assert _blocks(run(_set(dict(items), 12, days))) == first


def test_bootstrap_of_a_method_against_itself_is_zero() -> None:
    ts = _set(STORY_AND_ONE, 4)
    ts.gold = {"r0": "a", "r1": "a", "r2": "a", "r3": "b"}
    ts.half = {"a", "b"}
    got = S.bootstrap([ts], lambda t: S.single(t, 0.24), lambda t: S.single(t, 0.24), 50)
    assert got == {"point": 0.0, "p5": 0.0, "p95": 0.0}


@pytest.mark.parametrize(("alpha", "bar", "quiet_linked", "busy_linked"), [
    (0.0, 0.2, False, False),  # the plain bar: neither pair (0.18) reaches it
    (0.1, 0.0, True, False),   # quiet: 0.1 x log(2 x 2) = 0.14; busy: 0.1 x log(6 x 6) = 0.36
])
def test_density_lowers_the_bar_on_a_quiet_day_more_than_in_a_busy_window(alpha: float, bar: float, quiet_linked: bool,
                                                                          busy_linked: bool) -> None:
    # 0-1: a quiet pair (one candidate each); 2-3: a busy pair (5 candidates each: each other and 4-7)
    scores = {(0, 1): 0.18, (2, 3): 0.18}
    scores.update({(x, y): 0.0 for x in (2, 3) for y in (4, 5, 6, 7)})
    ts = _set(scores, 8)
    assert S.degrees(ts, 20)[:4] == [1, 1, 5, 5]
    lab = S._density(alpha)(ts, bar)
    assert (lab[0] == lab[1]) is quiet_linked
    assert (lab[2] == lab[3]) is busy_linked


def test_degrees_are_capped() -> None:
    ts = _set({(0, k): 0.1 for k in range(1, 6)}, 6)
    assert S.degrees(ts, 3) == [3, 1, 1, 1, 1, 1]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_incremental_density_ends_in_the_batch_partition_whatever_the_order(seed: int) -> None:
    rng = random.Random(seed)
    scores = {(i, j): round(rng.random() * 0.5, 3) for i in range(30) for j in range(i + 1, 30) if rng.random() < 0.25}
    ts = _set(scores, 30)
    order = list(range(30))
    rng.shuffle(order)
    lab, _work = S.incremental_density(ts, order, 0.0, 0.1, cap=6)
    assert _blocks(lab) == _blocks(S._density(0.1, 6)(ts, 0.0))


def test_incremental_density_removes_a_link_when_a_later_report_fills_the_window() -> None:
    # 0-1 link on a quiet day (one candidate each); 2 arrives, a candidate of both, and raises their bar past 0.2
    ts = _set({(0, 1): 0.2, (0, 2): 0.0, (1, 2): 0.0}, 3)
    lab, work = S.incremental_density(ts, [0, 1, 2], 0.0, 0.1)
    assert lab[0] != lab[1]
    assert work == {"rechecked": 1, "removed": 1, "splits": 1}
