"""Round 27: a line that holds nothing but "6 years ago" (or "Posted 3 hours ago") is a web page's age stamp,
counted from when the page was copied, not from the report's date: the count back from the publication date
gives a wrong year ("6 years ago" under a 2013 report is no 2007), so no time is read there."""

from __future__ import annotations

import re

__all__ = ["age_stamp"]

_STAMP = re.compile(r"(?i)(?:(?:last\s+)?(?:updated|posted|published|modified)\s*:?\s*)?")


def age_stamp(text: str, start: int, end: int) -> bool:
    """The time at ``start:end`` ends in "ago" and is alone on its line (a stamp word before it allowed)."""
    if not text[start:end].lower().endswith("ago"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t.|·-"):
        return False
    following = text[line_end:].lstrip()
    if following[:1].islower():
        return False  # a sentence broken across lines ("Two years ago\nthe party split")
    head = text[line_start:start].strip()
    return _STAMP.fullmatch(head) is not None
