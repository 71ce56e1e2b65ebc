"""A move's bare figure takes the unit written once on its other side: "rose from 3 to 5 percent", "cut from 10 to
25 percent", "from 1,300 to 10,000 barrels per day", "rose to 25 percent from 10", "from 3 to 5 euros". The bare
figure was read as a count, so the move's key mixed dimensions (`unemployment:-:-` for a rate moved in percent);
issue 17 item 2. A scale word is not shared ("grew from 500 to 2 million" may well mean 500): when the other side
has one, nothing is copied."""

from __future__ import annotations

import re
from typing import Any

from .changes import ChangeDraft

__all__ = ["share_units"]

_BARE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# what may follow a bare figure: the other side's preposition, a time, the end of the clause
_AFTER = re.compile(r"[ \t]*(?:$|[.,;:)!?\u2013\u2014-]|(?:to|from|and|in|on|at|by|during|over|last|this|a|an|the)\b)",
                    re.I)
# a scale word alone or stuck to the digits ("$2bn", "£5m", "10k": review of round 19)
_SCALED = re.compile(r"(?<![A-Za-z])(?:thousand|million|billion|trillion|bn|mn|m|k|lakh|crore)\b", re.I)
_COPIED = ("kind", "unit", "currency", "dimension", "rate")


def _bare(text: str, a: dict[str, Any]) -> bool:
    return a["kind"] == "count" and _BARE.fullmatch(a["text"]) is not None and bool(_AFTER.match(text, a["end"]))


def _copy(bare: dict[str, Any], other: dict[str, Any]) -> None:
    for key in _COPIED:
        bare[key] = other.get(key)
    obj = (bare.get("object") or "").lower()
    if obj and obj.split()[-1] in re.findall(r"[a-z%]+", other["text"].lower()):  # whole words ("rate" is no "separate")
        bare["object"] = other.get("object")  # "from 1,300 to 10,000 barrels": the unit was no object


def share_units(text: str, drafts: list[ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """Give each move's bare from- or to-figure the unit of the figure on its other side; then a move of one verb
    whose two sides are both bare takes the unit of the verb's first move ("Poland dropped from 36 to 12 percent,
    Germany from 32 to 19": percent)."""
    _within(text, drafts, amounts)
    first: dict[int, dict[str, Any]] = {}
    for dr in drafts:
        sides = [amounts[i] for i, r in dr.members if r in ("from", "to")]
        if dr.trigger is None or len(sides) != 2:
            continue
        unit = first.setdefault(dr.trigger.i, sides[1])
        if unit["kind"] != "count" and all(_bare(text, a) for a in sides) and not _SCALED.search(unit["text"]):
            for a in sides:
                _copy(a, unit)


def _within(text: str, drafts: list[ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    for dr in drafts:
        sides = {r: amounts[i] for i, r in dr.members if r in ("from", "to")}
        if len(sides) != 2:
            continue
        for bare, other in ((sides["from"], sides["to"]), (sides["to"], sides["from"])):
            if _bare(text, bare) and other["kind"] != "count" and not _SCALED.search(other["text"]):
                _copy(bare, other)
