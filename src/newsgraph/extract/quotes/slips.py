"""Round 18: a said clause the parser split into a second subject of the cue verb.

"Prosecutors ..., said Manafort and an associate 'repeatedly' attempted to contact witnesses" can come out of the
parser as "said" with two subjects, one before it (the speakers) and one after it ("Manafort", with the clause's
verb hung on the last name as a modifier): the clause said was lost and only the partial "repeatedly" was kept
(review 16's report, left in rounds 16 and 17). A subject after the verb while the verb has its own subject before
it is read as the clause said. An inverted speaker ("'...,' said Smith") has no subject before the verb.
"""

from __future__ import annotations

from spacy.tokens import Token


def late_subject(verb: Token, child: Token) -> bool:
    """``child`` is a subject after ``verb`` while ``verb`` has a subject before it: the parse of a clause said."""
    if child.dep_ != "nsubj" or child.i < verb.i:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children)
