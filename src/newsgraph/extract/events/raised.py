"""The doer of an act told in the complement of a passive (round 19 parties, issue 19).

"North Korea is thought to have tested missiles", "Netanyahu is scheduled to visit the White House", "Iran was forced
to withdraw its troops", "Hamas was urged by Egypt to release the hostages": the passive's subject does the act of
its complement (raising, or object control turned passive); the "by" phrase of the passive is who urged or forced,
never the doer. Before round 19 only a list of raising verbs ("thought", "expected", "said") gave the subject, and
the other passives left the act with no actor ("Netanyahu is scheduled to visit": review 18's lost party).

A complement that is passive itself ("the rebels are thought to have been attacked by the army", "the suspect is
expected to be charged", "the Royal Marines are scheduled to be deployed") has the subject as the one acted on: its
doer is its own "by" phrase, or nobody (before round 19 the raising verbs made the subject the attacker)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["raised_doer"]


def _agent(tok: Token, res: PartyResolver) -> list[Party]:
    return [p for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
            for p in res.resolve(o, strict=False)]


def raised_doer(tok: Token, res: PartyResolver, is_passive: Callable[[Token], bool]) -> list[Party] | None:
    """The doer of ``tok``, a complement of a passive verb, or None where ``tok`` is no such complement (or its
    passive has no subject): the passive's subject, or for a passive complement its own "by" phrase (maybe none)."""
    if tok.dep_ != "xcomp" or not is_passive(tok.head):
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    if any(c.dep_ == "auxpass" for c in tok.children):
        return _agent(tok, res)  # "is thought to have been attacked by the army": the army
    return res.resolve(subject, strict=False)
