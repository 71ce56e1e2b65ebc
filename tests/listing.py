"""A test seam for the conflicts' default listing (round 17b, kb/conflict_listed.py: casualty tolls only).

Tests of the stored-conflict machinery and of the pages that show conflicts (store, marks, delete, rebuild, the
series, story and conflicts pages) run on fixtures whose disagreeing figures are troops, refugees or evacuees:
counts the default listing never lists. They list by round 17's evidence bar instead, so that a conflict is
stored and shown; the listing rule itself is tested in test_conflict_listed.py."""

from __future__ import annotations

import importlib
from typing import Any

import pytest


def list_by_bar(mp: pytest.MonkeyPatch, bar: float = 0.7) -> None:
    """Make the default listing (``min_confidence`` None) keep the pairs whose evidence reaches ``bar``."""
    mod = importlib.import_module("newsgraph.kb.conflicts")  # the module; newsgraph.kb.conflicts is its function

    def by_bar(key: str, p: Any, q: Any, confidence: float, min_confidence: float | None, *rest: Any) -> bool:
        return confidence >= (bar if min_confidence is None else min_confidence)

    mp.setattr(mod, "_listed", by_bar)
