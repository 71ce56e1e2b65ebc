"""The bare complement of "described X as Y" (round 37, issue 18).

"The tenants described the standoff as hopeless": the English model hangs "as" on the verb with no object of its own
("hopeless" an adjective under it), so the ``prep:as`` frame found nothing, the object "the standoff" alone was too
short to be words said, and the whole portrayal was lost; "has described the fair as Denver celebrating itself"
comes out as an adverbial clause marked "as". PolNeAR marks both as the subject's attribution (the object
through the complement), as it does "described the talks as a productive step", which the frame already reads.
The complement is read here as the verb's ``prep:as`` dependent, kept only where data/attribution_frames.tsv lists
that frame for the verb and the verb also has an object before it; a finite clause after "as" is a time or manner
("described the scene as he drove home") and stays out.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["as_complement"]

_BARE = frozenset({"amod", "acomp", "advmod", "conj"})  # how the model hangs a lone adjective on "as"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def as_complement(verb: Token, prep: Token) -> Token | None:
    """The adjective or non-finite clause that the "as" after ``verb``'s object introduces, or None."""
    if not _has_object_before(verb, prep.i):
        return None
    if prep.dep_ == "prep" and prep.lower_ == "as":
        kids = list(prep.children)
        if any(k.dep_ in ("pobj", "pcomp") for k in kids):
            return None  # the frame reads its object already
        bare = [k for k in kids if k.dep_ in _BARE and (k.pos_ == "ADJ" or k.tag_ == "VBN") and k.i > prep.i]
        return bare[0] if len(bare) == 1 else None
    if prep.dep_ == "advcl" and prep.tag_ == "VBG" and prep.i > verb.i:
        marks = [k for k in prep.children if k.dep_ == "mark"]
        if len(marks) == 1 and marks[0].lower_ == "as" and marks[0].i == prep.left_edge.i and \
                not any(k.dep_ in ("aux", "auxpass") or k.tag_ in _FINITE for k in prep.children):
            return prep
    return None


def _has_object_before(verb: Token, i: int) -> bool:
    return any(c.dep_ == "dobj" and c.i < i for c in verb.children)
