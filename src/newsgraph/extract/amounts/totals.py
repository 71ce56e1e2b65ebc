"""How far a figure's time stretches: a total running to the report's day, or a stretch to a second time.

"400,000 people have been killed since 2011", "so far this year", "this year to date": the figure is a total
that runs from its time to the day of the report (``running_total``). "Between mid-April and August 27",
"from 2011 to 2014": the figure covers a stretch that ends at the second time (``time_end``, that time's
TIMEX value). A change reads its own time the same way (its ``to_value`` may be a running total: "to 900 so
far") and its ``from_time`` for a stretch only (``from_time_end``).

The reading is set at extraction from the words around the figure's governing time (the time expression with
its value nearest to the figure; the word lists are data/measure_totals.tsv); the knowledge base only reads
the fields and places the point (:mod:`newsgraph.kb.measures`). Records made before the fields existed
(``running_total`` is None) get the same reading from their text by :func:`fill_totals` when they are
stored or rebuilt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ...lexicon import read_tsv
from ...record import Amount, Article, Change, Time
from ...time_index import TimeIndex, TimeRow
from ..context import clause_head

__all__ = ["opens_since", "past_stretch", "runs_to_report", "stretch_end", "time_reading", "read_totals", "fill_totals", "reread_totals"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = {row[0]: row[1].split("|") for row in read_tsv("measure_totals.tsv")}

    def alt(kind: str) -> str:
        return "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in sorted(words[kind]))

    # "since" within 40 characters before the time, no sentence or clause mark between ("since the war
    # began in March 2011"); "so far" right after it; "and"/"to" alone between two times
    return (re.compile(rf"\b(?:{alt('since')})\b[^.;:!?]{{0,40}}$", re.I),
            re.compile(rf"^[ \t,]*(?:{alt('so_far')})\b", re.I),
            re.compile(rf"^[ \t]*(?:{alt('until')})[ \t]+$", re.I))


def runs_to_report(text: str, row: TimeRow, at: int) -> bool:
    """The time at ``row`` starts a total that runs to the report's day, for the figure at ``at``. A figure
    after its time needs the "since" to open its clause ("Since 2011, 400,000 ..."): in "increased since the
    jet was downed on July 17, killing all 298" the 298 died on July 17."""
    since, so_far, _until = _patterns()
    start, _i, _mod, end = row
    if so_far.match(text[end : end + 20]):
        return True
    m = since.search(text, max(0, start - 60), start)
    if m is None:
        return False
    lead = text[max(0, m.start() - 40) : m.start()]
    cut = max(lead.rfind(". "), lead.rfind("\n"), lead.rfind(","), lead.rfind(";"))
    opens = not lead[cut + 1 :].strip() and (cut >= 0 or m.start() <= 40)
    return at < start or opens


def opens_since(text: str, start: int) -> bool:
    """The time starting at ``start`` follows a "since" word of data/measure_totals.tsv right before it (at
    most "the" between: "since May", "since the spring"): the start of a stretch that runs to the telling."""
    return _since_before().search(text[max(0, start - 20) : start].lower()) is not None


@lru_cache(maxsize=1)
def _since_before() -> re.Pattern[str]:
    """A "since" word of data/measure_totals.tsv ending the text, at most "the" after it (compiled once)."""
    words = (w for row in read_tsv("measure_totals.tsv") if row[0] == "since" for w in row[1].split("|"))
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})[ \t]+(?:the[ \t]+)?$")


def stretch_end(text: str, index: TimeIndex, row: TimeRow) -> str | None:
    """The TIMEX value of the time a stretch runs to: the next time expression, when only "and", "to",
    "through", "until" or a dash stand between it and the time at ``row``."""
    nxt = index.next_after(row[3])
    if nxt is None or nxt[2] is None:
        return None
    return nxt[2] if _patterns()[2].match(text[row[3] : nxt[0]]) else None


def time_reading(text: str, index: TimeIndex, time: str | None, at: int) -> tuple[bool, str | None]:
    """(running total, stretch end) of the fact at ``at`` whose time has the TIMEX value ``time``: both read
    at the time expression with that value nearest the fact."""
    row = index.nearest(time, at) if time is not None and text else None
    if row is None:
        return False, None
    return runs_to_report(text, row, at), stretch_end(text, index, row)


def _amount_fields(text: str, index: TimeIndex, a: Amount) -> dict[str, Any]:
    total, end = time_reading(text, index, a.time, a.start)
    return {"running_total": total, "time_end": end}


def _change_fields(text: str, index: TimeIndex, c: Change) -> dict[str, Any]:
    total, end = time_reading(text, index, c.time, c.start)
    return {"running_total": total, "time_end": end,
            "from_time_end": time_reading(text, index, c.from_time, c.start)[1]}


def read_totals(text: str, times: Sequence[Time], amounts: list[Amount],
                changes: list[Change]) -> tuple[list[Amount], list[Change]]:
    """The amounts and changes with ``running_total`` and the stretch ends read for each one that lacks
    them (``running_total`` is None); the others are kept as they are."""
    if all(a.running_total is not None for a in amounts) and all(c.running_total is not None for c in changes):
        return amounts, changes
    index = TimeIndex(times)  # once per record: a scan of the times per figure was quadratic
    return ([a if a.running_total is not None else a.model_copy(update=_amount_fields(text, index, a))
             for a in amounts],
            [c if c.running_total is not None else c.model_copy(update=_change_fields(text, index, c))
             for c in changes])


def fill_totals(rec: Article) -> Article:
    """The record with the stretch of every figure's time read where it lacks it (records of older
    extractions); a record whose amounts and changes all carry it is returned as it is."""
    amounts, changes = read_totals(rec.text or "", rec.times, rec.amounts, rec.changes)
    if amounts is rec.amounts and changes is rec.changes:
        return rec
    return rec.model_copy(update={"amounts": amounts, "changes": changes})


def reread_totals(rec: Article) -> Article:
    """The record with every figure's stretch read again over the whole record. A long report is extracted in
    chunks, each read alone; the time nearest a figure, or the one after its time, may lie in the next chunk."""
    unread: dict[str, Any] = {"running_total": None}
    amounts, changes = read_totals(rec.text or "", rec.times, [a.model_copy(update=unread) for a in rec.amounts],
                                   [c.model_copy(update=unread) for c in rec.changes])
    return rec.model_copy(update={"amounts": amounts, "changes": changes})


# "the past month", "the last three years", "the previous 12 months": a stretch that ends at the report's (or the
# telling's) day
_PAST_STRETCH = re.compile(r"^(?:the[ \t]+)?(?:past|last|previous)\b", re.I)


def past_stretch(doc: Doc, times: Sequence[dict[str, Any]], start: int, end: int) -> bool:
    """The figure at [start, end) is told over a stretch that runs to the day of telling ("sold 2 million phones
    over the past month"), in its own clause: it covers the stretch, so the day a nearby point names ("said on
    Tuesday that ...") is not its time (round 17, review 16's leftovers). Left without a time: the stretch has
    no calendar value of its own (a duration), and no time beats a wrong point."""
    fact = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if fact is None or not len(fact) or not doc.has_annotation("DEP"):
        return False
    head = clause_head(fact.root)
    for t in times:
        if t.get("type") != "DURATION":
            continue
        sp = doc.char_span(int(t["start"]), int(t["end"]), alignment_mode="expand")
        if sp is None or not len(sp) or sp.sent.start != fact.sent.start or not _PAST_STRETCH.match(sp.text):
            continue
        if sp.end < len(doc) and doc[sp.end].lower_ == "of":
            continue  # "in the last three months of 2004": the end of a dated stretch, not one up to the telling
        prep = sp.root.head
        # hung on the verb ("sold ... over the past month"), not on a noun ("its best day in the past month")
        if sp.root.dep_ == "pobj" and prep.head.pos_ in ("VERB", "AUX") and clause_head(sp.root).i == head.i:
            return True
    return False

