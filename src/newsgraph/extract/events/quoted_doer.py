"""A doer inside the marks is not the speaker outside them (review 20, A1): '"A number of countries, including some
who have loudly criticized the NSA, privately acknowledge ...," Obama said' is no criticism by Obama.

An event whose trigger stands inside quote marks and whose clause names its own subject inside the same marks
(a noun, or a relative pronoun; not "I", "we", "he" or "they", which may stand for someone named outside them) keeps
no actor named outside those marks: the speaker reports the
act, the clause's own subject does it. An empty actor beats the wrong one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .._doc import per_doc
from .clause_roles import RELATIVES
from .parties import Party
from .titled import opening_mark
from .triggers import Found

__all__ = ["quoted_doer"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


_CLOSINGS_KEY = "newsgraph_quote_closings"


def _closings(doc: Doc) -> tuple[list[int], list[int]]:
    """For every token, the offset of the first token from it on that ends a curly quote (a closing mark or a
    line break; the Doc's length when none), and of the first that ends a straight one (either mark too): one
    pass back over the Doc, not a scan forward per trigger (quadratic on a long paragraph whose mark is unclosed)."""
    last = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    curly, straight = [last] * len(doc), [last] * len(doc)
    c_at = s_at = last
    for t in reversed(doc):
        if "\n" in t.text or t.text == "”":
            c_at = s_at = t.idx
        elif t.text == '"':
            s_at = t.idx
        curly[t.i], straight[t.i] = c_at, s_at
    return curly, straight


def _closing_mark(tok: Token, opening: Token) -> int:
    """The character offset of the mark that closes the quote ``opening`` opens (the paragraph's end when none)."""
    curly, straight = per_doc(tok.doc, _CLOSINGS_KEY, _closings)
    return (straight if opening.text == '"' else curly)[tok.i]


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
