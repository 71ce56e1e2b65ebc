"""Round 37 (issue 18, review S): a description that names a person's office by a word the role's head noun does
not carry ("the company's chief" for "chief executive", "the premier" for "Prime Minister", "the director" for
"Director-General").

``described_persons`` compares a description's head noun with the last word of each role ("executive",
"minister", "general"), so a description by the first word of a two-word office, or by a one-word name of a
two-word office, found no one and the speaker stayed "the company's chief". ``data/quote_described_roles.tsv`` may
now list a whole office of several words for a description head; such an office fits a role whose head phrase (its
words before the first preposition or comma, hyphens read as spaces) ends with it, unless the word before it makes
it another office ("deputy prime minister", "vice president": ``_OTHER_OFFICE``). An office named only so stays no
one's; the one-person test of ``described_persons`` is unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .speaker_names import role_phrase_words

__all__ = ["office_fits"]

# words before an office that name a different, lower or past office: never the office itself
_OTHER_OFFICE = frozenset({"vice", "deputy", "assistant", "associate", "under", "lieutenant", "co", "former",
                           "ex", "junior", "shadow"})
_SPACE = re.compile(r"[-\s]+")


@lru_cache(maxsize=1024)
def _phrases(role: str) -> tuple[tuple[str, ...], ...]:
    """The head phrases of a role, each as its words ("company's chief executive" -> (company's, chief,
    executive))."""
    return tuple(tuple(_SPACE.split(" ".join(p))) for p in role_phrase_words(role))


def office_fits(roles: list[str], offices: frozenset[str]) -> bool:
    """One of ``roles`` is one of the several-word ``offices`` (see the module's text)."""
    for role in roles:
        for words in _phrases(role):
            for office in offices:
                want = tuple(office.split())
                n = len(want)
                if len(words) >= n and words[-n:] == want and \
                        (len(words) == n or words[-n - 1] not in _OTHER_OFFICE):
                    return True
    return False
