"""Change drafts: which figures move together, and in which role (from, to, delta, pct).

Each pattern is one function over the figures of a Doc; :func:`draft_changes` runs them in order and returns the
drafts in text order:

* a trigger (verb or noun of movement, data/change_verbs.tsv) the figure hangs on: "rose 12% to 4.1 million",
  "cut by 2,200", "widened in June to $32.5 billion after May's $32 billion", "an increase of 439";
* a "from X to Y" pair, with a trigger or, when X > Y, alone;
* "doubled", "halved" with no figure;
* "up from X" / "down from X" after the figure it started from ("rose to 12 percent, up from 10 percent");
* "Y, compared with X a year earlier".
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .._doc import content_paragraphs, doc_text, doc_words
from .changes import ChangeDraft, additions, change_verbs, multiplier_of, role_and_trigger, trigger_direction
from .compared import compared_apart
from .compared import compared_drafts as _compared_drafts
from .compared import compared_to_move as _compared_to_move
from .compound_counts import hyphen_sized
from .grammar import Quantity, parse_number, to_number
from .levels import allotted, level_hosts, weight_move
from .moves import (
    apposed_size,
    comma_level,
    comma_to,
    converted,
    fraction_drafts,
    losses,
    lost_part,
    multiple_of_earlier,
    over_from,
    restated_from,
    split_moves,
)
from .multipliers import MULTIPLE_SHAPE
from .not_levels import bracket_restatement
from .objects import Anchor
from .ways import half_of_period, own_level, particle_level

__all__ = ["draft_changes"]

Keep = dict[int, tuple[dict[str, Any], Anchor | None]]
# transitive verbs whose bare object is the size of the move ("cut 2,200 jobs", "withdraw 2,000 troops");
# "raised $5 million" is fundraising, so rising verbs need a preposition (by/to/from)
_BARE_DELTA_UP = frozenset({"add", "increase", "boost"})
# verbs that also mean winning a share: "gained 8 percent of the vote"
_SHARE_VERBS = frozenset({"gain", "win", "take", "capture"})
_SHARE_OF = re.compile(r"[ \t]+of\b")
# "less than the 47.3% forecast", "higher than its 5%": a figure of comparison (a determiner after "than"; "more
# than 600" is a hedge on the figure itself)
_THAN_BEFORE = re.compile(r"\bthan[ \t]+(?:the|its|their|his|her|an?)[ \t]+(?:[\w-]+[ \t]+)?$", re.I)
_LEVEL_HEDGE = re.compile(r"\bas[ \t]+(?:low|high)[ \t]+as[ \t]*$", re.I)
# verbs that also mean letting things fall: a bare count on them is a number of things, unless it counts points
_DROP_THINGS = frozenset({"drop", "crash"})
_POINTS = re.compile(r"\bpoints?\b", re.I)
_APPOSED = re.compile(r"\s*[-–—,(]\s*(?:an?|the)\s+(?:\w+\s+)?([a-z]+)\s+of\b")
# "to as high as 25%"; "to, by one estimate, 400,000": a comma-set aside between the preposition and its figure
_PREP_BEFORE = re.compile(r"\b(from|to|by)\s*(?:,[^,\d]{1,30},)?\s+$", re.I)
# "by one estimate", "by some accounts": a source of the figure, not a size
_BY_SOURCE = re.compile(r"[ \t]+(?:estimates?|accounts?|counts?|measures?|reckonings?)\b", re.I)
_UP_DOWN = {"up": "increase", "down": "decrease"}
# a distance followed by where it is measured from ("310 miles (500 kilometers) from its coast", "60 km off")
_PLACE_AFTER = re.compile(r"(?:[ \t]*\([^()]{1,40}\)|\))?[ \t]+(?:from|off|away|short[ \t]+of|north|south|east|west)\b(?![ \t]+\d)", re.I)
# "rose 23 places to number six", "down three places to 10": the figure after "to" is a rank
_RANK_TO = re.compile(r"\b(?:places?|spots?|notches|positions?|rungs?)[ \t]+to[ \t]+(?:number[ \t]+|no\.?[ \t]*)?$", re.I)
# verbs a level is stated with before an apposed or attributed movement noun ("X represents a $3.4 billion cut")


def draft_changes(doc: Doc, text: str, qs: list[Quantity], keep: Keep, pos_of: dict[int, int],
                  amounts: list[dict[str, Any]]) -> list[ChangeDraft]:
    """Every change draft of the Doc, in text order."""
    parsed = doc.has_annotation("DEP")
    drafts: dict[Any, ChangeDraft] = {}
    used: set[int] = set()
    for qi in keep:
        if qi not in used:
            _draft_of_figure(doc, text, qs, keep, pos_of, qi, parsed, drafts, used)
    if parsed:
        _multiplier_drafts(doc, drafts)
        _merge_up_from(drafts, amounts)
        _merge_neutral(drafts)
        _subject_from(keep, pos_of, used, drafts, amounts)
        _level_of_move(keep, pos_of, used, drafts, amounts)
        _participle_from(keep, pos_of, used, drafts, amounts)
        fraction_drafts(doc, drafts, amounts)
        over_from(drafts, amounts)
        restated_from(doc, text, drafts, amounts)
        comma_level(text, drafts, amounts)
        multiple_of_earlier(text, drafts, amounts, doc)
        comma_to(text, drafts, amounts)
        apposed_size(drafts, amounts)
        lost_part(doc, drafts, amounts)
    _compared_drafts(text, qs, keep, pos_of, used, drafts)
    _compared_to_move(text, qs, keep, pos_of, used, drafts)
    out = split_moves(drafts, text, amounts)
    losses(text, out, amounts)
    return sorted(out, key=lambda d: _draft_start(d, amounts))


def _merge_neutral(drafts: dict[Any, ChangeDraft]) -> None:
    """"gained 30 seats ... to take its total to 262": a neutral verb's figure under a verb of movement is where
    that movement went."""
    for key, dr in list(drafts.items()):
        trig = dr.trigger
        if trig is None or dr.direction != "neutral" or trig.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        host = drafts.get(trig.head.i)
        if host is None or host.direction not in ("increase", "decrease"):
            continue
        roles = {r for _i, r in host.members}
        if all(r not in roles for _i, r in dr.members):
            host.members += dr.members
            del drafts[key]


def _draft_of_figure(doc: Doc, text: str, qs: list[Quantity], keep: Keep, pos_of: dict[int, int], qi: int,
                     parsed: bool, drafts: dict[Any, ChangeDraft], used: set[int]) -> None:
    q, anchor = qs[qi], keep[qi][1]
    if _BY_SOURCE.match(text, q.end) and re.search(r"\bby\s+$", text[max(0, q.start - 4) : q.start]):
        return
    prev = qs[qi - 1] if qi > 0 else None
    if prev is not None and "percent" not in (q.kind, prev.kind) and bracket_restatement(text, q.start, q.end, prev.end):
        return  # "fell 6,706 metres (22,000ft)": the bracket restates the figure before it, no second move
    found = role_and_trigger(anchor.root, q.kind, _text_prep(text, q)) if (parsed and anchor) else None
    if parsed and (found is None or found[0] != "to"):
        found = _apposed_move(doc, text, q) or found
    p = q.pair if q.pair is not None and q.pair in keep else None
    if p is not None:
        _pair_draft(qs, keep, pos_of, qi, p, found, parsed, drafts, used)
        return
    if found is None:
        if parsed and anchor is not None and _added_draft(anchor, pos_of[qi], drafts, q.kind):
            used.add(qi)
        return
    found_role, trig = found
    direction = _direction(trig)
    role = _figure_role(text, q, anchor, found_role, trig, direction)
    if role is None:
        return
    dr = drafts.setdefault(trig.i, ChangeDraft(trig, direction, trig.lemma_.lower()))
    if role == "from" and compared_apart(doc, text, q, {r for _i, r in dr.members}):
        return  # "fell to 5, compared to 20 in Chicago": another place's figure (compared.py)
    if role in ("delta", "pct") and anchor is not None and anchor.root.dep_ == "conj":
        conj_role = _conj_role(qs, pos_of, dr, q, role)
        if conj_role is None:
            return
        role = conj_role
    dr.members.append((pos_of[qi], role))
    used.add(qi)


def _figure_role(text: str, q: Quantity, anchor: Anchor | None, role: str, trig: Token,
                 direction: str | None) -> str | None:
    """The role the figure really plays on its trigger, or None when it is no part of a move (how often, a
    rank, a kind of thing, fundraising, things let fall, a share won). Kept apart from :func:`_draft_of_figure`
    because these are the readings of one figure in its own text, while the caller decides which draft to join."""
    if q.kind == "count" and anchor is not None and anchor.head is not None and anchor.head.lower_ == "times":
        return None  # "increase interest rates five times since June": how often, not by how much
    if role == "to" and _RANK_TO.search(text[max(0, q.start - 40) : q.start]):
        return None  # "fell two places to number four": a place in a chart or ranking, not a level of the figure
    if role == "delta" and (sized := hyphen_sized(text, q.start, q.end, anchor, direction)) is not None:
        return role if sized else None  # "a 40,000-troop drawdown" is sized; "a 5,000-job cut" a kind of cut
    if role == "delta" and _LEVEL_HEDGE.search(text[max(0, q.start - 14) : q.start]):
        role = "to"  # "fell as low as $1.1098": where it went
    if role == "to" and trig.lemma_.lower() == "lose" and anchor is not None and not own_level(trig, anchor.root):
        return None  # "lost 25% to 1.90 before rallying to 2.20": the rally's level
    if role in ("delta", "pct") and particle_level(text, trig, q.start):
        role = "to"  # "went up to 5.5% from 5.4%": the level the particle verb reached
    if role == "to" and any(c.dep_ == "prt" and c.lower_ == "off" for c in trig.children):
        return None  # "cut off aid to three states": the receivers, not a level
    if role == "to" and direction == "neutral" and _carried_to(trig, anchor):
        return None  # "eight of the injured were taken to three hospitals": where they went (round 32)
    if role == "pct" and _POINTS.search(text, q.start, q.end):
        role = "delta"  # "dropped by 26 percentage points": a difference of two percents, not a rate
    if role == "delta" and anchor is not None and anchor.root.dep_ in ("dobj", "nummod", "appos", "nsubjpass") and not (
        direction == "decrease" or trig.lemma_.lower() in _BARE_DELTA_UP or _counts_points(anchor)
        or _moves_to(trig, anchor.root) or weight_move(trig)
    ):
        return None  # "raised $5 million" is fundraising; "gained 30 seats" is a rise ("put on 2kg" is one)
    if role == "delta" and trig.pos_ == "NOUN" and anchor is not None and anchor.root.dep_ == "nummod" \
            and q.kind != "money" and not _counts_points(anchor) and not _of_noun(anchor.root, trig):
        return None  # "2,200 job cuts" counts cuts; the cut's size needs "by" or "of" ("an increase of 62,000 units")
    if role == "delta" and q.kind == "measure" and (_PLACE_AFTER.match(text, q.end) or (
            anchor is not None and anchor.root.dep_ in ("compound", "amod", "nmod") and anchor.root.head.i > anchor.root.i)):
        # "the missile fell 310 miles (500 kilometers) from its coast": where it landed; "added the 5,000m crown":
        # a measure naming a kind of thing; neither is a move
        return None
    if role == "delta" and q.kind != "percent" and trig.lemma_.lower() in _DROP_THINGS and not _counts_points(anchor):
        return None  # "dropped more than 160 missiles", "dropped $100 bills": things let fall, not a fall of 160
    if role == "pct" and trig.lemma_.lower() in _SHARE_VERBS and _SHARE_OF.match(text, q.end):
        return None  # "gained 8 percent of the national vote": a share won, not a rise of 8 percent
    return role


def _carried_to(trig: Token, anchor: Anchor | None) -> bool:
    """A neutral verb ("take", "bring", "move") carries counted things (its object or passive subject is a figure
    or has one) to places its "to" figure counts with a noun of its own ("were taken to three hospitals", "moved
    200 troops to three bases"): a destination, never a level ("bringing the total to 240" carries no count)."""
    if anchor is None or anchor.root.dep_ != "nummod" or anchor.root.head.dep_ != "pobj":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
               for c in trig.children)


def _of_noun(fig: Token, trig: Token) -> bool:
    """"an increase of 62,000 units": the figure counts the noun that "of" gives the movement noun as its size."""
    noun = fig.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("of", "by") and noun.head.head.i == trig.i


def _conj_role(qs: list[Quantity], pos_of: dict[int, int], dr: ChangeDraft, q: Quantity, role: str) -> str | None:
    """"increased to 386,000 in the West Bank ... and 208,000 in East Jerusalem", "dipped to $1.5 billion the
    following year and roughly $1.35 billion in fiscal 2012": a second level in the role of the first (the parse
    often hangs it elsewhere); with no first figure, not a change (None). Kept apart because it reads the draft
    the figure joins, not the figure's own text."""
    first = [(i, r) for i, r in dr.members if r in ("to", "pct", "delta")]
    if not first:
        return None
    first_kind = _kind_at(qs, pos_of, first[-1][0], q.kind)
    if first_kind == q.kind or role == "delta":
        role = first[-1][1]  # ("dropped 611 points, or 3.39 percent": a percent of another kind keeps its role)
    if role == "pct" and q.kind != "percent":
        role = "delta"  # "gained 14.7%, or $8.05, at $62.90": a sum restating a percent is the move's size, never
        # a second percent (which split it off as a change of 8.05%, round 32)
    return role


def _kind_at(qs: list[Quantity], pos_of: dict[int, int], pos: int, default: str) -> str:
    """The kind of the kept figure at amount position ``pos``; ``default`` when none is (a StopIteration here
    would abort ``extract_amounts`` and the guarded component would drop every amount of the article)."""
    return next((qs[qi].kind for qi, n in pos_of.items() if n == pos), default)


def _moves_to(trig: Token, fig: Token) -> bool:
    """"spiked more than $3, to more than $62": the verb also states the level reached after the bare figure, so
    that figure is the size of the rise (not money raised; "raises the toll to 68, 64 of them soldiers" is not)."""
    # ("rose 3p, or 2.1%, to 145p": the parse may hang the "to" on the restated percent, a conjunct of the verb)
    hosts = [trig, *(c for c in trig.children if c.dep_ == "conj" and c.i > fig.i and c.pos_ in ("NOUN", "NUM"))]
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > fig.i and any(
        t.like_num or t.text[:1].isdigit() for t in c.subtree) for h in hosts for c in h.children)  # "145p"


def _added_draft(anchor: Anchor, pos: int, drafts: dict[Any, ChangeDraft], kind: str = "count") -> bool:
    """"sending 1,000 additional troops", "pledged an additional $12 billion", "500 more US troops will be
    deployed": a figure marked as more of the same (data/change_additions.tsv), moved in by a verb of sending or
    giving, is the size of a rise."""
    words = additions()
    noun = anchor.head if anchor.head is not None else anchor.root
    marked = any(c.dep_ in ("amod", "advmod") and c.lower_ in words["marker"] and c.nbor(1).lower_ != "than"
                 for t in {noun, anchor.root} for c in t.children if c.i + 1 < len(c.doc))
    verb = noun.head
    # "1,500 additional troops sent last month", "the additional troops being despatched": the participle that
    # qualifies the noun moves it in, whatever the noun's own role in the sentence
    moved = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
                  and c.lemma_.lower() in words["verb"]), None)
    if moved is None and noun.dep_ == "nsubjpass" and verb.dep_ in ("csubjpass", "csubj") \
            and verb.lemma_.lower() in words["verb"]:
        moved = verb
    if moved is not None:
        noun, verb = moved, moved
    elif not marked or noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in words["verb"]:
        return False
    if not marked or (kind == "money" and allotted(verb, (noun, anchor.root), words["allot"])):
        return False
    dr = drafts.setdefault(verb.i, ChangeDraft(verb, "increase", verb.lemma_.lower()))
    if any(r == "delta" for _i, r in dr.members):
        return False
    dr.members.append((pos, "delta"))
    return True


def _counts_points(anchor: Anchor | None) -> bool:
    head = anchor.head if anchor is not None else None
    return head is not None and head.lemma_.lower() in ("point", "place", "spot", "seat", "notch")


def _pair_draft(qs: list[Quantity], keep: Keep, pos_of: dict[int, int], qi: int, p: int,
                found: tuple[str, Token] | None, parsed: bool, drafts: dict[Any, ChangeDraft], used: set[int]) -> None:
    """"from 5,200 to 3,000": with a trigger, its members; with none, a change when it falls."""
    q, pq, pa = qs[qi], qs[p], keep[p][1]
    if found is None and parsed and pa is not None:
        found = role_and_trigger(pa.root, pq.kind)
    own, level_at = keep[qi][1], q.extra.get("level_from")
    if found is None and parsed and own is not None:
        found = _trigger_before(own.root, level_at if level_at is not None else q.extra.get("hedge_start", q.start))
    if found is None and parsed and own is not None and level_at is not None:
        found = _trigger_above(own.root)
    members = [(pos_of[qi], q.pair_role or "from"), (pos_of[p], pq.pair_role or "to")]
    used.update({qi, p})
    if found is not None and _against(_direction(found[1]), q, pq):
        found = None  # "cut ... the number of messages added from 850,000 to 450,000": a verb that moves the
        # other way is the parse's mistake (a participle), never the pair's move (round 33)
    if found is not None:
        trig = found[1]
        d = drafts.setdefault(trig.i, ChangeDraft(trig, _direction(trig), trig.lemma_.lower()))
        d.members += members
    elif (pq.pair_role == "to" and pq.value < q.value) or (pq.pair_role == "from" and q.value < pq.value):
        # "from 5,200 to 3,000" with no verb: a fall stated as a pair is a change, not a range
        drafts[("pair", qi)] = ChangeDraft(None, "decrease", None, members)


def _trigger_before(root: Token, start: int) -> tuple[str, Token] | None:
    """"an increase May 10 from 10% to 25%": a verb or noun of movement at most four words before the pair's
    "from", in the same sentence, when the parse did not hang the pair on it."""
    doc, sent_start = root.doc, root.sent.start
    i = next((t.i for t in root.sent if t.idx >= start), root.i)
    for j in range(i - 1, max(sent_start, i - 6) - 1, -1):
        tok = doc[j]
        if tok.is_punct and tok.text not in ("-", "–"):
            return None
        if tok.lower_ == "from":
            continue
        if trigger_direction(tok) in ("increase", "decrease", "neutral") and tok.pos_ in ("VERB", "NOUN"):
            return "pair", tok
    return None


def _against(direction: str | None, q: Quantity, pq: Quantity) -> bool:
    """The trigger's direction contradicts the pair's two stated levels (both not negative)."""
    frm, to = (q, pq) if pq.pair_role == "to" else (pq, q)
    if direction not in ("increase", "decrease") or min(frm.value, to.value) < 0 or frm.value == to.value:
        return False
    return (direction == "increase") != (to.value > frm.value)


def _trigger_above(fig: Token) -> tuple[str, Token] | None:
    """"will increase the total number of refugees it will admit each year, from the current cap of 70,000 to
    85,000": the verb of movement the from-phrase of a level noun hangs on, past a comma (round 33)."""
    for anc in list(fig.ancestors)[:8]:
        if anc.pos_ == "VERB" and trigger_direction(anc) in ("increase", "decrease", "neutral"):
            return "pair", anc
    return None


def _direction(trig: Token) -> str | None:
    return _UP_DOWN[trig.lower_] if trig.lower_ in _UP_DOWN and trig.pos_ in ("ADV", "ADP") else trigger_direction(trig)


def _multiplier_drafts(doc: Doc, drafts: dict[Any, ChangeDraft]) -> None:
    """"doubled", "halved" with no figure: the multiplier is the change."""
    words = doc_words(doc)  # a Token view only for a word that can be a multiplier ("doubled", "half", "threefold")
    for ps, pe, _k in content_paragraphs(doc):
        span = doc.char_span(ps, pe, alignment_mode="contract")
        if span is None:
            continue
        for tok in [doc[i] for i in range(span.start, span.end) if MULTIPLE_SHAPE.search(words[i])]:
            if tok.lower_ == "half" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by"):
                if not half_of_period(tok):  # "in the second half of 2004" is a part of a period
                    _by_half(tok.head.head, drafts)
                continue
            if tok.lower_.endswith("fold"):
                _fold_draft(tok, drafts)
                continue
            mul = multiplier_of(tok)
            if mul is None or tok.i in drafts:
                continue
            # what was multiplied: a verb's object or subject; a noun's "in" phrase ("a doubling in their assets";
            # "the near-doubling in attacks", a gerund with a determiner, is a noun); "a doubling of pensions" is as
            # often a measure listed in a programme as a move seen: left out
            verb = tok.pos_ == "VERB" and not any(c.dep_ == "det" for c in tok.children)
            deps = ("dobj", "nsubjpass", "nsubj") if verb else ("prep",)
            args = [c for c in tok.children if c.dep_ in deps and (
                c.pos_ == "NOUN" if verb else c.lower_ == "in" and any(
                    g.dep_ == "pobj" and g.pos_ == "NOUN" for g in c.children))
                    and c.lemma_.lower() not in change_verbs()]
            if args:
                # the multiplier is the figure: the change stands even when its object is no countable thing
                # ("quadrupled the rate of enrichment")
                drafts[tok.i] = ChangeDraft(tok, mul[0], tok.lemma_.lower(), [], pct=mul[1], figured=True)


def _fold_draft(tok: Token, drafts: dict[Any, ChangeDraft]) -> None:
    """"a four-fold increase", "increased the bird's numbers 100-fold", "a tenfold rise": a rise of (N - 1) × 100
    percent, on the movement word the "fold" hangs on."""
    doc = tok.doc
    if tok.lower_ == "fold":
        at = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") else tok.i - 1
        word = doc[at].text if at >= 0 else ""
    else:
        word = tok.lower_[:-4].rstrip("-")
    n = parse_number(word) if word else None
    trig = next((t for t in (tok.head, tok.head.head) if trigger_direction(t) == "increase"
                 and t.pos_ in ("VERB", "NOUN")), None)
    if n is None or n <= 1 or trig is None:
        return
    dr = drafts.setdefault(trig.i, ChangeDraft(trig, "increase", trig.lemma_.lower()))
    dr.members = [(i, r) for i, r in dr.members if r != "delta"]  # the N of "100-fold" is no count
    if dr.pct is None:
        dr.pct, dr.figured = to_number((float(n) - 1) * 100), True


def _by_half(trig: Token, drafts: dict[Any, ChangeDraft]) -> None:
    """"cut in half", "fell by half to $2 billion": a fall of 50 percent."""
    if trigger_direction(trig) != "decrease" or trig.pos_ != "VERB":
        return
    dr = drafts.setdefault(trig.i, ChangeDraft(trig, "decrease", trig.lemma_.lower()))
    if dr.pct is None:
        dr.pct = 50


def _merge_up_from(drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"rose to 12 percent, up from 10 percent": the "up from" figure is the from-side of the change of the
    figure just before it (or, with no change there, of a change from it to that figure)."""
    for key, dr in list(drafts.items()):
        trig = dr.trigger
        if trig is None or trig.pos_ not in ("ADV", "ADP") or trig.lower_ not in _UP_DOWN:
            continue
        if [r for _i, r in dr.members] != ["from"]:
            continue
        fi = dr.members[0][0]
        prev = _previous_figure(doc_text(trig.doc), amounts, fi, trig.idx, trig.sent.start_char)
        # "plunged on the news, down to $1.2196 from almost $1.2300": the verb the adverb hangs on holds the move
        host = drafts.get(trig.head.i) if trig.head.i != trig.i else None
        if host is None and prev is None:
            continue
        if host is None:
            host = next((d for d in drafts.values() if d is not dr and any(i == prev for i, _r in d.members)), None)
        if host is not None and not any(r == "from" for _i, r in host.members):
            host.members.append((fi, "from"))
            del drafts[key]
        elif host is None and prev is not None:
            dr.members.append((prev, "to"))


def _subject_from(keep: Keep, pos_of: dict[int, int], used: set[int], drafts: dict[Any, ChangeDraft],
                  amounts: list[dict[str, Any]]) -> None:
    """"the 116,000 work permits issued in 1992 dropped to 11,500 in 2005": a figure that is the subject of the
    verb that moved it to a level is where it moved from."""
    by_tok: dict[int, int] = {}
    for qi, (_rec, anchor) in keep.items():
        if anchor is not None and qi not in used:
            by_tok.setdefault(anchor.head.i if anchor.head is not None else anchor.root.i, qi)
    for dr in drafts.values():
        trig = dr.trigger
        roles = {r for _i, r in dr.members}
        if trig is None or trig.pos_ != "VERB" or not roles & {"to", "pct"} or "from" in roles:
            continue
        if "to" not in roles and any(c.dep_ == "dobj" for c in trig.children):
            continue  # "five banks cut rates by 0.5%": a subject that moves something else is not what moved
        # "The 600,000 connections take the total ... to almost 3.3 million": a subject that moves an object to a
        # level is what was added to it, the size of the rise (never where the object started)
        added = "to" in roles and "delta" not in roles and any(c.dep_ == "dobj" for c in trig.children)
        # the level moved to is of the subject's kind; a rate moves a figure that is not itself a percent
        to = next((amounts[i] for i, r in dr.members if r == "to"), None)
        subjects = [c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "Its current stockpile - 10,000 kilograms - will be cut 97 percent": the subject's apposition
        subjects += [g for c in subjects for g in c.children if g.dep_ == "appos"]
        for c in subjects:
            subj = by_tok.get(c.i)
            if subj is None:
                continue
            fig = amounts[pos_of[subj]]
            if fig["start"] > trig.idx:
                continue  # a figure after the verb that names the subject as its thing ("... stood at 60%") is not it
            anchor = keep[subj][1]
            if anchor is not None and anchor.root.dep_ == "nummod" and anchor.root.head.i < anchor.root.i:
                continue  # "Band Aid 20 slipped to six": a number after its noun is part of a name, not a count
            if added and to is not None and fig["value"] < to["value"]:
                dr.members.append((pos_of[subj], "delta"))
                if dr.direction == "neutral":
                    dr.direction = "increase"
                used.add(subj)
                break
            if added:
                continue
            if (fig["kind"] == to["kind"] and fig["value"] != to["value"] if to is not None
                    else fig["kind"] != "percent"):
                dr.members.append((pos_of[subj], "from"))
                used.add(subj)
                break


def _figures_by_token(keep: Keep, used: set[int]) -> dict[int, int]:
    """Token index → unused figure, by the figure's root and its counted noun."""
    out: dict[int, int] = {}
    for qi, (_rec, anchor) in keep.items():
        if anchor is not None and qi not in used:
            out.setdefault(anchor.root.i, qi)
            if anchor.head is not None:
                out.setdefault(anchor.head.i, qi)
    return out


def _level_of_move(keep: Keep, pos_of: dict[int, int], used: set[int], drafts: dict[Any, ChangeDraft],
                   amounts: list[dict[str, Any]]) -> None:
    """"3,553 complaints ..., a nearly 50 percent increase", "The $512.5 billion ... represents a $3.4 billion
    reduction": the figure a movement noun is apposed or attributed to is the level the move reached."""
    by_tok = _figures_by_token(keep, used)
    for dr in drafts.values():
        trig = dr.trigger
        roles = {r for _i, r in dr.members}
        if trig is None or roles & {"to", "from"} or not roles | ({"pct"} if dr.pct else set()):
            continue
        hosts = level_hosts(trig)
        if not hosts:
            continue
        size = next((amounts[i] for i, r in dr.members if r == "delta"), None)
        for host in hosts:
            qi = by_tok.get(host.i)
            if qi is None or amounts[pos_of[qi]]["start"] > trig.idx or host.sent.start != trig.sent.start:
                continue
            if size is not None and size["kind"] != amounts[pos_of[qi]]["kind"] and not _POINTS.search(
                    trig.sent.text):
                continue
            dr.members.append((pos_of[qi], "to"))
            used.add(qi)
            break


def _participle_from(keep: Keep, pos_of: dict[int, int], used: set[int], drafts: dict[Any, ChangeDraft],
                     amounts: list[dict[str, Any]]) -> None:
    """"power sources met no more than 70% of the need — dropping to 36% after the conflict": a participle of
    movement with no subject of its own moves the object of the clause it hangs on, from that object's figure."""
    by_tok = _figures_by_token(keep, used)
    for dr in drafts.values():
        trig = dr.trigger
        roles = {r for _i, r in dr.members}
        if trig is None or trig.tag_ != "VBG" or trig.dep_ != "advcl" or "to" not in roles or "from" in roles:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trig.children) or trig.head.pos_ != "VERB":
            continue
        to = next(amounts[i] for i, r in dr.members if r == "to")
        for c in trig.head.children:
            qi = by_tok.get(c.i) if c.dep_ in ("dobj", "attr") and c.i < trig.i else None
            if qi is not None and amounts[pos_of[qi]]["kind"] == to["kind"]:
                if dr.direction == "neutral":
                    # "agreed to buy a 4.76% holding - taking his stake to 42.3%": what the clause adds is the rise
                    dr.members.append((pos_of[qi], "delta"))
                    dr.direction = "increase"
                else:
                    dr.members.append((pos_of[qi], "from"))
                used.add(qi)
                break


def _previous_figure(text: str, amounts: list[dict[str, Any]], fi: int, before: int, sent_start: int) -> int | None:
    """The nearest figure of the same kind that ends before ``before`` in the same sentence, at most 160
    characters before it ("Only 30% of the world ... approves of ..., down from 48% in 2016"); a figure it is
    only compared with is skipped ("a margin of 45.6%, less than the 47.3% forecast by analysts and down from
    47.1%": the margin moved, not the forecast)."""
    for j in range(fi - 1, -1, -1):
        a = amounts[j]
        if a["start"] < sent_start or before - a["end"] > 160:
            break
        if a["end"] <= before and a["kind"] == amounts[fi]["kind"] and not _THAN_BEFORE.search(
                text[max(0, a["start"] - 30) : a["start"]]):
            # "earned $10m (£19.2m) ..., down from $133m": the figure, not its conversion in brackets
            return next((k for k in range(j - 1, max(-1, j - 4), -1) if converted(text, amounts[k], a)), j)
    return None


def _apposed_move(doc: Doc, text: str, q: Quantity) -> tuple[str, Any] | None:
    """'reached 5,373 - an increase of 439': the figure before an apposed movement noun is where it went."""
    m = _APPOSED.match(text, q.end)
    if not m:
        return None
    span = doc.char_span(m.start(1), m.end(1))
    if span is None or trigger_direction(span[0]) not in ("increase", "decrease"):
        return None
    return "to", span[0]


def _text_prep(text: str, q: Quantity) -> str | None:
    """'to as high as 25%': the preposition written before the number and its hedge, when the parse loses it."""
    at = int(q.extra.get("hedge_start", q.start))
    m = _PREP_BEFORE.search(text[max(0, at - 40) : at])
    return m.group(1).lower() if m else None


def _draft_start(dr: ChangeDraft, amounts: list[dict[str, Any]]) -> tuple[int, int]:
    """Where a draft starts, then where its first figure does (drafts split from one trigger share its start)."""
    starts = [amounts[i]["start"] for i, _r in dr.members]
    first = min(starts) if starts else 0
    if dr.trigger is not None:
        starts.append(dr.trigger.idx)
    return (min(starts) if starts else 0), first
