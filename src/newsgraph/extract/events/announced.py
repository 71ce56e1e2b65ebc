"""Round 37, wave 2 (issue 19, point 3): a decision told as an agentless passive in the "that" clause of an
announcement ("Esper announced that 750 more troops would be deployed", "the Pentagon said 450 troops will be sent
to Iraq", "the White House announced that sanctions would be imposed on Iran"). PLOVER codes an announced decision
as an event of the deciding side; with no "by" phrase the announcer is that side, and the "would" is the future of
the telling (a plan), not a possibility. Before, such decisions were shown with no actor as hypothetical (0.37).

Narrow on purpose:
* only decision types a government takes by announcing them (``_DECIDED``): a deployment, a withdrawal, aid or a
  sanction; "police said three people were killed" tells a harm, and its teller never did it;
* only a future ("would" or "will", not "would have") passive with a subject and no agent, in the ``ccomp`` of a
  verb of class ``plan_telling`` (data/event_senses.tsv), whose subject resolves to a party with a code;
* no condition anywhere after the verb in its sentence ("would be sent if talks failed" stays hypothetical)."""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party, PartyResolver
from .senses import load_senses
from .told_plans import unconditioned

__all__ = ["announcer", "told_decision"]

#: PLOVER types a side decides and makes real by announcing it (moving forces, pulling out, giving, restricting)
_DECIDED = frozenset({"MOBILIZE", "RETREAT", "AID", "SANCTION"})
_FUTURE = frozenset({"would", "will", "'ll", "\u2019ll"})


def _agentless_future_passive(verb: Token) -> bool:
    kids = list(verb.children)
    auxes = [c for c in kids if c.dep_ in {"aux", "auxpass"}]
    return (any(c.dep_ == "nsubjpass" for c in kids) and not any(c.dep_ == "agent" for c in kids)
            and any(a.lower_ in _FUTURE for a in auxes) and not any(a.lemma_.lower() == "have" for a in auxes))


def told_decision(verb: Token, rule_type: str) -> bool:
    """``verb`` is an agentless future passive of a decision type in the unconditioned "that" clause of a verb of
    telling (the shape, whoever told it)."""
    if rule_type not in _DECIDED or verb.pos_ not in {"VERB", "AUX"} or not _agentless_future_passive(verb):
        return False
    teller = verb.head
    return verb.dep_ == "ccomp" and teller.i != verb.i and load_senses().word_in("plan_telling", teller) \
        and unconditioned(verb)


def announcer(verb: Token, rule_type: str, res: PartyResolver) -> list[Party]:
    """The side that announced the decision the passive ``verb`` tells, where the passive names no doer; else []."""
    if not told_decision(verb, rule_type):
        return []
    for c in verb.head.children:
        if c.dep_ == "nsubj":
            return [p for p in res.resolve(c, strict=False) if p.code]
    return []
