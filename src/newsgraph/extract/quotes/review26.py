"""Review of round 26 (start): quotes given to the wrong voice.

The start-of-round review of ten unseen reports found these shapes (the fixes of nested colon speakers live where
the colon is read, ``colon_cues.colon_verb``):

- **A clause's subject after a conjoined cue.** In '... announced: "My brother will be joining us," and alleges
  Tom Krause then entered': "alleges" opens a new clause with its own reported clause, and Tom Krause is the
  subject of that clause ("entered"), not a speaker placed after the cue ('"...," said Tom Krause'). A cue after
  the closing mark whose speaker is the subject of another verb is no attribution of the quote
  (``clause_subject_after``).
- **A cue joined to a relayed speech after its quote.** In 'She said he then announced: "...," and alleges Tom
  Krause then entered' the parser joins "alleges" to "announced", so the allegation took "he". A reported clause
  keeps its tense; a conjunct in another tense ("alleges" after "announced"), past a direct quote that closed the
  relayed speech, goes back to the outer report, whose subject speaks (``settle_review26``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .cue_table import reporting_verbs
from .cues import Attr
from .speakers import Resolver

__all__ = ["clause_subject_after", "outer_subject", "settle_review26"]

# marks that close quoted words
_CLOSING = frozenset({'"', "\u201d", "\u2019", "'"})


def clause_subject_after(doc: Doc, after: Attr) -> bool:
    """The cue after a quote names as its speaker the subject of a clause the cue governs ("and alleges Tom
    Krause then entered"): an inverted speaker ('"...," said Tom Krause') is the cue's own subject."""
    if after.speaker is None:
        return False
    span = doc[after.speaker[0] : after.speaker[1]]
    if not len(span):
        return False
    root = span.root
    cue = doc[after.cue_start : after.cue_end]
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head in cue:
        return False
    # the subject's verb is a clause under the cue ("alleges X entered"), not the cue's own clause
    return root.head.dep_ in ("ccomp", "xcomp") and root.head.head in cue


def outer_subject(cue: Token) -> Token | None:
    """The subject of the outer report when ``cue`` is a conjunct of a relayed verb of speech whose quoted words
    (after a colon) closed before it ("She said he announced: '...', and alleges ..."), told in another tense;
    else None."""
    first = cue.head
    if cue.dep_ != "conj" or first.dep_ != "ccomp" or first.i >= cue.i or cue.tag_ == first.tag_:
        return None
    outer = first.head
    reports = reporting_verbs()
    if first.lemma_.lower() not in reports or outer.lemma_.lower() not in reports or outer.i >= first.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None  # the conjunct names its own speaker
    between = [t.text for t in cue.doc[first.i + 1 : cue.i]]
    if ":" not in between or not any(w in _CLOSING for w in between[between.index(":") + 2 :]):
        return None
    return next((c for c in outer.children if c.dep_ == "nsubj"), None)


def settle_review26(doc: Doc, out: list[Quote], resolver: Resolver) -> list[Quote]:
    """``out`` with the speakers of cues joined to a relayed speech set back to the outer speaker (in place)."""
    for q in out:
        if q.kind != "indirect" or q.cue_start is None:
            continue
        span = doc.char_span(q.cue_start, q.cue_end or q.cue_start + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        subj = outer_subject(span[0])
        if subj is not None:
            resolver.fill(q, doc[subj.left_edge.i : subj.i + 1])
    return out
