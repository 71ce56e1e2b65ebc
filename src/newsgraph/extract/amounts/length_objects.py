"""What a length measures, where its words say it (round 35, issue 17 item 1: an independent review found lengths
with no object though the sentence named what they measure: "a 1,000-foot strip", "the three-mile limit").

Only a figure in a unit of length with no object of its own, and only from the words around it:

* a dimension named before it: "at an altitude of 37,000 feet", "altitudes up to 29,000 feet", "a depth of 40
  meters" (the noun), "as deep as 40 meters" (the adjective's dimension);
* a dimension named after it: "8,000 to 10,000 feet deep", "2,000 miles long" (data/measure_dimensions.tsv);
* the thing it is the size of, when the unit is written singular as a modifier: "a 1,000-foot strip", "a 1,300
  kilometer border", "the 76.5-meter [250-foot] ship" (a common noun the parse tags as a noun; "the 310-foot
  Sabalan" names a ship, no counted thing, and stays empty);
* a conversion in brackets right after a length takes that length's object ("40 meters (43 yards)").

A place's offset ("90 miles south of the capital", "4,200 miles away") gets nothing: the gold annotation reads it
as no object, and "range" is never one (issue 17 item 1).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from spacy.tokens import Doc

from ...lexicon import read_tsv
from ...record import canonical_object

__all__ = ["length_objects"]

_LENGTHS = frozenset({"kilometre", "mile", "nautical mile", "metre", "centimetre", "millimetre", "foot", "inch",
                      "yard"})
# the unit written singular right before a noun: the figure modifies that noun ("a 1,000-foot strip")
_SINGULAR_UNIT = re.compile(r"(?i)(?:^|[\s-])(?:kilometre|kilometer|km|mile|metre|meter|foot|inch|yard)$")
_HEDGE = r"(?:(?:more|fewer|less)\s+than|over|about|nearly|almost|some|at\s+least|roughly|around|up\s+to|only|just)"
_BRACKET = r"(?:\s*[\[(][^\])\n]{1,30}[\])])?"  # "40 meters (43 yards)": a conversion between figure and word
_OPEN = re.compile(r"\s*[\[(]\s*")


@cache
def _dimensions() -> tuple[dict[str, str], dict[str, str]]:
    """Nouns and adjectives that name a dimension, each to the dimension."""
    nouns: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for row in read_tsv("measure_dimensions.tsv"):
        for word in filter(None, row[1].split("|") if len(row) > 1 else []):
            nouns[word.lower()] = row[0]
        for word in filter(None, row[2].split("|") if len(row) > 2 else []):
            adjectives[word.lower()] = row[0]
    return nouns, adjectives


@cache
def _before() -> re.Pattern[str]:
    nouns, adjectives = _dimensions()
    noun = "|".join(sorted(nouns, key=len, reverse=True))
    adj = "|".join(sorted(adjectives, key=len, reverse=True))
    # "an altitude of 37,000 feet", "altitudes up to 29,000 feet" (no "of" only with a bound), "as deep as 40 m"
    return re.compile(rf"(?i)\b(?:(?P<noun>{noun})\s+(?:of\s+(?:{_HEDGE}\s+)?|{_HEDGE}\s+)|as\s+(?P<adj>{adj})\s+as\s+)$")


@cache
def _after() -> re.Pattern[str]:
    adj = "|".join(sorted(_dimensions()[1], key=len, reverse=True))
    # "long" of time is no length: "walked 12 miles long after dark" (a word of time right after it)
    return re.compile(rf"(?i){_BRACKET}\s+(?P<adj>{adj})\b(?!-|\s+(?:after|before|ago|since|enough)\b)")


def length_objects(doc: Doc, recs: list[dict[str, Any]]) -> None:
    """Fill the object of each length in ``recs`` (text order) that has none from the words that name it."""
    text = doc.text
    nouns, adjectives = _dimensions()
    prev: dict[str, Any] | None = None
    for rec in recs:
        if rec["kind"] == "measure" and rec.get("unit") in _LENGTHS and canonical_object(rec.get("object")) is None:
            obj = _named(text, rec, nouns, adjectives) or _modified_noun(doc, rec)
            if obj is None and prev is not None and _converted(text, prev, rec):
                obj = prev["object"]
            if obj is not None:
                rec["object"] = obj
        prev = rec


def _named(text: str, rec: dict[str, Any], nouns: dict[str, str], adjectives: dict[str, str]) -> str | None:
    start, end = int(rec["start"]), int(rec["end"])
    before = _before().search(text, max(0, start - 40), start)
    if before is not None:
        return nouns[before["noun"].lower()] if before["noun"] else adjectives[before["adj"].lower()]
    after = _after().match(text, end)
    return adjectives[after["adj"].lower()] if after is not None else None


def _modified_noun(doc: Doc, rec: dict[str, Any]) -> str | None:
    """The common noun a length with a singular unit modifies ("a 1,000-foot strip"), or None."""
    text = doc.text
    if not _SINGULAR_UNIT.search(text, int(rec["start"]), int(rec["end"])):
        return None
    m = re.compile(rf"{_BRACKET}\s+(?P<word>[a-z][a-z-]*)").match(text, int(rec["end"]))
    if m is None:
        return None
    tok = doc.char_span(m.start("word"), m.end("word"))
    if tok is None or len(tok) != 1 or tok[0].pos_ != "NOUN" or tok[0].tag_ not in ("NN", "NNS"):
        return None
    return tok.text if canonical_object(tok.text) is not None else None


def _converted(text: str, prev: dict[str, Any], rec: dict[str, Any]) -> bool:
    """``rec`` is ``prev`` restated in another unit in brackets right after it: "40 meters (43 yards)"."""
    return prev["kind"] == "measure" and canonical_object(prev.get("object")) is not None \
        and _OPEN.fullmatch(text, int(prev["end"]), int(rec["start"])) is not None
