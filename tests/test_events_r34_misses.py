"""``benchmarks/events_misses.py``: each gold event of the tune half in one class (shown, below, other, none).

Synthetic gold and predicted records, no article text: the classes follow the scorer's rule (same type, trigger
inside the gold sentence, each gold event matched once, only predictions at or above the threshold match).
"""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest
from conftest import ROOT


def _misses():  # noqa: ANN202
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("events_misses", ROOT / "benchmarks" / "events_misses.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold(*types: str) -> dict[str, Any]:
    # one gold event per sentence of 100 characters: sentence k spans [100k, 100k + 100)
    return {"id": "x", "events": [{"sent_start": 100 * k, "sent_end": 100 * k + 100, "type": t, "trigger": "w"}
                                  for k, t in enumerate(types)]}


def _pred(at: int, typ: str, conf: float, mode: str | None = None) -> dict[str, Any]:
    return {"start": at, "trigger_start": at, "trigger_end": at + 3, "type": typ, "mode": mode, "confidence": conf}


@pytest.mark.parametrize(("gold_types", "preds", "want"), [
    (("FIGHT",), [_pred(10, "FIGHT", 0.9)], ["shown"]),
    (("FIGHT",), [_pred(10, "FIGHT", 0.5)], ["below"]),
    (("FIGHT",), [_pred(10, "ASSAULT", 0.9)], ["other"]),
    (("FIGHT",), [_pred(150, "FIGHT", 0.9)], ["none"]),  # the candidate is in another sentence
    # a shown candidate matches one gold event only; the second of the same type in that sentence is below
    (("FIGHT", "FIGHT"), [_pred(10, "FIGHT", 0.9), _pred(120, "FIGHT", 0.4)], ["shown", "below"]),
    # the fine set's DISAPPROVE "allege" is the guidelines' ACCUSE
    (("ACCUSE",), [_pred(10, "DISAPPROVE", 0.9, "allege")], ["shown"]),
    (("ACCUSE",), [_pred(10, "DISAPPROVE", 0.9)], ["other"]),
])
def test_classify(gold_types: tuple[str, ...], preds: list[dict[str, Any]], want: list[str]) -> None:
    got = [cls for _ge, cls in _misses().classify(_gold(*gold_types), {"events": preds}, 0.625)]
    assert got == want
