"""A name inside the role's "for" / "to" phrase, after a title of its own, is the one the role serves.

The title rules of :mod:`.speakers` take the person a role's phrase ends in as the speaker ("Minister of the
Interior Bernard Cazeneuve said", "Its chairman Tom Walsh said"). When the role serves someone and the name
carries its own title or kin word ("Spokesman for Senator Mitch McConnell said", "Adviser to Governor Jane Roe
said", "Lawyer for his son Tom said"), the name is the one served, not the speaker: the role speaks, unnamed.
A comma before the name ("A spokesman for the senator, Don Stewart, said") keeps the name as the role's own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .speaker_words import kin_nouns, person_nouns

__all__ = ["serves_name"]

# the prepositions of a role that serves someone ("spokesman for", "adviser to", "lawyer for")
_SERVING = frozenset({"for", "to"})


def serves_name(root: Token, name: Span) -> bool:
    """Whether ``name``, found for the role noun ``root``, stands in the role's "for"/"to" phrase right after a
    title or kin word of its own, with no comma between role and name."""
    doc = root.doc
    if name.start <= root.i + 1:
        return False
    between = doc[root.i + 1 : name.start]
    if any(t.is_punct for t in between) or not any(t.lower_ in _SERVING and t.dep_ == "prep" for t in between):
        return False
    return doc[name.start - 1].lower_ in person_nouns() | kin_nouns()
