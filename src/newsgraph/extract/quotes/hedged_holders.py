"""A hedged view of someone's mind or words is theirs: "Obama seemed to recognize the significance of ..." (round 24).

Round 23's ``writer_hedges`` keeps "X seems to ..." as the writer's hedged view, a stance with no speaker. When the
verb under the hedge is itself a verb of mind or speech ("seemed to recognize", "seem to be hoping for", "is likely
to stress that", "appeared to respond to"), the clause tells a view or a statement of X, which the writer only
hedges: PolNeAR train marks X as its Source and the inner verb's complement as its content (Obama recognizing the
significance; many Republicans hoping for a change; Yellen stressing that ...). Those stances were counted wrong
with no speaker (the all-attribution speaker figure fell in round 23 by them). Such a stance now takes X as its
speaker (resolved as any speaker mention: "he", a name, "many Republicans"); its words and cue stay the hedged
clause and the hedge (PolNeAR also marks the whole clause as the writer's attribution: cutting the words to the
inner verb's complement lowered tune token F1), and it stays a stance, stored and never listed. A subject "it"
("it seemed to suggest") or a relative word with nothing to stand for is left as it was.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .arrays import expand_span
from .cues import np_span
from .passive_views import _set_off

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_hedged_holders"]

_SKIP_SUBJECTS = frozenset({"it", "this", "that", "there", "what", "whatever", "i", "we", "you"})
_LINKS = frozenset({"xcomp", "acomp", "attr", "oprd"})


@lru_cache(maxsize=1)
def _minds() -> frozenset[str]:
    """Verbs of a mental state or an intent ("recognize", "hope", "plan") and adjectives of a belief or a resolve
    after a copula ("hopeful", "convinced", "eager"), as data/quote_minds.tsv lists them."""
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv")
                     if r[0] in ("mind", "intent", "sure", "resolved") and len(r) > 1)


def _hedge_verb(doc: Doc, q: Quote) -> Token | None:
    """The hedging verb or adjective of the stance's cue ("seemed", "is likely"): its last word."""
    if q.cue_start is None or q.cue_end is None:
        return None
    span = expand_span(doc, q.cue_start, q.cue_end)
    return span[-1] if span is not None and len(span) else None


def _inner(hedge: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of mind or speech under the hedge, down infinitives and "be" ("seem to be hoping"), or an
    adjective of a belief ("seemed hopeful that")."""
    tok = hedge
    for _ in range(3):
        nxt = next((c for c in tok.children if c.dep_ in _LINKS and c.i > tok.i and c.pos_ in ("VERB", "AUX", "ADJ")),
                   None)
        if nxt is None:
            return None
        if nxt.lemma_.lower() in verbs or nxt.pos_ == "ADJ" and nxt.lower_ in verbs:
            return nxt
        if nxt.pos_ == "ADJ":
            return None  # ("seemed ready to": an adjective of no belief holds no view of the subject's)
        tok = nxt
    return None


def _words(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The tokens after the inner verb that it governs, up to its last dependent, cut before a set-off aside."""
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj", "advmod", "npadvmod")]
    if not after:
        return None
    lo = min(c.left_edge.i for c in after)
    hi = max(c.right_edge.i for c in after) + 1
    while lo < hi and doc[lo].dep_ in ("mark", "prep", "aux") and doc[lo].lower_ in ("that", "for", "to", "about", "of"):
        lo += 1  # "hoping for X", "stress that X": the complement, as PolNeAR marks it
    hi = _set_off(doc, lo, hi)
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return (lo, hi) if hi > lo else None


def settle_hedged_holders(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Give a writer's hedged stance over a verb of mind or speech to the hedged clause's subject (in place)."""
    verbs = _minds() | resolver._reporting
    for q in out:
        if q.kind != "stance" or q.speaker is not None or q.speaker_start is not None:
            continue
        hedge = _hedge_verb(doc, q)
        if hedge is None or hedge.lemma_.lower() not in ("seem", "appear", "likely"):
            continue
        verb = hedge.head if hedge.dep_ == "acomp" else hedge  # "is likely": the subject hangs on "is"
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        inner = _inner(hedge, verbs)
        if subj is None or inner is None or subj.lower_ in _SKIP_SUBJECTS:
            continue
        if _words(doc, inner) is None:
            continue  # ("seemed to agree": a verb with nothing after it holds no view told here)
        s, e = np_span(doc, subj)
        resolver.fill(q, doc[s:e])
