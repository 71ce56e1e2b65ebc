"""Round 31 (issue 17 item 5): a weekday named again for the event it already dated is that same day.

"Scots voted on Thursday ... I expect that Thursday's vote will be seen as a step forward" (in a Friday report):
the possessive "Thursday's vote" names the vote the report told of, but read alone, under the future of its
clause, it had become the coming Thursday; "Talks about Thursday's hearing are ongoing" after "the hearing will
be held Thursday" had become the Thursday before. A weekday's possessive names an event of a day the reader
already knows, so it takes the value of the report's nearest earlier mention of that weekday when the two lie a
week apart. A plain weekday does so only when its own clause has no past or future tense (as ``month_again``
does for months): one told with a tense of its own ("the talks ended Friday ... they resume Friday") keeps it.
The earlier mention must itself be a plain weekday resolved from the report (not "last Friday"), so a text that
names two Fridays in so many words keeps both."""

from __future__ import annotations

import datetime as dt
import re

from . import patterns as P
from .core import Ctx, Timex

__all__ = ["same_weekday_again"]

# a weekday alone, or with a part of the day ("Thursday", "Thursday night"): the day the report's week gives it
_PLAIN = re.compile(rf"(?i)^({P.WEEKDAY_NAME})(?:\s+(?:morning|afternoon|evening|night))?$")
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
_NAMED = re.compile(rf"(?i)\b({P.WEEKDAY_NAME})\b")
_POSSESSIVE = re.compile(r"^['’]s\b")


def _plain_day(tx: Timex) -> tuple[str, dt.date] | None:
    """(weekday name, resolved day) of a plain weekday resolved against the publication date."""
    m = _PLAIN.match(tx.text.strip())
    day = _DAY.match(tx.value or "")
    if m is None or day is None or tx.type not in {"DATE", "TIME"} or tx.mod or tx.anchor != "published":
        return None
    return m.group(1).lower(), dt.date.fromisoformat(day.group(1))


def same_weekday_again(times: list[Timex], ctx: Ctx) -> None:
    """In place: a possessive weekday, or one on a clause with no tense, that lies a week off the day the report's
    earlier plain mentions of the same weekday give takes that day."""
    if ctx.pub is None or ctx.tense_fn is None:
        return
    # weekday -> the days of its plain mentions so far (emptied by a mention that is not plain: "last Friday")
    seen: dict[str, list[dt.date]] = {}
    for tx in times:
        plain = _plain_day(tx)
        if plain is None:
            m = _NAMED.search(tx.text)
            if m is not None:
                seen[m.group(1).lower()] = []
            continue
        name, day = plain
        before = _agreed(seen.get(name, []))
        if before is not None and abs((day - before).days) == 7 and _refers_back(tx, ctx):
            tx.value = before.isoformat() + (tx.value or "")[10:]
            day = before
        seen.setdefault(name, []).append(day)


def _agreed(days: list[dt.date]) -> dt.date | None:
    """The day most earlier mentions give (one mention read on the wrong side does not carry the later ones:
    "struck before Friday's attack ... had agreed to meet Friday ... Friday's killing"); None when no day has
    more mentions than every other (the report's Fridays disagree, so none is the one referred back to)."""
    counts = sorted(((days.count(d), d) for d in set(days)), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


def _refers_back(tx: Timex, ctx: Ctx) -> bool:
    if _POSSESSIVE.match(ctx.text[tx.end : tx.end + 3]):
        return True
    return ctx.tense(tx.start, tx.end, keep_done=True) in (None, "PRESENT")
