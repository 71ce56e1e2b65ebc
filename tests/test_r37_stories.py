"""benchmarks/stories_r37.py (round 37, issue 20): the rivals' entity keys and link filters, on invented
sentences and a hand-made pair list (no data needed). No rule of the kb changed this round: these hold the
measuring harness to what BENCHMARKS.md says it measured."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT
from kb_records import record

sys.path.insert(0, str(ROOT / "benchmarks"))

import stories_r37 as R  # noqa: E402

TEXT = "Senator Alma Quirke spoke in Brelford on Tuesday. Quirke said the vote would wait."


def _rec(ents: list[tuple[str, str]], source: str | None = "Example Wire"):
    rows = [{"id": f"E{k}", "name": n, "type": ty, "mentions": [{"start": 0, "end": 1, "text": n}]}
            for k, (n, ty) in enumerate(ents)]
    return record(TEXT, "2026-03-03", title="Vote waits", source=source, entities=rows)


@pytest.mark.parametrize(("ents", "surname", "noself", "source", "expected"), [
    # a person's full name and bare surname meet on one key
    ([("Alma Quirke", "PERSON"), ("Quirke", "PERSON")], True, False, None, {"p:quirke"}),
    # guard: without the option they stay two keys
    ([("Alma Quirke", "PERSON"), ("Quirke", "PERSON")], False, False, None, {"person:alma quirke", "person:quirke"}),
    # guard: an organisation named like a surname is not a person
    ([("Quirke", "ORG")], True, False, None, {"org:quirke"}),
    # the outlet's own name is left out of its report
    ([("Fox News", "ORG"), ("Brelford", "GPE")], False, True, "Fox News", {"place:brelford"}),
    # guard: another organisation stays, and nothing is left out without a source
    ([("Tribune Herald", "ORG")], False, True, "Fox News", {"org:tribune herald"}),
    ([("Fox News", "ORG")], False, True, None, {"org:fox news"}),
])
def test_entity_keys(ents, surname, noself, source, expected) -> None:
    assert set(R.entity_counts(_rec(ents, source), surname, noself)) == expected


@pytest.mark.parametrize(("rare", "common"), [("person:varnosburg", "place:united states"), ("a:QUIRKE", "org:news")])
def test_rare_names_weigh_more(rare: str, common: str) -> None:
    assert R.name_rarity(rare) > R.name_rarity(common)


class _Set:
    """A hand-made tune set: reports 0-3 on days 0, 0, 1, 4; pairs with scores."""

    days = [0, 0, 1, 4]
    pairs = [(0, 1, {}), (0, 2, {}), (1, 2, {}), (2, 3, {}), (0, 3, {})]


SCORES = {(0, 1): 0.5, (0, 2): 0.3, (1, 2): 0.2, (2, 3): 0.25, (0, 3): 0.1}
MARGIN = {k: v - 0.15 for k, v in SCORES.items()}
LINKS = [(0, 1), (0, 2), (1, 2), (2, 3)]


@pytest.mark.parametrize(("rule", "expected"), [
    ("window2", [(0, 1), (0, 2), (1, 2)]),  # 2-3 is three days apart
    ("best1", [(0, 1), (0, 2), (2, 3)]),  # 1-2 is neither report's best candidate
    ("best3", LINKS),  # guard: every link is among its reports' three best
    ("triangle0.2", [(0, 1), (0, 2), (1, 2)]),  # 2-3 is weak (0.10 over) and no report links to both
    ("triangle0.05", LINKS),  # guard: every link is strong enough
])
def test_link_filters(rule: str, expected: list[tuple[int, int]]) -> None:
    ts = _Set()
    if rule == "window2":
        out = R.within_days(ts, LINKS, 2)  # type: ignore[arg-type]
    elif rule.startswith("best"):
        out = R.best_k(ts, LINKS, SCORES, int(rule[4:]))  # type: ignore[arg-type]
    else:
        out = R.triangle(LINKS, MARGIN, float(rule[8:]))
    assert sorted(out) == expected


def test_window_keeps_two_days() -> None:
    class Near(_Set):
        days = [0, 0, 1, 3]  # 2-3 two days apart: kept (guard of the window row)

    assert R.within_days(Near(), LINKS, 2) == LINKS  # type: ignore[arg-type]
