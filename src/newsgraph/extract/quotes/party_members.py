"""Round 21 (issue 18): a party's members are a group that speaks, not a nationality.

spaCy types "Democrats", "Republicans", "Tories" as NORP, the type of a nationality ("the French"), and the speaker
layer names no speaker for a bare NORP word (a nationality is never a speaker). So "Democrats said the bill would
pass" had no ``speaker_name``, and a belief such as "Republicans believe the bill will pass" (a stance, kept only
with whose it is) was dropped. A plural of a party word (``data/entity_party_adjectives.tsv``, the entity layer's
list of party and camp words) names the party's members: the group keeps the words the report gives it as
``speaker_name`` ("Senate Democrats"), with no entity, as "Pentagon officials" does. Nationalities, religions and
peoples ("Americans", "Muslims", "Hispanics") stay no one's, and so does a bare plural that a relative clause
defines ("Democrats who dare to remind voters of ...": any such members, no group that spoke).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["party_members"]


@lru_cache(maxsize=1)
def _party_words() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv("entity_party_adjectives.tsv"))


def party_members(root: Token) -> bool:
    """``root`` is the plural of a party word ("Democrats", "Republicans", "Tories")."""
    word = root.text
    if root.tag_ != "NNPS" and not (root.pos_ == "PROPN" and word.endswith("s")):
        return False
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    if single not in _party_words():
        return False
    doc = root.doc
    defined = any(c.dep_ == "relcl" and doc[c.left_edge.i - 1].text != "," for c in root.children)
    return not (defined and not any(c.dep_ in ("det", "compound", "amod", "poss", "nummod") for c in root.children))
