"""Objects a figure takes from another figure its words tie it to (round 35, issue 17 item 1: an independent
review found 18 of 69 figures with no object though the sentence said what they count).

Only when the figure has no object of its own, and only from a figure of the same sentence that has one:

* a part of a counted whole: "33 of over 260 wounded" (the whole's object), "the eight wounded, four of whom ..."
  (the figure the relative "of whom" hangs on), "Of the more than 450 people aboard, only 14 ..." (a fronted whole);
* a figure set beside another of its kind: "30,000 refugees ..., compared to the 3,600 in 2014", "eight more
  interceptors ..., for a total of 44" (count with count, money with money, one unit and currency);
* the losing side of a tally: "lost by 321 votes to 298" (298 votes, also where the parse gave another noun);
* a harm said right after the figure: "62 dead, 200 wounded and 63 missing" (missing; "three are still missing"
  names no thing counted and stays empty).

A figure whose words tie it to nothing nameable keeps no object: an empty object beats a guessed one.
"""

from __future__ import annotations

import re
from typing import Any

from ...record import canonical_object

__all__ = ["tied_objects"]

_HEDGE = r"(?:(?:more|fewer|less)\s+than|over|about|nearly|almost|some|at\s+least|roughly|around|up\s+to|only|just)"
_DET = r"(?:the|these|those|its|their|his|her|our)"
_PART_OF = re.compile(rf"\s+of\s+(?:{_DET}\s+)?(?:{_HEDGE}\s+)?")
_OF_WHOM = re.compile(r"\s+of\s+(?:whom|which)\b", re.I)
_BEFORE_RELATIVE = re.compile(rf"[^,.;:!?()]{{0,60}},\s*(?:{_HEDGE}\s+)?")
_FRONTED = re.compile(rf"(?:^|[.!?][\"”’]?\s+|\n)Of\s+(?:{_DET}\s+)?(?:{_HEDGE}\s+)?$")
_AFTER_FRONTED = re.compile(rf"[^,.;:!?]{{0,160}},\s*(?:{_HEDGE}\s+)?")
_BESIDE = re.compile(rf"(?:,\s*|\s+)(?:compared\s+(?:to|with)|for\s+a\s+total\s+of)\s+(?:{_DET}\s+)?(?:{_HEDGE}\s+)?$",
                     re.I)
_BETWEEN_BESIDE = re.compile(r"[^.;:!?()]{0,120}")
_TALLY = re.compile(r"\s+votes\s+to\s+")
_TALLY_END = re.compile(r"\s*(?:[,.;:)]|\s+and\b|$)")
_MISSING = re.compile(r"\s+missing\b")  # "63 missing" in a list of harms; "three are still missing" stays empty
_SAME_KIND = frozenset({"count", "money"})


def tied_objects(text: str, recs: list[dict[str, Any]]) -> None:
    """Fill the object of each figure in ``recs`` (text order) that has none from the figure its words tie it to."""
    for i, rec in enumerate(recs):
        nxt = recs[i + 1] if i + 1 < len(recs) else None
        prev = recs[i - 1] if i else None
        if prev is not None and _tally(text, prev, rec):
            rec["object"] = prev["object"]  # "lost by 321 votes to 298": the parse's other noun was none of it
            continue
        if canonical_object(rec.get("object")) is not None:
            continue
        whole = _whole(text, rec, prev, nxt)
        if whole is None and prev is not None and _beside(text, prev, rec):
            whole = prev
        if whole is not None and canonical_object(whole.get("object")) is not None:
            rec["object"] = whole["object"]
        elif rec["kind"] == "count" and _MISSING.match(text, int(rec["end"])):
            rec["object"] = "missing"


def _whole(text: str, rec: dict[str, Any], prev: dict[str, Any] | None,
           nxt: dict[str, Any] | None) -> dict[str, Any] | None:
    """The figure that counts the whole ``rec`` is a part of, or None."""
    end = int(rec["end"])
    if nxt is not None and _PART_OF.fullmatch(text, end, int(nxt["start"])) and _larger(nxt, rec):
        return nxt  # "33 of over 260 wounded"
    if prev is None:
        return None
    start, prev_end = int(rec["start"]), int(prev["end"])
    if _OF_WHOM.match(text, end) and _BEFORE_RELATIVE.fullmatch(text, prev_end, start) and _larger(prev, rec):
        return prev  # "the eight wounded, four of whom"
    if _FRONTED.search(text, max(0, int(prev["start"]) - 60), int(prev["start"])) \
            and _AFTER_FRONTED.fullmatch(text, prev_end, start) and _larger(prev, rec):
        return prev  # "Of the more than 450 people aboard, only 14"
    return None


def _larger(whole: dict[str, Any], part: dict[str, Any]) -> bool:
    return whole["kind"] == part["kind"] == "count" and isinstance(whole["value"], (int, float)) \
        and isinstance(part["value"], (int, float)) and whole["value"] > part["value"]


def _beside(text: str, prev: dict[str, Any], rec: dict[str, Any]) -> bool:
    """``rec`` is set beside ``prev`` as a figure of the same thing ("compared to the 3,600", "for a total of 44")."""
    if prev["kind"] != rec["kind"] or rec["kind"] not in _SAME_KIND or prev.get("unit") != rec.get("unit") \
            or prev.get("currency") != rec.get("currency"):
        return False
    start = int(rec["start"])
    cue = _BESIDE.search(text, max(int(prev["end"]), start - 40), start)
    return cue is not None and _BETWEEN_BESIDE.fullmatch(text, int(prev["end"]), cue.start()) is not None


def _tally(text: str, prev: dict[str, Any], rec: dict[str, Any]) -> bool:
    """``rec`` is the bare second side of "N votes to M"."""
    return (prev["kind"] == rec["kind"] == "count" and canonical_object(prev.get("object")) == "votes"
            and _TALLY.fullmatch(text, int(prev["end"]), int(rec["start"])) is not None
            and _TALLY_END.match(text, int(rec["end"])) is not None)
