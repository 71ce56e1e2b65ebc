"""The organization "it" or "the company" stands for: the subject of the sentence before (round 25, issue 18).

Round 24's end review found "it" and "the company" given to the organization named last, whatever its place in
the sentence: "Emirates had a fleet of 270 aircraft. In addition to its order of 30 Boeing jets, it announced an
order of 50 Airbus jets" gave the order to Boeing (a maker named inside an object), and "Amazon is now letting you
listen to music free, and Spotify investors are already nervous. The company published a blog post ..." gave it to
Spotify (a name that only modifies "investors"). A pronoun or a definite description that opens the next
statement goes on from the subject of the sentence before, the thing that sentence is about:

- the subject of that sentence's main verb, or, where the main verb only attributes a clause put before it
  ("Qatar Airways finalized a deal ..., executives said"), first the subject of that clause;
- an organization named inside that subject is the antecedent;
- a subject that names no organization but another entity (a place or an airline the entity layer typed as its
  country) leaves "it" unresolved: the organization named last is then more often a maker, a rival or a client
  named on the way, and no speaker beats a wrong one. "The company" keeps its own fallbacks there (on PolNeAR train
  "the project's website" lost its right organization when left unresolved);
- an organization that only modifies the subject's head ("CNBC moderator Carl Quintanilla") decides nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["previous_subject_org"]

_SUBJ = ("nsubj", "nsubjpass")


def _subjects(before: Span) -> list[Token]:
    """The subject of the reported clause put before an attributing main verb, then the main verb's own."""
    root = before.root
    out: list[Token] = []
    for c in root.children:
        if c.dep_ == "ccomp" and c.i < root.i:
            out.extend(s for s in c.children if s.dep_ in _SUBJ)
    out.extend(c for c in root.children if c.dep_ in _SUBJ)
    return out


def _clause_subject(res: Resolver, start: int) -> bool:
    """The mention at character ``start`` heads (through its compounds) a clause's subject."""
    span = res.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in _SUBJ


def previous_subject_org(res: Resolver, span: Span) -> tuple[bool, str | None]:
    """(decided, organization id) for the mention ``span`` from the subject of the sentence before its own:
    (True, id) where an organization is named in that subject, (True, None) where the subject names another kind
    of entity and no organization, (False, None) where the subject decides nothing (a common noun, a person, no
    sentence before)."""
    start = span.sent.start
    root = span.root
    if start <= 0 or root.dep_ not in _SUBJ or root.head.i != span.sent.root.i:
        return False, None  # ("The Council pledged sanctions against what it called ...": its own sentence's)
    prev = res.orgs[: bisect_left(res.orgs, (span.start_char, ""))]
    if any(_clause_subject(res, st) for st, _oid in prev if st >= span.sent.start_char):
        return False, None  # "After Acme cut prices, it said ...": an organization the sentence itself sets up
    for subj in _subjects(res.doc[start - 1].sent):
        lo, hi = res.doc[subj.left_edge.i].idx, subj.idx + len(subj.text)
        own = [oid for st, oid in prev if lo <= st < hi]
        if own:
            # the organization is the subject ("Dubai's Qatar Airways"), not a word before a person or thing that
            # is ("CNBC moderator Carl Quintanilla asked ...": the moderator, so nothing is decided here)
            head = res._entity_at(subj.idx, subj.idx + len(subj.text))
            return (True, head) if head in own else (False, None)
        if subj.pos_ == "PROPN":
            eid = res._entity_at(subj.idx, subj.idx + len(subj.text))
            kind = res.by_id.get(eid, {}).get("type") if eid is not None else None
            if kind is not None and kind not in ("ORG", "PERSON"):
                return True, None
    return False, None
