"""The side that will act in a warning is not its target (round 24, issue 19).

"China's ambassador warned that the Chinese government will not sit on its hands if ...": the subject of the warned
clause is who will act, here the warner's own side; the finder took it as the one threatened (the round-23 end
review's THREATEN aimed at the ambassador's own government; "warned that Pakistan would respond with force" aimed
at Pakistan). A THREATEN whose target is the active subject of an action verb in the trigger's complement clause is
left without that target: that subject is the warner's own side or a third side whose act is predicted, never the
one threatened. A subject that undergoes ("Iran will face consequences", "will pay a price": class `undergo` of
data/event_senses.tsv), a passive subject ("will be punished") and the subject of a copula ("Iran is next") stay.
Run after scoring, like :mod:`.topics`: only sides are edited.
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party
from .senses import load_senses
from .triggers import Found

__all__ = ["own_side_warned"]

def _acting_subject(trigger: Token) -> Token | None:
    """The active subject of the complement clause of ``trigger`` ("warned that X will ..."), or None."""
    for comp in trigger.children:
        if comp.dep_ != "ccomp" or comp.pos_ != "VERB" or load_senses().word_in("undergo", comp):
            continue
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def _is_subject(p: Party, subj: Token) -> bool:
    root = p.root(subj.doc)
    return root is not None and root.i in {t.i for t in subj.subtree}


def own_side_warned(found: list[Found]) -> list[Found]:
    """``found`` with each THREATEN target that is the doer of the warned clause's act removed."""
    for f in found:
        if f.rule.type != "THREATEN" or not f.targets or f.nominal:
            continue
        subj = _acting_subject(f.trigger)
        if subj is None:
            continue
        own = [p for p in f.targets if _is_subject(p, subj)]
        if own:
            f.targets = [p for p in f.targets if p not in own]
    return found
