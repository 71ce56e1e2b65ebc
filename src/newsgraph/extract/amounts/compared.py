"""Change drafts from two figures compared: "exports of $32.5 billion, compared with $30 billion a year earlier".

Moved whole from ``drafts`` (round 25 tidying, no rule changed): a figure compared with an earlier one of the same
kind is where the first moved from, and a figure compared with after a movement with no from-side is its start.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from .changes import ChangeDraft
from .grammar import Quantity
from .moves import BRACKETS, conversion_head

if TYPE_CHECKING:
    from .drafts import Keep

__all__ = ["EARLIER", "compared_drafts", "compared_to_move", "compared_apart"]

# ", against $66m a year earlier": "against" compares only when set off by a comma ("3 games against 2 teams")
_COMPARED = re.compile(r"[^.;:!?\d]{0,160}?(?:\b(?:compared[ \t]+(?:with|to)|versus|vs\.?)|,[ \t]*against)[ \t]+"
                       r"(?:an?[ \t]+|the[ \t]+)?(?:(?:net[ \t]+)?(?P<noun>loss|deficit|profit|surplus|total|level"
                       r"|figure|rate|high|low|record)[ \t]+of[ \t]+)?(?:just[ \t]+|only[ \t]+)?")
# a title's or country's full stop does not end the sentence between two compared figures ("Mr. Trump", "U.S.")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|U\.S|U\.N|U\.K)\.")
# the time a compared figure stood at: "a year earlier", "in the same period last year", "in 2016", "in May"
EARLIER = re.compile(
    r"[^.;:!?\d]{0,40}?\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several"
    r"|a[ \t]+few|\d+|the)[ \t]+(?:year|month|week|day|quarter|decade)s?[ \t]+"
    r"(?:earlier|before|ago|prior)|(?:last|previous|prior|same)[ \t]+(?:year|month|week|quarter|period|time|survey)"
    r"|(?:in|during|by|of|for)[ \t]+(?:19|20)\d\d\b|previously|earlier|(?:before|prior[ \t]+to)[ \t]+(?:the|its|his|her|their)\b"
    r"|(?:in|during)[ \t]+(?:january|february|march|april"
    r"|may|june|july|august|september|october|november|december)\b)", re.I)


def compared_drafts(text: str, qs: list[Quantity], keep: Keep, pos_of: dict[int, int], used: set[int],
                    drafts: dict[Any, ChangeDraft]) -> None:
    """"exports of $32.5 billion, compared with $30 billion a year earlier": from the second to the first."""
    order = sorted(keep)
    for last, b in zip(order, order[1:], strict=False):
        a = conversion_head(text, qs, keep, last)  # "$120m (£64m; 93m euros), compared with": the first figure
        if a in used or last in used or b in used:
            continue
        qa, qb = qs[a], qs[b]
        start_b = int(qb.extra.get("hedge_start", qb.start))
        between = _ABBREV.sub(lambda m: m.group()[:-1] + " ", text[qa.end : start_b])
        m = _COMPARED.fullmatch(between if a == last else BRACKETS.sub(" ", between, count=1))
        if qa.kind != qb.kind or qa.value == qb.value or not m:
            continue
        if not EARLIER.match(text, qb.end):
            continue  # "819 strikes, compared to 157 from the 10 other countries": two holders, not a move
        direction = "increase" if qa.value > qb.value else "decrease"  # (a loss compared: see moves.losses)
        drafts[("compared", a)] = ChangeDraft(None, direction, "compare", [(pos_of[a], "to"), (pos_of[b], "from")])
        used.update({a, b})


_COMPARED_BEFORE = re.compile(r"(?:\bcompared[ \t]+(?:with|to)|,[ \t]*against)[ \t]+(?:the[ \t]+)?$", re.I)


def compared_to_move(text: str, qs: list[Quantity], keep: Keep, pos_of: dict[int, int], used: set[int],
                     drafts: dict[Any, ChangeDraft]) -> None:
    """"a 212% increase compared to the 40,120 arrivals in the same period the previous year": a figure compared
    with, after a noun or verb of movement of the same sentence that has no from-side, is where it started."""
    for qi in sorted(keep):
        q = qs[qi]
        at = int(q.extra.get("hedge_start", q.start))
        if qi in used or not _COMPARED_BEFORE.search(text[max(0, at - 30) : at]) or not EARLIER.match(text, q.end):
            continue
        for dr in drafts.values():
            trig = dr.trigger
            if (trig is None or not 0 < at - trig.idx <= 80 or re.search(r"[.;!?]", text[trig.idx : at])
                    or any(r == "from" for _i, r in dr.members)):
                continue
            dr.members.append((pos_of[qi], "from"))
            used.add(qi)
            break


# a phrase right after a compared figure (after at most one word, its unit) that may name where or whose it is
# ("for silver" names another thing: other_things.two_things drops the whole change, round 26)
_PHRASE_AFTER = re.compile(r"[ \t]*(?:[a-z%]+[ \t]+)?(?:in|among|at|across|from|on|by|under)[ \t]+", re.I)
_TIME_ENTS = frozenset({"DATE", "TIME"})


def compared_apart(doc: Doc, text: str, q: Quantity, roles: set[str]) -> bool:
    """A figure "compared with/to" that the parse hangs on a move as its from-side but that is none (issue 17,
    round 34): another place's or group's figure ("fell to 5 per 100,000, compared to 20 in Chicago", "rose 5% in
    the north, compared with 2% in the south": a phrase after it names no time), or another period's rate of
    change after a move told by its rate alone ("rose 1.2% in the month, compared to 0.1% a month earlier": the
    annotation gives the first only)."""
    at = int(q.extra.get("hedge_start", q.start))
    if not _COMPARED_BEFORE.search(text[max(0, at - 30) : at]):
        return False
    if q.kind == "percent" and "pct" in roles and not roles & {"to", "from"}:
        return True
    if EARLIER.match(text, q.end):
        return False
    m = _PHRASE_AFTER.match(text, q.end)
    if m is None:
        return False  # "compared with $30 billion." told alone: taken as the earlier level, as before
    words = doc.char_span(m.end(), min(len(text), m.end() + 40), alignment_mode="expand")
    return words is None or not any(t.ent_type_ in _TIME_ENTS for t in list(words)[:5])
