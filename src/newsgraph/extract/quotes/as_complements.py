"""Round 32 (issue 18, spans): what a describing verb calls its object, and what a stance is for, go with the object.

"The senator pitched her plan as a way to create jobs", 'Clinton described the impact as "horrendous."': the verb's
object was kept as an indirect quote and the "as" phrase that the parser hangs on the verb was left out, so the
record lost what was said of the object (PolNeAR train: 9 such spans, every new word inside the gold content). A
stance's "for" phrase likewise: "mocked Rubio for not having won a state", "thanked his supporters for delivering a
win", "endorsed Bush for president" (PolNeAR train: 22 of 23 such stance spans run on over it; the one that does not
is a time, "for years", which stays out).

Left out: "as" opening a clause ("as he accepted the nomination": no preposition), fixed phrases ("as part of"), a
comma before the preposition (the writer's aside), verbs of seeing and regarding ("sees the deal as a win": round 12
made them perceptions), and a stance's own "as" phrase (``_PREPS`` says why).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span

__all__ = ["extend_as_complements"]

# the preposition -> the kinds of quote whose words run on over its phrase
# (a stance's "as" phrase, "dismissed the plan as a gimmick", was run on too in a first version: on PolNeAR train 72
# of its 240 new words lay outside the gold contents, and the dev check half's token F1 fell with it, 0.8461 ->
# 0.8453; left out)
_PREPS = {"as": frozenset({"indirect"}), "for": frozenset({"stance"})}
# "supported the cuts for years": a stretch of time is the writer's
_TIMES = frozenset({"years", "months", "weeks", "days", "decades", "hours", "now", "a", "the", "long", "time", "ever"})
# perceptions (round 12: "see X as Y", "view X as Y" are no statements)
_PERCEIVING = frozenset({"see", "view", "regard", "consider", "perceive", "envision", "imagine", "treat"})
_FILLERS = frozenset({"pobj", "amod", "acomp", "pcomp", "advmod", "attr", "punct", "prep", "cc", "conj", "npadvmod"})
# "as part of", "as well", "as such": fixed phrases of the writer's, no name given
_FIXED = frozenset({"part", "well", "such", "long", "soon", "much", "many", "usual", "of", "to", "if", "though", "in",
                    "for"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "PRON", "NUM", "VERB"})


def _as_phrase(doc: Doc, q: Quote, cue: Token) -> Token | None:
    """The "as" (or, after a stance, "for") right after the quote's words that the parser hung on the cue verb or
    inside the words, with a noun or adjective of its own and no clause subject ("as he accepted ..." is a clause of
    the writer's), and no stretch of time ("for years")."""
    span = expand_span(doc, q.start, q.end)
    end = doc[span.end] if span is not None and span.end < len(doc) else None
    if end is None or q.kind not in _PREPS.get(end.lower_, ()) or end.dep_ != "prep":
        return None
    if end.lower_ == "for" and (end.i + 1 >= len(doc) or doc[end.i + 1].lower_ in _TIMES or
                                any(t.ent_type_ in ("DATE", "TIME") for t in end.subtree)):
        return None
    if doc_text(doc)[q.end : end.idx].strip():
        return None  # a comma or a mark between: the writer's aside, or words of another quote
    inside = q.start <= end.head.idx < q.end
    if end.head.i != cue.i and not inside:
        return None
    words = [t for t in end.subtree if not t.is_punct and t.i > end.i]
    if not words or end.lower_ == "as" and (words[0].lower_ in _FIXED or any(
            t.lemma_ == "part" and t.head.i == end.i for t in words)):
        return None
    kids = list(end.children)
    if not kids or not all(c.dep_ in _FILLERS for c in kids):
        return None
    return end if any(c.pos_ in _CONTENT_POS and not c.is_punct for c in kids) else None


def _cue_verb(doc: Doc, q: Quote) -> Token | None:
    if q.cue_start is None or q.cue_end is None:
        return None
    span = expand_span(doc, q.cue_start, q.cue_end)
    verbs = [t for t in span if t.pos_ == "VERB"] if span is not None else []
    return verbs[-1] if verbs else None


def _end_of(doc: Doc, tok: Token) -> int:
    """The character end of ``tok``'s phrase, with a quote mark it opened closed and no punctuation left over."""
    last = tok.right_edge
    marks = sum(1 for t in doc[tok.i : last.i + 1] if t.is_quote)
    if marks % 2 and last.i + 1 < len(doc) and doc[last.i + 1].is_quote:
        last = doc[last.i + 1]
    elif marks % 2 and last.i + 2 < len(doc) and doc[last.i + 1].text in (".", ",") and doc[last.i + 2].is_quote:
        last = doc[last.i + 2]  # ('as "reckless."': the full stop inside the marks)
    while last.i > tok.i and (last.is_punct and not last.is_quote or last.dep_ == "cc"):
        last = doc[last.i - 1]  # ("as a superdelegate and": the conjunction joins what comes next)
    return last.idx + len(last.text)


def extend_as_complements(doc: Doc, out: list[Quote]) -> None:
    """Run each indirect quote on over the "as" phrase after its object, and each stance over its "for" phrase (in
    place), when no other quote but a partial one starts inside that phrase."""
    text = doc_text(doc)
    for q in out:
        if q.kind not in ("stance", "indirect") or q.cue_start is None or q.cue_start > q.start:
            continue
        cue = _cue_verb(doc, q)
        if cue is None or cue.lemma_.lower() in _PERCEIVING:
            continue
        as_tok = _as_phrase(doc, q, cue)
        if as_tok is None:
            continue
        end = _end_of(doc, as_tok)
        if end <= q.end or any(o is not q and q.end <= o.start < end and o.kind not in ("partial",) for o in out):
            continue
        q.end = end
        q.text = text[q.start : end]
