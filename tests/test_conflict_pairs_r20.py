"""Round 20: the conflict search leaves a report's pairs of figures with itself out without visiting them.

``_candidates(apart=True)`` and ``story_pairs`` give exactly the pairs that testing every pair of two reports
gives, in the same order, on random series (many points of one report included: the case that cost n x n)."""

from __future__ import annotations

import random

import pytest

TIMES = [None, "2020-09", "2020-09-10", "2020-09-14", "2020", "2020-W37", "2020-Q3", "2021-01-02"]
DAYS = {"2020-09": ("2020-09-01", "2020-09-30"), "2020-09-10": ("2020-09-10",) * 2,
        "2020-09-14": ("2020-09-14",) * 2, "2020": ("2020-01-01", "2020-12-31"),
        "2020-W37": ("2020-09-07", "2020-09-13"), "2020-Q3": ("2020-07-01", "2020-09-30"),
        "2021-01-02": ("2021-01-02",) * 2}


def _series(rng: random.Random, n: int, reports: int) -> list:
    from newsgraph.kb.query import Point

    out = []
    for _ in range(n):
        time = rng.choice(TIMES)
        pub = rng.choice(["2020-09-10", "2020-09-12", "2020-10-01"])
        day, last = DAYS[time] if time else (pub, pub)
        out.append(Point(measure="troops:USA:IRQ", article_id=f"a{rng.randrange(reports)}", value=1000.0,
                         role="amount", approx=None, low=None, high=None, time=time, day=day, last_day=last,
                         before=False, as_of_publication=time is None, start=0, end=1, evidence="", published=pub,
                         title=None, url=None))
    if rng.random() < 0.5:
        out.sort(key=lambda p: p.article_id)  # one report's points side by side, as a long report's are
    return out


class _Stories:
    def __init__(self, of: dict[str, int | None]) -> None:
        self.of = of

    def story(self, article_id: str) -> int | None:
        return self.of.get(article_id)


@pytest.mark.parametrize("seed", range(6))
def test_pairs_of_two_reports_are_every_such_pair_in_loop_order(seed: int) -> None:
    from newsgraph.kb.conflict_evidence import story_pairs, story_same_time
    from newsgraph.kb.conflicts import _candidates, _same_time

    rng = random.Random(seed)
    for n, reports in ((0, 1), (1, 1), (6, 1), (40, 1), (40, 2), (60, 5), (80, 40)):
        series = _series(rng, n, reports)
        every = [(i, j) for i in range(n) for j in range(i + 1, n)
                 if series[i].article_id != series[j].article_id and _same_time(series[i], series[j], 31)]
        apart = [(i, j) for i, j in _candidates(series, 31, apart=True) if _same_time(series[i], series[j], 31)]
        assert apart == every
        # every candidate pair is one of two reports
        assert all(series[i].article_id != series[j].article_id for i, j in _candidates(series, 31, apart=True))
        stories = _Stories({f"a{k}": rng.choice([None, 1, 2]) for k in range(reports)})
        by_story: dict[int, list[int]] = {}
        for i, p in enumerate(series):
            if (sid := stories.story(p.article_id)) is not None:
                by_story.setdefault(sid, []).append(i)
        want = [(i, j) for members in by_story.values() for a, i in enumerate(members) for j in members[a + 1:]
                if series[i].article_id != series[j].article_id and story_same_time(series[i], series[j])]
        assert story_pairs(series, stories) == want
