"""A subject the parser hung on an infinitive before its verb (round 24, issue 19).

"The only two Arab states to have signed peace treaties with Israel - Egypt and Jordan - also criticised the
move": the parser reads "states to have signed ..." as a clause with its own subject under "criticised", which is
left with no subject, so the event had no actor (the round-23 end review). A verb trigger with no subject of its
own whose clausal child before it is a to-infinitive holding a subject takes that subject as its actor. Only an
empty actor side is filled; run after scoring, like :mod:`.topics`: only sides are edited.
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import PartyResolver
from .triggers import Found

__all__ = ["stranded_subjects"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _stranded(verb: Token) -> Token | None:
    """The subject of a to-infinitive that the parser hung before ``verb`` as its clausal child, or None."""
    if verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    for comp in verb.lefts:
        if comp.dep_ not in {"ccomp", "csubj"} or not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i), None)
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
            return subj
    return None


def stranded_subjects(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with an empty actor side filled from a subject stranded on an infinitive (in place)."""
    for f in found:
        if f.actors or f.nominal or f.derived_from is not None:
            continue
        subj = _stranded(f.trigger)
        if subj is None:
            continue
        actors = [p for p in res.resolve(subj, strict=True) if p.entity or p.code]
        keys = {p.key() for p in actors}
        if actors:
            f.actors = actors
            f.targets = [p for p in f.targets if p.key() not in keys]
    return found
