"""Round 27: a university named by its short name ("degrees at Harvard and Columbia") is no town
(data/place_school_names.tsv)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import read_tsv

__all__ = ["names_a_school"]

_JOIN = r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
# words of study before the name, in the same clause: "graduated from", "a degree at", "a professor at"
_STUDY = re.compile(
    r"\b(?:degrees?|graduat\w*|studied|studying|studies|attended|attending|alumn\w*|professors?|lecturers?|"
    r"students?|enrolled|scholars?|fellows?|dean|Ph\.?D\.?|MBA|law\s+school)\b[^.;:!?]{0,40}?\b(?:at|from|of|to)\s+"
    rf"(?:[A-Z][\w.'’-]*{_JOIN})*$")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("place_school_names.tsv") if len(row) > 1}


def _beside_school(text: str, start: int, end: int) -> bool:
    """Another name of the table joined to this one by a comma, "and" or "or", one of the two a "school"."""
    kinds = _kinds()
    own = kinds.get(text[start:end])
    before = re.search(rf"\b([A-Z][\w’'-]*){_JOIN}$", text[max(0, start - 30) : start])
    after = re.match(rf"{_JOIN}([A-Z][\w’'-]*)\b", text[end : end + 30])
    for m in (before, after):
        other = kinds.get(m.group(1)) if m else None
        if other is not None and "school" in (own, other):
            return True
    return False


def names_a_school(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is a university's short name used as one: beside another university's short
    name ("Harvard and Columbia") or after words of study ("graduated from Columbia"). "lives in Columbia",
    "between Oxford and Cambridge" stay places."""
    if text[start:end] not in _kinds():
        return False
    return _beside_school(text, start, end) or bool(_STUDY.search(text, max(0, start - 80), start))
