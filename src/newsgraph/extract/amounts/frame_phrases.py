"""Numbers that a page's furniture or a fixed phrase frames, no amount (round 20, pool20 ranks 151-190).

* A gallery's counter: "next Image 1 of 2", "prev Image 2 of 2", "Hide Caption 5 of 13", "Photo 3 of 10": the
  number right after a gallery word ("Slideshow 1 of 14", round 32), or after "<gallery word> N of", numbers a
  picture, it counts nothing.
* "On one hand", "on the one hand": a way of weighing, not one hand ("lost one hand" stays a count).
* The first number of a range of durations ("six to 24 months", "two or three years"): a duration, as its last is.
* The parts a thing is split into with no noun after ("to be split into two;", "broke in two"): how it is cut,
  no count of anything (round 32: "split into two" had counted the agency).

Read by :mod:`newsgraph.extract.amounts.scan`: the gallery counter by ``_frame_skip`` and "on one hand" by
``_skip_reason``, each with the 40 characters before and after the number; the ranges by ``_scan`` on the whole
list of scanned numbers.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

__all__ = ["gallery_counter", "weighing_phrase", "duration_ranges", "split_in_parts"]

_GALLERY_WORDS = r"(?:image|photo|picture|slideshow|slide|caption|video|gallery|item)"
# "Image 1 of 2": the first number, with " of <number>" after it
_COUNTER_FIRST_BEFORE = re.compile(rf"(?i)\b{_GALLERY_WORDS}[ \t]+$")
_COUNTER_FIRST_AFTER = re.compile(r"(?i)[ \t]+of[ \t]+\d")  # (?i) as the "before" patterns: "IMAGE 1 OF 4"
# "Image 1 of 2": the second number
_COUNTER_SECOND_BEFORE = re.compile(rf"(?i)\b{_GALLERY_WORDS}[ \t]+\d+[ \t]+of[ \t]+$")
_ON_BEFORE = re.compile(r"(?i)\bon[ \t]+(?:the[ \t]+)?$")
_HAND_AFTER = re.compile(r"[ \t]+hand\b")


def gallery_counter(before: str, after: str) -> bool:
    """The number between ``before`` and ``after`` numbers a gallery's picture ("Image 1 of 2")."""
    if _COUNTER_SECOND_BEFORE.search(before):
        return True
    return bool(_COUNTER_FIRST_BEFORE.search(before) and _COUNTER_FIRST_AFTER.match(after))


def weighing_phrase(word: str, before: str, after: str) -> bool:
    """"on one hand", "on the one hand": ``word`` is the number as written."""
    return word.lower() == "one" and bool(_ON_BEFORE.search(before) and _HAND_AFTER.match(after))


_SPLIT_BEFORE = re.compile(r"(?i)\b(?:split|splits|splitting|divided?|divides|dividing|broken|break|breaks|broke|"
                           r"cut|cuts|torn|tore|tear|sawn|sawed)[ \t]+(?:into|in)[ \t]+$")
# the phrase ends with the number: punctuation, the end, or a word that opens another phrase
_SPLIT_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)\u2014\u2013]|$|[ \t]+(?:and|but|or|by|over|after|with|at|on|for|to|in|as)\b)")


def split_in_parts(before: str, after: str) -> bool:
    """"to be split into two;": the number of parts a thing is cut into, with no noun after it."""
    return bool(_SPLIT_BEFORE.search(before) and _SPLIT_AFTER.match(after))


# "six to 24 months", "two or three years", "5-10 days": the range's unit is written once, after its last number
_RANGE_GAP = re.compile(r"[ \t]*(?:to|or|-|–|and)[ \t]*")


def duration_ranges(text: str, raw: list[Any]) -> None:
    """Mark the first number of a range of durations as a duration too ("a lapse of six to 24 months" counts no
    lapses; "jailed for two to three years" no one). ``raw``: the scanned quantities in order, before merging."""
    for a, b in pairwise(raw):
        if a.skip is None and b.skip == "duration" and a.kind == "count" and a.end == a.num_end \
                and a.value < b.value and _RANGE_GAP.fullmatch(text[a.end : b.start]):
            a.skip = "duration"
