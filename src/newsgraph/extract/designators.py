"""Numbers that name or locate something rather than count or date it: "Case 4000", "Flight 17", "Section 702",
"cases 1000, 2000 and 4000" (data/amount_designators.tsv), a building's number in a street address ("1909 Elm
Drive": data/address_street_suffixes.tsv), an emergency line ("911 calls": data/amount_service_numbers.tsv) and a
ZIP code ("Los Angeles, CA 90069", round 25). Read by the amounts (no count) and the times (no year), so that each
list serves both."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_tsv

__all__ = ["designated", "designator_words", "postal_code", "service_number", "street_number"]


@lru_cache(maxsize=1)
def designator_words() -> frozenset[str]:
    """The words after which a number is a label (data/amount_designators.tsv), lower-cased."""
    return frozenset(w.strip().lower() for row in read_tsv("amount_designators.tsv") for w in row[0].split("|")
                     if w.strip())


# the word right before a number ("&": "S&P 500"), after a list of numbers that goes back to it ("cases 1000, 2000
# and 4000": the 4000 and the 2000 are labels as the 1000 is)
_WORD_BEFORE = re.compile(r"([#&\w.]+)[ \t]+(?:\d[\d,.]*(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+))*$")


def designated(text: str, pos: int) -> bool:
    """Whether the number starting at ``pos`` is a label's: right after a designating word, or in a list of numbers
    right after one."""
    if pos > 0 and text[pos - 1] == "#":
        return True  # "promise #1", "#2 official": a rank or a label written onto the number (issue 17)
    m = _WORD_BEFORE.search(text, max(0, pos - 60), pos)
    return m is not None and m.group(1).lower() in designator_words()


# after a building's number: an optional compass point ("N.", "North", "SW"), then one to three capitalised words,
# the last a street suffix of data/address_street_suffixes.tsv ("Jolinda Drive", "Main St.", "Martin Luther King
# Boulevard"); a year-shaped number after a word of time ("in 2008 Wall Street fell") or opening its sentence is a year
@lru_cache(maxsize=1)
def _street_after() -> re.Pattern[str]:
    words = sorted({row[0].strip() for row in read_tsv("address_street_suffixes.tsv")}, key=len, reverse=True)
    suffix = "|".join(re.escape(w[:1].upper() + w[1:]) + ("" if w.endswith(".") else r"(?![\w-])") for w in words)
    return re.compile(r"[ \t]+(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
                      rf"(?:[A-Z][\w'’-]*\.?[ \t]+){{1,3}}(?:{suffix})")


# what stands before a building's number: a preposition of place, a noun of dwelling or a line's start (a police
# blotter's "1909 Jolinda Drive: ..."); "in"/"from" only before a number that cannot be a year ("in 2008 Wall
# Street fell", "the 2019 Main Street festival", "sent 300 Main Street residents" keep their year and count)
_PLACE_BEFORE = re.compile(r"(?i)(?:\b(?:at|on|near|of|to|into|onto|outside|inside|behind|off|along|toward|towards|"
                           r"past|opposite|beside|block|address|home|house|residence|apartment|located|property)"
                           r"[ \t]+|(?:^|\n)[ \t]*)$")
_BLOCK_OF = re.compile(r"[ \t]+block[ \t]+of[ \t]+[A-Z]")
_IN_BEFORE = re.compile(r"(?i)\b(?:in|from)[ \t]+$")


def street_number(text: str, start: int, end: int) -> bool:
    """Whether the digits at [start, end) are a building's number: plain digits (no separator, at most five)
    after a preposition of place or a noun of dwelling, followed by a street's name ending in a suffix of
    data/address_street_suffixes.tsv ("near 1909 Jolinda Drive", "at 1119 N. Main St."). A spelled or grouped
    number is never taken."""
    if not (1 <= end - start <= 5 and text[start:end].isdigit()):
        return False
    if _BLOCK_OF.match(text, end):
        return True  # "the 400 block of Elm Street": the stretch of a street, as police reports give it
    if _street_after().match(text, end) is None:
        return False
    before = text[max(0, start - 14) : start]
    if _PLACE_BEFORE.search(before):
        return True
    year_like = end - start == 4 and text[start : start + 2] in ("18", "19", "20")
    return not year_like and _IN_BEFORE.search(before) is not None


@lru_cache(maxsize=1)
def _service_rows() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {row[0].strip(): (frozenset(row[1].lower().split("|")), frozenset(row[2].lower().split("|")))
            for row in read_tsv("amount_service_numbers.tsv")}


_NEXT = re.compile(r"[ \t-]+([A-Za-z]+)")
_PREV = re.compile(r"([A-Za-z]+)[ \t]+$")


def service_number(text: str, start: int, end: int) -> bool:
    """Whether the digits at [start, end) are an emergency line ("911 calls", "a 911 dispatcher", "dialled 999"):
    the number is one of data/amount_service_numbers.tsv and a word of its row is right after it or, for the verbs
    of calling, right before it."""
    row = _service_rows().get(text[start:end])
    if row is None or (start > 0 and text[start - 1] in "/$£€") or text[end : end + 1] == "/":
        return False  # "9/11" is a date, "$911" money
    nxt = _NEXT.match(text, end)
    if nxt is not None and nxt.group(1).lower() in row[0]:
        return True
    prev = _PREV.search(text, max(0, start - 20), start)
    return prev is not None and prev.group(1).lower() in row[1]


@lru_cache(maxsize=1)
def _state_codes() -> frozenset[str]:
    return frozenset(row[0].strip() for row in read_tsv("us_state_abbrev.tsv") if row and len(row[0].strip()) == 2)


# "Los Angeles, CA 90069": a city, a comma and a state's postal code before five digits (round 25)
_STATE_BEFORE = re.compile(r"[A-Za-z.],[ \t]*([A-Z]{2})[ \t]+$")


def postal_code(text: str, start: int, end: int) -> bool:
    """Whether the digits at [start, end) are a US ZIP code: five digits (and an optional "-1234") after
    "City, ST" with ST a postal code of data/us_state_abbrev.tsv."""
    digits = text[start:end]
    if len(digits) != 5 or not digits.isdigit() or text[end : end + 1].isdigit():
        return False
    m = _STATE_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and m.group(1) in _state_codes()
