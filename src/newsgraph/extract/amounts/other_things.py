"""Two figures of different things are no change (round 26, issue 17, item 6).

"Exports rose to $20 billion, compared with imports of $18 billion", "profit rose to $2 billion, compared with
revenue of $10 billion", "5,000 troops in the north, up from 300 police officers": the from-figure names a thing
of its own, and it is not what moved. Such a draft is dropped (a missed change beats a false one) when the
from-figure's own object and the moved thing (the to-figure's object, else the trigger's argument) are both
countable things (``record.canonical_object``) that differ both in canonical form and in head word, and the
from-figure is no earlier time's ("sales of $8bn a year earlier" is one series over time). Counts, money and
measures only (a percent's "of voters" is its base). A level noun ("a record of", "a total of"), "people" against a toll, a
loss set against a profit and a synonym ("soldiers" against "troops") keep the change; so does a from-figure
with no noun of its own ("rose to 900 from 1,000") or told before the move ("its stockpile, 10,000 kilograms,
was cut to 300")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ...record import canonical_object
from .changes import ChangeDraft
from .compared import EARLIER
from .objects import LEVEL_NOUNS, _verb_argument, object_phrase

__all__ = ["two_things"]

# what either figure may be called when it names no thing of its own: a count of whoever, or a series' total
_WHOEVER = frozenset({"figure", "number", "amount", "sum", "estimate", "count", "toll", "people", "person",
                      "individual", "resident"})
# what a from-figure may be called when it is the moved series' earlier level ("up from a close of 43.41")
_SAME_SERIES = LEVEL_NOUNS | _WHOEVER | frozenset({"rate", "close", "closing", "opening", "price", "value"})
# dimensions whose object is the thing counted or weighed (a percent's or a rate's "of voters" is its base)
_THINGS = frozenset({"count", "money", "measure"})
# a balance told by its sign: "swung to a profit of $2bn from a loss of $1bn"
_SIGNED = frozenset({"profit", "loss", "surplus", "deficit", "earning", "income"})


def _head(obj: str) -> str:
    word = obj.lower().split()[-1] if obj.split() else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _moved(trigger: Token) -> str | None:
    """The trigger's argument as an object phrase ("Exports rose", "cut troops from ... to ..."), or None."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    arg = _verb_argument(trigger, trigger.doc[trigger.i : trigger.i + 1])
    return object_phrase(arg) if arg is not None else None


def _own_words(doc: Doc, a: dict[str, Any]) -> set[str]:
    """The words of the figure's own phrase: its noun's ("300 police officers", "imports of $18 billion") or its
    own subtree ("$25 for silver"); not an object the figure took from its verb ("cut its force ... from 6,000")."""
    sp = doc.char_span(a["start"], a["end"], alignment_mode="expand")
    if sp is None or not len(sp):
        return set()
    tok = sp.root
    words = {t.lower_ for t in tok.subtree}
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head.i != tok.i and head.pos_ in ("NOUN", "PROPN"):
        words |= {t.lower_ for t in head.subtree}
    return words


def two_things(dr: ChangeDraft, amounts: list[dict[str, Any]]) -> bool:
    """The draft's from-figure counts another thing than the one that moved (see the module's docstring)."""
    trig = dr.trigger
    frm = next((amounts[i] for i, r in dr.members if r == "from"), None)
    if trig is None or frm is None or dr.negative_from or not frm.get("object") or frm.get("dimension") not in _THINGS:
        return False
    if frm["object"].lower().split()[-1] not in _own_words(trig.doc, frm):
        return False  # the from-figure names nothing of its own
    to = next((amounts[i] for i, r in dr.members if r == "to"), None)
    if frm["start"] < (to["start"] if to is not None else trig.idx):
        return False  # "Its stockpile - 10,000 kilograms - will be cut 97%": a figure told before the move is its start
    moved = (to or {}).get("object") or _moved(trig)
    if not moved:
        return False
    f_canon, m_canon = canonical_object(frm["object"]), canonical_object(moved)
    if f_canon is None or m_canon is None or f_canon == m_canon:
        return False
    f_head, m_head = _head(frm["object"]), _head(moved)
    if f_head == m_head or f_head in _SAME_SERIES or m_head in _WHOEVER or {f_head, m_head} <= _SIGNED:
        return False
    if EARLIER.match(trig.doc.text, frm["end"]):
        return False  # "revenue of $10bn, compared with sales of $8bn a year earlier": one series over time
    return f_head not in moved.lower() and m_head not in frm["object"].lower()
