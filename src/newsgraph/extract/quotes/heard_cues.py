"""Round 31 (issue 18, PolNeAR speakers and real reports): a reporting participle after a passive verb of hearing
("A soldier could be heard asking, "Where are the trucks?"", '"Should the army leave?" a reporter can be heard
asking the general', "One fighter was heard telling another: "...""): the one heard speaks. The parser hangs the
participle on "heard" as its complement and its subject is the passive subject of "heard"; "saying" and "shouting"
kept it, but "asking" and "telling" (whose passive subjects elsewhere are the one asked or told) lost it, and the
quote stayed without a speaker. Read on PolNeAR train ("a reporter can be heard asking Trump"). Only a quote with no
speaker takes it, and only from a clause that touches it: the participle right before the opening mark (its object,
a comma or a colon between), or the passive subject right after the closing mark.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .arrays import expand_span
from .cues import np_span
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .speakers import Resolver

__all__ = ["heard_speakers"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_HEAR = frozenset({"hear", "overhear"})


def _heard(v: Token, verbs: frozenset[str]) -> tuple[Token, Token] | None:
    """(the passive subject, the reporting participle) when ``v`` is a passive "heard" with a participle cue."""
    if v.lemma_.lower() not in _HEAR or not any(c.dep_ == "auxpass" for c in v.children):
        return None
    subj = [c for c in v.children if c.dep_ == "nsubjpass"]
    part = [c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in verbs]
    if len(subj) != 1 or len(part) != 1 or any(c.dep_ in ("nsubj", "nsubjpass") for c in part[0].children):
        return None
    return subj[0], part[0]


def _gap(doc: Doc, lo: int, hi: int) -> bool:
    return all(doc[i].is_punct or doc[i].is_space or doc[i].text[:1] in _MARKS for i in range(lo, hi))


def _before(doc: Doc, start: int, verbs: frozenset[str]) -> Token | None:
    """The one heard, when a "heard asking/telling" clause ends right before the words starting at ``start``."""
    for v in doc[doc[start].sent.start : start]:
        found = _heard(v, verbs)
        if found is None:
            continue
        subj, part = found
        end = max([part.i, *(c.right_edge.i for c in part.children if c.i < start and not c.is_punct)]) + 1
        if part.i < start and _gap(doc, end, start) and end < start:
            return subj
    return None


def _after(doc: Doc, end: int, verbs: frozenset[str]) -> Token | None:
    """The one heard, when the passive subject of a "heard asking" clause opens right after the closing mark."""
    i = end
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in (".", "!", "?"):
        i += 1
    if i >= len(doc) or not any(ch in _MARKS for t in doc[end:i] for ch in t.text):
        return None
    head = doc[i]
    while head.dep_ not in ("nsubjpass", "ROOT") and head.head.i != head.i and head.head.i < head.i + 8:
        head = head.head
    if head.dep_ != "nsubjpass" or head.left_edge.i != i:
        return None
    found = _heard(head.head, verbs)
    return found[0] if found is not None and found[0].i == head.i else None


def heard_speakers(doc: Doc, out: list[Quote], resolver: Resolver, verbs: frozenset[str]) -> None:
    """Give each speakerless quote touched by a "X was heard asking" clause X as speaker (in place)."""
    for q in out:
        if q.speaker is not None or q.speaker_name is not None or q.speaker_start is not None:
            continue
        span = expand_span(doc, q.start, q.end)
        if span is None or span.start == 0:
            continue
        subj = _before(doc, span.start, verbs) or _after(doc, span.end, verbs)
        if subj is None:
            continue
        s, e = np_span(doc, subj)
        resolver.fill(q, doc[s:e])
