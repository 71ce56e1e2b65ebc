"""Round 37 (issue 18): a body whose capitalized name the parser typed as a place or nationality still speaks.

The speaker layer names no one for a subject whose head spaCy typed NORP or GPE (a bare nationality or a place is
never a speaker). spaCy also gives those types to bodies named after a state: "Saudi Arabia's Embassy in Turkey
said" (Embassy typed GPE) and "The U.S. Marines have described the crash as a mishap" (Marines typed NORP) had no
``speaker_name`` though the report names who speaks (read reports, the review's class "speaker empty though the
organization is named"). A head word that is a body's noun (an embassy, a ministry, an army, the Marines) names
that body: the mention keeps the words the report gives it as ``speaker_name``, with no entity, as "Pentagon
officials" and a party's members (:mod:`.party_members`) do. Peoples and nationalities ("the Kurds", "the
Saudis") stay no one's, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from .party_members import party_members
from .speaker_words import ORG_NOUNS

__all__ = ["named_group"]

# body nouns of ORG_NOUNS that a text or a thing may also head ("the Report", "the Site"), left out
_BODIES = (ORG_NOUNS - {"statement", "report", "site", "website", "daily", "paper", "campaign", "party"}) | {
    "marines", "navy", "consulate", "mission", "police", "guard", "forces"}


def named_group(root: Token) -> bool:
    """``root``, a subject's head typed as a place or nationality, names a group that speaks: a party's members
    ("Democrats") or a body named after a state ("Saudi Arabia's Embassy", "The U.S. Marines")."""
    if party_members(root):
        return True
    return root.pos_ == "PROPN" and root.text[:1].isupper() and root.lower_ in _BODIES
