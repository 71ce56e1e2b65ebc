"""What the tagger's rules share: the ``Timex`` record, the rule registry and small helpers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from . import patterns as P
from .normalize import Anchor, Direction

__all__ = ["RULES", "Ctx", "Timex", "owned", "rule"]

TenseFn = Callable[[int, int], Direction]


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    anchor: Anchor = None
    # days after the last fully dated expression earlier in the text ("the next day"); resolved in order
    text_offset: int | None = None
    # (unit letter, steps, only after a quarter): "a year earlier" moves the last date named in the text
    text_shift: tuple[str, int, bool] | None = None
    # (unit letter, signed steps or None for a vague count, clock unit): "ten days before the shooting" counts
    # from an event the text names; the parse decides whether that is a noun's event (offsets.py)
    event_shift: tuple[str, int | None, bool] | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("text_offset")
        d.pop("text_shift")
        d.pop("event_shift")
        return d


@dataclass
class Ctx:
    text: str
    pub: dt.date | None
    tense_fn: TenseFn | None

    def tense(self, start: int, end: int, keep_done: bool = False) -> Direction:
        d = self.tense_fn(start, end) if self.tense_fn is not None else None
        return "PAST" if d == "DONE" and not keep_done else d


Handler = Callable[[re.Match[str], Ctx], Timex | None]
#: (name, trigger kinds it needs, compiled pattern, handler), in priority order (see tagger)
RULES: list[tuple[str, int, re.Pattern[str], Handler]] = []

# Kinds of trigger word (bit flags). A rule runs only in windows holding a trigger of a kind it needs.
DIGIT, MONTH, WEEKDAY, UNIT, DAY, SEASON, HOLIDAY, REF, SET, DECADE, SPOKEN = (1 << i for i in range(11))


def rule(name: str, needs: int, pattern: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        RULES.append((name, needs, re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w])"), fn))
        return fn

    return deco


def make(m: re.Match[str], typ: str, value: str | None, mod: str | None = None, anchor: Anchor = None,
       start: int | None = None, end: int | None = None) -> Timex:
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    return Timex(s, e, m.string[s:e], typ, value, mod, anchor)


def low(s: str | None) -> str:
    return " ".join((s or "").lower().split())


# A possessive before "last": "our last night in town", "his last week in office" name the final one of a
# stay, not the one before the report.
_OWNER_BEFORE = re.compile(r"(?i)(?:\b(?:my|our|your|his|her|their|its)|\w['’]s?)\s+$")


def owned(text: str, start: int) -> bool:
    """Whether a possessive stands right before ``start``."""
    return _OWNER_BEFORE.search(text, max(0, start - 20), start) is not None


def mod_of(s: str | None) -> str | None:
    if not s:
        return None
    key = low(s).rstrip("-").strip()
    return P.MODIFIERS.get(key) or P.MODIFIERS.get(key.removeprefix("the "))


def month_of(s: str) -> int:
    return P.MONTHS[s.lower().rstrip(".")]


def day_of(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def unit_of(s: str) -> str:
    u = s.lower()
    if u == "centuries":
        return "century"
    return u[:-1] if u.endswith("s") else u


# ---------------------------------------------------------------------------------------------
# absolute dates
def safe_date(y: int, mon: int, day: int) -> dt.date | None:
    try:
        return dt.date(y, mon, day)
    except ValueError:
        return None
