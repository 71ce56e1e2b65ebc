"""The speaker named by an "as X puts it" clause (round 30, issue 18): 'As the Globe's Ann Kerr puts it, Lowe is
trying to make the council "an offer it can't refuse."'. The set phrase "as X put(s) it" says that the words of
its sentence are X's way of saying it: the fragment after it, which no cue of its own attributes, is X's. Read on
PolNeAR train ("As The Post's Ruth Marcus puts it, ...", "as he puts it, ..."), where such fragments kept no
speaker. Only a quote with no speaker and no written name, wholly after the clause in the same sentence, takes
it; the clause must be the bare phrase (the verb "put" with the object "it" and the subordinator "as"), so "as
she put the plan to voters" names nobody's words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .arrays import expand_span
from .cues import np_span
from .speakers import Resolver

__all__ = ["put_it_speakers"]


def _put_it_subject(sent_tokens: list[Token], before: int) -> Token | None:
    """The subject of an "as X put(s) it" clause among ``sent_tokens`` that ends before token ``before``."""
    for t in sent_tokens:
        if t.i >= before or t.lemma_.lower() != "put" or t.pos_ != "VERB":
            continue
        kids = list(t.children)
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
            continue
        obj = [c for c in kids if c.dep_ == "dobj"]
        subj = [c for c in kids if c.dep_ == "nsubj"]
        if len(obj) == 1 and obj[0].lower_ == "it" and obj[0].i == t.i + 1 and len(subj) == 1 and t.i + 1 < before:
            return subj[0]
    return None


def put_it_speakers(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Give each speakerless quote after an "as X puts it" clause of its sentence X as speaker (in place)."""
    for q in out:
        if q.speaker is not None or q.speaker_name is not None or q.speaker_start is not None:
            continue
        span = expand_span(doc, q.start, q.end)
        if span is None:
            continue
        sent = doc[span.start].sent
        subj = _put_it_subject(list(doc[sent.start : span.start]), span.start)
        if subj is None:
            continue
        s, e = np_span(doc, subj)
        resolver.fill(q, doc[s:e])
