"""A "today" that means nowadays (review 29): "today's world", "in today's Russia", "young people today", "Like
today, the White House was ...". Such a "today" speaks of the present age, so it is PRESENT_REF, not the report's
day. Only clear frames count (precision first): a noun of data/time_nowadays.tsv (kind "after") or a country
right after "today's", a plural of people of an age (kind "before") right before "today", and a comparison
"like today" / "unlike today" closed by punctuation, and a closing "today" set against "back then" or "in those
days" earlier in its sentence (round 29, wave 2). "today's vote", "today's meeting" stay the day."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import load_lexicon, read_tsv
from .core import Ctx, Timex

__all__ = ["nowadays", "today_against_past_age"]

_AFTER = re.compile(r"['’]s\s+(?P<first>[a-z][a-z-]*)(?:\s+(?P<second>[a-z]+))?\b")
# what may follow a country that closes its noun phrase: punctuation or a verb or joint of the clause
_CLOSED = re.compile(r"\s*[,.;:!?)”\"]|\s*$|\s+(?:is|was|has|had|remains|does|and|or|which|where|that|with)\b")
_COUNTRY = re.compile(r"['’]s\s+(?P<name>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
_LIKE = re.compile(r"\b(?:un)?like\s+$", re.I)
# an earlier age named before "today" in its sentence, which "today" is set against ("talked to one another back
# then vs. the silences today", "in those days ... and today"): the present age
# ("vs." is no sentence end); "today" closes a noun phrase ("the silences today"), not a clause ("will vote today")
_THEN = re.compile(r"\b(?:back\s+then|in\s+those\s+days)\b(?:[^.!?\n]|\bvs?\.)*$", re.I)
_NOUN_TODAY = re.compile(r"\b(?:the|its|their|our|his|her|this|these)\s+(?:[a-z-]+\s+){1,2}$", re.I)


@lru_cache(maxsize=2)
def _words(kind: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("time_nowadays.tsv") if row[1] == kind)


@lru_cache(maxsize=1)
def _before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_words("before"), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+$", re.I)


def _country_after(text: str, end: int) -> bool:
    """"in today's Russia", "today's Germany is ...": a country named right after "today's" and closing its noun
    phrase ("today's Iran talks" are the day's talks)."""
    m = _COUNTRY.match(text, end)
    if m is None:
        return False
    lex = load_lexicon()
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        if lex.country_of(" ".join(words[:n])) is None:
            continue
        rest = text[m.start("name") + len(" ".join(words[:n])) :]
        return _CLOSED.match(rest) is not None
    return False


def nowadays(text: str, start: int, end: int) -> bool:
    """Whether the "today" at [start, end) means the present age."""
    m = _AFTER.match(text, end)
    if m is not None and (m["first"] in _words("after") or (m["second"] or "") in _words("after")):
        return True  # "today's world", "today's young voters"
    if _country_after(text, end):
        return True
    if _before().search(text, max(0, start - 20), start) is not None:
        return True
    closed = text[end : end + 1] in {",", ".", ";", ""}
    if closed and _NOUN_TODAY.search(text, max(0, start - 40), start) and _THEN.search(text, max(0, start - 200), start):
        return True  # "back then vs. the silences today" (round 29)
    return _LIKE.search(text, max(0, start - 8), start) is not None and closed


# "Today," opening a sentence, set against an age long past that the text has just named ("More than 30 years
# ago, the court ruled ... Today, though, the government can ..."; "In 1942 ... Today, most Europeans live ...")
# (round 30, review C): the present age, not the report's day
_OPENING_TODAY = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n][\u201d\"]\s)|(?<=\n))Today,")
_YEAR_OF = re.compile(r"^(\d\d)(\d\d|XX)")
_AGE_GAP = 20  # years between the age named and the report
_AGE_REACH = 800  # characters back to that age


def today_against_past_age(times: list[Timex], ctx: Ctx) -> None:
    """Makes such a "Today," PRESENT_REF (in place) when its clause is not told in the past."""
    if ctx.pub is None:
        return
    last_year: tuple[int, int] | None = None  # (year, end) of the last date named
    for tx in times:
        if tx.text == "Today" and tx.type == "DATE" and _OPENING_TODAY.match(ctx.text, tx.start) \
                and last_year is not None and tx.start - last_year[1] <= _AGE_REACH \
                and ctx.pub.year - last_year[0] >= _AGE_GAP and ctx.tense(tx.start, tx.end) != "PAST":
            tx.value = "PRESENT_REF"
        m = _YEAR_OF.match(tx.value or "") if tx.type in {"DATE", "TIME"} else None
        if m is not None:
            last_year = (int(m.group(1) + ("00" if m.group(2) == "XX" else m.group(2))), tx.end)
