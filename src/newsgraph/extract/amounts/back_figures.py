"""Objects of figures that point back to a noun counted just before them in the same sentence (round 36, issue 17
item 1: two reviews found most wrong amounts had the value right and no object; among them numerals that stand
for a noun named a few words earlier).

Two readings, both only for a count that still has no object, and only from the figure right before it in the
same sentence, which must count a common noun it is written with ("50 inspectors", "32 seats"):

* "N of them/those/these": a part of that figure, when that figure is larger ("33 of the 260 wounded are in
  hospital, and 2 of them are critical": wounded). With no such figure ("Two of them were freed") it stays empty:
  the pronoun's noun lies in an earlier sentence, which is no syntax of the figure's own.
* a bare numeral that heads its own phrase (no noun after it, no "of" noun before it) is elliptical for that
  figure's noun: "hire 50 inspectors but had only 35 on staff", "won 27 seats each out of the 90",
  "approved 14 bills, and the president signed eight". "The mother of three" (a numeral hung on a noun by "of"),
  a label after a noun ("zone two"), and a figure whose object came from a verb ("killed 30,000 people and
  forced 2 million to flee": 'people killed'), not from the noun written with it alone, give nothing.
* one reading crosses a sentence end (round 37): a bare numeral after an existential "there is/are" in the next
  sentence ("there were two million Christians in Iraq. Today there are just 250,000": Christians).

Needs the parse for the bare numeral (a figure with a noun after it is read by the object rules already).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from ...record import canonical_object
from .poll_shares import SENT_END  # one sentence end for the amounts family's text reads

__all__ = ["back_figures"]

_OF_PRONOUN = re.compile(r"\s+of\s+(?:them|those|these)\b(?!\s+(?:who|which|that)\b)", re.I)
# the words a counted noun may carry between its figure and itself ("six new reactors", "50 more U.S. inspectors")
_NOUN_AFTER = r"\s+(?:[\w.’'-]+\s+){0,2}"
# "out of the 90", "of the 48": a whole named by its figure alone; "mother of three" hangs the numeral on a noun
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|some\s+)?$", re.I)
_WHOLE_OF = re.compile(r"\b(?:out\s+of|of)\s+the\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|nearly\s+|some\s+)?$",
                       re.I)
# words between the two figures that say the numeral is no count of the noun: ages, or another number the figure
# rules left out (an age, a clock time); a year ("by 2019 it had 450") is no such number
_BETWEEN_STOP = re.compile(r"\b(?:aged?|ages|old|years?)\b|\b(?!(?:19|20)\d\d\b)\d", re.I)
_BARE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "npadvmod", "ROOT"})
# verbs whose object is the same kind of thing a figure before already counted ("had 35", "has seen 102,342",
# "will have 60", "to join two"); another verb may count another thing ("has 11 players and won 3": games)
_HOLDING = frozenset({"have", "be", "see", "hold", "own", "keep", "reach", "join", "need", "count", "number"})
# a subject numeral points back only when a word says it is the rest of a set: "the remaining eight", "the other
# two"; a bare one may be another set ("found 12 survivors; 30 remain missing")
_REST = re.compile(r"\b(?:other|remaining|rest\s+of\s+the)\s+$", re.I)


def back_figures(text: str, doc: Doc | None, recs: list[dict[str, Any]]) -> None:
    """Fill, in place, the object of each count in ``recs`` (text order) that points back to the figure before it."""
    for i in range(1, len(recs)):
        rec, prev = recs[i], recs[i - 1]
        if rec["kind"] != "count" or canonical_object(rec.get("object")) is not None:
            continue
        noun = _written_noun(text, prev)
        between = text[int(prev["end"]):int(rec["start"])]
        if noun is None or _BETWEEN_STOP.search(between) is not None:
            continue
        if SENT_END.search(between) is not None:
            if doc is not None and _next_sentence_there(text, doc, rec, between):
                rec["object"] = noun  # "there were two million Christians in Iraq. Today there are 250,000"
            continue
        if _OF_PRONOUN.match(text, int(rec["end"])):
            if _value(prev) > _value(rec):
                rec["object"] = noun  # "2 of them": a part of the figure before
        elif doc is not None and _bare(text, doc, rec) and _stands_for(text, doc, rec, prev):
            rec["object"] = noun  # "but had only 35 on staff"


def _written_noun(text: str, prev: dict[str, Any]) -> str | None:
    """The object of ``prev`` when it is a count written with its common noun ("50 inspectors", "six new
    reactors"), not one a verb or a later word gave it ("11 soldiers were killed": 'soldiers killed')."""
    obj = prev.get("object")
    if prev["kind"] != "count" or prev.get("unit") or canonical_object(obj) is None:
        return None
    # the whole object must be written right after the figure: "30,000 people" read with its verb as
    # 'people killed' counts deaths, and "forced 2 million to flee" is no death
    written = r"\s+".join(re.escape(w) for w in str(obj).split())
    if not written or re.match(_NOUN_AFTER + written + r"\b", text[int(prev["end"]):int(prev["end"]) + 80]) is None:
        return None
    return str(obj)


def _value(rec: dict[str, Any]) -> float:
    value = rec.get("value")
    return float(value) if isinstance(value, (int, float)) else 0.0


def _bare(text: str, doc: Doc, rec: dict[str, Any]) -> bool:
    """``rec`` is a numeral standing alone for a noun: no noun after it, not hung on a noun by "of"."""
    start, end = int(rec["start"]), int(rec["end"])
    if rec.get("unit") or rec.get("currency"):
        return False
    before = text[max(0, start - 40):start]
    if _OF_BEFORE.search(before) and not _WHOLE_OF.search(before):
        return False  # "the mother of three"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span[-1]
    if span[0].i > 0 and doc[span[0].i - 1].pos_ in ("NOUN", "PROPN"):
        return False  # a numeral after a noun is a label: "zone two", "Article 5"
    if tok.like_num is False and tok.pos_ != "NUM":
        return False
    if tok.dep_ not in _BARE_DEPS:
        return False  # "nummod": the parse hangs it on a noun of its own
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN")


def _stands_for(text: str, doc: Doc, rec: dict[str, Any], prev: dict[str, Any]) -> bool:
    """The role of the bare numeral ``rec`` lets it stand for the noun ``prev`` counts: the object of a verb of
    having or of ``prev``'s own verb, a subject marked as the rest of a set, or a whole ("out of the 90")."""
    span = doc.char_span(int(rec["start"]), int(rec["end"]), alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span[-1]
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return _REST.search(text, max(0, int(rec["start"]) - 30), int(rec["start"])) is not None
    if tok.dep_ == "pobj":
        return _WHOLE_OF.search(text, max(0, int(rec["start"]) - 40), int(rec["start"])) is not None
    if tok.dep_ in ("dobj", "attr"):
        return tok.head.lemma_.lower() in _HOLDING or tok.head.lemma_ == _verb_of(doc, prev)
    return True  # a numeral set beside the figure ("Four people ... and three at ..."), a fragment


def _verb_of(doc: Doc, prev: dict[str, Any]) -> str | None:
    """The verb whose object or subject the noun counted by ``prev`` is ("approved 14 bills": approve)."""
    span = doc.char_span(int(prev["start"]), int(prev["end"]), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    noun = span[-1].head
    return noun.head.lemma_ if noun.head.pos_ in ("VERB", "AUX") else None


def _next_sentence_there(text: str, doc: Doc, rec: dict[str, Any], between: str) -> bool:
    """``rec`` opens the sentence right after the figure before it (one sentence end between) as the bare
    complement of an existential "there is/are/were" (round 37: "... there were two million Christians in Iraq.
    Today there are just 250,000"): the count restates the noun just counted, at another time or place."""
    if len(SENT_END.findall(between)) != 1 or not _bare(text, doc, rec):
        return False
    span = doc.char_span(int(rec["start"]), int(rec["end"]), alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span[-1]
    verb = tok.head
    return tok.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)
