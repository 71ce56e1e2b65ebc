"""Issue 17, round 12: a running total or a stretch of any count or sum holds the figures of its days.

Each sentence is written for the test; none is taken from an article."""

from __future__ import annotations

from typing import Any

import pytest
from kb_records import _at, record

from newsgraph import kb


def _figure(text: str, figure: str, value: float, key: str, time: str, published: str, ident: str,
            running: bool = False) -> Any:
    a = _at(text, figure)
    obj = key.split(":", 1)[0]
    extra = {"kind": "money", "dimension": "money", "currency": "USD"} if ".usd" in obj else (
        {"kind": "percent", "dimension": "percent"} if ".pct" in obj else {"kind": "count"})
    return record(text, published, title=f"Figure {ident}", amounts=[{
        "start": a[0], "end": a[1], "value": value, "text": figure, "object": obj.split(".")[0],
        "measure": key, "owner": "USA", "location": None, "time": time, "running_total": running, **extra}]
    ).model_copy(update={"id": ident * 16})


@pytest.mark.parametrize("key, total, day, expected", [
    # a running total since a day holds a figure of one of its days: no conflict when it reaches it
    ("airstrikes:USA:-", 90, 2, 0),
    ("aid.usd:USA:-", 900_000_000, 20_000_000, 0),
    # ... and conflicts when it is smaller than the day's figure
    ("airstrikes:USA:-", 1, 2, 1),
    # a share or a rate does not add up over time
    ("support.pct:USA:-", 60, 20, 1),
])
def test_running_totals_hold_their_days(kb_store: Any, key: str, total: float, day: float, expected: int) -> None:
    a = _figure(f"Officials said the total since August 8 reached {total} on Thursday.", str(total), total, key,
                "2014-08-08", "2014-08-21", "a", running=True)
    b = _figure(f"Officials said {day} were counted on Saturday.", str(day), day, key, "2014-08-09", "2014-08-09", "b")
    kb.ingest([a, b], db=kb_store)
    assert len(kb.conflicts(db=kb_store, min_confidence=0)) == expected
