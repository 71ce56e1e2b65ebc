"""Round 29 (review B, issue #18 item 1): a name the entity layer typed an organization, set in apposition to a
noun for one person, is that person ("The Vatican's foreign minister, Monsignor Ada Rossi, acknowledged ...";
"Ivan Petrov, Russian ambassador to the U.N., said ..."). A minister or an ambassador is never an organization,
so the role noun is the evidence; the name must still read as a person's (two to four capitalized words, none a
body's noun such as "Ministry" or "Council"), else the speaker stays the role as written (precision first)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...lexicon import read_tsv
from .speaker_words import GROUP_NOUNS, ORG_NOUNS, person_nouns

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .speakers import Resolver

__all__ = ["person_role", "person_shaped", "person_of_role", "comma_apposed_name", "family_named", "role_apposed_name"]


def person_role(root: Token) -> bool:
    """A singular noun for one person ("minister", "ambassador", "spokesman"), never a body's noun."""
    word = root.lower_
    return root.tag_ == "NN" and word in person_nouns() and word not in ORG_NOUNS and word not in GROUP_NOUNS


def person_shaped(name: str) -> bool:
    """Two to four capitalized words with no digit and no body's noun: "Vasily Nebenzya", not "Foreign Ministry"."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    return all(w[:1].isupper() and not any(ch.isdigit() for ch in w) and w.lower().rstrip(".") not in ORG_NOUNS
               and w.lower() not in GROUP_NOUNS for w in words)


def person_of_role(ent: dict[str, Any], root: Token) -> bool:
    """A person entity, or one typed an organization whose name reads as a person's set beside a noun for one
    person ("the foreign minister, Monsignor Ada Rossi")."""
    return ent["type"] == "PERSON" or ent["type"] == "ORG" and person_role(root) and person_shaped(ent["name"])


def comma_apposed_name(root: Token) -> Token | None:
    """The last word of the name a role noun follows after a single comma, whatever the parse made of the two ("Ivan
    Petrov, Russian ambassador to the U.N., said": "ambassador" a conjunct of "Petrov", or an apposition of a
    place before them); None when the role is neither a conjunct nor an apposition, or a coordinator joins them."""
    if root.dep_ not in ("conj", "appos"):
        return None
    if root.dep_ == "conj" and any(c.dep_ == "cc" for c in root.head.children):
        return None  # ("Petrov and the ambassador")
    lead = root.left_edge.i
    if lead < 2 or root.doc[lead - 1].text != ",":
        return None
    name = root.doc[lead - 2]
    return name if name.pos_ == "PROPN" else None


@lru_cache(maxsize=1)
def _family_words() -> frozenset[str]:
    """"family", "dynasty", "clan" ... (``data/surname_phrases.tsv``, kind ``family``)."""
    return frozenset(r[0].lower() for r in read_tsv("surname_phrases.tsv") if len(r) > 1 and r[1] == "family")


def family_named(res: Resolver, eid: str, span: Span) -> bool:
    """A mention of the person ``eid`` inside ``span`` is a surname followed by a family word ("The Levinson family
    statement"): a statement so named is the family's, never that of the member the surname names (review B)."""
    for s, e, mid in res._near(span.start_char, span.end_char):
        after = res.text[e : e + 20].split()
        if mid == eid and s >= span.start_char and after and after[0].lower().strip(",.'’") in _family_words():
            return True
    return False


def role_apposed_name(res: Any, t: Token) -> str | None:
    """The words of a name typed an organization that stands in apposition to the role noun ``t`` and reads as a
    person's ("The foreign minister, Monsignor Ada Rossi, acknowledged ..."): for a later "he", that person spoke
    last, though no person entity holds the name, so no one named further back is taken (precision first)."""
    if not person_role(t):
        return None
    for c in t.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            eid = res._entity_at(c.idx, c.idx + len(c.text))
            if eid is not None and res.by_id[eid]["type"] == "ORG" and person_of_role(res.by_id[eid], t):
                return str(c.text)
    return None
