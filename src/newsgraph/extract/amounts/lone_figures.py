"""Figures that count nothing although a noun is near them (round 32, review H's classes, issue 17).

* "one official said", "one hotel is not big enough", "the one side": a spelled "one" before a singular noun is
  mostly the determiner (a certain official), not a count of one; the count stays when the noun took an outcome
  ("one soldier was killed" counts the dead as "soldier killed") or the object is a plural whole ("one of its
  two members"). "one million" is another figure, and "one of the officials" was never read.
  "by one goal" is a margin, kept as it was.
* "in 1787", "since 1648": a year before 1800 after a word of time; the scanner's year rule starts at 1800 (a
  count like "1500 troops" keeps its noun after it, and a comma-less count before a noun stays); any bare year
  before an era ("in 410 AD", "200 BC") is a year too (round 33); so are both ends of a span of years ("persecuted
  from 1720 to 1815", "between 1790 and 1830"), whatever the century (round 34).
* "one wonders", "one can only imagine": "one" before a verb of thinking (data/amount_one_generic.tsv, a modal
  and "only" allowed between) is the generic pronoun, no count of one (round 34).
* "1 of 14" alone on its line, or "(1 of 14)": a slideshow's counter with no gallery word (the counter with one,
  "Image 1 of 14", is :mod:`.frame_phrases`'s); "1 of 14 victims" counts victims.
* "1) it doesn't exist; 2) even if it did": numbered points inside a sentence, two or more marked "N)" in a row
  (a marker at a line's start is the scanner's).
* "Smith and Jones, 34 and 32, were arrested": two ages in apposition, joined by "and" (the scanner knows one age
  after a name, "Smith, 34,").

Read by :mod:`.core`: :func:`misread_years_and_ages` over the scanned quantities before objects are read, and
:func:`lone_one` on each kept figure's record.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ...lexicon import read_tsv
from .grammar import Quantity
from .scan import AGE_AFTER  # the close of an age after a name ("Smith, 34,"), the scanner's own

__all__ = ["generic_one", "lone_one", "misread_years_and_ages"]

# participles and adjectives the extractor appends to a counted noun for its outcome ("soldier killed")
_OUTCOMES = frozenset({"dead", "hurt", "held", "slain", "taken", "shot", "missing", "killed", "wounded", "injured",
                       "arrested", "detained", "kidnapped", "abducted", "captured", "freed", "released", "displaced"})
# (only words that date: "of", "by", "from", "to", "around" also take a comma-less count, "a crowd of 1500.")
_TIME_WORD_BEFORE = re.compile(r"(?i)\b(?:in|since|until|till|before|after|year|circa|during)[ \t]+$")
# the year closes its phrase: punctuation, the end, or a word that is no counted noun
_YEAR_CLOSES = re.compile(r"[ \t]*(?:[.,;:)!?\"”’—–]|$)|[ \t]+(?:and|or|to|by|when|that|the|as|in|on|at|with|for|"
                          r"after|before|was|were|is|are|had|has|until|under|but|which|who|where)\b")
# an era after a bare year ("in 128 AD", "410 A.D.", "the 5th century" is no figure anyway): a year (round 33)
_ERA_AFTER = re.compile(r"[ \t]+(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\w])")
_NAME_COMMA = re.compile(r"[A-Za-z][\w.'’-]*,[ \t]*$")
_AND = re.compile(r"[ \t]+and[ \t]+$")
_BY_BEFORE = re.compile(r"(?i)\bby[ \t]+(?:just[ \t]+|only[ \t]+)?$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# a span of years: "from 1720 to 1815", "between 1790 and 1830", "1720-1815" after "from"/"between" (round 34)
_SPAN_OPEN = re.compile(r"(?i)\b(?:from|between)[ \t]+$")
_SPAN_CLOSE = re.compile(r"[ \t]*(?:to|until|till|through|and|-|–)[ \t]*(\d{4})\b(?![,.]?\d)")
_SPAN_YEARS = range(1000, 2101)
# a verb of change or a level noun before "from": the span is a move between two figures, kept
_MOVE_BEFORE = re.compile(r"(?i)\b(?:gr[eo]w\w*|r[io]se\w*|fell|fall\w*|\w+creas\w*|jump\w*|drop\w*|climb\w*|swell\w*|"
                          r"shr[iau]nk\w*|sw[ua]ng|soar\w*|plung\w*|surg\w*|cut\w*|rais\w*|lower\w*|reduc\w*|"
                          r"expand\w*|doubl\w*|tripl\w*|halv\w*|went|gone|up|down|rang\w*|var\w*|count|toll|"
                          r"number|total|tally|figure|estimates?)\b[^.;:!?]{0,40}$")


def _year_span(text: str, q: Quantity) -> bool:
    """``q`` opens a span of years: a four-digit figure after "from"/"between" closed by a later year within
    five centuries ("from 1720 to 1815"); "from 1500 to 2000 troops" has a noun after its close and stays."""
    raw = text[q.num_start : q.num_end]
    first = re.match(r"\d{4}(?!\d)", raw)
    if first is None or int(first.group()) not in _SPAN_YEARS:
        return False
    if not _SPAN_OPEN.search(text, max(0, q.num_start - 12), q.num_start):
        return False
    if _MOVE_BEFORE.search(text, max(0, q.num_start - 50), q.num_start):
        return False  # "the crowd grew from 1200 to 1500": a change between two counts
    m = _SPAN_CLOSE.match(text, q.num_start + 4)  # the close may lie inside a scanned range ("1690 and 1745")
    if m is None or m.end() < q.num_end or not int(first.group()) < int(m.group(1)) <= int(first.group()) + 500:
        return False
    return _YEAR_CLOSES.match(text, m.end()) is not None


@lru_cache(maxsize=1)
def _generic_verbs() -> re.Pattern[str]:
    verbs = sorted({r[0].strip().lower() for r in read_tsv("amount_one_generic.tsv") if r and r[0].strip()})
    alt = "|".join(re.escape(v) + "s?" for v in verbs) or "(?!)"
    return re.compile(rf"(?i)[ \t]+(?:(?:can|could|might|may|must|should|would|will)[ \t]+(?:(?:only|well|not|just)[ \t]+)?)?"
                      rf"(?:{alt})\b")


def generic_one(text: str, start: int, end: int) -> bool:
    """"one wonders", "one can only imagine": the generic pronoun before a verb of thinking, no count."""
    return text[start:end].lower() == "one" and _generic_verbs().match(text, end) is not None


def misread_years_and_ages(text: str, qs: list[Quantity]) -> None:
    """Skip early years and paired ages among the scanned quantities (in place)."""
    for q in qs:
        if q.skip is not None or q.kind != "count" or q.end != q.num_end or q.spelled:
            continue
        raw = text[q.num_start : q.num_end]
        if (re.fullmatch(r"1[0-7]\d\d", raw) and _TIME_WORD_BEFORE.search(text, max(0, q.num_start - 12), q.num_start)
                and _YEAR_CLOSES.match(text, q.num_end)):
            q.skip = "year"
        elif re.fullmatch(r"\d{1,4}", raw) and _ERA_AFTER.match(text, q.num_end):
            q.skip = "year"  # "in 410 AD the Roman rule ended" (round 33)
        elif _year_span(text, q):
            q.skip = "year"  # "persecuted from 1720 to 1815" (round 34)
    marked = [q for q in qs if _marker(text, q)]
    for a, b in pairwise(marked):
        if b.value == a.value + 1 and b.num_start - a.num_end < 300:
            a.skip = b.skip = "list"
    for a, b in pairwise(qs):
        if _paired_ages(text, a, b):
            a.skip = b.skip = "age"
        elif _counter(text, a, b):
            a.skip = b.skip = "caption"


def _counter(text: str, a: Quantity, b: Quantity) -> bool:
    """"1 of 14" that fills its line or its parentheses: a picture's place in a slideshow."""
    if a.skip is not None or b.skip is not None or a.spelled or b.spelled or a.approx or b.approx:
        return False
    if a.end != a.num_end or b.end != b.num_end or a.kind != "count" or b.kind != "count":
        return False
    if text[a.num_end : b.num_start] not in (" of ", " of\t") or not a.value <= b.value:
        return False
    line_start = text.rfind("\n", 0, a.num_start) + 1
    opened = text[line_start : a.num_start].rstrip(" \t")
    if opened.endswith("("):
        return text[b.num_end : b.num_end + 1] == ")"
    return not opened and _LINE_END.match(text, b.num_end) is not None


def _marker(text: str, q: Quantity) -> bool:
    """A bare small whole number closed by ")" that no "(" opened: a numbered point, "1) it doesn't exist"."""
    if q.skip is not None or q.spelled or q.kind != "count" or q.end != q.num_end or not isinstance(q.value, int):
        return False
    if not 1 <= q.value <= 20 or text[q.num_end : q.num_end + 2] not in (") ", ")\t"):
        return False
    before = text[max(0, q.num_start - 60) : q.num_start]
    return before[-1:] in (" ", "\t") and before.rfind("(") <= before.rfind(")")


def _paired_ages(text: str, a: Quantity, b: Quantity) -> bool:
    """"<name or noun>, 34 and 32," : two bare whole numbers of a person's years after a comma."""
    for q in (a, b):
        if (q.skip is not None or q.kind != "count" or q.spelled or q.end != q.num_end
                or not isinstance(q.value, int) or not 1 <= q.value <= 120 or q.approx):
            return False
    return (_AND.fullmatch(text[a.num_end : b.num_start]) is not None
            and _NAME_COMMA.search(text, max(0, a.num_start - 40), a.num_start) is not None
            and AGE_AFTER.match(text, b.num_end) is not None)


def lone_one(text: str, rec: dict[str, Any]) -> bool:
    """The record is a spelled "one" before a singular noun with no outcome: the determiner, no count."""
    if str(rec.get("text", "")).strip().lower() != "one" or rec.get("kind") != "count":
        return False
    if generic_one(text, int(rec["start"]), int(rec["end"])):
        return True  # "one wonders": the generic pronoun (round 34)
    if _BY_BEFORE.search(text, max(0, int(rec["start"]) - 12), int(rec["start"])):
        return False  # "won by one goal", "cut by one seat": a margin counts its unit  # (a hedge is kept apart from the figure's text: "at least one lawmaker" is read here too)
    obj = rec.get("object")
    if not obj:
        return True  # "there was one change", "reunited as one country" with no object read: a count of nothing
    words = str(obj).lower().split()
    last = words[-1]
    if last in _OUTCOMES or (len(words) > 1 and last.endswith("ed")):
        return False  # "one soldier killed", "one protester arrested"
    return not (last.endswith("s") and not last.endswith("ss"))  # "one of its two members": a plural whole
