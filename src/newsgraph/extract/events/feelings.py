"""A stated feeling about another's act ("the ministers were seriously concerned by ...", "Lula is angry
about the tariffs"): DISAPPROVE by the one who feels it (docs/events_guidelines.md, round 2 and round 4
addenda). The feeling words are the ``feeling`` class of ``data/event_senses.tsv``.

The parse makes "were concerned by the developments" a passive, but the "by" phrase is the cause of the
feeling, not its agent: the actor is the subject, and the target is whoever the cause names (an actor, or
the owner of the act judged: "angry about Trump's decision").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import TriggerRule
from .parties import Party, PartyResolver
from .senses import Senses

__all__ = ["is_feeling", "feeling_parties"]

_CAUSE_PREPS = frozenset({"by", "about", "at", "over", "with", "of", "toward", "towards", "regarding"})
_LINKS = frozenset({"be", "feel", "seem", "appear", "remain", "become", "grow", "get", "sound", "look"})

ObjectTargets = Callable[[Token, TriggerRule, list[Party], PartyResolver], list[Party]]


def is_feeling(tok: Token, rule: TriggerRule, senses: Senses) -> bool:
    """A verb or adjective of feeling that a sense row made DISAPPROVE (a noun takes the usual path)."""
    return rule.type == "DISAPPROVE" and tok.pos_ in {"VERB", "ADJ", "AUX"} and senses.word_in("feeling", tok)


def _feeler(tok: Token, res: PartyResolver) -> list[Party]:
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return res.resolve(c, strict=False)
    head = tok.head
    if tok.dep_ in {"acomp", "xcomp", "oprd"} and head.lemma_.lower() in _LINKS:
        for c in head.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return res.resolve(c, strict=False)
    return []


def feeling_parties(tok: Token, rule: TriggerRule, res: PartyResolver,
                    object_targets: ObjectTargets) -> tuple[list[Party], list[Party]]:
    """(actors, targets): the one who feels it, and the one whose act causes it when named."""
    actors = _feeler(tok, res)
    targets: list[Party] = []
    for c in tok.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in _CAUSE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    targets.extend(t for t in object_targets(p, rule, actors, res)
                                   if t.entity or t.code or t.country)
    return actors, targets
