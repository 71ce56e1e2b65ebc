"""benchmarks/stories_leads.py: the lead's own event and the guards it measures on the tune sets (sentences
written here and constructed pair graphs; no data needed)."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import stories_leads as L  # noqa: E402

BODY = "Storms closed the old harbour road on Monday. Crews worked through the night to clear it."


@pytest.mark.parametrize(("title", "text", "n_words", "end_word"), [
    # (title, text, lead words, the first word after the lead (None: the lead is the whole text))
    ("Harbour road shut", "Harbour road shut\n\n" + BODY, 3, "old"),  # the title repeated: not counted
    ("Harbour road shut", BODY, 3, "old"),  # a text that does not repeat the title
    (None, BODY, 5, "road"),
    ("Harbour road shut", BODY, 100, None),
])
def test_lead_end(title, text, n_words, end_word) -> None:
    end = L.lead_end(title, text, n_words)
    assert (text[end:].split()[0] if end < len(text) else None) == end_word


def _ev(start, typ, time=None, actors=(), negated=False):
    party = [SimpleNamespace(name=a, country=None) for a in actors]
    return SimpleNamespace(start=start, type=typ, time=time, actors=party, targets=[], negated=negated,
                           hypothetical=False)


@pytest.mark.parametrize(("events", "types", "first", "days"), [
    # the lead's events, their own days (the publication day 2024-03-06 when none resolves one)
    ([_ev(10, "ATTACK", "2024-03-05")], {"ATTACK"}, "ATTACK", {"2024-03-05"}),
    ([_ev(10, "ATTACK"), _ev(30, "DEMAND", "2024-03-06")], {"ATTACK", "DEMAND"}, "ATTACK", {"2024-03-06"}),
    ([_ev(10, "ATTACK", "2023-01-01")], {"ATTACK"}, "ATTACK", {"2024-03-06"}),  # background, not its day
    ([_ev(10, "ATTACK", negated=True)], set(), None, {"2024-03-06"}),
    ([_ev(5000, "ATTACK", "2024-03-05")], set(), None, {"2024-03-06"}),  # past the lead
])
def test_lead_signature(events, types, first, days) -> None:
    import datetime as dt

    rec = SimpleNamespace(title="Harbour road shut", text="Harbour road shut\n\n" + BODY * 40,
                          published="2024-03-06", events=events)
    sig = L.lead_signature(rec, n_words=20)
    assert sig["types"] == types and sig["first"] == first
    assert {dt.date.fromordinal(d).isoformat() for d in sig["days"]} == days


@pytest.mark.parametrize(("a", "b", "expected"), [
    ({"ATTACK"}, {"ATTACK", "DEMAND"}, 1.0),
    ({"ATTACK"}, {"DEMAND"}, -1.0),
    (set(), {"DEMAND"}, 0.0),
    ("ATTACK", "ATTACK", 1.0),
    ("ATTACK", None, 0.0),
])
def test_agreement(a, b, expected) -> None:
    assert L.agreement(a, b) == expected


@pytest.mark.parametrize(("links", "margin", "blocks"), [
    # a triangle 0-1-2 and report 3 hanging on 2 by one link 0.01 over its bar
    ([(0, 1, 0.1), (1, 2, 0.1), (0, 2, 0.1), (2, 3, 0.01)], 0.02, [{0, 1, 2}, {3}]),
    ([(0, 1, 0.1), (1, 2, 0.1), (0, 2, 0.1), (2, 3, 0.05)], 0.02, [{0, 1, 2, 3}]),  # a strong link stays
    ([(0, 1, 0.01)], 0.02, [{0, 1}]),  # a pair is no story of three: kept
    ([(0, 1, 0.1), (1, 2, 0.01), (2, 3, 0.1)], 0.02, [{0, 1, 2, 3}]),  # no end hangs by it alone: kept
])
def test_weak_hanger(links, margin, blocks) -> None:
    lab = L.hang(4, links, margin, 3)
    got: dict[int, set[int]] = {}
    for k, c in enumerate(lab):
        got.setdefault(c, set()).add(k)
    want = [set(b) for b in blocks] + [{k} for k in range(4) if not any(k in b for b in blocks)]
    assert sorted(map(sorted, got.values())) == sorted(map(sorted, want))
