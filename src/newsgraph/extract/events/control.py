"""Object control of a to-infinitive (issue 19, round 17 parties): in "the United States persuaded Israel to release
900 prisoners", "Russia forced Georgia to withdraw its troops", "Britain encouraged Libya to give up its weapons
programme" the one who releases, withdraws or gives up is the object, not the subject; the event took the subject
before (the infinitive inherited its head verb's subject), so the top event of such a sentence named the persuader
as the actor of the other side's act.

Kept narrow, where the object is a party of its own: a named entity, or a coded party on another side than the
subject's ("Trump ordered US troops to withdraw" keeps the orderer: the troops are his own side, and the codebook
codes the order's issuer; "the court ordered the government to ..." with no code on either side stays as it was).
Only verbs of object control (data/event_party_words.tsv kind ``object_control``: persuade, force, urge, ask, order,
help, send...): after other verbs the infinitive is often a purpose the subject pursues ("approached the State
Department to offer to act as an intermediary", "called Erdogan to discuss the case", found on seen reports), and
"promised Iraq to withdraw" is the promiser's act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .party_words import party_words

if TYPE_CHECKING:
    from .parties import PartyResolver

__all__ = ["object_controlled"]


def _own_side(objs: list[Any], subjects: list[Any]) -> bool:
    codes = {p.code for p in subjects if p.code}
    return any(p.code in codes or p.entity and p.entity in {s.entity for s in subjects} for p in objs)


def object_controlled(tok: Token, res: PartyResolver) -> list[Any]:
    """The object of the verb whose to-infinitive ``tok`` is, as the infinitive's doer; [] where the shape or the
    object does not qualify (the caller then keeps the inherited subject)."""
    verb = tok.head
    if tok.dep_ != "xcomp" or verb.i == tok.i or verb.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return []
    if verb.lemma_.lower() not in party_words().get("object_control", frozenset()):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None or obj.pos_ == "PRON":
        return []  # "urged them to": the pronoun's resolution is the pronoun layer's; kept as it was
    objs = res.resolve(obj, strict=False)
    if not objs or not all(p.entity or p.code for p in objs):
        return []
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    subjects = res.resolve(subj, strict=False) if subj is not None else []
    return [] if _own_side(objs, subjects) else objs
