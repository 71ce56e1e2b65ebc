"""More change shapes, by their grammar (issue 17, round 5), run after the drafts of ``drafts``:

* a fraction as the size of a move: "slashed by three-quarters", "decreased by two thirds", "cut by a third";
* a movement noun set off by a comma after the figure it sizes: "63 percent oppose the strikes, a 15-point jump
  from a week earlier" (the figure is the level reached);
* the from-side of a movement noun written with "over": "6,769 reports, a 9.7 percent increase over the 6,172";
* a relative clause of movement on a noun that restates a figure: "161 students had been arrested, a number
  that has now grown to about 250" (the restated figure is where it started);
* one trigger, several moves: "Poland dropped from 36 to 12 percent, Germany from 32 to 19" gives one change per
  pair, each with its own from-side;
* a money figure's conversion in brackets ("to 6,000 rupees ($84)") is the same level, not a second move;
* a multiple of an earlier level set off after a figure: "reached £3.3 trillion in 2004 - triple the value 10
  years earlier" (round 15);
* a level set off by a comma after a move the parse left without one: "cut production in half, to 5 million
  barrels a day" (round 15);
* a movement noun set off after a verb's move sizes that move: "climbed to $3.1bn, an increase of 11%" (round 16);
* a part lost of a whole the text counts: "has lost two of its five directors" (round 16).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .._doc import doc_words
from .changes import ChangeDraft, trigger_direction
from .grammar import parse_number, to_number
from .multipliers import MULTIPLE_WORDS, multiple_word

__all__ = ["BRACKETS", "conversion_head", "apposed_size", "losses", "lost_part", "fraction_drafts", "comma_level", "comma_to", "multiple_of_earlier", "over_from", "restated_from", "split_moves", "converted"]

# fraction nouns → denominator ("three-quarters", "two thirds", "a fifth")
_FRACTIONS = {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "tenth": 10,
              "tenths": 10}
# nouns that restate a figure stated just before ("a number that has grown to 250", "a figure that rose to")
_RESTATING = frozenset({"number", "figure", "total", "toll", "tally", "count"})
# ", a 15-point ", ", a nearly 50 percent ": the determiner and at most three words of size before the noun
_COMMA_NOUN = re.compile(r",\s*an?\s+(?:[\w.%$£€-]+\s+){0,3}$")
# "6.5bn euros ($8.6bn; £4.5bn)": the brackets may list several conversions
_OPEN_BRACKET = re.compile(r"\(\s*(?:[^();]{1,20};\s*)*$")


def _used(drafts: dict[Any, ChangeDraft]) -> set[int]:
    """Amount positions some draft already holds."""
    return {i for dr in drafts.values() for i, _r in dr.members}


def fraction_drafts(doc: Doc, drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"slashed by three-quarters to 6,000 rupees", "murders decreased by two thirds": a fraction after "by" on a
    verb of movement is its rate (numerator from the number or "a"/"one" before the fraction noun); the
    fraction's own number is no count moved."""
    words = doc_words(doc)  # a Token view only for a fraction or point word: most words are none
    for i in [i for i, w in enumerate(words) if w.lower() in _FRACTION_SCAN]:
        tok = doc[i]
        den = _FRACTIONS.get(tok.lower_)
        point = _point_fraction(tok)
        if _half_on_time(tok):
            den, tok = 2, tok.head  # "fallen by half this year": the parse makes "half" a word of the time
        if (den is None and point is None) or tok.dep_ != "pobj" or tok.head.lower_ != "by":
            continue
        verb = tok.head.head
        direction = trigger_direction(verb)
        if verb.pos_ != "VERB" or direction not in ("increase", "decrease"):
            continue
        num = (1 if den == 2 else _numerator(tok)) if point is None else None
        if point is None and (num is None or den is None or num >= den):
            continue
        dr = drafts.setdefault(verb.i, ChangeDraft(verb, direction, verb.lemma_.lower()))
        lo, hi = doc[tok.left_edge.i].idx, doc[tok.right_edge.i].idx + len(doc[tok.right_edge.i].text)
        dr.members = [(i, r) for i, r in dr.members
                      if not (r in ("delta", "pct") and lo <= amounts[i]["start"] < hi)]
        if point is not None:
            # "by a quarter of a point", "by half a percentage point": a difference of two rates in points (as
            # "by 0.25 percentage points"), never a rate of 25 or 50 percent
            dr.pct, dr.delta, dr.figured = None, point, True
        elif dr.pct is None and num is not None and den is not None:
            dr.pct = to_number(round(num / den * 100, 2))


_POINT_WORDS = frozenset({"point", "points"})
# fraction words that size a point before it ("half a point", "a quarter point", "three-quarters of a point")
_POINT_SIZES = {"half": 0.5, "quarter": 0.25, "three-quarters": 0.75, "three-quarter": 0.75}


def _point_fraction(tok: Token) -> float | None:
    """The size in points of "a quarter of a point" (on "quarter"), "half a percentage point", "a quarter point"
    (on "point"); None for anything else."""
    if tok.lower_ in _POINT_WORDS:
        size = next((_POINT_SIZES[c.lower_] for c in tok.children
                     if c.lower_ in _POINT_SIZES and c.dep_ in ("predet", "compound", "amod", "nmod", "quantmod")), None)
        return size
    if tok.lower_ in _POINT_SIZES or tok.lower_ in ("quarters",):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(g.lower_ in _POINT_WORDS for g in of.children if g.dep_ == "pobj"):
            n = 3 if any(c.dep_ == "nummod" and c.lower_ == "three" for c in tok.children) else 1
            return _POINT_SIZES["three-quarters"] if tok.lower_ == "quarters" or n == 3 else _POINT_SIZES[tok.lower_]
    return None


_TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "quarter", "period", "season", "century"})
# every word fraction_drafts can start from: a fraction noun, a point word or a point size, "half"
_FRACTION_SCAN = frozenset(_FRACTIONS) | _POINT_WORDS | frozenset(_POINT_SIZES) | {"quarters", "half"}


def _half_on_time(tok: Token) -> bool:
    """"has fallen by (more than) half this year": "half" parsed as a modifier of the time noun after "by"."""
    return tok.lower_ == "half" and tok.dep_ in ("predet", "nummod", "det", "amod") and tok.head.dep_ == "pobj" \
        and tok.head.head.lower_ == "by" and tok.head.lemma_.lower() in _TIME_NOUNS and tok.i < tok.head.i


def _numerator(frac: Token) -> int | None:
    for c in frac.children:
        if c.dep_ == "nummod":
            n = parse_number(c.text)
            return int(n) if n is not None and float(n).is_integer() else None
        if c.dep_ == "det" and c.lower_ in ("a", "one"):
            return 1
    return 1 if frac.lower_ in ("third", "quarter", "fifth", "tenth") else None


def comma_level(text: str, drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"63 percent of adults oppose the strikes, a 15-point jump from a week earlier": a movement noun with a
    size of its own and no level, set off by a comma in the figure's sentence, says the move that brought the
    nearest figure before it to where it stands (a percent moved by points, else a figure of the size's kind)."""
    for dr in drafts.values():
        trig = dr.trigger
        roles = {r for _i, r in dr.members}
        if trig is None or trig.pos_ != "NOUN" or "to" in roles or not (roles or dr.pct) \
                or trig.dep_ in ("nsubj", "nsubjpass"):
            continue  # "..., the increase in support was 6%": a clause of its own, no apposition
        sent_start = trig.sent.start_char
        if not _COMMA_NOUN.search(text[max(sent_start, trig.idx - 60) : trig.idx]):
            continue
        comma = text.rfind(",", sent_start, trig.idx)
        used_pos = _used(drafts)
        size = next((amounts[i] for i, r in dr.members if r == "delta"), None)
        points = size is not None and re.search(r"\bpoints?\b", text[size["end"] : trig.idx + 2 + len(trig.text)])
        for j in range(len(amounts) - 1, -1, -1):
            a = amounts[j]
            if a["end"] > comma or a["start"] < sent_start or comma - a["end"] > 160:
                continue
            if j in used_pos:
                break
            if size is not None and a["kind"] != ("percent" if points else size["kind"]):
                break
            # "1.4bn euros (£960m; $1.85bn), a dramatic change": the figure, not its conversion
            j = next((k for k in range(j - 1, max(-1, j - 4), -1) if k not in used_pos
                      and converted(text, amounts[k], a)), j)
            dr.members.append((j, "to"))
            break


def over_from(drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"a 9.7 percent increase over the 6,172 reports made the previous year": "over" after a noun of movement
    gives the figure it is measured against (elsewhere "over" is a hedge: "over 500 people")."""
    by_start = {a["start"]: j for j, a in enumerate(amounts)}
    used_pos = _used(drafts)
    for dr in drafts.values():
        trig = dr.trigger
        if trig is None or trig.pos_ != "NOUN" or any(r == "from" for _i, r in dr.members):
            continue
        prep = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "over"), None)
        if prep is None:
            continue
        for t in prep.subtree:
            j = by_start.get(t.idx)
            if j is not None and j not in used_pos and t.like_num:
                dr.members.append((j, "from"))
                used_pos.add(j)
                break


def restated_from(doc: Doc, text: str, drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"161 students had been arrested, a number that has now grown to about 250": a move told in a relative
    clause on a noun that restates a figure (in apposition to that figure's noun) starts from that figure."""
    by_tok: dict[int, int] = {}
    used_pos = _used(drafts)
    for j, a in enumerate(amounts):
        span = doc.char_span(a["start"], a["end"], alignment_mode="expand")
        if span is not None:
            root = span.root
            by_tok.setdefault(root.i, j)
            if root.dep_ == "nummod":
                by_tok.setdefault(root.head.i, j)
    for dr in drafts.values():
        trig = dr.trigger
        if trig is None or trig.dep_ != "relcl" or any(r == "from" for _i, r in dr.members) or not dr.members:
            continue
        noun = trig.head
        if noun.lemma_.lower() not in _RESTATING or noun.dep_ not in ("appos", "npadvmod", "dep"):
            continue
        # the figure the noun is apposed to (the parse may hang the noun on the clause instead): the last one
        # before the comma that sets the noun off, in the sentence
        src = by_tok.get(noun.head.i) if noun.dep_ == "appos" else _before_comma(text, noun, amounts)
        if src is None or src in used_pos:
            continue
        to = next((amounts[i] for i, r in dr.members if r == "to"), None)
        if to is not None and to["kind"] != amounts[src]["kind"]:
            continue
        dr.members.append((src, "from"))
        used_pos.add(src)


def _before_comma(text: str, noun: Token, amounts: list[dict[str, Any]]) -> int | None:
    """The last figure before ", a number" in the noun's sentence."""
    start = noun.left_edge.idx
    if not re.search(r",\s*$", text[max(0, start - 3) : start]):
        return None
    sent_start = noun.sent.start_char
    for j in range(len(amounts) - 1, -1, -1):
        if sent_start <= amounts[j]["start"] and amounts[j]["end"] <= start:
            return j
    return None


def split_moves(drafts: dict[Any, ChangeDraft], text: str, amounts: list[dict[str, Any]]) -> list[ChangeDraft]:
    """One trigger, several moves: a role met again starts the next move ("dropped from 36 to 12 percent,
    Germany from 32 to 19"; "dipped to $1.5 billion the following year and roughly $1.35 billion in fiscal 2012";
    "a drop of 16% from Japan and 18% from South Korea"). A money figure in brackets right after a money figure
    of the same role is its conversion ("6,000 rupees ($84)"), not a move of its own."""
    out: list[ChangeDraft] = []
    for dr in drafts.values():
        groups: list[list[tuple[int, str]]] = [[]]
        alone: list[tuple[int, str]] = []
        last: dict[str, int] = {}
        for idx, role in dr.members:
            if role in last and (converted(text, amounts[last[role]], amounts[idx])
                                 or per_share(text, amounts[last[role]], amounts[idx])):
                continue
            last[role] = idx
            taken = any(r == role for _i, r in groups[-1])
            if taken and role == "from":
                groups.append([(idx, role)])  # a new pair: "Germany from 32 to 19"
            elif taken:
                alone.append((idx, role))  # a second level or size of the same move, a change of its own
            else:
                groups[-1].append((idx, role))
        dr.members = groups[0]
        out.append(dr)
        for g in groups[1:]:
            if any(r != "from" for _i, r in g):  # a lone from-side with nothing moved is no change
                out.append(ChangeDraft(dr.trigger, dr.direction, dr.verb, g))
        out += [ChangeDraft(dr.trigger, dr.direction, dr.verb, [m]) for m in alone]
    return out


# "$1.1bn, or 45 cents a share": the same level told per share (the text between is only ", or")
_OR_BETWEEN = re.compile(r"\s*,?\s*or\s+$")
_PER_SHARE = re.compile(r"(?:[ \t]+(?:cents?|pence|p|euro[ \t]+cents?))?[ \t]+(?:a|per)[ \t]+(?:share|unit)\b", re.I)


def per_share(text: str, first: dict[str, Any], other: dict[str, Any]) -> bool:
    """A second figure that restates the first per share ("profit rose to $1.1bn, or 45 cents a share"), not a
    move of its own."""
    return (other["start"] > first["end"] and other["start"] - first["end"] <= 8
            and bool(_OR_BETWEEN.fullmatch(text, first["end"], other["start"])) and bool(_PER_SHARE.match(text, other["end"])))


def converted(text: str, first: dict[str, Any], other: dict[str, Any]) -> bool:
    return (first["kind"] == other["kind"] == "money" and other["start"] > first["end"]
            and other["start"] - first["end"] <= 40 and bool(_OPEN_BRACKET.search(text[first["end"] : other["start"]])))


# words that put a level's noun back in time ("the value 10 years earlier", "the level of a year ago")
_EARLIER = frozenset({"earlier", "ago", "before"})
# a dash, a comma or a colon: the multiple is set off after the figure it compares
_SET_OFF = re.compile(r"(?:,|[-–—:])\s*(?:\w+\s+){0,2}$")


def multiple_of_earlier(text: str, drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]], doc: Doc) -> None:
    """"The housing stock reached £3.3 trillion in 2004 - triple the value 10 years earlier": a multiplier on a
    noun that an earlier time qualifies, set off after a figure of its sentence, says that figure is the level a
    rise of (N - 1) x 100 percent reached (halving: a fall of 50). "twice the cost of the current destroyers",
    with no earlier time, compares two things and is no move."""
    # a figure a neutral verb reached ("reached the £3.3 trillion mark") is free: the multiple says how it moved
    used_pos = _used({k: dr for k, dr in drafts.items() if dr.direction != "neutral"})
    for i, word in enumerate(doc_words(doc)):
        if word.lower() not in MULTIPLE_WORDS:
            continue  # (a Token view for every word of the report cost 11 ms a report)
        tok = doc[i]
        mul = multiple_word(tok)
        noun = tok.head
        if mul is None or tok.i in drafts or tok.dep_ not in ("predet", "amod", "nmod", "advmod", "npadvmod") \
                or noun.pos_ != "NOUN" or noun.i <= tok.i:
            continue
        if not _earlier_after(noun):
            continue
        sent_start = tok.sent.start_char
        if not _SET_OFF.search(text[max(sent_start, tok.idx - 30) : tok.idx]):
            continue
        j = next((k for k in range(len(amounts) - 1, -1, -1)
                  if sent_start <= amounts[k]["start"] and amounts[k]["end"] <= tok.idx), None)
        if j is None or j in used_pos:
            continue
        for dr in drafts.values():
            dr.members = [(i, r) for i, r in dr.members if i != j]
        drafts[tok.i] = ChangeDraft(tok, mul[0], tok.lower_, [(j, "to")], pct=mul[1], figured=True)


def _earlier_after(noun: Token) -> bool:
    """An earlier time follows the noun before any punctuation ("the value 10 years earlier"; the parse may hang
    "earlier" on the main verb)."""
    for t in noun.doc[noun.i + 1 : min(noun.i + 7, noun.sent.end)]:
        if t.is_punct:
            return False
        if t.lower_ in _EARLIER:
            return True
    return False


# ", to 5 million", ", to just £14m": a level set off by a comma, with at most a hedge word before the figure
_COMMA_TO = re.compile(r",[ \t]*to[ \t]+(?:just[ \t]+|about[ \t]+|around[ \t]+|nearly[ \t]+|some[ \t]+|almost[ \t]+)?$")


def comma_to(text: str, drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"a strike that cut Saudi production in half, to 5 million barrels a day": the parse may hang ", to X" on
    a verb far above; a figure set off that way, in no move yet, is the level of the nearest move before it in
    its sentence that rose or fell and has no level of its own (no figure of another move between them)."""
    used_pos = _used(drafts)
    for j, a in enumerate(amounts):
        if j in used_pos or not _COMMA_TO.search(text[max(0, a["start"] - 16) : a["start"]]):
            continue
        comma = text.rfind(",", 0, a["start"])
        best: ChangeDraft | None = None
        for dr in drafts.values():
            trig = dr.trigger
            if trig is None or dr.direction not in ("increase", "decrease") or any(r == "to" for _i, r in dr.members) \
                    or not (trig.sent.start_char <= trig.idx < comma < trig.sent.end_char) or a["start"] >= trig.sent.end_char:
                continue
            if best is None or trig.idx > best.trigger.idx:  # type: ignore[union-attr]
                best = dr
        if best is None or best.trigger is None:
            continue
        last = max([best.trigger.idx] + [amounts[i]["end"] for i, _r in best.members])
        if any(last < b["start"] < comma for b in amounts):
            continue  # "rose 5% in May and 2,000 more in June, to ...": another figure stands between
        best.members.append((j, "to"))
        used_pos.add(j)


def apposed_size(drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"revenue climbed to $3.1bn, an increase of 11%", "profits fell 12% to $300m, a drop of $41m": a movement
    noun apposed to the level a verb moved a figure to (or hung on that verb) restates the same move; its size
    joins the verb's draft, which has none of that role, and it is no move of its own."""
    for key, dr in list(drafts.items()):
        trig = dr.trigger
        roles = {r for _i, r in dr.members}
        if trig is None or trig.pos_ != "NOUN" or trig.dep_ not in ("appos", "npadvmod") or not roles \
                or not roles <= {"pct", "delta"}:
            continue
        head = trig.head
        host = drafts.get(head.i) if head.i != trig.i else None
        if host is None:  # apposed to a figure: the draft that holds it
            host = next((d for d in drafts.values() if d is not dr and any(
                amounts[i]["start"] <= head.idx < amounts[i]["end"] for i, _r in d.members)), None)
        if host is None or host.trigger is None or host.trigger.pos_ != "VERB" or host.direction != dr.direction:
            continue
        taken = {r for _i, r in host.members} | ({"pct"} if host.pct is not None else set())
        if roles & taken:
            continue
        host.members += dr.members
        del drafts[key]


# verbs of losing a part of something possessed ("lose", not a verb of decrease on its own: "lost £22m" is a loss)
_LOSING = frozenset({"lose"})
_LOSING_FORMS = frozenset({"lose", "loses", "lost", "losing"})  # the words whose lemma can be one of _LOSING


def lost_part(doc: Doc, drafts: dict[Any, ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"The party has lost one of its two members", "lost 300 of its 1,200 staff": a part, counted, of a whole the
    owner holds and the text counts, is a decrease by that part (the whole is where it stood, no level is
    stated after the loss)."""
    starts = {a["start"]: i for i, a in enumerate(amounts)}
    words = doc_words(doc)
    for i in [i for i, w in enumerate(words) if w.lower() in _LOSING_FORMS]:
        tok = doc[i]
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _LOSING or tok.i in drafts:
            continue
        part = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NUM"), None)
        of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None) if part else None
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if part is None or whole is None or not any(c.dep_ == "poss" for c in whole.children) \
                or not any(c.dep_ == "nummod" for c in whole.children):
            continue
        idx = starts.get(part.idx)
        if idx is None or idx in _used(drafts):
            continue
        drafts[tok.i] = ChangeDraft(tok, "decrease", "lose", [(idx, "delta")])


# "a loss of 10.8bn kronor", "the net loss of about $2m"
_LOSS_BEFORE = re.compile(r"\b(?:loss|deficit)[ \t]+of[ \t]+(?:about[ \t]+|nearly[ \t]+|almost[ \t]+|some[ \t]+)?$", re.I)


def losses(text: str, drafts: list[ChangeDraft], amounts: list[dict[str, Any]]) -> None:
    """"a net profit of 19bn kronor, compared with a loss of 10.8bn kronor", "a dramatic change from the loss of
    364m euros": a money figure written as a loss (or deficit) is below zero, when the figure it moved to is not
    one (a loss after a loss stays as written)."""
    for dr in drafts:
        roles = {r: amounts[i] for i, r in dr.members}
        frm, to = roles.get("from"), roles.get("to")
        if frm is None or to is None or frm["kind"] != "money" or to["kind"] != "money":
            continue
        if _LOSS_BEFORE.search(text[max(0, frm["start"] - 30) : frm["start"]]) and not _LOSS_BEFORE.search(
                text[max(0, to["start"] - 30) : to["start"]]):
            dr.negative_from = True
            if dr.trigger is None or dr.direction == "neutral" or dr.trigger.pos_ == "NOUN":
                dr.direction = "increase"


# the bracketed conversions a compared figure may follow ("$120m (£64m; 93m euros), compared with $90m")
BRACKETS = re.compile(r"^[^()]*\([^()]*\)")


def conversion_head(text: str, qs: list[Any], keep: dict[int, Any], a: int) -> int:
    """The money figure whose bracketed conversions end with figure ``a`` ("$120m (£64m; 93m euros)"), else ``a``."""
    first = a
    for k in sorted((k for k in keep if k < a), reverse=True)[:3]:
        if qs[k].kind == "money" and converted(text, {"kind": "money", "start": qs[k].start, "end": qs[k].end},
                                              {"kind": qs[a].kind, "start": qs[a].start, "end": qs[a].end}):
            first = k
    return first
