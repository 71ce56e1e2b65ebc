"""Rules for units counted or named relative to the report: last week, three years, two years ago."""

from __future__ import annotations

import re

from . import patterns as P
from .core import (
    DAY,
    UNIT,
    Ctx,
    Timex,
    low,
    make,
    mod_of,
    owned,
    rule,
    unit_of,
)
from .fractions import GERUND_AFTER, finer_steps
from .normalize import (
    day_value,
    duration_value,
    parse_number,
    relative_unit_value,
    shift_value,
)

# ---------------------------------------------------------------------------------------------
# relative units: last week, this year, next month, earlier this month, the next day
# ---------------------------------------------------------------------------------------------
_REL_OFFSETS = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1,
                "same": 0}


@rule("rel_unit", UNIT, rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*|(?P<pre>(?i:earlier|later))\s+)?(?P<rel>(?i:the\s+(?:past|last|coming|previous|following|current|next|same)|last|next|this\s+past(?=\s+week)|this|past|coming|previous|current))\s+(?P<unit>(?i:day|week|weekend|month|quarter|year|decade|century))")
def _rel_unit(m: re.Match[str], ctx: Ctx) -> Timex | None:
    words = m.group(0).split()
    before = ctx.text[max(0, m.start() - 3) : m.start()]
    if len(words) == 2 and all(w[:1].isupper() for w in words) and not re.search(r"(^|[.!?]\s*|\n\s*)$", before):
        return None  # a title: ABC's "This Week"
    rel = low(m["rel"])
    unit = m["unit"].lower()
    if rel == "last" and unit != "quarter" and owned(ctx.text, m.start()):
        return None  # "his last week in office": the final one, not the one before the report
    the = rel.startswith("the ")
    word = rel.removeprefix("the ")
    mod = mod_of(m["mod"])
    if unit == "day":
        if word == "past":
            return make(m, "DURATION", "P1D", mod)  # "over the past day": the last 24 hours
        if word in {"next", "following", "previous", "same"}:
            tx = make(m, "DATE", None, mod)
            tx.text_offset = _REL_OFFSETS[word]
            return tx
        return None
    if unit == "weekend" and word in {"past", "this past"}:
        # "this past weekend", "over the past weekend": the weekend just gone, a date (review 21), not two days;
        # a Sunday report's is the one ending that day
        offset = 0 if ctx.pub is not None and ctx.pub.isoweekday() == 7 else -1
        return make(m, "DATE", relative_unit_value(unit, offset, ctx.pub), mod, "published" if ctx.pub else None)
    if unit == "week" and (word == "this past" or (word == "last" and not the and mod is not None)):
        # "this past week", "late last week": the week just gone, a date (review 29), not seven days. A Sunday
        # report's is the ISO week ending that day: its "late last week" (Thursday to Saturday) and "early last
        # week" lie there. A bare
        # "last week" on a Sunday stays the ISO week before, as TimeBank's gold has it three times in four.
        offset = 0 if ctx.pub is not None and ctx.pub.isoweekday() == 7 else -1
        return make(m, "DATE", relative_unit_value(unit, offset, ctx.pub, True), mod, "published" if ctx.pub else None)
    if mod is not None and unit in {"decade", "century"} and word in {"last", "past", "previous"}:
        # "the middle of the last decade": an edge names a point, so the span is the decade before the report's
        # (round 33; read alone, "the last decade" is the ten years to the report, a duration)
        return make(m, "DATE", relative_unit_value(unit, -1, ctx.pub), mod, "published" if ctx.pub else None)
    if word == "past" or (the and word in {"last", "next", "coming"} and unit != "weekend"):
        letter, mult, clock = P.UNITS[unit]
        return make(m, "DURATION", duration_value(1, letter, mult, clock), mod)
    past = unit == "week" and ctx.tense(m.start(), m.end()) == "PAST"
    value = relative_unit_value(unit, _REL_OFFSETS[word], ctx.pub, past)
    tx = make(m, "DATE", value, mod, "published" if ctx.pub else None)
    if the and word in {"following", "previous"} and unit in {"month", "year"}:
        # "talks collapsed in July; the following month ...", "dates to 2010 ... The following year": the
        # unit after the one the text just named (the publication's next only when the text named none before);
        # "y": the year itself, not the day a year on ("March 3, 2010 ... the following year" is 2011)
        tx.text_shift = ("M" if unit == "month" else "y", _REL_OFFSETS[word], False)
    return tx


@rule("weekend", UNIT, r"(?i:the|over\s+the)\s+weekend")
def _weekend(m: re.Match[str], ctx: Ctx) -> Timex | None:
    start = m.start() + (5 if m.group(0).lower().startswith("over") else 0)
    return make(m, "DATE", relative_unit_value("weekend", 0, ctx.pub), anchor="published" if ctx.pub else None,
              start=start)


@rule("unit_edge", UNIT, rf"(?P<mod>{P.MOD_PREFIX}|(?i:earlier|later)\s+in)\s+(?P<the>(?i:the|this))\s+(?P<unit>(?i:year|month|week|decade|century))|(?P<ye>(?i:(?:around\s+|by\s+)?year[-\s]end|year['’]s\s+end))")
def _unit_edge(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """"the end of the year", "year-end", "earlier in the month": the current unit, with its edge."""
    if m["ye"]:
        start = m.start()
        if low(m["ye"]).startswith(("around", "by")):
            start = m.start() + len(m["ye"].split()[0]) + 1
        return make(m, "DATE", relative_unit_value("year", 0, ctx.pub), "END", "published" if ctx.pub else None,
                  start=start)
    mod = mod_of(m["mod"])
    return make(m, "DATE", relative_unit_value(m["unit"].lower(), 0, ctx.pub), mod, "published" if ctx.pub else None)


_SUDDEN_BEFORE = re.compile(r"\b(?:happen|come|change|disappear|vanish|transform|go\s+away|be\s+built|be\s+fixed|"
                            r"be\s+solved)\w*\s+$", re.I)
_SUDDEN_AFTER = re.compile(r"\s+(?:success|sensation|celebrity|star|millionaire|transformation|solution|fix|"
                           r"turnaround|change|shift)", re.I)
# "That's not going to be overnight", "you can't fix this overnight": an adverb "overnight" in a negated or
# "can" clause is the idiom (all at once), never a night; a night's "overnight" is told as a fact ("Iran
# responded overnight"). The clause is read back to its last sentence or clause mark.
_CLAUSE_START = re.compile(r"[.;:!?\"“”(]")
_NOT_OR_CAN = re.compile(r"\b(?:not|never|no\s+one|nobody|nothing|can|cannot|could)\b|n['’]t\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|this|that|his|her|its|their|our|my|your)\s+$", re.I)


def _overnight_idiom(text: str, start: int, end: int) -> bool:
    """"overnight" meaning all at once (see _SUDDEN_BEFORE, _SUDDEN_AFTER and _NOT_OR_CAN), not a night."""
    if _SUDDEN_BEFORE.search(text, max(0, start - 30), start) or _SUDDEN_AFTER.match(text, end):
        return True
    lo = max(0, start - 80)
    if _DETERMINER_BEFORE.search(text, lo, start):
        return False  # "the overnight rains": a noun's modifier, a night whatever the clause says
    marks = list(_CLAUSE_START.finditer(text, lo, start))
    clause = text[marks[-1].end() if marks else lo : start]
    return bool(_NOT_OR_CAN.search(clause))


@rule("day_part", DAY, r"(?P<the>(?i:the|this|that))\s+(?P<part>(?i:morning|afternoon|evening))|(?i:overnight)|(?P<mod>(?i:early|late|mid))[\s-](?P<part2>(?i:morning|afternoon|evening))")
def _day_part(m: re.Match[str], ctx: Ctx) -> Timex | None:
    part = (m["part"] or m["part2"] or "night").lower()
    if m["the"] and m["the"].lower() == "this":
        return None  # rule "day_word"
    if not (m["part"] or m["part2"]) and _overnight_idiom(ctx.text, m.start(), m.end()):
        return None  # "it did not happen overnight", "an overnight success": all at once, no night
    day = day_value(ctx.pub) if ctx.pub else "XXXX-XX-XX"
    return make(m, "TIME", f"{day}T{P.DAY_PARTS[part]}", {"early": "START", "late": "END"}.get(low(m["mod"])),
              "published" if ctx.pub else None)


# ---------------------------------------------------------------------------------------------
# counts of units: three years, the past two months, two years ago, a 16-hour delay
# ---------------------------------------------------------------------------------------------
@rule("count_unit", UNIT, rf"(?:(?P<dm>{P.DUR_MOD})\s+)?(?P<the>(?i:(?:the\s+)?(?:past|last|next|coming|first|previous|following|final))\s+)?(?P<num>{P.NUM}|{P.VAGUE})[\s-]+(?:(?i:more|additional|straight|consecutive|full|long)\s+)?(?P<unit>{P.UNITS_PL})(?P<post>(?:\s+(?i:or\s+so|or\s+more))?\s+(?i:ago|earlier|before|later|from\s+now|hence))?")
def _count_unit(m: re.Match[str], ctx: Ctx) -> Timex | None:
    tail = ctx.text[m.end() : m.end() + 5].lower()
    if tail.startswith(("-old", " old")):  # ages are not times
        return None
    if m["unit"].lower().startswith("quarter") and tail.startswith(" of"):
        return None  # "three-quarters of its food" is a share
    unit = unit_of(m["unit"])
    if unit not in P.UNITS:
        return None
    letter, mult, clock = P.UNITS[unit]
    if tail.startswith("-long") and _counts_nouns(ctx.text, m):
        # "two decade-long wars": the number counts the wars; each lasted a decade (review 18)
        return make(m, "DURATION", duration_value(1, letter, mult, clock), start=m.start("unit"))
    num_text = low(m["num"])
    if num_text in {"a", "an"} and m["unit"].lower().endswith("s"):
        return None  # "a years-long campaign", "a decades-old feud": a compound adjective, not one unit
    if re.fullmatch(r"(?:1[89]|20)\d\d", num_text) and not m["unit"].lower().endswith("s"):
        return None  # "the 1988 quarter" is a year's quarter, not 1988 of them
    n = None if num_text in P.VAGUE_NUMBERS else parse_number(num_text, P.NUMBER_WORDS)
    if n is None and num_text not in P.VAGUE_NUMBERS:
        return None
    decided, special = _one_or_a(m, ctx, num_text, unit)
    if decided:
        return special
    mod = P.DURATION_MODS.get(low(m["dm"])) if m["dm"] else None
    if mod and m["the"] and low(m["dm"]) in {"over", "under"}:
        # "over the past two years" is during them, not more than two years: the span begins at "the past"
        return make(m, "DURATION", duration_value(n, letter, mult, clock), start=m.start("the"))
    post = low(m["post"]).replace("or so ", "").replace("or more ", "")
    if post == "before" and not m["the"] and (_BE_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()])
                                              or GERUND_AFTER.match(ctx.text, m.end("unit"))):
        # "it will be several years before output rises": the wait until the act, no date (review 18)
        return make(m, "DURATION", duration_value(n, letter, mult, clock), mod, end=m.start("post"))
    if not m["the"] and post == "before" and _EVENT_AFTER.match(ctx.text, m.end()):
        return _event_offset(m, n, mod, True)
    if not (m["the"] or post) and _after_event(ctx.text, m.end()):
        return _event_offset(m, n, mod, False)
    if post in {"ago", "earlier", "before"} and not m["the"]:
        if ctx.pub is None:
            # "13 years ago" with no report date: some time in the past at least (review 29), not nothing
            return make(m, "DATE", "PAST_REF" if n is None or post == "ago" else None, mod)
        if n is None:
            return make(m, "DATE", "PAST_REF", mod, "published")
        steps = -round(n * mult) if letter != "Q" else -round(n)
        if letter != "Q" and not clock:  # ("half an hour ago" is the report's day, as "an hour ago" is)
            finer = finer_steps(letter, n * mult)  # "half a year ago": six months back, not this year
            if finer is None:
                return make(m, "DATE", None, mod)
            letter, steps = finer[0], -finer[1]
        tx = make(m, "DATE", shift_value(ctx.pub, letter, steps, clock), mod, "published")
        if not clock:
            # "earlier"/"before" look back from the last date in the text; "ago" from the report, except
            # in results reporting, where "a year ago" beside a quarter is that quarter a year before
            tx.text_shift = (letter, steps, post == "ago")
        return tx
    if post in {"from now", "hence"} and not m["the"] and ctx.pub is not None and n is not None:
        return make(m, "DATE", shift_value(ctx.pub, letter, round(n * mult), clock), mod, "published")
    if post:  # a duration: the count alone is the span ("two years later" included)
        return make(m, "DURATION", duration_value(n, letter, mult, clock), mod, end=m.start("post"))
    return make(m, "DURATION", duration_value(n, letter, mult, clock), mod)


def _one_or_a(m: re.Match[str], ctx: Ctx, num_text: str, unit: str) -> tuple[bool, Timex | None]:
    """'one day' as some day, 'a second' as the ordinal, 'a' before a rate or kind, a count before a rate's base
    ("two days a week", :func:`_rate_set`): (decided, the value)."""
    bare = not (m["dm"] or m["the"] or m["post"])
    if num_text == "one" and unit == "day" and bare:
        prev_words = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
        if prev_words and prev_words[-1] in {"will", "would", "could", "might", "may", "should", "to", "can"}:
            return True, make(m, "DATE", "FUTURE_REF")  # "Islam will one day be ..."
        if ctx.text.startswith(",", m.end()) and (not prev_words or prev_words[-1][-1:] in ".!?\"”"):
            # "One day, sooner or later, they will return": some day, not a day's length
            ref = "PAST_REF" if ctx.tense(m.start(), m.end()) == "PAST" else "FUTURE_REF"
            return True, make(m, "DATE", ref)
    if num_text == "some" and unit == "day" and bare and not m["unit"].lower().endswith("s"):
        return True, make(m, "DATE", "FUTURE_REF")  # "hopes it will end some day": a day to come, no span (round 27)
    if num_text == "a" and unit == "second" and bare:
        if _ordinal_second(ctx.text, m.start(), m.end()):
            return True, None  # "a second explosion", "a second term", "a second-tier": the ordinal, not one second
    if num_text in {"a", "an"} and bare and _rate_or_kind(ctx.text, m):
        return True, None
    rate = _rate_set(m, ctx.text)
    return (True, rate) if rate is not None else (False, None)


# "be" right before the count: "it will be two years before", "it was months before" (a wait, not a shift)
_BE_BEFORE = re.compile(r"\b(?:be|been|is|was|'s)\s+$", re.I)


def _ordinal_second(text: str, start: int, end: int) -> bool:
    """"a second" as the ordinal before a noun, not one second: a word follows that cannot follow the span
    (:data:`_NOT_A_NOUN`), or a modifier opens right after it; a comma only when an adjective and a noun follow
    and no word before reads a span ("paused for a second, then spoke"). Round 33: a no-break space, a comma
    or a number between "a second" and "man" had left one second (PT1S) on a second suspect."""
    if text.startswith("-", end):
        return True  # "a second-tier", "a second-half goal"
    nxt = _NEXT_WORD.match(text, end)
    if nxt:
        return nxt.group(1).lower() not in _NOT_A_NOUN
    if _MODIFIER_OPENS.match(text, end):
        return _SPAN_BEFORE.search(text, max(0, start - 10), start) is None
    comma = _COMMA_ADJECTIVE.match(text, end)
    return (comma is not None and comma.group(1) not in _NOT_A_NOUN
            and _SPAN_BEFORE.search(text, max(0, start - 10), start) is None)


def _counts_nouns(text: str, m: re.Match[str]) -> bool:
    """A number, a space and a unit-long adjective ("two decade-long wars"), no article before the number ("a
    two decade-long war" is one war of twenty years)."""
    if m["dm"] or m["the"] or not text[m.end("num") : m.start("unit")].isspace():
        return False
    if low(m["num"]) in {"a", "an"} or m["unit"].lower().endswith("s"):
        return False  # "a years-long campaign": a compound adjective, no count of things
    return re.search(r"\b(?:a|an|one)\s+$", text[max(0, m.start() - 4) : m.start()], re.I) is None


_EVENT_AFTER = re.compile(r"[ \t]+(?:the|a|an|his|her|its|their|our|[A-Z][\w'’.-]*)\b")
_AFTER_WORD = re.compile(r"[ \t]+(?i:after)(?=[ \t])")


def _after_event(text: str, pos: int) -> bool:
    after = _AFTER_WORD.match(text, pos)
    return after is not None and _EVENT_AFTER.match(text, after.end()) is not None


def _event_offset(m: re.Match[str], n: float | None, mod: str | None, before: bool) -> Timex:
    """"two hours before the president's speech", "ten days after the shooting": counted from an event the text
    names, not from the report. The count alone is the span, a DURATION as TimeML marks a count before or after a
    clause ("a month after Qantas suspended"); with a parse, offsets.py makes one before or after an event noun
    a DATE of that event's day shifted, or of no day (review 15, round 16)."""
    unit = unit_of(m["unit"])
    letter, mult, clock = P.UNITS[unit]
    end = m.start("post") if before else m.end()
    tx = make(m, "DURATION", duration_value(n, letter, mult, clock), mod, end=end)
    steps = None if n is None else (round(n) if letter == "Q" else round(n * mult))
    tx.event_shift = (letter, None if steps is None else (-steps if before else steps), clock)
    return tx


_RATE_BASE = re.compile(r"\b(?:hours|minutes|days|weeks|months|times|shifts|meals)\s+$", re.I)
_KIND_AFTER = re.compile(r"\s+(?:without|when|where|in\s+which)\b", re.I)


def _rate_or_kind(text: str, m: re.Match[str]) -> bool:
    """"a day"/"a year" that is no span: a rate's base after a figure ("$1.76 a year", which TimeML corpora
    leave unmarked) or after a count of units ("eight hours a day", "three times a year"), or a kind of year
    ("in a year without Obama on the ticket"; review 15)."""
    before = text[max(0, m.start() - 15) : m.start()]
    if re.search(r"\d\s*\S*\s*$", before) or _RATE_BASE.search(before):
        return True
    return re.search(r"\bin\s+$", before, re.I) is not None and _KIND_AFTER.match(text, m.end()) is not None


# the base of a rate after a count of units: "three days a week", "two hours per day", "four days each month"
_RATE_AFTER = re.compile(r"[ \t]+(?i:a|an|per|each|every)[ \t]+(?P<base>(?i:day|week|fortnight|month|year))\b")


def _rate_set(m: re.Match[str], text: str) -> Timex | None:
    """"works from home two days a week": a rate, how often, not a span of two days (round 27). The whole phrase is
    one SET whose value is the base period (TimeML's value of "twice a week"); the count alone was a DURATION."""
    if m["dm"] or m["the"] or m["post"]:
        return None
    r = _RATE_AFTER.match(text, m.end())
    if r is None:
        return None
    base = unit_of(r["base"].lower())
    if base not in P.UNITS:
        return None
    letter, mult, clock = P.UNITS[base]
    return make(m, "SET", duration_value(1, letter, mult, clock), end=r.end())


# what follows "a second": a word after any space (a no-break space or a line break included), or a quote,
# bracket, dash or digit opening a modifier of the noun ("a second 27-year-old man", "a second (younger) man")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_MODIFIER_OPENS = re.compile(r"\s*[\"“‘'(–—]|\s+\d")
# after a comma, an adjective and a noun ("a second, unidentified man"), unless a span is read ("for a second,")
_COMMA_ADJECTIVE = re.compile(r",\s+([a-z]+)\s+[a-z]+")
_SPAN_BEFORE = re.compile(r"\b(?:for|of|wait|just|only|half|split|took|take|takes|taking)\s+$", re.I)
# words that may follow the duration "a second" ("a second later", "for a second or two", "a second to react")
_NOT_A_NOUN = frozenset({"later", "ago", "earlier", "before", "after", "or", "and", "to", "of", "longer", "more",
                         "in", "on", "at", "when", "while", "as", "too", "then", "but", "so", "he", "she", "it",
                         "they", "we", "i", "you", "the", "that", "there", "until", "into", "from", "for", "with"})


@rule("vague_plural", UNIT, r"(?P<pre>(?i:recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few|in\s+recent|for|within|in|over\s+the)\s+)?(?P<unit>(?i:days|weeks|months|years|decades|centuries))")
def _vague_plural(m: re.Match[str], ctx: Ctx) -> Timex | None:
    pre = low(m["pre"])
    if not pre:
        return None
    unit = unit_of(m["unit"])
    letter, mult, clock = P.UNITS[unit]
    if pre in {"for", "within", "in", "over the"}:
        if ctx.text[m.end() : m.end() + 4].startswith((" of", " to", " ago", "-")):
            return None  # "in years of war", "for years to come" is left to the other rules
        return make(m, "DURATION", f"PX{'E' if unit == 'decade' else 'C' if unit == 'century' else letter}",
                  start=m.start("unit"))
    start = m.start() + 3 if pre.startswith("in ") else m.start()
    return make(m, "DURATION", duration_value(None, letter, mult, clock), start=start)
