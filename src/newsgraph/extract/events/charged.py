"""The one charged as the doer of the charge (round 23 review, class 4).

"A Texas man pleaded guilty to charges he threatened to kill Rep. Jane Doe": the "he" of a clause on the charge
noun is the one the sentence charges, its main subject, even where that subject is only described ("a Texas man")
and so no entity the pronoun rules could find; the THREATEN then had no actor while the CONCEDE had the man.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["charged_doer"]

#: nouns of a charge whose clause says what the charged one did ("charges he threatened", "allegations she lied")
_CHARGES = frozenset({"charge", "allegation", "accusation", "count", "claim", "indictment", "suspicion"})
#: the links from the charge noun up to the verb that has the charged one as its subject ("pleaded guilty to
#: charges", "faces charges", "was convicted on charges", "denied allegations")
_UP = frozenset({"pobj", "prep", "acomp", "dobj", "attr"})
#: prepositions that tie the charge to the one it is laid on ("pleaded guilty to", "convicted on"), not a time
#: ("arrested after claims he ...")
_CHARGE_PREPS = frozenset({"to", "on", "of", "over", "for"})


def charged_doer(res: PartyResolver, tok: Token) -> Party | None:
    """The party a subject "he"/"she" of a clause on a charge noun stands for: the subject of the verb above the
    charge, a described person or a named one; None where the shape is not this one."""
    if tok.lower_ not in {"he", "she"} or tok.dep_ != "nsubj" or tok.head.dep_ not in {"relcl", "acl", "ccomp"}:
        return None
    noun = tok.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CHARGES:
        return None
    verb, path = noun, {noun.i}
    for _ in range(4):
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            break
        if verb.dep_ == "pobj" and verb.head.lower_ not in _CHARGE_PREPS:
            return None
        verb = verb.head
        path.add(verb.i)
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "dobj" and c.i not in path for c in verb.children):
        return None  # "police arrested a man on charges he stole ...": the charged one is the object
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    people = res.people(subj)
    if people:  # "a Texas man": the described person, as the verb's own actor reads him
        named = res.resolve(subj, strict=False)
        return (named or people)[0]
    named = res.resolve(subj, strict=False)
    return named[0] if len(named) == 1 and named[0].person else None
