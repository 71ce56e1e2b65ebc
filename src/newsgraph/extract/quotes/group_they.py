"""Round 21 (issue 18): "they" for the group that is the subject of the clause it hangs on.

In "Republicans had called the hearing because they felt the FBI was not forthcoming" and "Democratic leaders are
wary of moving left, but they do not want to alienate Sanders's supporters", "they" is the subject of a clause
joined to (a conjunct of, or an adverbial clause under) a clause whose subject is a plural noun: that group holds
the view or says the words. Before round 21 such a "they" stayed unresolved, and a stance it holds (kept only with
whose it is) was dropped. Only within the sentence, through at most two such joins, and only for a plural noun
that names a group who could speak (not people at large, "many voters", nor a count, a text or a place); anything
else leaves "they" as it was (:mod:`.pairs` first reads people named together). The mention stays "they"; the
group's words are the ``speaker_name`` and its organization, when the resolver finds one, the ``speaker``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...record import Quote
from .cues import np_span

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["fill_group_they", "group_antecedent"]

_JOINS = frozenset({"conj", "advcl"})
_MAX_JOINS = 2


def group_antecedent(pron: Token) -> Token | None:
    """The plural noun subject of the clause that "they"'s clause is joined to, or None."""
    from .unsaid import unheld_stance, vague_holder  # (unsaid imports the resolver, which imports this module)

    if pron.lower_ != "they" or pron.dep_ != "nsubj":
        return None
    verb = pron.head
    for _ in range(_MAX_JOINS):
        if verb.dep_ not in _JOINS or verb.head.i == verb.i:
            return None
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.pos_ not in ("NOUN", "PROPN") or subj.tag_ not in ("NNS", "NNPS") or subj.dep_ != "nsubj" or \
                vague_holder(subj) or unheld_stance(subj) or any(c.dep_ == "conj" for c in subj.children):
            return None
        return subj
    return None


def fill_group_they(res: Resolver, rec: Quote, pron: Token) -> bool:
    """Set ``rec``'s speaker to the group "they" stands for (:func:`group_antecedent`); the mention stays "they"."""
    ante = group_antecedent(pron)
    if ante is None:
        return False
    start, end = rec.speaker_start, rec.speaker_end
    ss, se = np_span(pron.doc, ante)
    res.fill(rec, pron.doc[ss:se])
    rec.speaker_start, rec.speaker_end = start, end
    return bool(rec.speaker_name)
