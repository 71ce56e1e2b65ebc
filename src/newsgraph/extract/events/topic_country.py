"""A person's country that a role names only as its topic is no code (round 35, issue 19: a country code taken
from a nearby word rather than the party).

"Joshua Stanton, a North Korea observer", "a China expert at a Washington think tank": the places layer fills the
person's empty country with the country its role mentions, so the person acted as North Korea (PRK) or China.
The persons layer already reads such a role as a topic, not a nationality (``person_country.role_country``); the
events' parties follow it: where some role of the person names the entity's country by its plain name and no role
gives that country by a title, an office, a possessive or a nationality ("Iraq's ambassador", "a North Korean
defector", "U.S. official"), the party has no country from it. The code is then left empty rather than taken from
the nearest place.
"""

from __future__ import annotations

from typing import Any

from ...lexicon import Lexicon
from ...person_country import role_country

__all__ = ["topic_only_country"]


def _names_country(role: str, iso: str, lex: Lexicon) -> bool:
    """The role holds the country's plain name (one to three words), not a demonym ("North Korea observer")."""
    words = role.replace("’", "'").split()
    for k in (3, 2, 1):
        for i in range(len(words) - k + 1):
            piece = " ".join(words[i:i + k]).strip(",;:.")
            if piece[:1].isupper() and not piece.endswith("'s") and lex.country_of(piece) == iso \
                    and lex.demonym_of(piece) != iso:
                return True
    return False


def topic_only_country(ent: dict[str, Any], lex: Lexicon) -> bool:
    """The person entity's country comes only from a role that names it as a topic."""
    iso = ent.get("country")
    roles = [str(r) for r in ent.get("roles") or []]
    if ent.get("type") != "PERSON" or not iso or not roles:
        return False
    if any(role_country(r, lex) == iso for r in roles):
        return False
    return any(_names_country(r, iso, lex) for r in roles)
