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

from .core import Ctx, Timex

__all__ = ["same_weekday_again"]

# a weekday alone, or with a part of the day ("Thursday", "Thursday night"): the day the report's week gives it
_PLAIN = re.compile(r"(?i)^((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?$")
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
_POSSESSIVE = re.compile(r"^['’]s\b")


def _plain_day(tx: Timex) -> tuple[str, dt.date] | None:
    """(weekday name, resolved day) of a plain weekday resolved against the publication date."""
    m = _PLAIN.match(tx.text.strip())
    day = _DAY.match(tx.value or "")
    if m is None or day is None or tx.type not in {"DATE", "TIME"} or tx.mod or tx.anchor != "published":
        return None
    return m.group(1).lower(), dt.date.fromisoformat(day.group(1))


def same_weekday_again(times: list[Timex], ctx: Ctx) -> None:
    """In place: a possessive weekday, or one on a clause with no tense, that lies a week off the nearest earlier
    plain mention of the same weekday takes that mention's day."""
    if ctx.pub is None or ctx.tense_fn is None:
        return
    last: dict[str, tuple[Timex, dt.date | None]] = {}  # weekday -> its nearest earlier mention (None: not plain)
    for tx in times:
        plain = _plain_day(tx)
        if plain is None:
            m = re.search(r"(?i)\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", tx.text)
            if m is not None:
                last[m.group(1).lower()] = (tx, None)
            continue
        name, day = plain
        before = last.get(name)
        if before is not None and before[1] is not None and abs((day - before[1]).days) == 7 \
                and _refers_back(tx, ctx):
            tx.value = before[1].isoformat() + (tx.value or "")[10:]
            day = before[1]
        last[name] = (tx, day)


def _refers_back(tx: Timex, ctx: Ctx) -> bool:
    if _POSSESSIVE.match(ctx.text[tx.end : tx.end + 3]):
        return True
    return ctx.tense(tx.start, tx.end, keep_done=True) in (None, "PRESENT")
