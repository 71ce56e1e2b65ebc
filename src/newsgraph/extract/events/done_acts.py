"""A named party's act told as done: a main-clause predication wherever it sits in the sentence (round 34).

News English tells much of its news outside the main clause: "Mr. Flynn, who resigned 24 days into the
administration, told investigators ...", "after talks with Mr. Moon, they settled on a strategy", "Macron told Trump
... and asked him to reconsider". The confidence model's ``root`` feature marks a predication the report asserts; a
verb in the simple past or a perfect, with no modal and nothing marking it as other than asserted, whose doer the
party layer resolved to a named entity, is asserted just as firmly, so it counts as one. A noun trigger ("the
sanctions") is not a told act, and a doer that is only a class of people ("voters", "rival candidates") or nobody
leaves the act as vague as before: on the tune half of the real-report gold the first kind was right 11 times in 12
below the threshold, the second about half the time.
"""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import Found

__all__ = ["PAST_TAGS", "named_done_act"]

#: verb tags of a told, finished action: the simple past and the participle of a perfect or a passive
PAST_TAGS = frozenset({"VBD", "VBN"})


def named_done_act(f: Found) -> bool:
    """A verb trigger, asserted, in the past with no modal auxiliary, whose actor is a named entity; not the
    complement of a negated verb. (A participle of feeling, "said it was deeply concerned", stays: the stated
    feeling is the DISAPPROVE the guidelines code.)"""
    if f.nominal or f.derived_from is not None or f.modality != "asserted":
        return False
    verb = f.head or f.trigger
    if verb.tag_ not in PAST_TAGS or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if _under_negation(f.trigger):
        return False
    return any(p.entity for p in f.actors)


def _under_negation(t: Token) -> bool:
    """The trigger is the complement of a negated verb ("never said he resigned", "did not claim it had seized"):
    the sentence does not tell the act as done. A clause beside a negated one keeps its own standing ("while he
    promised a move, he has not acted on it")."""
    return t.dep_ in {"ccomp", "xcomp"} and any(c.dep_ == "neg" for c in t.head.children)
