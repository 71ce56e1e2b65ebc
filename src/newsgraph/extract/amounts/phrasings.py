"""Phrasings that mislead what a figure counts (issue 17, items 1 and 4 of the audit of round 21).

Before the figures are read (:func:`poll_figures`, over the scanned quantities):

* "6 in 10 Americans disapprove": a share written as a ratio is a percent (60), and its "10" no count;
* "an 8-point jump" in a sentence about a poll or a percent: a move in percentage points, not a count of 8;
* "married by age 18", "under the age of 5", "ages 18 to 29": an age, no amount;
* "one surprise after another": an idiom, no figure.

After the objects are read (:func:`outcome_phrasings`, over the kept figures):

* "40 civilians were shot dead", "beaten to death": the dead are deaths;
* "the death(s) / killing(s) of four Americans": deaths too;
* "two mosques ... that killed 50": the mosques are where the killing was, not the killed (the 50 are);
* a bare demonym ("four Americans") is left as it is: it counts that group, its state the owner
  (``americans:USA:-``, as the annotated sets read "six Republicans" as ``republicans``); what happened to them
  is read by the rules above, and a poll's "eight in 10 Americans" is a percent (:func:`poll_figures`);
* "Hardcover, 476 pages": a page count is a size, it counts no object ("a 63-page document" keeps its noun).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span, Token

from ...record import canonical_object
from .._doc import sentence_around
from .grammar import Quantity, parse_number
from .objects import OUTCOME_OBJECTS

__all__ = ["poll_figures", "outcome_phrasings", "ratio_noun"]

_RATIO = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(10|ten|100|a[ \t]+hundred|[2-9]|two|three|four|five|six|"
                    r"seven|eight|nine)\b(?![ \t-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
                    r"decades?|games?|matches?|races?|starts?|attempts?|tries)\b)", re.I)
_POINTS = re.compile(r"(?:-|[ \t]+)(?:percentage[ \t-]+)?points?\b", re.I)
# a sentence about a poll (a percent sign alone is not one: "dropped 26.13 points, or 1.3%"), and never about a
# market index, whose points are points of the index
_POLL_WORDS = re.compile(r"(?i)\b(?:polls?|polling|polled|survey(?:ed|s)?|approv\w*|disapprov\w*|favou?rab\w*|"
                         r"unfavou?rab\w*|respondents)\b")
# the points are a move or a gap: "an 8-point jump", "a 5-point lead", "rose 8 points", "leads by 5 points"
_MOVE_NOUN = re.compile(r"[ \t]+(?:jump|rise|drop|fall|gain|loss|swing|increase|decrease|decline|dip|lead|margin|"
                        r"advantage|edge|deficit|gap|shift|slide|surge|bump|boost)s?\b", re.I)
_MOVE_BEFORE = re.compile(r"(?i)\b(?:by|rose|risen|fell|fallen|jumped|dropped|slipped|climbed|gained|lost|slid|"
                          r"surged|dipped|increased|decreased|declined|up|down|leads?|led|trails?|trailed)"
                          r"(?:[ \t]+(?:about|nearly|almost|some|roughly|more[ \t]+than|over))?[ \t]+$")
_INDEX_WORDS = re.compile(r"(?i)\b(?:index|indices|dow|s&p|nasdaq|ftse|nikkei|dax|cac|hang[ \t]+seng|stocks?|"
                          r"shares|markets?)\b")
_AGE_BEFORE = re.compile(r"(?i)(?:\b(?:by|under|over|before|until|since|below|above|from)[ \t]+(?:the[ \t]+)?"
                         r"age(?:[ \t]+of)?|\bages)[ \t]+$")
_ONE_AFTER = re.compile(r"[ \t]+[A-Za-z]+[ \t]+after[ \t]+another\b", re.I)


def poll_figures(text: str, qs: list[Quantity]) -> None:
    """Re-read or skip the scanned quantities of the classes above (in place; pair indices are kept)."""
    by_start = {q.num_start: q for q in qs}
    for q in qs:
        # a spelled "one" is skipped as a pronoun unless its frame counts: "one in four" and "one X after
        # another" are read here whatever that says
        if q.skip not in (None, "pronoun"):
            continue
        if q.spelled and q.value == 1 and _ONE_AFTER.match(text, q.num_end):
            q.skip = "idiom"
        elif q.kind == "count" and (m := _RATIO.match(text, q.num_end)) is not None:
            _ratio(q, m, by_start, text)
        elif q.skip is not None:
            continue
        elif _AGE_BEFORE.search(text, max(0, q.num_start - 24), q.num_start) and q.kind == "count":
            q.skip = "age"
        elif q.kind == "count" and q.end == q.num_end and (p := _POINTS.match(text, q.num_end)) is not None \
                and 0 < q.value <= 100 and _poll_move(text, q, p.end()):
            q.kind, q.unit, q.end = "percent", "percentage point", p.end()
            q.text = text[q.start : q.end]


def _ratio(q: Quantity, m: re.Match[str], by_start: dict[int, Quantity], text: str) -> None:
    base = parse_number(re.sub(r"(?i)a[ \t]+hundred", "100", m.group(1)))
    if not base or q.value > base:
        return
    share = q.value * 100 / base
    q.kind, q.value, q.end, q.skip = "percent", int(share) if share == int(share) else round(share, 1), m.end(), None
    q.text = text[q.start : q.end]
    if q.low is not None or q.high is not None:
        q.low = q.high = None
    other = by_start.get(m.start(1))
    if other is not None and other is not q:
        other.skip = "ratio"  # the "10" of "6 in 10": the base of a share


def _poll_move(text: str, q: Quantity, end: int) -> bool:
    """The points of the figure ending at ``end`` are a poll's move or gap (see the module)."""
    sentence = sentence_around(text, q.num_start)
    moved = _MOVE_NOUN.match(text, end) or _MOVE_BEFORE.search(text, max(0, q.start - 40), q.start)
    return bool(moved) and bool(_POLL_WORDS.search(sentence)) and not _INDEX_WORDS.search(sentence)


_DEATH_NOUNS = frozenset({"death", "killing", "murder", "execution", "slaying"})
_AGENT_PRONOUNS = frozenset({"that", "which", "who"})


def _pages_of(anchor: Any) -> bool:
    """"1,500 pages of internal memos": the pages are of something, and that is the object (review 21)."""
    root = anchor.root if anchor is not None else None
    return root is not None and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def outcome_phrasings(keep: dict[int, tuple[dict[str, Any], Any]]) -> None:
    """Fix the objects of kept figures (``(record, anchor)`` by quantity index) for the classes above."""
    for rec, anchor in keep.values():
        if rec.get("unit") == "page" and "-" not in str(rec.get("text")) and not _pages_of(anchor):
            rec["object"] = None  # "Hardcover, 476 pages": a book's size ("a 63-page document" keeps its noun)
            continue
        if anchor is None:
            continue
        head: Token | None = anchor.head
        tok = head if head is not None else anchor.root
        obj = rec["object"]
        if canonical_object(obj) != "deaths" and (_said_dead(tok) or (head is not None and _death_of(head))):
            rec["object"] = f"{obj} killed" if obj else "killed"
        elif obj and head is not None and obj.split()[-1] in OUTCOME_OBJECTS and _agent_of_relative(head):
            rec["object"] = obj.rsplit(" ", 1)[0] if " " in obj else None


def _said_dead(tok: Token) -> bool:
    """"were shot dead", "were found dead", "was beaten to death": the verb's subject ends up dead."""
    if tok.dep_ not in ("nsubjpass", "nsubj") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.head
    for c in verb.children:
        if c.i > verb.i and c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp", "attr"):
            return True
        if c.i > verb.i and c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and g.lower_ == "death" for g in c.children):
            return tok.dep_ == "nsubjpass"
    return False


def _death_of(head: Token) -> bool:
    """"the deaths of four Americans": the figure's noun is what "of" gives a noun of killing."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _DEATH_NOUNS


def _agent_of_relative(head: Token) -> bool:
    """"two mosques ... that killed 50": the noun is the subject of an active relative clause whose verb has an
    object of its own, so the noun is the killer or the place, not the killed."""
    for c in head.children:
        if c.dep_ != "relcl":
            continue
        kids = list(c.children)
        subj = any(k.dep_ == "nsubj" and k.lower_ in _AGENT_PRONOUNS for k in kids)
        if subj and any(k.dep_ == "dobj" for k in kids) and not any(k.dep_ == "auxpass" for k in kids):
            return True
    return False


def ratio_noun(span: Span) -> Token | None:
    """The noun a share "one in five" counts when the parse hangs it on the ratio's "in" ("One in five European
    workers are mobile": "workers" is the object of "in", the figure the subject; round 23), else None."""
    prep = next((t for t in span if t.lower_ == "in" and t.dep_ == "prep"), None)
    if prep is None:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.i >= span.end), None)
    return noun if noun is not None and noun.pos_ == "NOUN" else None
