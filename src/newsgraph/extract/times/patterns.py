"""Vocabulary and regular-expression pieces of the time tagger.

Month and weekday names must be capitalized ("May", not the verb "may"; "March", not "march");
everything else matches in any case through scoped ``(?i:...)`` groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MONTH_NAMES = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
MONTHS: dict[str, int] = {}
for _i, _names in enumerate(_MONTH_NAMES, start=1):
    for _n in _names:
        MONTHS[_n] = _i
#: the twelve month names written in full (lower case)
FULL_MONTHS = frozenset(names[0] for names in _MONTH_NAMES)

WEEKDAYS: dict[str, int] = {}  # ISO weekday numbers, Monday = 1
for _i, _names in enumerate(
    [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")],
    start=1,
):
    for _n in _names:
        WEEKDAYS[_n] = _i
# The seven full names, Monday first, and their alternation: the one weekday table the later rules read
# (frame_week, weekday_again, narrated_day, clock_day, story_day, programme each had a copy; round 32).
# Abbreviations ("Sat", "Wed") are words of their own too often for those rules.
FULL_WEEKDAYS: tuple[str, ...] = tuple(w for w in WEEKDAYS if w.endswith("day"))
#: a full weekday name in lower case, for patterns read in any case: rf"(?i)\b({WEEKDAY_NAME})\b"
WEEKDAY_NAME = "(?:" + "|".join(FULL_WEEKDAYS) + ")"
#: a full weekday name capitalized only ("Sunday", not "sunday" or "SUNDAY")
CAPITAL_WEEKDAY = "(?:" + "|".join(w.capitalize() for w in FULL_WEEKDAYS) + ")"

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Months a season's most of lies in, to tell "last summer" in September (this year's) from March's.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5,
    "a half": 0.5, "half an": 0.5, "a dozen": 12, "dozen": 12,
}
VAGUE_NUMBERS = frozenset({"several", "a few", "few", "many", "some", "a number of", "numerous", "the last few",
                           "the past few", "a handful of", "the next few", "the coming", "the last several"})
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
    "7th": 7, "8th": 8, "9th": 9, "10th": 10, "11th": 11, "12th": 12, "13th": 13, "14th": 14, "15th": 15,
    "16th": 16, "17th": 17, "18th": 18, "19th": 19, "20th": 20, "21st": 21,
}

# unit word -> (TIMEX duration letter, how many of it, is a time-of-day unit)
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False), "fortnight": ("W", 2, False),
    "month": ("M", 1, False), "quarter": ("Q", 1, False), "year": ("Y", 1, False),
    "decade": ("Y", 10, False), "century": ("Y", 100, False), "weekend": ("D", 2, False),
}

MODIFIERS: dict[str, str] = {
    "early": "START", "the early": "START", "the start of": "START", "the beginning of": "START",
    "the dawn of": "START", "the turn of": "START", "the first half of": "START", "the opening of": "START",
    "mid": "MID", "the mid": "MID", "the middle of": "MID", "the mid-": "MID", "the height of": "MID",
    "late": "END", "the late": "END", "the end of": "END", "the close of": "END", "the latter half of": "END",
    "the second half of": "END", "the last half of": "END", "the tail end of": "END",
}
DURATION_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN",
}
# holiday name -> (month, day), or (month, -weekday, nth) for the nth weekday of a month
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "the fourth of july": (7, 4),
    "veterans day": (11, 11), "boxing day": (12, 26), "thanksgiving": (11, -4, 4),
    "thanksgiving day": (11, -4, 4), "labor day": (9, -1, 1), "memorial day": (5, -1, -1),
}
# A month and day that name one past event: the date is that event's, whatever the report's year, when a
# word of the event stands beside it ("the Sept. 11 attacks", "the attacks of Sept. 11", "Sept. 11 hijackers").
# (month, day) -> (year, cue words)
NAMED_DATES: dict[tuple[int, int], tuple[int, frozenset[str]]] = {
    # "attacks", not "attack": "the Sept. 11 attack in Benghazi" is 2012's
    (9, 11): (2001, frozenset({"attacks", "hijacker", "hijackers", "hijackings", "commission", "memorial", "museum",
                               "plotters", "mastermind", "responders", "era"})),
}
# shorthands that are such a date outright ("after 9/11")
NAMED_SHORTHANDS: dict[str, str] = {"9/11": "2001-09-11"}



def _alt(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so that "thursday" beats "thu"."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _cap(words: Iterable[str]) -> str:
    """Alternation of capitalized (or all-caps) forms only: "May"/"MAY", never "may"."""
    out: list[str] = []
    for w in sorted(words, key=len, reverse=True):
        out.append(re.escape(w.capitalize()))
        out.append(re.escape(w.upper()))
    return "|".join(out)


# "Sept." / "Sept" / "September"; a short form never runs into a longer word ("Marching", "Junior").
_FULL_MONTHS = [w for w in MONTHS if len(w) > 4 or w in {"may", "june", "july"}]
# A full name never takes the full stop (that one ends the sentence); an abbreviation may.
MONTH = (rf"(?:(?:{_cap(_FULL_MONTHS)})(?![A-Za-z])|"
         rf"(?:{_cap([w for w in MONTHS if w not in _FULL_MONTHS])})(?:\.|(?![A-Za-z])))")
WEEKDAY = (rf"(?:(?:{_cap(FULL_WEEKDAYS)})(?![A-Za-z])|"
           rf"(?:{_cap([w for w in WEEKDAYS if w not in FULL_WEEKDAYS])})(?:\.|(?![A-Za-z])))")
SEASON = rf"(?i:{_alt(SEASONS)})(?![a-z])"
DAY_PART = rf"(?i:{_alt(DAY_PARTS)})(?![a-z])"
NUM_WORD = rf"(?i:{_alt(NUMBER_WORDS)})"
# "4,000 years": a count with thousands separators is read whole, not from its last group (round 30);
# "2½ hours" and "one-and-a-half years" carry their half (round 34)
NUM = (r"(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?(?:(?:\s+|-)1/2|½)?|(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+"
       rf"(?i:one|two|three|four|five|six|seven|eight|nine)(?![a-z])|{NUM_WORD}(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?)")
VAGUE = rf"(?i:{_alt(VAGUE_NUMBERS)})"
ORDINAL = rf"(?i:{_alt(ORDINALS)})"
UNIT = r"(?i:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie|weekend)"
UNITS_PL = rf"{UNIT}(?i:s)?"
MOD_PREFIX = rf"(?i:{_alt(MODIFIERS)})"
DUR_MOD = rf"(?i:{_alt(DURATION_MODS)})"
HOLIDAY = rf"(?i:{_alt(HOLIDAYS)})(?![a-z])"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th)?"
# words that mark a following 4-digit number as a count, not a year ("2000 troops", "1500 people")
PLURAL_S = re.compile(r"\s+([a-z]{2,}s)\b")
NOT_PLURAL = frozenset({"was", "is", "has", "as", "this", "his", "its", "us", "plus", "versus", "thus", "whereas",
                        "always", "perhaps", "unless", "yes", "across", "towards", "afterwards", "besides"})

_COUNTED_PEOPLE = frozenset({"people", "men", "women", "children"})
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def clipped_year(text: str, start: int, end: int) -> bool:
    """The digits at [start, end) are a year with its century clipped ("in ’16", "since '09", "the class of '98";
    review 17): two digits after an apostrophe that opens a word (no letter, digit or other apostrophe before it),
    no counted noun after them ("'16 people" in single quotes is a count: a person noun or a lower-case plural on
    the same line) and no letter or digit right after them. One rule for the time tagger and the amount scanner
    (round 19; each had its own copy)."""
    if not re.fullmatch(r"\d\d", text[start:end]) or start < 1 or text[start - 1] not in "'’‘":
        return False
    if start >= 2 and re.match(r"[\w'’‘]", text[start - 2]):
        return False
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return not text[end : end + 1].isalnum()
    w = m.group(1)
    return not (w.lower() in _COUNTED_PEOPLE or len(w) > 2 and w.islower() and w.endswith("s") and w not in NOT_PLURAL)
