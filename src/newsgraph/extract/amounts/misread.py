"""Figures read as counts of nothing, found by round 23's independent review (issue 17, item 1).

Over the scanned quantities, before objects are read (:func:`misread_figures`):

* "won by 30 points", "a margin of 20 points", "led by 5 points": the margin of a race, in percentage points (a
  measure of its own, whose object is ``margin``: :func:`margin_objects`), not a count of 30 nothing;
* (a frequency, "voted four times this month", "struck more than 100 times", is left a figure: the annotated sets
  count such events, and dropping them lost 4 of 74 amounts_news test figures);
* "people age 12 and older", "adults aged 18 to 24", "aged between 18 and 36" (round 33): an age bound of the
  counted people, no count of "age" (a person's age at death, "has died aged 88", stays a figure whose object is
  the age: :mod:`.not_counts`);
* "the Three Amigos", the term "three amigos": a number that is part of a nickname (capitalised inside a sentence,
  or the whole of a quoted term) names a group, it counts nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .._doc import sentence_around
from .grammar import Quantity
from .not_counts import age_at_death

__all__ = ["misread_figures", "margin_objects", "MARGIN"]

#: the object of a race's margin in points
MARGIN = "margin"

_HEDGE = r"(?:[ \t]+(?:about|nearly|almost|some|roughly|around|just|only|more[ \t]+than|over|less[ \t]+than|under))?"
# a race won, lost or led by the points: the verb governs "by" within a few words ("a state Trump won by 30")
_MARGIN_BEFORE = re.compile(
    r"(?i)(?:\b(?:won|wins?|winning|carried|carry|carries|lost|loses?|losing|led|leads?|leading|trailed|trails?|"
    r"trailing|beat|beats|defeated|defeats?|ahead|behind)\b(?:[ \t]+[\w'’-]+){0,8}?[ \t]+by" + _HEDGE +
    r"|\b(?:margin|lead|edge|advantage|deficit|gap)[ \t]+of" + _HEDGE + r")[ \t]+$")
_POINTS_AFTER = re.compile(r"(?i)(?:-|[ \t]+)(?:percentage[ \t-]+)?points?\b")
# ("aged between 18 and 36": the range's first figure is an age too, round 33)
_AGE_BEFORE = re.compile(r"(?i)\b(?:age|aged)(?:[ \t]+between)?[ \t]+$")
_QUOTE_OPEN = frozenset('"“‘\'')
_QUOTE_CLOSE = re.compile(r"[ \t]+[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*)?[.,]?[\"”’']")
_CAPITAL_NOUN = re.compile(r"[ \t]+[A-Z][a-z]+\b")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][\w-]*[ \t]+$")
# a race for votes: its points are percentage points; a game's margin ("won by 12 points") is in plain points
_VOTE_WORDS = re.compile(r"(?i)\b(?:elections?|elected|votes?|voters?|voting|ballots?|polls?|polling|primary|"
                         r"caucus(?:es)?|states?|districts?|county|counties|seats?|governor|senate|congress\w*|"
                         r"president\w*|democrats?|republicans?|candidates?|percent(?:age)?|campaign)\b")


def misread_figures(text: str, qs: list[Quantity]) -> None:
    """Re-read or skip the quantities of the classes above (in place; a margin is marked in ``extra``)."""
    for q in qs:
        before = text[max(0, q.start - 80) : q.start]
        if q.skip is None and q.unit == "percentage point" and _MARGIN_BEFORE.search(before):
            q.extra["margin"] = True  # a poll's lead ("led her rival by 14 points"), read by poll_figures
        if q.skip is not None or q.kind != "count":
            continue
        if q.end == q.num_end and (p := _POINTS_AFTER.match(text, q.num_end)) and _MARGIN_BEFORE.search(before):
            vote = _VOTE_WORDS.search(sentence_around(text, q.num_start)) is not None
            q.kind, q.unit = ("percent", "percentage point") if vote else ("measure", "point")
            q.end = p.end()
            q.text = text[q.start : q.end]
            q.extra["margin"] = True
        elif _AGE_BEFORE.search(before) and not age_at_death(text, q.start):
            q.skip = "age"
        elif q.spelled and _nickname(text, q):
            q.skip = "name"
        elif not q.spelled and q.end == q.num_end and _titled_digits(text, q):
            q.skip = "name"
        elif q.end == q.num_end and _LIST_POINT.match(text, q.end) and _PARAGRAPH_START.search(text[:q.num_start]):
            q.skip = "list"  # "Two: Who paid for it?": a numbered point of a list at a paragraph's start (round 27)


def _nickname(text: str, q: Quantity) -> bool:
    """A spelled number that names a group: the whole of a quoted term ("three amigos"), or capitalised with a
    capitalised noun inside a sentence ("known as the Three Amigos"; a title-case heading has a capitalised word
    before it, a sentence's first word none, and both are left as they are)."""
    opened = q.num_start > 0 and text[q.num_start - 1] in _QUOTE_OPEN
    if opened and _QUOTE_CLOSE.match(text, q.num_end):
        return True
    word = text[q.num_start : q.num_end]
    return (word[:1].isupper() and _CAPITAL_NOUN.match(text, q.num_end) is not None
            and _LOWER_WORD_BEFORE.search(text, max(0, q.num_start - 30), q.num_start) is not None
            and not opened)


_LIST_POINT = re.compile(r"[ \t]*:")
_PARAGRAPH_START = re.compile(r"(?:^|\n)[ \t]*$")
# "on The 700 Club": a capitalised "The" inside a sentence, digits, a capitalised singular noun (round 27)
_THE_TITLED = re.compile(r"\b[a-z][\w-]*[ \t]+The[ \t]+$")
_TITLED_NOUN = re.compile(r"[ \t]+[A-Z][a-z]+\b(?<!s)(?![ \t]*[-–]?[ \t]*\d)")


def _titled_digits(text: str, q: Quantity) -> bool:
    """Digits inside a title-case name in running text ("watch it on The 700 Club"): a lower-case word, then "The",
    the digits and a capitalised singular noun; a count is not capitalised so, nor its noun singular."""
    return (_THE_TITLED.search(text, max(0, q.num_start - 40), q.num_start) is not None
            and _TITLED_NOUN.match(text, q.num_end) is not None)


def margin_objects(qs: list[Quantity], keep: dict[int, tuple[dict[str, Any], Any]]) -> None:
    """The figures :func:`misread_figures` read as a race's margin count the margin, whatever noun is near."""
    for qi, (rec, _anchor) in keep.items():
        if qs[qi].extra.get("margin"):
            rec["object"], rec["owner"], rec["location"] = MARGIN, None, None
