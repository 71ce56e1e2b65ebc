"""A capitalised time word that names a programme ("NBC's "Today" show", "appeared on Tonight") is no date.

The names of data/time_word_names.tsv hold a time word inside a longer name; a programme named by the time word
alone ("Today", "Tonight") covers the time whole, so it needs its own reading: the word is capitalised inside a
sentence and the text says it is a programme (quote marks round it, "show" or "program" after it, a network's
possessive or "on"/"told"/"appeared on" before it). Text only, so it works without a parse."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import read_tsv
from . import patterns as P

# the time words that name programmes on their own (NBC's "Today", "Tonight", "Tomorrow's World" is a longer name)
_WORDS = frozenset({"Today", "Tonight", "Now", "Tomorrow", "Yesterday"})
_QUOTES = "\"'\u201c\u201d\u2018\u2019"
# "show" or "program" within two words after the name (closing quote mark allowed): "the Today show"
_SHOW_AFTER = re.compile(r"[\"'\u201d\u2019]?\s+(?:\w+\s+)?(?:show|program|programme|broadcast|interview)\b")
# a network's possessive, or a verb of appearing or telling, just before: "NBC's Today", "told Today"
_CUE_BEFORE = re.compile(r"(?:[A-Z]{2,}['\u2019]s|\b(?:on|told|appeared\s+on|appearing\s+on|interview\s+with))"
                         r"\s+(?:the\s+)?[\"'\u201c\u2018]?$")
# "Today's": the day's (a name would rarely take the possessive)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_TITLED_COUNT = re.compile(r"\d+\s+(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years)")
# a lower-case word of four letters or more nearby: the line is a sentence, not a title-cased heading
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


# a weekday that sorts programmes by the day they air ("the Sunday shows", "Sunday talk shows", "a round of Sunday
# show interviews", round 30): a kind of programme, not the date of one Sunday
_KIND_DAY = re.compile(rf"{P.CAPITAL_WEEKDAY}(?:\s+morning)?")
_KIND_AFTER = re.compile(r"\s+(?:(?:talk|news|political|interview|public\s+affairs)\s+)?(?:shows|programs|programmes)\b"
                         r"|\s+talk\s+show\b|\s+show\s+(?:interviews|appearances|circuit|hosts?)\b")


def programme_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a capitalised time word named as a programme, not a date."""
    word = text[start:end]
    if _KIND_DAY.fullmatch(word) and _KIND_AFTER.match(text, end):
        return True
    if _TITLED_COUNT.fullmatch(word) and _LOWER_WORD.search(text, max(0, start - 60), end + 60):
        return True  # CBS' "60 Minutes": a count with its unit capitalised inside a sentence is a title (round 30)
    if word not in _WORDS or _sentence_start(text, start) or _POSSESSIVE.match(text, end):
        return False
    window = text[max(0, start - 60):end + 60]
    if not _LOWER_WORD.search(window):
        return False
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    quoted = bool(before) and before[-1] in _QUOTES and bool(after) and after[0] in _QUOTES
    if _SHOW_AFTER.match(after):
        return True
    return bool(_CUE_BEFORE.search(before)) and (quoted or word != "Now")


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word opens a sentence, a paragraph or a quotation (where any word is capitalised)."""
    i = start  # stepped back over quote marks and blanks, never copying the text before the word
    while i > 0 and text[i - 1] in _QUOTES + " \t":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:\n"


@lru_cache(maxsize=1)
def weekday_papers() -> re.Pattern[str]:
    """A weekday between "the"/a possessive and a capitalized title word of data/time_weekday_paper_nouns.tsv
    (round 36: a paper's title read as that weekday). Case-sensitive: "the Sunday service" stays a time."""
    nouns = "|".join(sorted((re.escape(row[0]) for row in read_tsv("time_weekday_paper_nouns.tsv")), key=len,
                            reverse=True))
    days = "|".join(d.capitalize() for d in P.FULL_WEEKDAYS)
    return re.compile(rf"(?:\b[Tt]he|\w['’]s)\s+(?P<name>(?:{days})(?:\s+(?:Evening|Business))?\s+(?:{nouns})"
                      r"(?:-[A-Z][a-z]+)?)(?![\w-])")
