"""The two sides of a change, each in its own clause and at its own time (issue 17, items 4 and 6).

* ``other_clause``: "Iran enriched uranium to 20 percent, and China's economy grew 6.1%": the parse may hang the
  first clause's "to 20 percent" on the second clause's verb; a figure written before the subject of its
  trigger, with a clause break (", and", ", but", ";") between them, belongs to another clause;
* ``noun_move_to``: "saw an increase of 200 million euros to 1.2 billion euros": the "to" after a movement noun
  that is the object of a light verb ("saw", "posted", "reported") gives the level reached, not a range's end;
* ``rate_tail``: "from 30 per 100,000 in 2018": a rate's base stands between the figure and its own time;
* ``earlier_period``: "fell to 14 percent in June from 16 percent": a from-side with no time of its own, of a
  move already done at a past time stated for its level, stood before that time; it takes the period just
  before (2020-05 for 2020-06, 2018 for 2019, 2020-Q1 for 2020-Q2, the day before), never the publication day,
  which would put it after the level it fell from.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.tokens import Token

from .changes import ChangeDraft, trigger_direction

__all__ = ["other_clause", "noun_move_to", "rate_tail", "earlier_period"]

_BREAK = re.compile(r"(?:,[ \t]*(?:and|but|while|whereas)\b|;)")
_ROLES_BY_CLAUSE = frozenset({"to", "from", "delta", "pct"})


def other_clause(text: str, drafts: list[ChangeDraft], amounts: list[dict[str, Any]]) -> list[ChangeDraft]:
    """The drafts without the figures that stand in another clause than their trigger (see the module). When
    the parse gave the trigger the other clause's subject too, the draft is dropped: its object would be that
    subject's ("uranium" for China's growth), and no change beats a change of the wrong thing."""
    out: list[ChangeDraft] = []
    for dr in drafts:
        trig = dr.trigger
        out.append(dr)
        if trig is None or not dr.members:
            continue
        # the subject nearest the trigger: a bad parse may give it the other clause's subject as well
        subj = max((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < trig.i),
                   key=lambda c: c.i, default=None)
        if subj is None:
            continue
        subj_start = min(t.idx for t in subj.subtree)
        kept = [(i, r) for i, r in dr.members if not (
            r in _ROLES_BY_CLAUSE and int(amounts[i]["end"]) <= subj_start
            and _BREAK.search(text, int(amounts[i]["end"]), subj_start))]
        if len(kept) == len(dr.members):
            continue
        dr.members = kept
        far = {c.lower_ for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subj.i}
        if not far:
            continue
        out.pop()
        for i, _r in kept:  # the other clause's subject lent to the figures left ("uranium" for China's 6.1%)
            obj = amounts[i]["object"]
            if obj and obj.split()[-1].lower() in far:
                amounts[i].update(object=None, owner=None, location=None)
    return out


def noun_move_to(tok: Token) -> bool:
    """The "to" hangs on a verb whose object, before it, is a movement noun with a direction ("an increase")."""
    if tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "dobj" and c.i < tok.i and c.pos_ == "NOUN" and trigger_direction(c) in ("increase", "decrease")
               for c in tok.head.children)


_RATE_BASE = re.compile(r"[ \t]+(?:per|a|every)[ \t]+(?:100,000|100 000|100k|1,000|1000|thousand|capita|head|person)"
                        r"(?:[ \t]+(?:people|residents|inhabitants|population))?", re.I)


def rate_tail(text: str, a: dict[str, Any]) -> int:
    """Where the figure's text ends once a rate's base after it is passed ("30 per 100,000 people")."""
    end = int(a["end"])
    if a.get("dimension") != "rate":
        return end
    m = _RATE_BASE.match(text, end)
    return m.end() if m else end


_PERIOD = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?")


def earlier_period(value: str | None, published: Any) -> str | None:
    """The period just before ``value`` when ``value`` names a year, quarter, month or day wholly before the
    publication day (a move already done); None otherwise (a target, an undated report, another kind of time)."""
    m = _PERIOD.fullmatch(value or "")
    try:
        pub = dt.date.fromisoformat(str(published or "")[:10])
    except ValueError:
        return None
    if m is None:
        return None
    year, month, day, quarter = m.groups()
    y = int(year)
    last_month = int(quarter) * 3 if quarter else int(month) if month else 12
    if day:
        last = dt.date(y, last_month, int(day))
    else:
        last = (dt.date(y + 1, 1, 1) if last_month == 12 else dt.date(y, last_month + 1, 1)) - dt.timedelta(days=1)
    if last >= pub:
        return None
    if quarter:
        return f"{y - 1}-Q4" if quarter == "1" else f"{y}-Q{int(quarter) - 1}"
    if day:
        return (last - dt.timedelta(days=1)).isoformat()
    if month:
        return f"{y - 1}-12" if month == "01" else f"{y}-{int(month) - 1:02d}"
    return str(y - 1)
