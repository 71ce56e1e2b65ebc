"""Round 33 (issue 19, events on real reports): a noun event that is the object of a verb of enduring ("Russia
suffered frequent terror attacks from Islamist groups", "the convoy sustained an attack"; class ``endure`` of
data/event_senses.tsv) was done to the verb's subject, not by it. Before, the subject became the actor and the
doer named by "from" the target (round 32 review I, "swapped"). The subject is then the undergoer, as after "the
target of attacks" (:func:`.find._undergone`), and a "from" phrase names the doer (:func:`.clause_roles.from_source`)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["endured"]


def endured(node: Token) -> bool:
    """``node`` is the object of a verb of enduring, which has a subject of its own."""
    from .senses import load_senses  # here: senses imports clause_roles, which imports this module

    verb = node.head
    return node.dep_ == "dobj" and load_senses().word_in("endure", verb) and any(
        c.dep_ == "nsubj" for c in verb.children)
