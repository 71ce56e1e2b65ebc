"""Background dated by a past year is held out of the default view (issue 19, round 22).

A report restates older events as context: "In 1946, President Truman sent federal troops", "the 2003 U.S.
invasion", "In 2008, a missile strike in Somalia killed ...". A reader of today's report takes them for news
when they are shown beside it. An event whose own clause (or, for a noun trigger, its own phrase) is dated by
a year at least two years before the report's publication is background: it is stored with its confidence held
below the readers' default threshold (``--all`` shows it). Only a year the trigger's clause names counts, not
one inside another clause ("Trump, elected in 2016, attacked X": the year dates the election); a "since" or
"until" phrase dates a span still running, not the act. Reports without a publication date are left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...record import EVENT_MIN_CONFIDENCE
from .triggers import Found

__all__ = ["publication_year", "dated_before", "hold_dated_background"]

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: how far back a year must be for the act to be background (a report in 2019 about "2018" may tell its news)
_GAP = 2
#: phrases that date a span still running, or a limit, not the act itself
_SPAN_PREPS = frozenset({"since", "until", "till", "by", "through", "from"})
#: dependents of a verb or noun that can carry its date; clauses (relcl, ccomp, advcl...) are left out
_DATING = frozenset({"prep", "npadvmod", "nummod", "compound", "amod", "nmod", "tmod", "pobj", "appos", "poss",
                     "nsubj"})


def publication_year(doc: Doc) -> int | None:
    raw = (doc._.newsgraph_meta or {}).get("published")
    m = re.match(r"((?:19|20)\d\d)", str(raw)) if raw else None
    return int(m.group(1)) if m else None


def _years_under(tok: Token, depth: int = 0) -> list[int]:
    """Years in ``tok``'s dating phrases: through prepositions and noun modifiers, not into clauses."""
    out: list[int] = []
    for c in tok.children:
        if c.dep_ not in _DATING or (c.dep_ == "prep" and c.lower_ in _SPAN_PREPS):
            continue
        if c.dep_ == "nsubj" and depth == 0:
            continue  # the subject is a party, not a date ("the 2016 campaign attacked": rare, and a party)
        if _YEAR.fullmatch(c.text):
            out.append(int(c.text))
        if depth < 3:
            out.extend(_years_under(c, depth + 1))
    return out


def dated_before(f: Found, year: int) -> bool:
    """The event's own clause or phrase names a year ``_GAP`` or more years before ``year``."""
    nodes = [f.trigger] if f.head is None or f.head is f.trigger else [f.trigger, f.head]
    if f.trigger.dep_ in {"nsubj", "nsubjpass"} and f.trigger.pos_ in {"NOUN", "PROPN"}:
        nodes.append(f.trigger.head)  # "In 2008, a missile strike killed X": the strike's verb is dated
    years = [y for n in nodes for y in _years_under(n)]
    return bool(years) and max(years) <= year - _GAP


def hold_dated_background(found: list[Found], year: int | None) -> None:
    """Cap the confidence of each event that ``dated_before`` the publication year (in place)."""
    if year is None:
        return
    for f in found:
        if f.confidence >= EVENT_MIN_CONFIDENCE and dated_before(f, year):
            f.confidence = round(EVENT_MIN_CONFIDENCE - 0.1, 3)
