"""Each side of a change at its own time (issue 17, item 4).

A from-side takes the time stated for it alone ("down from 4,500 in November", "May's $32 billion",
"compared with 271 in the same period last year"): :func:`own_time`. The to-side takes its own stated time, else
the change's time, which is never the from-side's: when the nearest time of the sentence is the one stated for
the from-side, the change takes the next time of its clause or sentence ("said on Monday that 2,500 remain, down
from 4,500 in November": Monday), else none, the publication day ("now has 2,500, down from 13,000 a year ago").
A level reached "since May" stands at the report's day and May is where the move started (:func:`since_start`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from .sealed_times import record_reference
from .totals import opens_since

__all__ = ["stretch_times", "base_time", "deadline_time", "not_the_from_time", "own_time", "since_start", "year_after_compared", "TimeIndex", "time_index"]

# a time stated for a figure itself: right after it ("900 in June", "$32 billion a year earlier") or as a
# possessive right before it ("May's $32 billion")
_OWN_AFTER = re.compile(r"[ \t]*(?:[a-z]+[ \t]+){0,3}$")
_OWN_BEFORE = re.compile(r"^['’]s[ \t]+$")
# "up from 650 in the same period a year earlier": the compared period's time, which the parse may hang on the verb
_OWN_SAME = re.compile(r"[ \t]*(?:in|for|during|over)[ \t]+the[ \t]+same[ \t]+[a-z]+[ \t]+")
# a time the level reached is due by, not when it stood there ("from 5,200 to 3,000 by September")
_DEADLINE = re.compile(r"[ \t,]*(?:by|until|till|before|within)\b", re.I)
# the joint between the two ends of a stretch ("from January to March", "between May and July")
_STRETCH_JOINT = {"from": re.compile(r"[ \t,]*(?:to|through|thru|until|till)[ \t]+"),
                  "between": re.compile(r"[ \t,]*and[ \t]+")}
_BETWEEN = re.compile(r"\b(?:to|from|and|but|than|after|before|since|until|between)\b")


def own_time(doc: Doc | None, text: str, times: list[dict[str, Any]], a: dict[str, Any],
             end: int) -> tuple[int, int, str] | None:
    """(start, end, value) of the time expression stated for the figure ``a`` alone, or None. ``end`` is where
    the figure's words stop (past a rate's base: "30 per 100,000 in 2018"); ``doc`` is None when unparsed."""
    for t in times:
        s, e = int(t["start"]), int(t["end"])
        if t.get("type") not in ("DATE", "TIME"):
            continue
        gap = text[end:s]
        if 0 <= s - end <= 24 and _OWN_AFTER.fullmatch(gap) and not _BETWEEN.search(gap):
            return s, e, str(t["value"])
        if 0 <= a["start"] - e <= 4 and _OWN_BEFORE.match(text[e : a["start"]]):
            return s, e, str(t["value"])
        if 0 <= s - end <= 32 and _OWN_SAME.fullmatch(gap):
            return s, e, str(t["value"])
        if doc is not None and 0 <= s - end <= 60 and (_in_phrase_of(doc, (s, e), a) or _in_own_relcl(doc, (s, e), a)) \
                and not _record_time(doc, s, e):
            return s, e, str(t["value"])  # ("fell to 4.1%, the lowest since 2000": the record's time, round 32)
    return None


def _record_time(doc: Doc, s: int, e: int) -> bool:
    sp = doc.char_span(s, e, alignment_mode="expand")
    return sp is not None and len(sp) > 0 and record_reference(sp)


def _in_phrase_of(doc: Doc, span: tuple[int, int], a: dict[str, Any]) -> bool:
    """The time hangs in the figure's own phrase, no verb between: "compared with 271 in the same period last
    year" (year → period → in → 271). Only a change's sides ask: the other side then does not take that time."""
    tsp = doc.char_span(span[0], span[1], alignment_mode="expand")
    fsp = doc.char_span(a["start"], max(a["end"], a["start"] + 1), alignment_mode="expand")
    if tsp is None or fsp is None or not len(tsp) or not len(fsp):
        return False
    fig, cur = fsp.root, tsp.root
    # the noun the figure counts holds the phrase as well ("compared to 180,000 crossings in the whole of 2013",
    # "from 2.8 million square miles at its summer minimum in 1979": round 36)
    hosts = {fig.i} | ({fig.head.i} if fig.dep_ == "nummod" and fig.head.pos_ == "NOUN" else set())
    for _ in range(6):
        if cur.head.i == cur.i or cur.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
        if cur.i in hosts:
            return True
    return False


def _in_own_relcl(doc: Doc, span: tuple[int, int], a: dict[str, Any]) -> bool:
    """The time sits in a relative clause on the figure itself or its noun: "up from 35% who backed it in March",
    "up from 30 that it held after the 2015 election" (round 26: the from-side's own time)."""
    tsp = doc.char_span(span[0], span[1], alignment_mode="expand")
    fsp = doc.char_span(a["start"], max(a["end"], a["start"] + 1), alignment_mode="expand")
    if tsp is None or fsp is None or not len(tsp) or not len(fsp):
        return False
    rel = next((t for t in tsp.root.ancestors if t.dep_ == "relcl"), None)
    if rel is None:
        return False
    fig = fsp.root
    noun = fig.head if fig.dep_ == "nummod" else fig
    if not (fsp.start <= rel.head.i < fsp.end or rel.head.i == noun.i):
        return False
    # a from-side only ("up from 35% who ...", "compared to 35% who ..."): a level reached with a relative clause
    # ("fell to $5 billion, which it last reached in 2015") is dated by its own verb
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ == "from" or (prep.lower_ in ("to", "with") and prep.head.lower_ == "compared"))


def not_the_from_time(exclude: tuple[int, int, str]) -> Any:
    """A test on a time's span for ``context.time_for``: the time stated for the from-side is no candidate for
    the change's own (the reporting verb's "on Monday" or no time at all is)."""
    def keep(sp: Span) -> bool:
        return not sp.start_char <= exclude[0] < max(sp.end_char, sp.start_char + 1)
    return keep


@dataclass(frozen=True)
class TimeIndex:
    """A report's times by value and by start, built once per report (every change asks :func:`since_start` and
    :func:`year_after_compared`, which scanned all the times per change)."""

    by_value: dict[Any, list[int]]  # a value's time starts, in the times' order (the first nearest wins a tie)
    by_start: dict[int, dict[str, Any]]  # the first time row at each start


def time_index(times: list[dict[str, Any]]) -> TimeIndex:
    by_value: dict[Any, list[int]] = {}
    by_start: dict[int, dict[str, Any]] = {}
    for t in times:
        start = int(t["start"])
        by_value.setdefault(t.get("value"), []).append(start)
        by_start.setdefault(start, t)
    return TimeIndex(by_value, by_start)


def since_start(text: str, index: TimeIndex, value: str | None, at: int, end: int) -> bool:
    """The change's time ``value`` is the start of the move ("has tripled its stockpile to 1,500 kilograms since
    May"): the time with that value nearest the change opens with "since" (data/measure_totals.tsv)."""
    if value is None:
        return False
    starts = index.by_value.get(value, [])
    near = min(starts, key=lambda s: min(abs(s - at), abs(s - end)), default=None)
    return near is not None and opens_since(text, near)


_YEAR_BACK = re.compile(r"(?:a|one)[ \t]+year[ \t]+(?:earlier|before)", re.I)


def year_after_compared(index: TimeIndex, from_span: tuple[int, int, str] | None) -> str | None:
    """The time of a to-side set against "a year earlier" that the times layer anchored on a time the text named
    before ("Sales fell in December. Revenue was $5 billion, compared with $4.2 billion a year earlier": the
    $4.2 billion in December 2019, the $5 billion in December 2020, not at the report's day); None otherwise."""
    if from_span is None:
        return None
    row = index.by_start.get(from_span[0])
    if row is None or row.get("anchor") != "text" or not _YEAR_BACK.fullmatch(str(row.get("text", ""))):
        return None
    m = re.fullmatch(r"(\d{4})(-.+)?", from_span[2])
    return None if m is None else f"{int(m.group(1)) + 1}{m.group(2) or ''}"


def deadline_time(text: str, to: dict[str, Any] | None, span: tuple[int, int, str]) -> bool:
    """The to-side's own time is a deadline ("cut from 5,200 to 3,000 by September"): the move runs up to it, so
    the from-side stood at no period just before it (round 29; "fell to 14% in June from 16%" stays May)."""
    return to is not None and _DEADLINE.match(text, int(to["end"]), span[0]) is not None


def base_time(trigger: Any, index: TimeIndex) -> str | None:
    """The time a move with no from-figure is measured from, told in the trigger's own "from" phrase ("rose 4%
    from a year earlier", "has dropped 10.2% from its March peak"): the from-side's time (round 29). A phrase
    that holds a figure or a stretch's end ("from January to March") is left to the rules of sides."""
    if trigger is None:
        return None
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        words = list(prep.subtree)
        if any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in words) or any(
                t.lower_ in ("to", "through", "until") for t in words):
            return None
        lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
        found = [index.by_start[s] for s in sorted(index.by_start) if lo <= s < hi]
        dated = [t for t in found if t.get("type") in ("DATE", "TIME") and t.get("value")]
        return str(dated[0]["value"]) if len(dated) == 1 else None
    return None


def stretch_times(trigger: Any, index: TimeIndex, text: str) -> tuple[str, str] | None:
    """The two ends of a stretch the move ran over, told on its trigger ("rose 3% from January to March",
    "grew 2.5% between May and July", "From 2000 to 2016, that number jumped from 42% to 52%"): (from-side's time,
    change's time) (round 29: the change took the stretch's start, January; round 35: the to-side took 2000)."""
    if trigger is None:
        return None
    # the parse may hang the stretch on the move's own from/to phrase ("climbed from 40 to 52 between 2010 and
    # 2015": "between" under "from")
    preps = sorted([*trigger.children, *(g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
                                         for g in c.children)], key=lambda t: t.i)
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in _STRETCH_JOINT or prep.i + 1 >= len(prep.doc):
            continue
        first = index.by_start.get(prep.nbor(1).idx)
        if first is None or first.get("type") != "DATE" or not first.get("value"):
            told = _event_stretch(prep, index, text) if prep.lower_ == "from" else None
            if told is not None:
                return told
            continue  # "jumped from 42 percent to 52 percent": a from-figure's phrase, the stretch may follow
        joint = _STRETCH_JOINT[prep.lower_].match(text, int(first["end"]))
        last = index.by_start.get(joint.end()) if joint is not None else None
        if last is None or last.get("type") != "DATE" or not last.get("value"):
            return None
        return str(first["value"]), str(last["value"])
    return None


# the joint before a stretch's last day, right before that day's time ("..., until June 4, 1989")
_ANAPHORIC = re.compile(r"(?i)\bthe\s+(?:week|month|year)\b")
_JOINT_BEFORE = re.compile(r"[ \t,]*\b(?:to|through|thru|until|till)[ \t]+$")


def _event_stretch(prep: Any, index: TimeIndex, text: str) -> tuple[str, str] | None:
    """A stretch whose start is an event dated inside the from-phrase ("rose 8% from the start of the protests on
    April 15, 1989, until June 4, 1989"; round 37: both sides took April 15): (that date, the dated end after the
    joint). Only a phrase with no figure of its own before the joint and exactly one dated time in it, so
    "rose from 40 in May to 52 in June" stays with the rules of sides."""
    sent_end = prep.sent.end_char
    dated = [index.by_start[k] for k in sorted(index.by_start) if prep.idx < k < sent_end
             and index.by_start[k].get("type") == "DATE" and index.by_start[k].get("value")]
    for i, last in enumerate(dated):
        joint = _JOINT_BEFORE.search(text, 0, int(last["start"]))
        if i == 0 or joint is None or joint.start() < int(dated[i - 1]["end"]):
            continue
        if _ANAPHORIC.search(str(last.get("text") or "")):
            return None  # "to the end of the month": the month the phrase named, which the time does not know
        inside = [t for t in dated[:i] if int(t["start"]) >= prep.idx]
        figures = [t for t in prep.doc[prep.i + 1:] if t.idx < joint.start() and t.like_num
                   and t.ent_type_ not in ("DATE", "TIME") and not any(
                       int(d["start"]) <= t.idx < int(d["end"]) for d in inside)]
        if len(inside) != 1 or figures:
            return None
        return str(inside[0]["value"]), str(last["value"])
    return None
