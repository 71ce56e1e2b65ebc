"""A count of units before or after an event the text names: "ten days before the shooting" (round 16).

The tagger reads "ten days" there as a span counted from an event (``Timex.event_shift``); with the parse, one
before or after a noun's event ("before the shooting", "after his arrest") is a DATE, as TimeML's AQUAINT gold
marks that class: the event's day shifted by the count when the text has dated that event (a date inside the
noun's phrase, "the Oct. 23 shooting", or an earlier telling of it, "he was shot to death last Oct. 23", that
gives one day), else no value (a day the text does not give; a figure in its clause is not dated by it), never a
day counted from the report; with a clock time, ``XXXX-XX-XXT06:00``. A count
before or after a clause ("a month after Qantas suspended ...") stays a DURATION, as TimeBank marks it; so does
one with a bound ("at least 30 days before ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from .._doc import doc_text
from .core import Timex
from .normalize import shift_calendar

__all__ = ["event_offsets"]

_CAL = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?")
_CLOCK = re.compile(r".*T(\d\d:\d\d|MO|AF|EV|NI)$")
_KEEP_MODS = frozenset({None, "APPROX"})


@lru_cache(maxsize=1)
def _tellings() -> dict[str, frozenset[str]]:
    """Event noun → the verbs that tell it (data/time_event_tellings.tsv, kind ``event``)."""
    return {row[1].lower(): frozenset(v.strip().lower() for v in row[2].split("|") if v.strip())
            for row in read_tsv("time_event_tellings.tsv") if len(row) > 2 and row[0] == "event"}


@lru_cache(maxsize=1)
def _time_nouns() -> frozenset[str]:
    """Nouns of a point of time ("issue date", "the deadline"): no event to count from (kind ``time``)."""
    return frozenset(w.strip().lower() for row in read_tsv("time_event_tellings.tsv") if row[0] == "time"
                     for w in row[1].split("|") if w.strip())


@lru_cache(maxsize=1)
def _occurring() -> frozenset[str]:
    """Verbs that date the event named as their subject (kind ``occur``: "the election will be held on Nov. 5")."""
    return frozenset(w.strip().lower() for row in read_tsv("time_event_tellings.tsv") if row[0] == "occur"
                     for w in row[1].split("|") if w.strip())


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _event_noun(doc: Doc, tx: Timex) -> Token | None:
    """The noun "before"/"after" governs right after the count; None for a clause ("before he was killed")."""
    sp = _span(doc, tx.end, min(len(doc_text(doc)), tx.end + 8))
    word = next((t for t in sp or () if not t.is_space), None) if sp is not None else None
    if word is None or word.lower_ not in {"before", "after"} or word.dep_ != "prep":
        return None
    noun = next((c for c in word.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None if noun is None or noun.lemma_.lower() in _time_nouns() else noun


def _governed(root: Token, head: Token) -> bool:
    """A time whose phrase hangs on ``head`` before any other verb: "shot to death on the night of Oct. 23"."""
    cur = root
    for _ in range(12):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i == head.i:
            return True
        if cur.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _dated_by(doc: Doc, times: list[Timex], tok: Token, limit: int) -> list[str]:
    """Values of the calendar times before ``limit`` (a character) that date the word ``tok``."""
    out = []
    for t in times:
        if t.end > limit or t.event_shift is not None or not t.value or not _CAL.fullmatch(t.value):
            continue
        sp = _span(doc, t.start, t.end)
        if sp is None or sp.start <= tok.i < sp.end:
            continue
        inside = tok.pos_ == "NOUN" and tok.left_edge.i <= sp.start and sp.end - 1 <= tok.right_edge.i
        if inside or _governed(sp.root, tok):
            out.append(t.value)
    return out


def _one_day(values: list[str]) -> str | None:
    """The one day (else month, else year) the values agree on; None when they name several."""
    for cut in (10, 7, 4):
        got = {v[:cut] for v in values if len(v.split("T")[0]) >= cut}
        if got:
            return got.pop() if len(got) == 1 else None
    return None


def _anchor(doc: Doc, noun: Token, times: list[Timex], tx: Timex) -> str | None:
    own = _dated_by(doc, times, noun, len(doc_text(doc)))
    if own:
        return _one_day(own)
    lemma = noun.lemma_.lower()
    verbs = _tellings().get(lemma, frozenset())
    first = _span(doc, tx.start, tx.end)
    stop = first.start if first is not None else noun.i
    values: list[str] = []
    for tok in doc[:stop]:
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma) or (tok.pos_ == "VERB" and tok.lemma_.lower() in verbs):
            values += _dated_by(doc, times, tok, tx.start)
            if tok.pos_ == "NOUN" and (verb := _occurrence_verb(tok)) is not None:
                values += _dated_by(doc, times, verb, tx.start)
    return _one_day(values)


def _occurrence_verb(noun: Token) -> Token | None:
    """The verb that says when the event ``noun`` takes place, when the noun is its subject ("the hearing took
    place on Nov. 30", "the election will be held on Nov. 5", "the vote is on Dec. 20"); else None."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return verb if verb.lemma_.lower() in _occurring() else None


def _shifted(anchor: str | None, shift: tuple[str, int | None, bool]) -> str | None:
    letter, steps, clock = shift
    if anchor is None or steps is None:
        return None
    if clock:
        return anchor if len(anchor) == 10 else None  # "two hours before": that day, at a day's grain
    return shift_calendar(anchor, letter, steps)


def event_offsets(doc: Doc, times: list[Timex]) -> list[Timex]:
    """``times`` with each count before or after an event noun made that event's (shifted) day; a clock time
    just before it joins it ("at 6 a.m. ten days before the shooting": one TIME, as TimeML marks it)."""
    if not doc.has_annotation("DEP") or not any(t.event_shift for t in times):
        return times
    text = doc_text(doc)
    out: list[Timex] = []
    for tx in times:
        noun = _event_noun(doc, tx) if tx.event_shift is not None and tx.mod in _KEEP_MODS else None
        if noun is None:
            out.append(tx)
            continue
        value = _shifted(_anchor(doc, noun, times, tx), tx.event_shift)  # type: ignore[arg-type]
        anchor: Literal["text"] | None = "text" if value else None
        prev = out[-1] if out else None
        clock = _CLOCK.match(prev.value) if prev is not None and prev.type == "TIME" and prev.value else None
        if prev is not None and clock and not text[prev.end : tx.start].strip() and (value is None or len(value) == 10):
            out[-1] = Timex(prev.start, tx.end, text[prev.start : tx.end], "TIME",
                            f"{value or 'XXXX-XX-XX'}T{clock.group(1)}", prev.mod, anchor)
            continue
        # no day known: no value, so a figure of the clause keeps the time it had (its own, or the report's)
        out.append(Timex(tx.start, tx.end, tx.text, "DATE", value, tx.mod, anchor))
    return out
