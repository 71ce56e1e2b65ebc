"""The speaker named by an "as X puts it" clause (round 30, issue 18): 'As the Globe's Ann Kerr puts it, Lowe is
trying to make the council "an offer it can't refuse."'. The set phrase "as X put(s) it" says that the words of
its sentence are X's way of saying it: the fragment after it, which no cue of its own attributes, is X's. Read on
PolNeAR train ("As The Post's Ruth Marcus puts it, ...", "as he puts it, ..."), where such fragments kept no
speaker. Only a quote with no speaker and no written name, wholly after the clause in the same sentence, takes
it; the clause must be the bare phrase (the verb "put" with the object "it" and the subordinator "as"), so "as
she put the plan to voters" names nobody's words. The clause right after a quote's words ("the main test is
money, as a Homeland Security memo put it.", read on the dev tune half) names their source even over a speaker
found further off: nothing stands between the words and the clause that owns them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .arrays import expand_span
from .cues import np_span
from .speakers import Resolver

__all__ = ["put_it_speakers"]


def _put_it(t: Token) -> Token | None:
    """The subject of ``t`` when ``t`` is the verb of an "as X put(s) it" clause."""
    if t.lemma_.lower() != "put" or t.pos_ != "VERB":
        return None
    kids = list(t.children)
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in kids):
        return None
    obj = [c for c in kids if c.dep_ == "dobj"]
    subj = [c for c in kids if c.dep_ == "nsubj"]
    if len(obj) == 1 and obj[0].lower_ == "it" and obj[0].i == t.i + 1 and len(subj) == 1:
        return subj[0]
    return None


def _put_it_subject(sent_tokens: list[Token], before: int) -> Token | None:
    """The subject of an "as X put(s) it" clause among ``sent_tokens`` that ends before token ``before``."""
    for t in sent_tokens:
        subj = _put_it(t) if t.i + 1 < before else None
        if subj is not None:
            return subj
    return None


def _put_it_after(doc: Doc, end: int) -> Token | None:
    """The subject of an "as X put(s) it" clause that opens right after token ``end`` (past marks and a comma)."""
    i = end
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in (".", "!", "?", ";"):
        i += 1
    if i >= len(doc) or doc[i].lower_ != "as" or doc[i].dep_ != "mark":
        return None
    return _put_it(doc[i].head) if doc[i].head.i > i else None


def put_it_speakers(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Give each quote right before an "as X puts it" clause, and each speakerless quote after one in its
    sentence, X as speaker (in place)."""
    for q in out:
        span = expand_span(doc, q.start, q.end)
        if span is None:
            continue
        subj = _put_it_after(doc, span.end)
        if subj is None and q.speaker is None and q.speaker_name is None and q.speaker_start is None:
            sent = doc[span.start].sent
            subj = _put_it_subject(list(doc[sent.start : span.start]), span.start)
        if subj is None:
            continue
        s, e = np_span(doc, subj)
        resolver.fill(q, doc[s:e])
