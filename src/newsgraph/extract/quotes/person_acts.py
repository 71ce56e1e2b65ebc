"""Acts of attacking that are a stance only between persons (round 17).

"Cruz blasted Rubio for his support of the bill" and "She attacked the senator's record" tell a position one person
took against another, in words: PolNeAR counts the aim as an attribution. The same verbs tell a deed ("gunmen
attacked the hotel", "a bomb blasted the wall"), so data/quote_acts.tsv keeps them apart with the value
``person``: a stance only where the one who acts is a named person or "he"/"she" and the act is aimed at a named
person, "him"/"her", or something a named person or "his"/"her" owns. A means of a deed ("with a knife") gives
nothing. Counted on PolNeAR train over the spans no prediction of main 427ad72 held (dev not read): with a person
subject and a person aim, attack 9 of 11 and blast 4 of 4 overlapped a gold Content.
Round 17b: a campaign's text or body, a rival or critic (data/quote_attack_holders.tsv: "ads that attack Lopez",
"the Lopez campaign attacked Ruiz's record", "rival candidates attacked him"), or an organization the
entity layer names, holds such a stance as a person does; the agents of violence ("gunmen", "a mob") are not listed.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lexicon import read_tsv
from .person_pronouns import person_pronouns

# Pronouns that stand for one person: the subject who acts, the object attacked, the owner of what is attacked
_PERSON_SUBJECTS = person_pronouns("subject", person="3", number="sg")
_PERSON_OBJECTS = person_pronouns("object", person="3", number="sg")
_PERSON_OWNERS = person_pronouns("determiner", person="3", number="sg")


@lru_cache(maxsize=1)
def person_acts() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_acts.tsv") if r[1:2] == ["person"])


@lru_cache(maxsize=1)
def _other_holders() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_attack_holders.tsv"))


def _speaking_holder(t: Token) -> bool:
    """A person, or a body or text that takes positions in a race (round 17b; see the module's docstring); no
    organization by name."""
    words = _other_holders()
    w = t.lower_  # a capitalized plural ("Rivals", "Ads" at a sentence's start) may keep itself as lemma
    # an organization by name is left out (integration, round 17): in conflict news "Hezbollah attacked the
    # governor" is a deed as often as words, and an empty stance beats a violent act read as a position
    return _person(t, _PERSON_SUBJECTS) or t.lemma_.lower() in words or w in words or \
        w.endswith("s") and w[:-1] in words


def _person(t: Token, pronouns: frozenset[str]) -> bool:
    return t.ent_type_ == "PERSON" or t.lower_ in pronouns


def _personal_aim(t: Token) -> bool:
    """A named person, "him"/"her", or what a person owns ("Romney's work at Bain", "his record")."""
    return _person(t, _PERSON_OBJECTS) or any(
        c.dep_ == "poss" and _person(c, _PERSON_OWNERS) for c in t.children)


def between_persons(verb: Token, holder: Token | None) -> bool:
    """True where an act of data/quote_acts.tsv kind ``person`` ("attack", "blast") is one person's stance against
    another: the holder a person (or a campaign's body or text, a side of a race), the object aimed at a person, no "with" of means."""
    if holder is None or not _speaking_holder(holder):
        return False  # "gunmen attacked ...", "a mob attacked him": a deed
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False  # "attacked him with a knife": a deed's means
    return any(c.dep_ == "dobj" and _personal_aim(c) for c in verb.children)
