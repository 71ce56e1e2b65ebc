"""Amounts and changes over a parsed Doc, in four phases: (1) figures, the numbers that are amounts with object,
owner and location (:func:`_figures`); (2) drafts, the changes they take part in (triggers, "from X to Y", "doubled",
"up from X", "compared with Y": :mod:`.drafts`); (3) change records, with each side's time (:func:`_change_records`);
(4) keys: each amount's dimension, key and time (:func:`_finish_amounts`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import Lexicon, load_lexicon, read_tsv
from ...record import Amount, Change, Time, canonical_object, measure_key
from .._doc import content_paragraphs, doc_text, entity_by_id
from ..context import time_for
from .additions import more_of_the_same
from .bracketed import bracketed_noun
from .cent_prices import cent_prices
from .change_times import change_time_keep
from .changes import ChangeDraft, finish_change, trigger_direction, unreal
from .drafts import draft_changes
from .elided import elided_objects, name_digits
from .enumerators import enumerating
from .grammar import Quantity
from .imperatives import imperative_opening
from .index_names import name_indexes
from .index_points import index_points
from .joined_objects import coordinated_noun, out_of_objects, shared_of_objects
from .known_parties import known_parties
from .late_objects import late_objects
from .legal_cases import legal_cases
from .levels import to_after_way
from .lone_figures import lone_one, misread_years_and_ages
from .million_heads import million_noun
from .misread import margin_objects, misread_figures
from .money_objects import money_objects
from .moved_things import moved_thing
from .named_others import named_others
from .not_counts import absolute_participle, described_age, not_a_count, participle_head
from .number_forms import lone_number_name
from .objects import (
    _TIME_NOUNS,
    Anchor,
    _resolve_generic,
    _verb_argument,
    country_mentions,
    event_place,
    find_anchor,
    location_of,
    object_phrase,
    owner_of,
    sentence_place,
)
from .one_counts import one_counts
from .other_things import two_things
from .outcomes import HARMS, demonym_owned, held_thing, machine_host, outcome_after, outcome_of, outcome_participles
from .phrasings import outcome_phrasings, poll_figures, ratio_noun
from .pointed import pointed_from
from .populations import population_object
from .rate_objects import dimensions
from .roles import cutting_agent
from .scan import scan
from .sealed_times import figure_time_keep
from .share_prices import name_share_prices
from .shared_heads import shared_noun
from .shared_units import share_units
from .side_times import (
    TimeIndex,
    base_time,
    deadline_time,
    not_the_from_time,
    own_time,
    since_start,
    stretch_times,
    time_index,
    year_after_compared,
)
from .sides import earlier_period, noun_move_to, other_clause, rate_tail
from .stated_ages import stated_age
from .stated_places import fill_stated_places
from .tallies import scored_points, tally_change
from .totals import past_stretch, read_totals
from .valued_at import priced_noun, valued_subject
from .votes import doing_figures, election_place, party_owner
from .ways import way_of_level

__all__ = ["extract_amounts", "outcome_participles"]

# spaCy entity labels under which a number is part of a name ("the Gang of Seven", "Vision 2030", "60 Minutes")
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PERSON", "GPE", "NORP", "LOC"})
_DATE_LABELS = frozenset({"DATE", "TIME"})


@dataclass
class _Ctx:
    """What every phase reads: the doc, its text and the other layers' results."""

    doc: Doc
    lex: Lexicon
    text: str
    parsed: bool
    ents: dict[str, Any]
    countries: list[tuple[int, str]]
    times: list[dict[str, Any]]
    time_index: TimeIndex  # ``times`` by value and by start
    time_starts: list[int] = field(default_factory=list)
    qs: list[Quantity] = field(default_factory=list)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _quantities(doc: Doc, text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for ps, pe, _k in content_paragraphs(doc):
        found = _moves_in_ranges(doc, [_shifted(q, ps) for q in scan(text[ps:pe])])
        base = len(out)
        for q in found:
            if q.pair is not None:
                q.pair += base
            out.append(q)
    return out


def _shifted(q: Quantity, ps: int) -> Quantity:
    """A paragraph's quantity at its place in the whole text (and the parts of a "to" range with it)."""
    for attr in ("start", "end", "num_start", "num_end"):
        setattr(q, attr, getattr(q, attr) + ps)
    if "hedge_start" in q.extra:
        q.extra["hedge_start"] += ps
    for part in q.extra.get("to_parts", ()):
        _shifted(part, ps)
    return q


def _moves_in_ranges(doc: Doc, qs: list[Quantity]) -> list[Quantity]:
    """"rose $1.64 to $47.10", "fell 11,000 to 813,200", "edged up 0.1% to 4.7%": text alone reads "X to Y" as a
    range; when the parse makes the "to" a preposition of a verb of movement (a range's "to" is a quantmod:
    "picks up 20 to 50 bodies", "rose 2 to 3 percent"), the two figures are the size of the move and the level
    it reached. Pair indices (paragraph positions) follow the split."""
    out: list[Quantity] = []
    moved: dict[int, int] = {}
    for n, q in enumerate(qs):
        moved[n] = len(out)
        parts = q.extra.get("to_parts")
        if parts and q.pair is None and _to_of_move(doc, parts[0].end, parts[1].start):
            out += [parts[0], parts[1]]
        else:
            out.append(q)
    for q in out:
        if q.pair is not None:
            q.pair = moved[q.pair]
    return out


def _to_of_move(doc: Doc, gap_start: int, gap_end: int) -> bool:
    span = doc.char_span(gap_start, gap_end, alignment_mode="contract")
    tok = next((t for t in span or () if t.lower_ == "to"), None)
    if tok is not None and (to_after_way(tok) or way_of_level(tok.head, tok) is not None):
        return True  # "rose 17%, up 23,600 to 27,700", "ended down $1.33 to $42.12": the size, then the level
    return tok is not None and (noun_move_to(tok) or tok.dep_ == "prep" and tok.head.pos_ == "VERB"
                                and trigger_direction(tok.head) in ("increase", "decrease"))


def extract_amounts(doc: Doc, lex: Lexicon | None = None) -> tuple[list[Amount], list[Change]]:
    """The family's record models, in text order: its amounts and the changes they take part in (two lists,
    because a change and its figures name each other: ``Amount.change`` is a ``Change.id``)."""
    amounts, changes = _amounts_and_changes(doc, lex)
    # how far each figure's time stretches ("since 2011", "between April and June"), read from the words
    # around that time in the record's own times (a figure's governing time is the nearest with its value)
    times = [Time.model_validate(t) for t in doc._.newsgraph_times or []]
    return read_totals(doc_text(doc), times, [Amount.model_validate(a) for a in amounts],
                       [Change.model_validate(c) for c in changes])


def _amounts_and_changes(doc: Doc, lex: Lexicon | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The phases over working dicts (a figure's fields are filled in by several phases)."""
    lex = lex or load_lexicon()
    text = doc_text(doc)  # spaCy rebuilds Doc.text from its tokens on every access: built once per Doc
    times = [t for t in doc._.newsgraph_times or [] if t.get("value")]
    ctx = _Ctx(doc=doc, lex=lex, text=text, parsed=doc.has_annotation("DEP"), ents=entity_by_id(doc),
               countries=country_mentions(doc, lex), times=times, time_index=time_index(times),
               time_starts=sorted(int(t["start"]) for t in doc._.newsgraph_times or []))
    ctx.qs = _quantities(doc, text)
    poll_figures(text, ctx.qs)  # "6 in 10", "an 8-point jump", "by age 18" (issue 17)
    misread_figures(text, ctx.qs)  # "won by 30 points", "four times", "age 12 and older", "the Three Amigos"
    misread_years_and_ages(text, ctx.qs)  # "in 1787", "Smith and Jones, 34 and 32," (round 32)
    keep = {qi: kept for qi, kept in _figures(ctx).items() if not lone_one(text, kept[0])}  # "one official said"
    margin_objects(ctx.qs, keep)
    if ctx.parsed:
        money_objects(doc, text, keep)  # "$125 billion worth of goods", "cost the state $449,000"
    order = sorted(keep)
    amounts = [keep[i][0] for i in order]
    pos_of = {qi: n for n, qi in enumerate(order)}
    dimensions(ctx.text, doc if ctx.parsed else None, amounts)  # and what a plain rate measures
    drafts = draft_changes(doc, text, ctx.qs, keep, pos_of, amounts)
    if ctx.parsed:
        drafts = other_clause(text, drafts, amounts)
        pointed_from(doc, drafts, amounts)
    share_units(text, drafts, amounts)
    changes = _change_records(ctx, drafts, amounts)
    fill_stated_places(ctx.doc, ctx.lex, amounts, changes)  # "tariffs on Chinese goods", "Turkey hosts"
    if ctx.parsed:
        name_indexes(ctx.doc, amounts)  # "the S&P 500 gained 12 points": the index its verb moves (round 24)
        name_share_prices(ctx.doc, amounts, changes)  # "shares closed at 270p, down 3p": their price (round 25)
        scored_points(ctx.doc, amounts)  # "Smith scored 25 points": a game's points are counted (round 25)
    index_points(ctx.text, amounts, changes)  # "the index fell 30 points": the index's unit, not a count
    cent_prices(ctx.text, amounts)  # "90 cents a gallon": $0.90, not a count of cents (round 37)
    _finish_amounts(ctx, amounts)
    return amounts, changes


# -- phase 1: figures --------------------------------------------------------------------------------
def _figures(ctx: _Ctx) -> dict[int, tuple[dict[str, Any], Anchor | None]]:
    doc, qs = ctx.doc, ctx.qs
    spans = [(int(t["start"]), int(t["end"])) for t in doc._.newsgraph_times or []]
    spacy_ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    keep: dict[int, tuple[dict[str, Any], Anchor | None]] = {}
    for qi, q in enumerate(qs):
        if q.skip is not None and not (q.skip == "pronoun" and ctx.parsed and one_counts(doc, q)):
            continue
        if not_a_count(ctx.text, q, ctx.doc if ctx.parsed else None):
            continue  # an address, an identifier, a range of years (review 20)
        num = (q.num_start, q.num_end)
        if q.kind == "count" and any(_overlaps(num, t) for t in spans):
            continue
        own = [(s, e, lab) for s, e, lab in spacy_ents if _overlaps(num, (s, e))]
        labels = {lab for _s, _e, lab in own}
        if q.kind == "count" and labels & _NAME_LABELS and not lone_number_name(doc, num, own, q.spelled):
            continue  # a name's number ("Group of Seven"), unless the tagger named a lone count ("Twelve houses")
        anchor = find_anchor(doc, q.num_start, q.end, q.kind == "money", ctx.parsed) if q.end > q.num_start else None
        head = anchor.head if anchor is not None else None
        head = _lost_noun(ctx, q, anchor, head) or head
        if _no_figure(ctx, q, anchor, head, labels):
            continue
        rec = q.as_dict()
        rec.update({"object": population_object(ctx.text, q, _object(ctx, q, head, anchor)), "measure": None,
                    "owner": None, "location": None, "time": None, "change": None})
        if head is not None and ctx.parsed:
            rec["owner"] = owner_of(doc, head, ctx.lex, ctx.ents)
        if anchor is not None and ctx.parsed:
            rec["location"] = location_of(doc, head, anchor.root, ctx.lex, ctx.ents, rec["owner"], ctx.countries)
        named_others(ctx.text, q, rec, doc if ctx.parsed else None)
        keep[qi] = (rec, anchor)
    # "from 5,200 to 3,000 troops": the partner lends its object, owner and location
    for qi, (rec, _a) in keep.items():
        p = qs[qi].pair
        if p is not None and p in keep:
            other = keep[p][0]
            for k in ("object", "owner", "location"):
                if rec[k] is None and other[k] is not None:
                    rec[k] = other[k]
    out_of_objects(ctx.text, [keep[i][0] for i in sorted(keep)])  # "151 out of 300 seats" (round 28)
    shared_of_objects(ctx.text, [keep[i][0] for i in sorted(keep)])  # "96.2 percent and 89.07 percent of voters"
    if ctx.parsed:
        # the deed names the doers before a guess from the nouns around ("two suffered minor injuries": injured)
        doing_figures([keep[i] for i in sorted(keep)])  # "Fifty-eight voted", "5,000 demonstrated" (round 33)
        elided_objects(doc, [keep[i] for i in sorted(keep)])  # "five of them", "three were given" (issue 17)
    # words that are no things, "voted 240 to 190", "33 of over 260 wounded", "its forces number 2,000"
    late_objects(ctx.text, doc if ctx.parsed else None, [keep[i][0] for i in sorted(keep)])
    if ctx.parsed:
        outcome_phrasings(keep)
        _outcome_places(ctx, keep)
        for rec, anchor in keep.values():
            if canonical_object(rec["object"]) == "seats":
                # seats belong to the party that won or holds them, never to a state (nor lent by a pair partner:
                # "30 seats to the Zionist Union's 24")
                head = anchor.head if anchor is not None else None
                if anchor is None or head is None or anchor.root.head.i != head.i:
                    rec["owner"] = None  # not "30 seats" itself: a figure lent by a pair partner, or no noun
                else:
                    rec["owner"] = party_owner(doc, head, ctx.ents)
    return keep


def _no_figure(ctx: _Ctx, q: Quantity, anchor: Anchor | None, head: Token | None, labels: set[str]) -> bool:
    """Words that read as a number but count nothing, once the figure's noun is known."""
    if q.kind == "count" and ctx.parsed and name_digits(anchor):
        return True  # "told France 24": a name's digits (issue 17)
    if q.kind == "count" and ctx.parsed and anchor is not None and (
            head is None and described_age(anchor.root) or stated_age(anchor.root)):
        return True  # "the prince, ambitious and just 33 in a kingdom"; "the driver was 19": an age (rounds 30, 34)
    if ctx.parsed and enumerating(q, anchor):
        return True  # "One reason was ...": a part of an argument, no amount (round 28)
    if ctx.parsed and known_parties(q, anchor):
        return True  # "the two nations", "the world's two largest economies": known parties (round 33)
    if head is not None and head.lemma_.lower() in _TIME_NOUNS and head.lower_ != "times":
        return True  # "two long years": a duration, owned by the times layer
    if q.kind == "count" and q.spelled and q.value == 0 and head is not None and head.tag_ == "NN":
        return True  # "zero tolerance", "zero chance": a singular noun is no count of things (round 27)
    # a bare "zero" ("we'll have zero") is a word of emphasis more than a figure
    return q.kind == "count" and head is None and bool(labels & _DATE_LABELS or (q.spelled and q.value == 0))


def _lost_noun(ctx: _Ctx, q: Quantity, anchor: Anchor | None, head: Token | None) -> Token | None:
    """The counted noun where the parse loses it (round 23): "1m people" (the figure split in two), "One in five
    European workers" (the noun hung on the ratio's "in")."""
    if q.kind == "count":
        lost = million_noun(ctx.doc, ctx.text, q.end)
        if lost is None and head is None and anchor is not None and ctx.parsed:
            lost = bracketed_noun(ctx.doc, anchor.span)  # "five or six [THAAD] batteries" (review 29)
        return lost
    if q.kind == "percent" and head is None and anchor is not None:
        return ratio_noun(anchor.span)
    return None


@lru_cache(maxsize=1)
def _outcomes() -> frozenset[str]:
    """The canonical objects of an event's outcome (deaths, injured, arrests, displaced): data/measure_verbs.tsv."""
    out = {c for p in outcome_participles().values() if (c := canonical_object(p)) is not None}
    # figures of a vote that belong to the place it was held (data/measure_located.tsv: turnout)
    return frozenset(out | {row[0] for row in read_tsv("measure_located.tsv")})


def _outcome_places(ctx: _Ctx, keep: dict[int, tuple[dict[str, Any], Anchor | None]]) -> None:
    """A toll is located where its event happened: a count of deaths, injured, arrests or displaced that its
    clause gave no place takes the one country its sentence's places lie in ("the Istanbul airport opened
    the morning after the attack that killed 41 people" → ``deaths:-:TUR``), unless another figure of the
    sentence has that place in its own clause ("the Bataclan attacks, which left 137 dead, ... the bombings in
    Brussels, killing 32": the 137 are not in Belgium)."""
    own: dict[int, set[str]] = {}
    for rec, anchor in keep.values():
        if anchor is not None and rec["location"]:
            own.setdefault(anchor.root.sent.start, set()).add(rec["location"])
    voted: list[str | None] = []  # the article's election country, found once
    for rec, anchor in keep.values():
        obj = canonical_object(rec["object"])
        if obj == "displaced" and not rec["location"] and demonym_owned(rec["object"], rec["owner"], ctx.lex):
            # "1.2 million Iraqis were forced from their homes": the homes are in Iraq, where the toll is told
            rec["owner"], rec["location"] = None, rec["owner"]
        if anchor is None or rec["location"] or obj not in _outcomes():
            continue
        if obj == "cases" and anchor.head is not None and legal_cases(anchor.head):
            continue  # cases at law: their sentence's place is the allegation's (round 23)
        iso = event_place(ctx.doc, anchor.root, ctx.lex, ctx.ents, rec["owner"])
        if iso is None:
            iso = sentence_place(ctx.doc, anchor.root, ctx.ents, rec["owner"], ctx.lex)
            if iso in own.get(anchor.root.sent.start, set()):
                iso = None
        if iso is None and obj in _VOTE_PLACED and _no_place_in(ctx, anchor.root):
            if not voted:
                voted.append(election_place(ctx.doc, ctx.ents))
            iso = voted[0]
        if iso:
            rec["location"] = iso


# the figures of a vote that belong to the country the vote was held in (data/measure_located.tsv)
_VOTE_PLACED = frozenset({"turnout"})


def _no_place_in(ctx: _Ctx, root: Token) -> bool:
    """The figure's sentence names no place at all (then the article's election country may stand for it)."""
    sent = root.sent
    return not any(sent.start_char <= s < sent.end_char and (ctx.ents.get(eid) or {}).get("type") in ("GPE", "LOC", "FAC")
                   for s, _e, eid in ctx.doc._.newsgraph_mentions or [])


def _object(ctx: _Ctx, q: Quantity, head: Token | None, anchor: Anchor | None) -> str | None:
    """The counted object: the noun phrase, with the outcome of the verb acting on it ("service members
    killed"); None when the phrase counts nothing ("worth", "percent", a name, a distance)."""
    if q.kind == "count" and _TIMES_AFTER.match(ctx.text, q.end):
        return None  # "magnify text by up to 10 times", "won it six times": how often or how much, no thing
    if q.unit == "degree" and anchor is not None and anchor.root.head.lemma_.lower() in _TURNS:
        return None  # "the debate has changed 180 degrees": a turn, no thing measured (round 27)
    if q.kind == "percent" and anchor is not None and _share_of_a_participle(ctx.doc, anchor):
        return None  # "58 percent saying she lied", "a poll found 40% backing it": the people of a participle (round 27)
    obj = object_phrase(head, anchor.span if anchor else None) if head is not None else None
    if q.kind == "count" and head is not None and (participle_head(head, q.value) or absolute_participle(head)):
        obj = None  # "10,000 marching": what the people do, not what is counted (round 33)
    if head is not None and (noun := shared_noun(head)) is not None:
        return f"{head.text} {noun.text}"  # "100 Muslim, ... and 50 Jewish schools": schools
    joined = coordinated_noun(head) if head is not None and ctx.parsed and obj is not None else None
    if joined is not None:
        # "38 people and entities", "all 230 passengers and crew": both are counted (round 28)
        obj = f"{obj} and {object_phrase(joined, anchor.span if anchor else None)}"
    if canonical_object(obj) is None and q.kind == "money" and anchor is not None and (subj := valued_subject(anchor.root)):
        obj = object_phrase(subj)  # "the minimum wage is set at £4.85" (round 23)
    if canonical_object(obj) is None and q.kind == "money" and ctx.parsed and (priced := priced_noun(ctx.doc, ctx.text, q.end)):
        obj = priced.text  # "a £3 per hour minimum wage" (round 23)
    if head is not None and head.pos_ == "PROPN" and (
        ctx.lex.country_of(head.text) or head.ent_type_ in _NAMED_TYPES
    ) and not _counted_names(head, anchor):
        obj = None  # "Iran", "the NSA" are whose or where, never what is counted
    if q.kind == "measure" and q.unit in _LENGTHS:
        return None  # "flew 170 miles", "arrested 80 in Arak, 173 miles south": how far, no thing, no outcome
    last = joined if joined is not None else head
    end = last.idx + len(last.text) if last is not None and head is not None and head.i >= (anchor.span.end if anchor else 0) else q.end
    outcome = outcome_of(head if head is not None else (anchor.root if anchor is not None else None), ctx.parsed)
    if outcome is None and head is not None and anchor is not None and head.i < anchor.span.start \
            and anchor.root.dep_ in ("nsubj", "nsubjpass", "appos"):
        outcome = outcome_of(anchor.root, ctx.parsed)  # "500 men, 30 of whom died": the figure's own verb (round 27)
    if machine_host(outcome, head):
        outcome = None  # "infect one phone": phones, not cases (round 24)
    after = outcome_after(ctx.text, end) if head is None or not held_thing(head) else None
    if outcome and outcome not in HARMS and after and after.split()[0] in HARMS:
        outcome = after  # "224 dead out of 425 diagnosed": the harm written right after the figure is its own
    outcome = outcome or after
    if outcome:
        obj = f"{obj} {outcome}" if obj else outcome
    return obj if canonical_object(obj) is not None else None


def _share_of_a_participle(doc: Doc, anchor: Anchor) -> bool:
    """The share is the subject of the participle right after it ("40% backing the plan"): a share of people, told
    by what they do; a participle hung on the sentence's verb ("fell 5% following the news") is not its own."""
    if anchor.span.end >= len(doc) or doc[anchor.span.end].tag_ != "VBG":
        return False
    verb, root = doc[anchor.span.end], anchor.root
    if verb.dep_ == "prep" or verb.head.i == root.head.i:
        return False  # "following the news"; "rose 5% making it the best year": both hang on the same verb
    return verb.head.i == root.i or root.head.i == verb.i or root.dep_ == "conj"


_TURNS = frozenset({"change", "turn", "shift", "swing", "reverse", "pivot", "rotate", "flip", "spin"})
_TIMES_AFTER = re.compile(r"[ \t]+times\b")  # lower case: "The Times" is a name
_NAMED_TYPES = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_LENGTHS = frozenset({"kilometre", "mile", "nautical mile", "metre", "centimetre", "millimetre", "foot", "inch",
                      "yard"})


def _counted_names(head: Token, anchor: Anchor | None) -> bool:
    """'the two Koreas': a plural name the figure modifies is what it counts (round 29)."""
    return head.tag_ == "NNPS" and anchor is not None and anchor.root.dep_ == "nummod" and anchor.root.head.i == head.i


# -- phase 3: change records -------------------------------------------------------------------------
def _change_records(ctx: _Ctx, drafts: list[ChangeDraft], amounts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for dr in drafts:
        if unreal(dr.trigger) or (ctx.parsed and (tally_change(dr) or two_things(dr, amounts) or imperative_opening(
                ctx.doc, min((amounts[i]["start"] for i, _r in dr.members), default=0), dr.trigger))):
            continue  # (a game's tally or record is no change: "added 25 points", round 25; nor two
            # figures of different things, round 26)
        body = finish_change(dr, amounts)
        if body is None:
            continue
        members = [amounts[i] for i, _r in dr.members]
        obj, owner, loc = _change_context(ctx, dr, amounts)
        if (dr.trigger is None and not members) or (not members and obj is None and not dr.figured):
            continue
        cid = f"C{len(out) + 1}"
        starts = [a["start"] for a in members] + ([dr.trigger.idx] if dr.trigger is not None else [])
        ends = [a["end"] for a in members] + ([dr.trigger.idx + len(dr.trigger.text)] if dr.trigger is not None else [])
        start, end = min(starts), max(ends)
        for a in members:
            a["change"] = cid
            if a["object"] is None and obj is not None:
                a["object"] = obj
            a["owner"] = a["owner"] or owner
            a["location"] = a["location"] or loc
        frm = next((amounts[i] for i, r in dr.members if r == "from"), None)
        from_span = _own_time(ctx, frm) if frm is not None else None
        tstart = start
        if dr.pointed and frm is not None and dr.trigger is not None:
            # a level pointed back at keeps the time of its own clause; the move's is read from its verb on
            tstart, from_span = dr.trigger.idx, _pointed_span(ctx, frm)
        # "declined from 68% in 2000 to 57% in 2013": the level reached stands at the time stated for it, not at
        # the nearest time of the whole span (which is the from-side's)
        # with no from-side too: "then to 100,000 annually in 2017" stands at the time stated right after it
        to = next((amounts[i] for i, r in dr.members if r == "to"), None)
        to_span = _own_time(ctx, to) if to is not None else None
        time = to_span[2] if to_span else _time(ctx, tstart, end, exclude=from_span, change=True)
        if from_span is None and since_start(ctx.text, ctx.time_index, time, start, end):
            # "tripled to 1,500 since May", "has risen from 34% to 81% since 2008", "Since January, it has
            # dwindled from 35,000 to 1,000": a "since" time is where the move started, never the level reached's
            time, from_span = None, (0, 0, str(time))
        time = time or (year_after_compared(ctx.time_index, from_span) if frm is not None and not to_span else None)
        bare_from = frm is None or dr.pointed or not to_span or deadline_time(ctx.text, to, to_span)
        from_time = from_span[2] if from_span else None if bare_from else earlier_period(
            time, (ctx.doc._.newsgraph_meta or {}).get("published"))  # "fell to 14% in June from 16%": before June
        if (frm is None or not (from_span or to_span)) and (
                stretch := stretch_times(dr.trigger, ctx.time_index, ctx.text)) is not None:
            from_time, time = stretch  # "rose 3% from January to March"; "From 2000 to 2016, ... 42% to 52%" (r35)
        from_time = from_time or (base_time(dr.trigger, ctx.time_index) if frm is None else None)
        for a in members:  # each side at its own time: the from-figure at its stated one, the rest at the change's
            a["time"] = from_time if a is frm else time
        keyed = ([to] if to is not None else []) + members  # the level reached keys the change (issue 17)
        dim = next(((a["dimension"], a["rate"]) for a in keyed), ("count", None))
        unit_of = next(({"unit": a["unit"], "currency": a["currency"]} for a in keyed), {})
        out.append({"id": cid, "object": obj, "owner": owner, "location": loc, **body, "time": time,
                    "from_time": from_time,
                    "measure": measure_key(obj, owner, loc, dimension=dim[0], rate=dim[1], **unit_of)
                    if canonical_object(obj) else None,
                    "start": start, "end": end})
    return out


def _pointed_span(ctx: _Ctx, frm: dict[str, Any]) -> tuple[int, int, str] | None:
    """(start, end, value) of the time a level pointed back at took in its own clause, or None."""
    value = _time(ctx, frm["start"], frm["end"])
    near = min((t for t in ctx.times if value is not None and t.get("value") == value),
               key=lambda t: abs(int(t["start"]) - frm["start"]), default=None)
    return (int(near["start"]), int(near["end"]), value) if near is not None and value is not None else None


def _change_context(ctx: _Ctx, dr: ChangeDraft, amounts: list[dict[str, Any]]) -> tuple[Any, Any, Any]:
    """Object, owner and location of a change: its figures' (the "to" side first), else the trigger's argument."""
    roles = {id(amounts[i]): r for i, r in dr.members}
    members = sorted((amounts[i] for i, _r in dr.members), key=lambda a: {"to": 0, "from": 1}.get(roles[id(a)], 2))
    obj = next((a["object"] for a in members if a["object"]), None)
    owner = next((a["owner"] for a in members if a["owner"]), None)
    loc = next((a["location"] for a in members if a["location"]), None)
    if dr.trigger is not None and (obj is None or owner is None or loc is None):
        arg = _verb_argument(dr.trigger, dr.trigger.doc[dr.trigger.i : dr.trigger.i + 1]) or moved_thing(dr.trigger)
        if arg is not None and not cutting_agent(arg, dr.trigger):
            head = _resolve_generic(arg)
            if obj is None:
                phrase = object_phrase(head)
                obj = phrase if canonical_object(phrase) is not None else None
            owner = owner or owner_of(ctx.doc, head, ctx.lex, ctx.ents)
            loc = loc or location_of(ctx.doc, head, head, ctx.lex, ctx.ents, owner, ctx.countries)
    return obj, owner, loc


def _own_time(ctx: _Ctx, a: dict[str, Any]) -> tuple[int, int, str] | None:
    """(start, end, value) of the time expression stated for this figure alone, or None (:mod:`.side_times`)."""
    return own_time(ctx.doc if ctx.parsed else None, ctx.text, ctx.times, a, rate_tail(ctx.text, a))


# -- phase 4: dimensions, keys and times of the amounts ---------------------------------------------
def _finish_amounts(ctx: _Ctx, amounts: list[dict[str, Any]]) -> None:
    for a in amounts:
        a["added"] = more_of_the_same(ctx.text, a["start"], a["end"])
        if a["object"] is not None:
            a["measure"] = measure_key(a["object"], a["owner"], a["location"], dimension=a["dimension"],
                                       unit=a["unit"], currency=a["currency"], rate=a["rate"])
        if a["change"] is None:
            a["time"] = _time(ctx, a["start"], a["end"], figure=True)


def _time(ctx: _Ctx, start: int, end: int, exclude: tuple[int, int, str] | None = None,
          figure: bool = False, change: bool = False) -> str | None:
    """``context.time_for``, asked only when a time expression starts in the fact's sentence (it is the rule;
    this only spares it the sentences without one). A time stated for a change's from-side alone
    (``exclude``) is not the change's time."""
    doc = ctx.doc
    if not ctx.time_starts:
        return None
    sent_times = None
    sp = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if sp is not None and len(sp) and ctx.parsed:
        sent = sp.sent
        i = bisect_left(ctx.time_starts, sent.start_char)
        sent_times = [s for s in ctx.time_starts[i:] if s < sent.end_char]
        if not sent_times:
            return None
    if exclude is not None and sent_times is not None:
        # only the dated times can be the change's ("the first six months" read as a duration is none)
        dated = {int(t["start"]) for t in ctx.times if t.get("type") in ("DATE", "TIME")}
        sent_times = [s for s in sent_times if s in dated]
        if all(s == exclude[0] for s in sent_times):
            return None
    keep = change_time_keep(start, end, exclude) if change and ctx.parsed else not_the_from_time(exclude) \
        if exclude is not None else figure_time_keep(doc, start, end) if figure else None
    value = time_for(doc, start, end, own=True, keep=keep)
    if value is not None and past_stretch(doc, doc._.newsgraph_times or [], start, end):
        return None  # "sold 2 million phones over the past month": a stretch, not the point said beside it
    if exclude is not None and value == exclude[2] and sent_times is not None and len(sent_times) <= 1:
        return None
    return value
