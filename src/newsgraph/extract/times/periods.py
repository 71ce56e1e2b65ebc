"""Rules for years, decades, centuries, quarters, halves, seasons, holidays, sets and references."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ...lexicon import load_lexicon, read_tsv
from ..designators import designated, street_number
from . import patterns as P
from .core import (
    DECADE,
    DIGIT,
    HOLIDAY,
    MONTH,
    REF,
    SEASON,
    SET,
    SPOKEN,
    UNIT,
    WEEKDAY,
    Ctx,
    Timex,
    low,
    make,
    mod_of,
    month_of,
    rule,
    unit_of,
)
from .game_periods import game_period
from .normalize import (
    duration_value,
    parse_number,
    resolve_season,
)


# ---------------------------------------------------------------------------------------------
# years, decades, centuries, quarters, halves, seasons, holidays
# ---------------------------------------------------------------------------------------------
@rule("year", DIGIT, rf"(?:(?P<mod>{P.MOD_PREFIX})[\s-]*|(?P<fy>(?i:fiscal|calendar|the\s+year|fy))[\s-]*)?(?<![$£€#])(?P<y>{P.YEAR})(?![%\d]|[,.]\d|\s*(?i:percent|per\s+cent))")
def _year(m: re.Match[str], ctx: Ctx) -> Timex | None:
    if "half" in low(m["mod"]):
        return None  # "the first half of 2019" is 2019-H1 (rule "half")
    y = int(m["y"])
    pl = P.PLURAL_S.match(ctx.text, m.end())
    if pl and pl.group(1) not in P.NOT_PLURAL and not (m["mod"] or m["fy"]):
        return None  # "2000 troops"
    prev = ctx.text[max(0, m.start() - 12) : m.start()].lower().rstrip()
    if not (m["mod"] or m["fy"]):
        if y < 1800 or designated(ctx.text, m.start()):  # "Flight 2000", "cases 1000, 2000 and 4000": labels
            return None
        if street_number(ctx.text, m.start("y"), m.end("y")):
            return None  # "near 1909 Jolinda Drive": a building's number (round 24)
        count = re.search(r"(\d[\d,.]*)\s*(?:to|-|and)$", prev)
        if count and not re.fullmatch(r"(?:1[89]|20)\d\d", count.group(1)):
            return None  # "from 1,500 to 2000" is a count; "1990 and 1991" are years
    return make(m, "DATE", f"{y:04d}", mod_of(m["mod"]), "absolute")


@rule("clipped_year", DIGIT, r"(?<![\w'’‘])['’‘](?P<yy>\d\d)")
def _clipped_year(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """A year with its century clipped ("backed him in ’16", "the class of '98", review 17): the century that puts
    the year at most ten years after the publication, else (no publication) 20xx up to '30."""
    if not P.clipped_year(ctx.text, m.start("yy"), m.end("yy")):
        return None  # "'16 people" inside single quotes is a count
    yy = int(m["yy"])
    pub = ctx.pub.year if ctx.pub is not None else 2020
    y = 2000 + yy if 2000 + yy <= pub + 10 else 1900 + yy
    return make(m, "DATE", f"{y:04d}", anchor="absolute")


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


@rule("spoken_year", SPOKEN, r"(?:(?P<the>(?i:the\s+year))\s+)?(?P<c>(?i:nineteen|twenty))\s+(?P<t>(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:[\s-]+(?P<o>(?i:one|two|three|four|five|six|seven|eight|nine)))?|(?P<the2>(?i:the\s+year)\s+)?(?P<k>(?i:two\s+thousand))(?:\s+(?:(?i:and)\s+)?(?P<o2>(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?")
def _spoken_year(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if m["k"]:
        if not (m["the2"] or m["o2"]):
            return None  # "two thousand" alone is a count
        extra = {"ten": 10, **_ONES}.get((m["o2"] or "").lower(), 0)
        return make(m, "DATE", f"{2000 + extra:04d}", anchor="absolute")
    y = (19 if m["c"].lower() == "nineteen" else 20) * 100 + _TENS[m["t"].lower()] + _ONES.get((m["o"] or "").lower(), 0)
    return make(m, "DATE", f"{y:04d}", anchor="absolute")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


@rule("decade", DIGIT | DECADE, rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>{P.MOD_PREFIX}|(?i:mid|early|late))[\s-]*)?(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s|['’](?P<d2>\d0)s|(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))")
def _decade(m: re.Match[str], ctx: Ctx) -> Timex | None:
    if m["dec"]:
        value = f"{m['dec'][:3]}X"
    else:
        d = int(m["d2"][0]) if m["d2"] else _DECADE_WORDS[m["dw"].lower()]
        if m["dw"] and not m["the"]:
            return None  # "in his forties" is an age
        cent = 19 if ctx.pub is None or d * 10 > ctx.pub.year % 100 else ctx.pub.year // 100
        value = f"{cent:02d}{d}X"
    return make(m, "DATE", value, mod_of(m["mod"]), "absolute")


# A bare number before a singular "century" ("the 21 century", "a 19 century custom") is an ordinal written
# without its suffix: a count of centuries would be plural ("21 centuries"), so it is no duration (round 31;
# read as P2100Y before). Only 2-21 are taken: "1 century" stays a span of a hundred years.
@rule("century", UNIT, rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<mod>{P.MOD_PREFIX}|(?i:mid|early|late))[\s-]*)?(?:(?P<ord>{P.ORDINAL}|\d{{1,2}}(?i:st|nd|rd|th))|(?P<bare>\d{{1,2}}))[\s-]+(?i:century)")
def _century(m: re.Match[str], ctx: Ctx) -> Timex | None:
    if m["bare"]:
        n: int | None = int(m["bare"]) if 2 <= int(m["bare"]) <= 21 else None
    else:
        n = P.ORDINALS.get(m["ord"].lower())
    if n is None:
        return None
    return make(m, "DATE", f"{n - 1:02d}XX", mod_of(m["mod"]), "absolute")


@rule("this_quarter", UNIT, r"(?P<the>(?i:the|this|last|next))\s+(?P<w>(?i:latest|current|year-ago|year-earlier|fiscal|same)\s+)?(?i:quarter)")
def _this_quarter(m: re.Match[str], ctx: Ctx) -> Timex | None:
    """Company reports speak of "the quarter", "the latest quarter": the last one ended."""
    if ctx.pub is None:
        return make(m, "DATE", "XXXX-QX")
    the, w = m["the"].lower(), low(m["w"])
    cur = (ctx.pub.month - 1) // 3 + 1
    if the in {"this", "next"} and not w:
        off = 0 if the == "this" else 1
        y, q = ctx.pub.year + (cur - 1 + off) // 4, (cur - 1 + off) % 4 + 1
    else:
        y, q = (ctx.pub.year, cur - 1) if cur > 1 else (ctx.pub.year - 1, 4)
        if w in {"year-ago", "year-earlier"}:
            y -= 1
    return make(m, "DATE", f"{y:04d}-Q{q}", anchor="published")


_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}


@rule("quarter", UNIT | DIGIT, rf"(?:(?P<the>(?i:the))\s+)?(?:(?P<ry>(?i:this|last|next))\s+(?i:year)['’]s\s+)?(?:(?P<rel>(?i:last|next|this|current|previous|same|year-ago|year-earlier|comparable\s+year-ago))\s+)?(?:(?P<py>{P.YEAR})\s+)?(?:(?i:fiscal|calendar)[\s-]+)?(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))[\s-]+(?:(?i:fiscal|calendar)[\s-]+)?(?i:quarter|qtr)(?:,?\s+(?:(?i:of)\s+)?(?:(?i:fiscal)\s+)?(?P<y>{P.YEAR})(?![\d,.]\d))?|(?P<q>Q[1-4])(?:\s+(?P<y2>{P.YEAR}))?")
def _quarter(m: re.Match[str], ctx: Ctx) -> Timex | None:
    q = int(m["q"][1]) if m["q"] else _Q[m["ord"].lower()]
    year = m["y"] or m["y2"] or m["py"]
    if m["ry"] and ctx.pub is not None:
        year = str(ctx.pub.year + {"last": -1, "this": 0, "next": 1}[m["ry"].lower()])
    if year:
        return make(m, "DATE", f"{year}-Q{q}", anchor="absolute")
    if not m["q"] and game_period(ctx.text, m.start(), m.end()):
        return None  # "a technical foul in the third quarter" of a game (round 25)
    if ctx.pub is None:
        return make(m, "DATE", f"XXXX-Q{q}")
    cur = (ctx.pub.month - 1) // 3 + 1
    y = ctx.pub.year - (1 if "year-" in low(m["rel"]) else 0)
    direction = ctx.tense(m.start(), m.end())
    # results are reported after a quarter ends: the quarter named without a year is the latest one
    if q > cur and direction != "FUTURE":
        y -= 1
    return make(m, "DATE", f"{y:04d}-Q{q}", anchor="published")


@rule("half", UNIT | DIGIT, rf"(?:(?P<the>(?i:the))\s+)?(?P<ord>(?i:first|second))[\s-]+(?i:half)(?:\s+(?i:of)(?:\s+(?i:the\s+year|(?P<y>{P.YEAR})|(?P<rel>this|last|next)\s+year)))?")
def _half(m: re.Match[str], ctx: Ctx) -> Timex | None:
    h = 1 if m["ord"].lower() == "first" else 2
    if m["y"]:
        return make(m, "DATE", f"{m['y']}-H{h}", anchor="absolute")
    if not m.group(0).lower().endswith("year"):
        return None  # "the first half" of a match, of a speech...
    if ctx.pub is None:
        return make(m, "DATE", f"XXXX-H{h}")
    off = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    return make(m, "DATE", f"{ctx.pub.year + off:04d}-H{h}", anchor="published")


# A season word is a time noun only in a time's role. "the fall of the Shah", "the winter of discontent": a
# head with an of-complement that names no time is the noun of an event (a downfall). "fall-out", "take the
# fall": other words. "the Winter Olympics", "Summer Games": a capitalized season before a capitalized word
# is part of a name.
_OF_NO_TIME = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:last|this|next|that|same|following|previous|coming|past|"
                         r"year|current)\b|\d|'\d)", re.I)
_FALL_OUT = re.compile(r"(?:-|\s+)out\b", re.I)
_TAKE_THE = re.compile(r"\b(?:take|takes|took|taken|taking)\s+the\s+$", re.I)
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]+")


def _season_is_time(m: re.Match[str], text: str) -> bool:
    """Whether the season word of ``m`` (no year after it) stands in a time's role (see _OF_NO_TIME)."""
    if _OF_NO_TIME.match(text, m.end()):
        return False
    if m["s"].lower() == "fall" and (_FALL_OUT.match(text, m.end())
                                     or _TAKE_THE.search(text, max(0, m.start() - 20), m.start())):
        return False
    nxt = _NAME_NEXT.match(text, m.end())
    return not (m["s"][0].isupper() and nxt and nxt.group(0).strip().lower() not in P.MONTHS)


@rule("season", SEASON, rf"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|past|coming))\s+|(?P<mod>{P.MOD_PREFIX}|(?i:mid|early|late))[\s-]*)?(?P<s>{P.SEASON})(?:(?:\s+(?i:of))?\s+(?P<y>{P.YEAR})(?![\d,.]\d))?")
def _season(m: re.Match[str], ctx: Ctx) -> Timex | None:
    word = m["s"].lower()
    code = P.SEASONS[word]
    if not m["y"] and not _season_is_time(m, ctx.text):
        return None
    if m["s"][0].isupper() and m.start("s") > 0 and not (m["rel"] or m["mod"] or m["y"]):
        before = ctx.text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1][:1].isupper():
            return None  # "Arab Spring", "Operation Summer Rain"
    if not (m["rel"] or m["mod"] or m["y"]):
        prev = re.findall(r"[A-Za-z]+", ctx.text[max(0, m.start() - 16) : m.start()])
        if not prev or prev[-1].lower() not in {"the", "this", "in", "since", "until", "by", "during", "through"}:
            return None
        if word == "fall" and prev[-1].lower() not in {"the", "this"}:
            return None
    mod = mod_of(m["mod"])
    if m["y"]:
        return make(m, "DATE", f"{int(m['y']):04d}-{code}", mod, "absolute")
    rel = low(m["rel"]) or None
    direction = None if rel else ctx.tense(m.start(), m.end())
    value, anchor = resolve_season(code, P.SEASON_START[code], ctx.pub, direction, rel)
    return make(m, "DATE", value, mod, anchor)


@rule("holiday", HOLIDAY, rf"(?P<h>{P.HOLIDAY})(?:,?\s+(?P<y>{P.YEAR}))?")
def _holiday(m: re.Match[str], ctx: Ctx) -> Timex | None:
    name = low(m["h"])
    if not m["h"][0].isupper() and not name.startswith("the "):
        return None
    spec = P.HOLIDAYS[name]
    if not m["y"] and _thing_noun().match(ctx.text, m.end()):
        return None  # "under the Christmas tree": a kind of thing, no day (review 21)
    if not m["y"] and _greeting().search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "wished them a Merry Christmas": a wish, no day of the story (round 37)
    if m["y"]:
        return make(m, "DATE", _holiday_day(spec, int(m["y"])), anchor="absolute")
    if ctx.pub is None:
        return make(m, "DATE", f"XXXX-{spec[0]:02d}" + (f"-{spec[1]:02d}" if len(spec) == 2 else ""))
    y = ctx.pub.year
    direction = ctx.tense(m.start(), m.end())
    day = dt.date.fromisoformat(_holiday_day(spec, y))
    pub = ctx.pub
    if _season_noun().match(ctx.text, m.end()):
        # "packed with Christmas shoppers", "the Thanksgiving rush": the season around the holiday, the one
        # nearest the report whatever the clause's tense (review 18: ten days ahead, read as the year before)
        y = min((y - 1, y, y + 1), key=lambda yy: abs((dt.date.fromisoformat(_holiday_day(spec, yy)) - pub).days))
        return make(m, "DATE", _holiday_day(spec, y), anchor="published")
    if direction == "PAST" and day > ctx.pub + dt.timedelta(days=7):
        y -= 1
    elif direction == "FUTURE" and day < ctx.pub:
        y += 1
    elif direction is None:
        # round 34: with no tense to tell, the holiday nearest the report ("the Christmas Eve briefing" quoted in a
        # February report was the December just gone, not ten months ahead)
        y = min((y - 1, y, y + 1), key=lambda yy: abs((dt.date.fromisoformat(_holiday_day(spec, yy)) - pub).days))
    return make(m, "DATE", _holiday_day(spec, y), anchor="published")


@lru_cache(maxsize=1)
def _season_noun() -> re.Pattern[str]:
    """A holiday before a lower-case noun of its season (data/time_season_nouns.tsv: shoppers, rush, travel ...)."""
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(r[0]) for r in read_tsv("time_season_nouns.tsv")) + r")\b")


@lru_cache(maxsize=1)
def _thing_noun() -> re.Pattern[str]:
    """A holiday before a lower-case noun of a thing named after it (data/time_holiday_things.tsv: tree, cards)."""
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(r[0]) for r in read_tsv("time_holiday_things.tsv")) + r")\b")


@lru_cache(maxsize=1)
def _greeting() -> re.Pattern[str]:
    """A greeting's word right before a holiday (data/time_greeting_words.tsv: "Merry", "Happy")."""
    words = "|".join(re.escape(r[0]) for r in read_tsv("time_greeting_words.tsv"))
    return re.compile(r"(?i)(?<![\w-])(?:" + words + r")[ \t]+$")


def _holiday_day(spec: tuple[int, ...], y: int) -> str:
    if len(spec) == 2:
        return dt.date(y, spec[0], spec[1]).isoformat()
    mon, neg_wd, nth = spec
    wd = -neg_wd
    first = dt.date(y, mon, 1)
    days = [first + dt.timedelta(days=i) for i in range(31) if (first + dt.timedelta(days=i)).month == mon]
    hits = [d for d in days if d.isoweekday() == wd]
    return (hits[nth - 1] if nth > 0 else hits[nth]).isoformat()


# ---------------------------------------------------------------------------------------------
# sets and references
# ---------------------------------------------------------------------------------------------
_NOT_NOUNS = frozenset({"and", "or", "but", "in", "on", "at", "for", "from", "to", "since", "until", "by", "with",
                        "through", "during", "over", "after", "before", "as", "than", "the", "a", "an", "is", "are",
                        "was", "were", "will", "would", "that", "which", "while", "if", "because", "so", "basis"})
# a paper's "daily"/"weekly": a name right before it, itself after a capitalized word or an article ("Le Figaro
# daily"); "traveled to China monthly" is no paper
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’.-]*|\b(?:the|a|an))\s+[A-Z][\w'’.-]*\s+$")
_NAME_AFTER_WORD = re.compile(r"\s+[A-Z][a-z]")


def _paper_word(text: str, start: int, end: int) -> bool:
    """"daily"/"weekly" as a paper's noun: after a name that follows a capitalized word or an article, with no name
    after it ("told Le Figaro daily in an interview"). "the Communist Party daily Granma" is left a SET: AQUAINT's
    gold annotates it so (P1D), four times."""
    before = text[max(0, start - 40) : start]
    return bool(_NAME_BEFORE.search(before)) and not _NAME_AFTER_WORD.match(text, end)
_PAPER_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# "the weekly", "the satirical weekly", "the Italian daily": the article, at most an adjective-shaped word between
# ("cross the border daily" is an adverb)
_ARTICLE_BEFORE = re.compile(r"\b(?i:the)\s+(?:[a-z]+(?:al|ic|ish|an|ese)\s+)?$")
_NOT_PAPER_AFTER = re.compile(r"\s+(?:basis|rate|average|dose|dosage)\b", re.I)


def _paper_noun(text: str, start: int, end: int) -> bool:
    """Review 17: "Daily"/"Weekly" capitalized before a capitalized word is a paper's name ("the Daily Herald",
    "Weekly Standard"); "the (satirical) weekly" with no noun after it is the paper ("support for the weekly"),
    not a repetition."""
    if text[start].isupper() and _PAPER_NAME_AFTER.match(text, end):
        return start > 0 and not re.search(r"(?:^|[.!?\n]\s*)$", text[max(0, start - 3) : start])
    before = text[max(0, start - 40) : start]
    return bool(_ARTICLE_BEFORE.search(before)) and not _NOT_PAPER_AFTER.match(text, end)


# round 34: "the business daily Vedomosti", "Russia's daily Kommersant", "the pan-Arab daily Asharq Al-Awsat": the
# article or a possessive name, at most two lower-case (or hyphened) words, then "daily" and a name that is no
# weekday or month. A capitalized body before it ("the Communist Party daily Granma") stays a SET, as AQUAINT has it
_OWNER_BEFORE = re.compile(r"(?:\b(?i:the)|\b[A-Z][\w.-]*['’]s)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+-[A-Z][a-z]+)\s+){0,2}$")
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w.-]*['’]s\s+$")
_PAPER_NAME = re.compile(rf"\s+(?!(?:{P.WEEKDAY}|{P.MONTH})\b)[A-Z][\w'’.-]")


def _named_paper(text: str, start: int, end: int) -> bool:
    """"daily"/"weekly" between an owner or an article (and its words) and the paper's name; "Daily" capitalized
    after a possessive name is the name's end ("People's Daily")."""
    if text[start].isupper() and _POSSESSIVE_NAME.search(text[max(0, start - 30) : start]):
        return True
    return bool(_OWNER_BEFORE.search(text[max(0, start - 60) : start])) and bool(_PAPER_NAME.match(text, end))


# the parts of a day written in the plural after a weekday ("Sunday afternoons")
_PARTS_PL = "|".join(p for p in P.DAY_PARTS if p != "overnight")
_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
              "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "annual": "P1Y"}


@rule("set", SET | WEEKDAY | MONTH | UNIT, rf"(?P<w>(?i:daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly|biweekly))|(?i:every|each|per)\s+(?:(?P<num>{P.NUM})\s+)?(?:(?P<wd>{P.WEEKDAY})(?:\s+(?P<part>{P.DAY_PART}))?|(?P<mon>{P.MONTH})|(?P<unit>{P.UNITS_PL}))|(?:(?i:on)\s+)?(?P<wds>(?:{P.WEEKDAY}))(?:s|\s+(?P<parts>(?i:{_PARTS_PL}))s)(?![a-z])")
def _set(m: re.Match[str], ctx: Ctx) -> Timex | None:
    if m["w"]:
        nxt = re.match(r"\s+([a-z]+)", ctx.text[m.end() : m.end() + 20])
        if nxt and nxt.group(1) not in _NOT_NOUNS:
            return None  # an adjective: "its quarterly dividend", "average daily volume"
        if m["w"].lower() in ("daily", "weekly") and (_paper_word(ctx.text, m.start(), m.end())
                                                     or _paper_noun(ctx.text, m.start(), m.end())
                                                     or _named_paper(ctx.text, m.start(), m.end())):
            return None  # a paper: "told Le Figaro daily", "the Israeli daily Haaretz"
        return make(m, "SET", _SET_WORDS[m["w"].lower()])
    if m["mon"]:
        return make(m, "SET", f"XXXX-{month_of(m['mon']):02d}")
    wd_text = m["wd"] or m["wds"]
    if wd_text:
        wd = P.WEEKDAYS.get(wd_text.lower().rstrip("."))
        # "every Wednesday afternoon": the part of each such day, a recurrence, never one afternoon
        part = f"T{P.DAY_PARTS[m['part'].lower()]}" if m["wd"] and m["part"] else ""
        # "golf on Sunday afternoons": the part of each such day, as with "every"
        part = f"T{P.DAY_PARTS[m['parts'].lower()]}" if m["parts"] else part
        return make(m, "SET", f"XXXX-WXX-{wd}{part}") if wd else None
    unit = unit_of(m["unit"])
    if unit not in P.UNITS:
        return None
    letter, mult, clock = P.UNITS[unit]
    n = parse_number(m["num"], P.NUMBER_WORDS) if m["num"] else 1.0
    return make(m, "SET", duration_value(n, letter, mult, clock))


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
         "the present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
         "right now": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF", "lately": "PAST_REF", "the future": "FUTURE_REF",
         "soon": "FUTURE_REF", "the near future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
         "in the future": "FUTURE_REF", "shortly": "FUTURE_REF", "the long term": "FUTURE_REF",
         "the short term": "FUTURE_REF", "recent": "PAST_REF", "current": "PRESENT_REF", "once": "PAST_REF"}


_UNIT_SOON = re.compile(r"[^.;:]*?\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|generations?)\b",
                        re.I)
_COUNT_NEXT = re.compile(r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|many)\b)",
                         re.I)


@lru_cache(maxsize=1)
def _ref_followers() -> frozenset[str]:
    """Words after "the past"/"the future" that leave it a noun of time ("the past is", "the future of"):
    data/time_ref_followers.tsv, with the function words of _NOT_NOUNS."""
    return _NOT_NOUNS | frozenset(row[0].lower() for row in read_tsv("time_ref_followers.tsv"))


def _adjective_before_noun(after: str) -> bool:
    """A lower-case word right after "the past" that is no word of time and does not end the phrase: the
    past is an adjective on it ("the past administration")."""
    nxt = re.match(r"[ \t]+([a-z]+)\b", after)
    if nxt is None:
        return _title_after(after)
    word = nxt.group(1)
    return word not in _ref_followers() and not re.fullmatch(P.UNITS_PL, word) and not word.endswith("ly")


def _title_after(after: str) -> bool:
    """A title of office after "the future"/"the past" ("the future Vice President Dick Cheney", "the future
    King"): the word is an adjective on the office holder, no time (review 29; titles from data/titles.tsv)."""
    nxt = re.match(r"[ \t]+([A-Z][a-z]+)(?:[ \t]+([A-Z][a-z]+))?\b", after)
    if nxt is None:
        return False
    titles = load_lexicon().titles
    two = f"{nxt.group(1)} {nxt.group(2)}".lower() if nxt.group(2) else None
    return (two is not None and two in titles) or nxt.group(1).lower() in titles


@lru_cache(maxsize=1)
def _discourse_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("time_discourse_now.tsv"))


def _discourse_now(text: str, start: int, after: str) -> bool:
    """"Now," opening a sentence (or a quotation) and a word of data/time_discourse_now.tsv after the comma."""
    nxt = re.match(r",\s*([A-Za-z]+)", after)
    opens = re.search(r"(?:^|[.!?\n]\s*|[\"“‘]\s*)$", text[max(0, start - 3) : start]) is not None
    return opens and nxt is not None and nxt.group(1).lower() in _discourse_words()


@rule("ref", REF, r"(?i:now|currently|at\s+present|the\s+present|nowadays|these\s+days|right\s+now|recently|the\s+past|lately|the\s+(?:near\s+|foreseeable\s+)?future|soon|shortly|the\s+(?:long|short)\s+term|recent|current)")
def _ref(m: re.Match[str], ctx: Ctx) -> Timex | None:
    w = low(m.group(0))
    after = ctx.text[m.end() : m.end() + 12]
    if w in {"now", "the past", "the future", "the present", "soon"} and after.startswith("-"):
        return None  # "now-defunct", "soon-to-be"
    if w in {"the past", "the future"} and _COUNT_NEXT.match(after) \
            and not _UNIT_SOON.match(ctx.text, m.end(), m.end() + 30):
        return None  # "under the past three presidents": an adjective on a count of no time unit
    if w in {"the past", "the future", "the present", "the short term", "the long term"} \
            and _adjective_before_noun(ctx.text[m.end() : m.end() + 30]):
        return None  # "the past administration's approach", "the future president", "the short term nature": adjectives
    if w == "soon" and re.match(r"\s+to\s+(?:know|tell|say|judge|predict|draw|call)\b", after) \
            and re.search(r"\btoo\s+$", ctx.text[max(0, m.start() - 8) : m.start()], re.I):
        return None  # "too soon to know": an assessment of certainty, no time ahead
    if m.group(0) == "Now" and _discourse_now(ctx.text, m.start(), after):
        return None  # "Now, if they break it again": a turn of speech, not the present
    if w in {"soon", "shortly"} and re.match(r"\s+(?:after|before|as|thereafter)\b", after):
        return None  # "soon after being captured" is relative to an event, not a time
    if w in {"soon", "shortly"} and re.match(r"\s+[a-z]", after) and ctx.tense(m.start(), m.end()) == "PAST":
        # "its failure soon led to ...", "was soon overrun": before a verb in the past, shortly after a past
        # event the text names, not ahead of now ("a deal was expected soon" looks ahead of the saying, kept)
        return None
    if w in {"recent", "current"}:
        # only the adjective on a bare noun of time or of a state ("recent talks" is not a time)
        nxt = re.match(r"\s+([a-z]+)", after)
        if not nxt or nxt.group(1) not in {"situation", "conditions", "period", "times", "climate", "levels", "level", "rate", "rates", "year", "season", "term"}:
            return None
    if w == "the short term" or w == "the long term":
        return make(m, "DATE", "FUTURE_REF")
    return make(m, "DATE", _REFS[w], anchor="published" if ctx.pub else None)
