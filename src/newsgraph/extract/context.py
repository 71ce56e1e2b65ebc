"""Context shared by the extractors that run after ``times``: which time a fact belongs to.

The shared rule (amounts, changes and events all use it, so one fact never gets two different times):
the TIMEX value of a time expression in the same clause as the fact, else in the same sentence, else
None. Within a clause or sentence the expression nearest to the fact wins. Only points and stretches
on the calendar count (TIMEX types DATE and TIME with a value); durations ("three years") and sets
("every Monday") say how long or how often, not when.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..lexicon import read_tsv
from ._doc import paragraph_at, per_doc

__all__ = ["clause_head", "measured_against", "time_for"]

# Dependency labels that open a clause of their own: a token's clause is its nearest ancestor (or
# itself) carrying one of them. Coordinated verbs (conj) open a clause only when they are verbs.
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis"})
_CALENDAR_TYPES = frozenset({"DATE", "TIME"})


def clause_head(tok: Token) -> Token:
    """The head of the clause ``tok`` belongs to (the sentence root when no nearer clause opens)."""
    cur = tok
    for _ in range(64):  # a parse is a tree, but never trust a bad one to terminate
        if cur.dep_ in _CLAUSE_DEPS or (cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}):
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _span(doc: Doc, start: int, end: int) -> Span | None:
    sp = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    return sp if sp is not None and len(sp) else None


def _bounds(doc: Doc, sp: Span) -> tuple[int, int]:
    """Character bounds of the sentence holding ``sp`` (its paragraph when the doc has no sentences)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sent = sp.sent
        return sent.start_char, sent.end_char
    par = paragraph_at(doc, sp.start_char)
    return (par[0], par[1]) if par else (0, _text_len(doc))


def _text_len(doc: Doc) -> int:
    """len(doc.text) without building the text: spaCy joins every token on each Doc.text access."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _calendar_times(doc: Doc) -> tuple[list[dict[str, Any]], list[int]]:
    """The report's dated times sorted by start, and their starts; built once per report and times list."""
    raw = doc._.newsgraph_times or []
    return per_doc(doc, "newsgraph_calendar_times", lambda _d: _sorted_times(raw), source=raw)


def _sorted_times(raw: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[int]]:
    times = sorted((t for t in raw if t.get("value") and t.get("type") in _CALENDAR_TYPES), key=lambda t: t["start"])
    return times, [t["start"] for t in times]


def time_for(doc: Doc, start: int, end: int, *, own: bool = False,
             keep: Callable[[Span], bool] | None = None) -> str | None:
    """The TIMEX value for the fact at characters [start, end): same clause, else same sentence, else None.

    ``own``: leave out the times the fact is only set against (:func:`measured_against`: "killed before
    August 21", "on the anniversary of the Sept. 11 attacks"); a figure asks for its own time, since a
    series places it there. ``keep``: a test on each time's span; a time it rejects is no candidate (the events
    leave out a time told inside another event's phrase). Reads ``doc._.newsgraph_times`` (set by the ``newsgraph_times`` component);
    never raises on a span that does not align with tokens.
    """
    times, starts = _calendar_times(doc)
    n = _text_len(doc)
    if not times or not n:
        return None
    start = max(0, min(start, n - 1))
    end = max(start + 1, min(end, n))
    fact = _span(doc, start, end)
    if fact is None:
        return None
    s_lo, s_hi = _bounds(doc, fact)
    # the sentence's times by their starts: one scan of every time per fact made a long report quadratic
    same_sent = [t for t in times[bisect_left(starts, s_lo):bisect_left(starts, s_hi)] if t["end"] <= s_hi]
    parsed = doc.has_annotation("DEP")
    if own and parsed:
        same_sent = [t for t in same_sent if t.get("type") == "TIME" or not measured_against(
            doc, t["start"], t["end"], fact, relative=t.get("anchor") == "published")]
    if keep is not None:
        same_sent = [t for t in same_sent if (tsp := _span(doc, t["start"], t["end"])) is None or keep(tsp)]
    if not same_sent:
        return None
    if parsed:
        head = clause_head(fact.root)
        same_clause = []
        for t in same_sent:
            tsp = _span(doc, t["start"], t["end"])
            if tsp is not None and clause_head(tsp.root).i == head.i:
                same_clause.append(t)
        if same_clause:
            same_sent = same_clause
    best = min(same_sent, key=lambda t: (_distance((start, end), (t["start"], t["end"])), t["start"]))
    return str(best["value"])


@lru_cache(maxsize=1)
def _against_words() -> dict[str, frozenset[str]]:
    """kind (before, hour) → words, from data/time_measured_against.tsv."""
    return {row[0]: frozenset(w.strip().lower() for w in row[1].split("|"))
            for row in read_tsv("time_measured_against.tsv") if len(row) > 1}


def measured_against(doc: Doc, start: int, end: int, fact: Span | None = None, relative: bool = False) -> bool:
    """The time at characters [start, end) is one a fact is set against, not the fact's own: a word of
    data/time_measured_against.tsv governs it within its clause ("more than 100,000 killed before August
    21": a total up to that day; "prior to the attack on August 21": the attack's day; "on the 11th
    anniversary of the Sept. 11 attacks": the day remembered). Kept as the fact's own: a time the word
    governs together with the fact ("That was before ... an increase May 10 from 10% to 25%"), one near the
    word's reference ("days before the 2016 election", "just before Christmas"), an hour ("before dawn on
    Tuesday"), and a ``relative`` time (anchored at the publication) under "anniversary": "on the anniversary
    of the 2013 bombing last April" is the day of the anniversary. Callers leave clock times out."""
    sp = _span(doc, start, end)
    if sp is None:
        return False
    kinds = _against_words()
    cur, below = sp.root, sp.root
    for _ in range(64):  # never trust a bad parse to terminate
        if cur.dep_ in _CLAUSE_DEPS or cur.head.i == cur.i:
            return False  # the clause ends: what governs it from above is the clause's, not the time's
        below, cur = cur, cur.head
        if sp.start <= cur.i < sp.end:
            continue
        word = next((k for k in ("before", "remembered") if cur.lower_ in kinds.get(k, ())
                     or cur.lemma_.lower() in kinds.get(k, ())), None)
        if word is None:
            continue
        if fact is not None and cur.left_edge.i <= fact.start <= cur.right_edge.i:
            return False  # the word sets the fact and the time against something else together
        near = any(c.dep_ in ("npadvmod", "advmod") for c in cur.children)  # "days before", "just before"
        return not (near or below.lemma_.lower() in kinds.get("hour", ()) or (word == "remembered" and relative))
    return False
