"""Clock times and day words told from the day the story is on, not from the report's (round 30, review C).

The rules give a clock time ("10:40 p.m."), a bare part of a day ("in the evening", "midnight") and a day word
("today", "tomorrow") the day of publication. Two places in a report tell them from another day:

* narration: once the story has named the day it is telling ("Police and protesters clashed on Tuesday ...
  Scuffles broke out in the evening"; "On Monday evening ... At 10:15 p.m. ..."), a clock time or a bare part of
  a day told in the past shortly after (within two paragraph breaks) is on that day. "the morning of June 6,
  1944" is on the day that follows it.
* speech: a day word inside words said on an earlier day that the same sentence names ("'Let's talk about it
  tomorrow,' he said last night"; "I offered to resign last night and he said, 'Let's talk about it tomorrow'")
  counts from the day of speaking. Outside a quotation only "tomorrow" and "yesterday" after a verb of saying
  move ("Last night, he said he wanted it on his desk tomorrow"): a reporter's own "today" in indirect speech
  ("said Monday that talks resume today") is the report's day.

"this morning", "tonight", "overnight" and "last night" are the reporter's own words for days near the report
and keep it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...lexicon import read_tsv
from . import patterns as P
from .clock_day import clock_weekday
from .core import Ctx, Timex
from .normalize import day_value
from .schedule import dated_nouns

__all__ = ["SENT_END", "days_of_narration", "quotation_at", "said_between"]

_DAY_VALUE = re.compile(r"^(\d{4}-\d\d-\d\d)(?:T.*)?$")
# a time the rules put on the report's day for want of any other: a clock, noon or midnight, a bare day part
# ("that afternoon" points back to the day just told: "flown out early Wednesday and arrived late that afternoon")
_BARE_PART = re.compile(r"(?i)^(?:(?:early|late)\s+)?(?:the\s+|that\s+)?(?:morning|afternoon|evening|night)$")
_NOON = re.compile(r"(?i)^(?:noon|midnight|midday)$")
_CLOCK = re.compile(r"\d")
# how far back in its paragraph the day the narration names still governs
_REACH = 500
_BREAKS = 2
# how far after a quotation's close its verb of saying and day may stand ("," the senator said on Monday")
_AFTER_QUOTE = 80
# the verb right before the day after a quotation: "," the senator said (on) Monday"
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+(?:on\s+)?$")
_OWNER = re.compile(r"['\u2019]s\b")
_OF = re.compile(r"\s+of\s+$")
_NOUN_THEN_DAY = re.compile(r"\s+([A-Za-z-]+)\s+(?:on\s+|of\s+)?")
# a sentence ends where the next word opens in capitals: "(D-Mich.) and others" goes on
SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")
_OPEN = re.compile(r"(?:^|(?<=[\s(\[:,]))[\"\u201c\u2018]")
_CLOSE = re.compile(r"[\"\u201d\u2019](?=[\s,.;:!?)\]]|$)")
_SHIFTS = {"today": 0, "tomorrow": 1, "yesterday": -1}
_DAY_WORD = re.compile(r"(?i)^(today|tomorrow|yesterday)(?:,?\s+(?:morning|afternoon|evening|night))?$")
_INDIRECT = frozenset({"tomorrow", "yesterday"})


def days_of_narration(times: list[Timex], ctx: Ctx) -> None:
    """Puts bare clock times and day parts on the day their paragraph tells, and day words in quoted speech on
    the day of speaking (in place)."""
    if ctx.pub is None:
        return
    today = day_value(ctx.pub)
    last: Timex | None = None
    for i, tx in enumerate(times):
        if _bare_time(tx, today, ctx):
            day = _day_after_of(times, i, ctx.text)
            if day is None and last is not None and _told_with(last, tx, ctx):
                day = _paragraph_day(last, tx, ctx.text)
            if day is not None and day != today:
                tx.value = day + (tx.value or "")[10:]
        elif tx.anchor == "published" and _day_word(tx) is not None:
            spoken = _day_of_speaking(times, i, ctx)
            if spoken is not None and spoken < ctx.pub:
                shift = _SHIFTS[_day_word(tx) or ""]
                tx.value = day_value(spoken + dt.timedelta(days=shift)) + (tx.value or "")[10:]
        elif tx.type == "DATE" and last is not None and tx.start - last.end <= _REACH:
            _weekday_after_named_day(tx, _day_of(last) or "")
        if _day_of(tx) is not None:
            last = tx


# "the following Sunday", "the previous Friday": told from the day the text has just named, not from the report
_ANAPHORIC_WEEKDAY = re.compile(rf"(?i)^the\s+(following|previous)\s+({P.WEEKDAY_NAME})$")


def _weekday_after_named_day(tx: Timex, named: str) -> None:
    """Puts "the following Sunday" on the first Sunday after ``named`` (a day value), "the previous Friday" on the
    last Friday before it (in place)."""
    m = _ANAPHORIC_WEEKDAY.match(tx.text)
    if m is None or not named:
        return
    base = dt.date.fromisoformat(named)
    gap = (P.WEEKDAYS[m.group(2).lower()] - base.isoweekday()) % 7
    if m.group(1).lower() == "following":
        day = base + dt.timedelta(days=gap or 7)
    else:
        day = base - dt.timedelta(days=(7 - gap) % 7 or 7)
    tx.value, tx.anchor = day_value(day), "text"


def _day_word(tx: Timex) -> str | None:
    """"today", "tomorrow" or "yesterday", alone or with a part of the day ("tomorrow morning")."""
    m = _DAY_WORD.match(tx.text)
    return m.group(1).lower() if m and tx.type in {"DATE", "TIME"} and _DAY_VALUE.match(tx.value or "") else None


def _day_of(tx: Timex) -> str | None:
    """The day a date or time names ("2019-08-13", "2019-08-13TEV"), else None."""
    if tx.type not in {"DATE", "TIME"} or tx.anchor not in {"published", "absolute", "text"}:
        return None
    m = _DAY_VALUE.match(tx.value or "")
    return m.group(1) if m else None


def _bare_time(tx: Timex, today: str, ctx: Ctx) -> bool:
    """A time the rules put on the report's day only because it names no day of its own."""
    if tx.type != "TIME" or tx.anchor != "published" or not (tx.value or "").startswith(today + "T"):
        return False
    text = tx.text.strip()
    if _BARE_PART.match(text) or _NOON.match(text):
        return True
    return bool(_CLOCK.search(text)) and clock_weekday(tx.start, tx.end, ctx) is None


def _day_after_of(times: list[Timex], i: int, text: str) -> str | None:
    """"the morning of June 6, 1944": the day named right after "of"; "a midnight deadline on Friday", "a 10 a.m.
    vote Thursday": the day named right after the one noun the time dates (round 32; it was the report's day)."""
    if i + 1 >= len(times):
        return None
    between = text[times[i].end : times[i + 1].start] + " "
    noun = _NOUN_THEN_DAY.fullmatch(between)
    if not _OF.match(between) and (noun is None or noun.group(1).lower() not in dated_nouns()):
        return None
    return _day_of(times[i + 1])


def _told_with(last: Timex, tx: Timex, ctx: Ctx) -> bool:
    """Whether the time belongs to the narration of the day named before it: told in the past, or in the same
    sentence as that day and not ahead ("On Monday evening, ... with the calls complete by 10:15 p.m."); a time
    of another sentence not told in the past is not ("The ministers met on Monday. The next briefing is at 3 p.m.")."""
    tense = ctx.tense(tx.start, tx.end)
    if tense == "PAST":
        return True
    return tense != "FUTURE" and SENT_END.search(ctx.text, last.end, tx.start) is None


def _paragraph_day(last: Timex | None, tx: Timex, text: str) -> str | None:
    """The day the last date before ``tx`` names, when it is shortly before (in its paragraph or one of the two
    before)."""
    # news paragraphs are a sentence or two: the story's day carries over two paragraph breaks, not more
    if last is None or tx.start - last.end > _REACH or text.count("\n\n", last.end, tx.start) > _BREAKS:
        return None
    return _day_of(last)


def _day_of_speaking(times: list[Timex], i: int, ctx: Ctx) -> dt.date | None:
    """The day the sentence around the day word ``times[i]`` says its speaker spoke, when the word is in the
    speech: a day named before a quotation holding the word, or after the close of it, or (for "tomorrow" and
    "yesterday") before a verb of saying the word follows."""
    tx, text = times[i], ctx.text
    lo, hi = _sentence(text, tx.start, tx.end)
    quote = _quotation(text, lo, hi, tx.start)
    for other in times[:i] + times[i + 1 :]:
        day = _day_of(other)
        if day is None or other.start < lo or other.end > hi:
            continue
        # the day dates the speaking: a verb of saying stands between it and the quotation ("he said Monday",
        # "last night he said, '...'"), not some other act of the sentence ("..., after Monday's talks failed")
        if quote is not None and other.end <= quote[0] and _says_then_quotes(text, other.start, other.end, quote[0]):
            return dt.date.fromisoformat(day)
        if quote is not None and other.start >= quote[1] and other.start - quote[1] <= _AFTER_QUOTE \
                and (verb := _VERB_BEFORE.search(text, quote[1], other.start)) and _saying(verb.group(1)):
            return dt.date.fromisoformat(day)
        # (a day and a verb of saying inside the same quotation are its own indirect speech: "'Last night, he
        # said he wanted it tomorrow'")
        if _day_word(tx) in _INDIRECT and other.end <= tx.start and _saying(
                text[other.end : tx.start]):
            return dt.date.fromisoformat(day)
    return None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    ends = list(SENT_END.finditer(text, max(0, start - 400), start))
    lo = ends[-1].end() if ends else max(0, start - 400)
    after = SENT_END.search(text, end, end + 400)
    return lo, after.start() + 1 if after else min(len(text), end + 400)


def quotation_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quotation of its sentence that holds ``text[start:end]`` (where it opens, where it closes), else None."""
    lo, hi = _sentence(text, start, end)
    return _quotation(text, lo, hi, start)


def _quotation(text: str, lo: int, hi: int, pos: int) -> tuple[int, int] | None:
    """The quotation in text[lo:hi] that holds ``pos``: (where it opens, where it closes), else None."""
    opens = [m.start() for m in _OPEN.finditer(text, lo, pos)]
    if not opens:
        return None
    close = _CLOSE.search(text, opens[-1] + 1, pos)
    if close is not None:
        return None
    shut = _CLOSE.search(text, pos, hi)
    return opens[-1], shut.end() if shut else hi


@lru_cache(maxsize=1)
def _saying_forms() -> frozenset[str]:
    """Past forms of the verbs of saying in data/quote_cues.tsv ("said", "told", "added", "tweeted")."""
    forms = {"said", "told", "wrote", "spoke"}
    for row in read_tsv("quote_cues.tsv"):
        if len(row) > 1 and row[0] == "verb" and " " not in row[1]:
            lemma = row[1].lower()
            forms.add(lemma + "d" if lemma.endswith("e") else lemma + "ed")
    return frozenset(forms)


def _says_then_quotes(text: str, day_start: int, day_end: int, quote_start: int) -> bool:
    """"last night and the president said, '...'", "he said Monday in Helsinki, '...'": a verb of saying after
    the day or right before it, in one clause with the quotation (no comma or colon before the quotation's own),
    and the day no owner of a noun ("Monday's talks")."""
    between = text[day_end:quote_start].rstrip(" ,:")
    if _OWNER.match(text, day_end) or "," in between or ":" in between:
        return False
    verb = _VERB_BEFORE.search(text, max(0, day_start - 30), day_start)
    return _saying(between) or (verb is not None and _saying(verb.group(1)))


def said_between(text: str, start: int, end: int) -> bool:
    """A past verb of saying in text[start:end] (shared with narrated_week)."""
    return _saying(text[start:end])


def _saying(between: str) -> bool:
    return any(w in _saying_forms() for w in re.findall(r"[a-z]+", between.lower()))
