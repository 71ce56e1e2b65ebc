"""Amounts and changes over a parsed Doc: the grammar's numbers, filtered by the other layers, with their
objects, owners, locations, times and measure keys, then grouped into changes."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc

from ...lexicon import Lexicon, load_lexicon
from ...record import measure_key
from .._doc import content_paragraphs, entity_by_id
from ..context import time_for
from .changes import (
    ChangeDraft,
    change_verbs,
    finish_change,
    multiplier_of,
    role_and_trigger,
    trigger_direction,
)
from .grammar import Quantity
from .objects import (
    _TIME_NOUNS,
    Anchor,
    _resolve_generic,
    _verb_argument,
    country_mentions,
    find_anchor,
    location_of,
    object_phrase,
    owner_of,
)
from .scan import scan

__all__ = ["extract_amounts"]

# spaCy entity labels under which a number is part of a name ("the Gang of Seven", "Vision 2030", "60 Minutes")
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "GPE", "NORP", "LOC"})
_DATE_LABELS = frozenset({"DATE", "TIME"})
# transitive verbs whose bare object is the size of the move ("cut 2,200 jobs", "withdraw 2,000 troops");
# "raised $5 million" is fundraising, so rising verbs need a preposition (by/to/from)
_BARE_DELTA_UP = frozenset({"add", "increase", "boost"})


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _quantities(doc: Doc, text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for ps, pe, _k in content_paragraphs(doc):
        base = len(out)
        for q in scan(text[ps:pe]):
            for attr in ("start", "end", "num_start", "num_end"):
                setattr(q, attr, getattr(q, attr) + ps)
            if "hedge_start" in q.extra:
                q.extra["hedge_start"] += ps
            if q.pair is not None:
                q.pair += base
            out.append(q)
    return out


def extract_amounts(doc: Doc, lex: Lexicon | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(amounts, changes) in the record's shapes, in text order."""
    lex = lex or load_lexicon()
    ents = entity_by_id(doc)
    countries = country_mentions(doc, lex)
    times = [(int(t["start"]), int(t["end"])) for t in doc._.newsgraph_times or []]
    time_starts = sorted(s for s, _e in times)
    spacy_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    parsed = doc.has_annotation("DEP")
    text = doc.text  # spaCy rebuilds Doc.text from its tokens on every access: read it once
    qs = _quantities(doc, text)
    keep: dict[int, tuple[dict[str, Any], Anchor | None]] = {}
    for qi, q in enumerate(qs):
        if q.skip is not None and not (q.skip == "pronoun" and parsed and _one_counts(doc, q)):
            continue
        num = (q.num_start, q.num_end)
        if q.kind == "count" and any(_overlaps(num, t) for t in times):
            continue
        labels = {lab for s, e, lab in spacy_ents if _overlaps(num, (s, e))}
        if q.kind == "count" and labels & _NAME_LABELS:
            continue
        anchor = find_anchor(doc, q.num_start, q.end, q.kind == "money", parsed) if q.end > q.num_start else None
        head = anchor.head if anchor is not None else None
        if head is not None and head.lemma_.lower() in _TIME_NOUNS and head.lower_ != "times":
            continue  # "two long years": a duration, owned by the times layer
        if q.kind == "count" and head is None and (labels & _DATE_LABELS or (q.spelled and q.value == 0)):
            continue  # a bare "zero" ("we'll have zero") is a word of emphasis more than a figure
        obj = object_phrase(head, anchor.span if anchor else None) if head is not None else None
        rec = q.as_dict()
        rec.update({"object": obj, "measure": None, "owner": None, "location": None, "time": None, "change": None})
        if head is not None and parsed:
            rec["owner"] = owner_of(doc, head, lex, ents)
        if anchor is not None and parsed:
            rec["location"] = location_of(doc, head, anchor.root, lex, ents, rec["owner"], countries)
        keep[qi] = (rec, anchor)
    # "from 5,200 to 3,000 troops": the partner lends its object, owner and location
    for qi, (rec, _a) in keep.items():
        p = qs[qi].pair
        if p is not None and p in keep:
            other = keep[p][0]
            for k in ("object", "owner", "location"):
                if rec[k] is None and other[k] is not None:
                    rec[k] = other[k]
    order = sorted(keep)
    amounts = [keep[i][0] for i in order]
    pos_of = {qi: n for n, qi in enumerate(order)}
    changes = _changes(doc, text, qs, keep, pos_of, amounts, lex, ents, countries, times)
    for a in amounts:
        if a["object"] is not None:
            a["measure"] = measure_key(a["object"], a["owner"], a["location"])
        a["time"] = _time(doc, a["start"], a["end"], time_starts, parsed)
    return amounts, changes


def _changes(doc: Doc, text: str, qs: list[Quantity], keep: dict[int, tuple[dict[str, Any], Anchor | None]],
             pos_of: dict[int, int], amounts: list[dict[str, Any]], lex: Lexicon, ents: dict[str, Any],
             countries: list[tuple[int, str]], times: list[tuple[int, int]]) -> list[dict[str, Any]]:
    drafts: dict[Any, ChangeDraft] = {}
    used: set[int] = set()
    parsed = doc.has_annotation("DEP")
    for qi, (_rec, anchor) in keep.items():
        if qi in used:
            continue
        q = qs[qi]
        found = role_and_trigger(anchor.root, q.kind, _text_prep(text, q)) if (parsed and anchor) else None
        if parsed and (found is None or found[0] != "to"):
            found = _apposed_move(doc, text, q) or found
        p = q.pair if q.pair is not None and q.pair in keep else None
        if p is not None:
            pq = qs[p]
            pa = keep[p][1]
            if found is None and parsed and pa is not None:
                found = role_and_trigger(pa.root, pq.kind)
            pair_members = [(pos_of[qi], q.pair_role or "from"), (pos_of[p], pq.pair_role or "to")]
            used.update({qi, p})
            if found is not None:
                trig = found[1]
                d = drafts.setdefault(trig.i, ChangeDraft(trig, trigger_direction(trig), trig.lemma_.lower()))
                d.members += pair_members
            elif (pq.pair_role == "to" and pq.value < q.value) or (pq.pair_role == "from" and q.value < pq.value):
                # "from 5,200 to 3,000" with no verb: a fall stated as a pair is a change, not a range
                drafts[("pair", qi)] = ChangeDraft(None, "decrease", None, pair_members)
            continue
        if found is None:
            continue
        role, trig = found
        direction = trigger_direction(trig)
        if role == "delta" and anchor is not None and anchor.root.dep_ in ("dobj", "nummod") and not (
            direction == "decrease" or trig.lemma_.lower() in _BARE_DELTA_UP
        ):
            continue
        if role == "delta" and trig.pos_ == "NOUN" and anchor is not None and anchor.root.dep_ == "nummod":
            continue  # "2,200 job cuts" counts cuts; the cut's size needs "by"
        dr = drafts.setdefault(trig.i, ChangeDraft(trig, direction, trig.lemma_.lower()))
        dr.members.append((pos_of[qi], role))
        used.add(qi)
    # "doubled", "halved" with no figure: the multiplier is the change
    if parsed:
        for ps, pe, _k in content_paragraphs(doc):
            span = doc.char_span(ps, pe, alignment_mode="contract")
            for tok in span or []:
                mul = multiplier_of(tok)
                if mul is None or tok.i in drafts:
                    continue
                args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.pos_ == "NOUN"
                        and c.lemma_.lower() not in change_verbs()]  # "tripled in 2017, a rise that ..."
                if not args:
                    continue
                drafts[tok.i] = ChangeDraft(tok, mul[0], tok.lemma_.lower(), [], pct=mul[1])
    out: list[dict[str, Any]] = []
    for key in sorted(drafts, key=lambda k: _draft_start(drafts[k], amounts)):
        dr = drafts[key]
        body = finish_change(dr, amounts)
        if body is None:
            continue
        cid = f"C{len(out) + 1}"
        members = [amounts[i] for i, _r in dr.members]
        ordered = sorted(members, key=lambda a: {"to": 0, "from": 1}.get(_role(dr, amounts, a), 2))
        obj = next((a["object"] for a in ordered if a["object"]), None)
        owner = next((a["owner"] for a in ordered if a["owner"]), None)
        loc = next((a["location"] for a in ordered if a["location"]), None)
        if dr.trigger is not None and (obj is None or owner is None or loc is None):
            arg = _verb_argument(dr.trigger, dr.trigger.doc[dr.trigger.i : dr.trigger.i + 1])
            if arg is not None:
                head = _resolve_generic(arg)
                obj = obj or object_phrase(head)
                owner = owner or owner_of(doc, head, lex, ents)
                loc = loc or location_of(doc, head, head, lex, ents, owner, countries)
        if dr.trigger is None and not members:
            continue
        if not members and obj is None:
            continue
        starts = [a["start"] for a in members] + ([dr.trigger.idx] if dr.trigger is not None else [])
        ends = [a["end"] for a in members] + ([dr.trigger.idx + len(dr.trigger.text)] if dr.trigger is not None else [])
        start, end = min(starts), max(ends)
        for a in members:
            a["change"] = cid
            if a["object"] is None and obj is not None:
                a["object"] = obj
            a["owner"] = a["owner"] or owner
            a["location"] = a["location"] or loc
        rec = {"id": cid, "object": obj, "owner": owner, "location": loc, **body,
               "time": _time(doc, start, end, sorted(s for s, _e in times), parsed),
               "measure": measure_key(obj, owner, loc) if obj else None, "start": start, "end": end}
        out.append(rec)
    return out


_APPOSED = re.compile(r"\s*[-–—,(]\s*(?:an?|the)\s+(?:\w+\s+)?([a-z]+)\s+of\b")


def _apposed_move(doc: Doc, text: str, q: Quantity) -> tuple[str, Any] | None:
    """'reached 5,373 - an increase of 439': the figure before an apposed movement noun is where it went."""
    m = _APPOSED.match(text, q.end)
    if not m:
        return None
    span = doc.char_span(m.start(1), m.end(1))
    if span is None or trigger_direction(span[0]) not in ("increase", "decrease"):
        return None
    return "to", span[0]


def _one_counts(doc: Doc, q: Quantity) -> bool:
    """'one woman was arrested' counts; 'one of them', 'no one', 'the one that' do not."""
    sp = doc.char_span(q.num_start, q.num_end)
    if sp is None or len(sp) != 1:
        return False
    tok = sp[0]
    return tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1


def _time(doc: Doc, start: int, end: int, time_starts: list[int], parsed: bool) -> str | None:
    """``context.time_for``, asked only when a time expression starts in the fact's sentence (it is the rule;
    this only spares it the sentences without one)."""
    if not time_starts:
        return None
    try:
        sp = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if sp is not None and len(sp) and parsed:
            sent = sp.sent
            i = bisect_left(time_starts, sent.start_char)
            if i >= len(time_starts) or time_starts[i] >= sent.end_char:
                return None
    except ValueError:  # no sentence boundaries: let the shared rule decide
        pass
    return time_for(doc, start, end)


_PREP_BEFORE = re.compile(r"\b(from|to|by)\s+$", re.I)


def _text_prep(text: str, q: Quantity) -> str | None:
    """'to as high as 25%': the preposition written before the number and its hedge, when the parse loses it."""
    at = int(q.extra.get("hedge_start", q.start))
    m = _PREP_BEFORE.search(text[max(0, at - 8) : at])
    return m.group(1).lower() if m else None


def _role(dr: ChangeDraft, amounts: list[dict[str, Any]], a: dict[str, Any]) -> str:
    for i, r in dr.members:
        if amounts[i] is a:
            return r
    return ""


def _draft_start(dr: ChangeDraft, amounts: list[dict[str, Any]]) -> int:
    starts = [amounts[i]["start"] for i, _r in dr.members]
    if dr.trigger is not None:
        starts.append(dr.trigger.idx)
    return min(starts) if starts else 0
