"""A doer inside the marks is not the speaker outside them (review 20, A1): '"A number of countries, including some
who have loudly criticized the NSA, privately acknowledge ...," Obama said' is no criticism by Obama.

An event whose trigger stands inside quote marks and whose clause names its own subject inside the same marks
(a noun, or a relative pronoun; not "I", "we", "he" or "they", which may stand for someone named outside them) keeps
no actor named outside those marks: the speaker reports the
act, the clause's own subject does it. An empty actor beats the wrong one.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..quotes.marks import DOUBLE_MARKS
from .clause_roles import RELATIVES
from .parties import Party
from .titled import opening_mark
from .triggers import Found

__all__ = ["quoted_doer"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _closing_mark(tok: Token, opening: Token) -> int:
    """The character offset of the mark that closes the quote ``opening`` opens (the paragraph's end when none)."""
    for t in tok.doc[tok.i:]:
        if "\n" in t.text:
            return t.idx
        if t.text in DOUBLE_MARKS and (t.text == "”" or opening.text == '"' and t.text == '"'):
            return t.idx
    last = tok.doc[-1]
    return last.idx + len(last.text_with_ws)  # (the Doc's length, without building its text per event)


def _outside(p: Party, start: int, end: int) -> bool:
    return p.end <= start or p.start >= end


def quoted_doer(f: Found) -> list[Party] | None:
    """The actors less those named outside the quote marks the trigger's clause and its subject stand in, or None
    where the shape differs."""
    if not f.actors or f.nominal:
        return None
    verb = f.head if f.head is not None else f.trigger
    opening = opening_mark(verb)
    if opening is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None or subj.i < opening.i or subj.pos_ == "PRON" and subj.lower_ not in RELATIVES:
        return None  # "he", "they" inside the marks may stand for anyone named outside them
    end = _closing_mark(verb, opening)
    if subj.idx >= end:
        return None
    kept = [p for p in f.actors if not _outside(p, opening.idx, end)]
    return kept if len(kept) < len(f.actors) else None
