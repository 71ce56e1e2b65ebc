"""Round 27: a month named again without a tense of its own is the month the report named before.

"Voters will elect a council in December. The December vote is the first since 2015." (in a June report): the
second "December", on a present clause or none, had been read alone as the nearest December, the one before; the
report speaks of one December, which its first mention, told in the future, placed. A mention with a tense of its
own ("Elections will be held in December" after "he resigned in December") keeps its own reading."""

from __future__ import annotations

from . import patterns as P
from .core import Ctx, Timex

__all__ = ["same_month_again"]


def _bare_month(tx: Timex) -> int | None:
    if tx.type != "DATE" or tx.mod or tx.anchor != "published" or not tx.value or len(tx.value) != 7:
        return None
    return P.MONTHS.get(tx.text.lower().rstrip("."))


def same_month_again(times: list[Timex], ctx: Ctx) -> None:
    """In place: a bare month name whose clause has no past or future tense takes the value of the nearest earlier
    bare mention of the same month."""
    if ctx.pub is None or ctx.tense_fn is None:
        return
    seen: dict[int, str] = {}
    for tx in times:
        mon = _bare_month(tx)
        if mon is None:
            continue
        before = seen.get(mon)
        if before is not None and before != tx.value and ctx.tense(tx.start, tx.end, keep_done=True) in (None,
                                                                                                          "PRESENT"):
            tx.value = before
        seen[mon] = tx.value  # type: ignore[assignment]
