"""Figures that count nothing, found by their frame (round 37, issue 17: a review judged each one a non-amount).

* a weapon's bore: ".50 caliber rifle", "a .45-calibre pistol", "a 9mm Glock handgun", "155mm artillery shells"
  (a millimetre figure before a firearm or ammunition noun of data/amount_weapon_bores.tsv) name a kind of gun;
  "9mm of rain" stays a measure;
* an inline list marker: "(1) convert, (2) pay, or (3) leave" numbers the items of a sentence, counted by none;
  one parenthesized small number alone stays (it may be a figure given twice, "three (3) ships");
* a thread counter: "1 of 2: ..." opening a post numbers the posts of a thread, not a share of anything;
* a whole percent of emphasis (parse needed): "100 percent fictional", "'100 percent' still believe", "It's 100
  percent an anomaly" grade how true something is, not a share of anything. A share of a thing ("100 percent of
  the vote", "tariffs of 100 percent", "rose 100 percent last year", "100 percent renewable energy") stays; the
  words of certainty ("100 percent sure") are :mod:`.certainty`'s."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ...lexicon import first_words
from .grammar import Quantity

__all__ = ["no_figure"]

_CALIBRE = re.compile(r"(?i)[ \t-]*(?:caliber|calibre)\b")
_MM_UNITS = frozenset({"millimetre", "millimeter", "mm"})
_WORDS_AFTER = re.compile(r"[\w-]+")
_MARKER = re.compile(r"\((\d{1,2})\)")
_THREAD = re.compile(r"(\d{1,2})[ \t]+of[ \t]+(\d{1,2})[ \t]*:")
_QUOTES = "'\"’”‘“"
_SHARE_BEFORE = re.compile(r"(?i)\b(?:of|to|by|at|from|than)[ \t]+$")
_FAVOR = re.compile(r"(?i)[ \t]+in[ \t]+favou?r\b")
# time and direction words after a share of change ("rose 100 percent last year", "up 100 percent over")
_NOT_GRADES = frozenset({"more", "less", "last", "next", "this", "over", "up", "down", "higher", "lower", "ago"})


@lru_cache(maxsize=1)
def _bore_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in first_words("amount_weapon_bores.tsv"))


def _bore(text: str, q: Quantity) -> bool:
    """A calibre ("a .50 caliber rifle") or a millimetre bore before a firearm or its ammunition."""
    if q.kind == "count" and q.end == q.num_end and _CALIBRE.match(text, q.end):
        return True
    if q.kind != "measure" or (q.unit or "").lower() not in _MM_UNITS:
        return False
    words = _WORDS_AFTER.findall(text[q.end : q.end + 60])[:3]
    return any(w.lower() in _bore_nouns() for w in words)


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    hi = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
    return lo, hi


def _list_marker(text: str, q: Quantity) -> bool:
    """A small number in brackets beside a sibling marker one above or below it in the same sentence."""
    if q.kind != "count" or q.spelled or q.num_start < 1 or text[q.num_start - 1] != "(" or text[q.num_end:][:1] != ")":
        return False
    lo, hi = _sentence_bounds(text, q.num_start)
    marks = {int(m.group(1)) for m in _MARKER.finditer(text, lo, hi)}
    return q.value in marks and (q.value - 1 in marks or q.value + 1 in marks)


def _thread_counter(text: str, q: Quantity) -> bool:
    """"1 of 2:" (either number) at the start of a line or right after a sentence end."""
    if q.kind != "count" or q.spelled:
        return False
    for m in _THREAD.finditer(text, max(0, q.num_start - 8), min(len(text), q.num_end + 8)):
        if not (m.start(1) == q.num_start or m.start(2) == q.num_start):
            continue
        before = text[max(0, m.start() - 2) : m.start()]
        opens = m.start() == 0 or before.endswith(("\n", ". ", "? ", "! ")) or before.strip() == ""
        if opens and 1 <= int(m.group(1)) <= int(m.group(2)):
            return True
    return False


def _emphasis(doc: Doc, text: str, q: Quantity) -> bool:
    """A whole percent that grades a statement: an adjective or adverb said of the clause follows it (not one
    said of a noun after it, "100 percent renewable energy"), "in favor" follows it, or it stands between a form
    of "be" and a determiner. A share after a preposition ("tariffs of 100 percent") is never one."""
    if q.kind != "percent" or q.value not in (100, 110) or q.end <= q.num_end:
        return False
    if _SHARE_BEFORE.search(text, max(0, q.start - 12), q.start):
        return False
    if _FAVOR.match(text, q.end):
        return True
    at = q.end
    while at < len(text) and text[at] in _QUOTES + " \t":
        at += 1
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if span is None or not len(span) or first is None or not len(first):
        return False
    tok, prev = span[0], (doc[first[0].i - 1] if first[0].i > 0 else None)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    attributive = tok.dep_ == "amod" and tok.head.i > tok.i  # "100 percent renewable energy": said of a noun
    if tok.tag_ in ("JJ", "RB") and not attributive and tok.lower_ not in _NOT_GRADES:
        return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")
    return tok.tag_ == "DT" and prev is not None and prev.lemma_ == "be"


def no_figure(text: str, q: Quantity, doc: Doc | None = None) -> str | None:
    """Why the figure is no amount by its frame (a bore, a list marker, a thread counter, emphasis), or None."""
    if _bore(text, q):
        return "calibre"
    if _list_marker(text, q):
        return "list"
    if _thread_counter(text, q):
        return "counter"
    if doc is not None and _emphasis(doc, text, q):
        return "emphasis"
    return None
