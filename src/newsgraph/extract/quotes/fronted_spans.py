"""Round 34 (issue 18 spans): a fronted phrase is no content of a cue that has its content after it.

In "In his book, ''Make Your Kid a Millionaire,'' Mr. X suggested looking at ..." and "Ms. Y got a roar from the
crowd when, at the end of her song, she added the words ..." the parser hangs the phrase or clause before the
speaker on the cue as a clausal complement, so it was read as an indirect quote of the speaker; the cue's real
content is the complement after it. A verb of saying takes one content: when an indirect quote lies wholly before
its speaker and cue, is a phrase rather than a clause (it opens with a preposition and holds no main clause of its own, or it
has no verb), and the same cue verb governs a clausal complement after itself ("suggested looking at ...",
"said he's certain ..."), or another quote of the same cue lies after it, the fronted one is dropped. Quotes in
marks, and a fronted content whose cue has nothing after it ("The plan will work, she said."), are untouched.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .afterpass import verb_at

__all__ = ["drop_fronted_contents"]

# what, after the cue verb, is the verb's own clausal content
_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
# the attachments of a clause that tie it to another word: "after the senator suspended ...", "the day that ..."
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})


def _fronted(q: Quote) -> bool:
    """An indirect quote that ends before its cue and its speaker (both known)."""
    if q.kind != "indirect" or q.cue_start is None or q.speaker_start is None:
        return False
    return q.end <= q.cue_start and q.end <= q.speaker_start


def _content_after(doc: Doc, q: Quote, out: list[Quote]) -> bool:
    """Whether the cue of ``q`` has its content after itself: a clausal complement, or another quote it cues."""
    assert q.cue_start is not None and q.cue_end is not None
    if any(o is not q and o.cue_start == q.cue_start and o.start >= q.cue_end for o in out):
        return True
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None:
        return False
    return any(c.dep_ in _CONTENT_DEPS and c.i > verb.i and c.idx >= q.cue_end for c in verb.children)


def _phrase(doc: Doc, q: Quote) -> bool:
    """Whether the quote's words are a phrase, not a clause of their own: they open with a preposition ("In his
    book, ...", "As proof that ..."), or hold no verb ("Himself a former executive")."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].pos_ == "ADP" and span[0].lower_ != "that":
        # "At private courses, members may be willing to pay more": a main clause after the opening phrase
        return not any(_main_clause(t) for t in span)
    return not any(t.pos_ in ("VERB", "AUX") for t in span)


def _main_clause(t: Token) -> bool:
    """A verb with a subject of its own that no subordinator or relative ties to another word."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in _SUBORDINATE:
        return False
    kids = [c.dep_ for c in t.children]
    return ("nsubj" in kids or "nsubjpass" in kids) and "mark" not in kids


def drop_fronted_contents(doc: Doc, out: list[Quote]) -> list[Quote]:
    """``out`` without indirect quotes read from a phrase fronted before a cue whose content follows it."""
    return [q for q in out if not (_fronted(q) and _phrase(doc, q) and _content_after(doc, q, out))]
