"""Round 31 (issue 19, parties left empty although named): backing for helping someone names who is helped.

"expressed support for arming the rebels in Libya", "voiced support for training the Iraqi army": a statement of
support whose "for" phrase is a gerund of backing (arm, fund, train, equip, back, support: the verbs of
the ``backing`` class of data/event_party_words.tsv) is aimed at that gerund's object, as "support for the rebels"
is. A gerund of any other verb is left alone ("support for attacking Iran": Iran is attacked, not backed); so is a
demand ("called for arming the Kurds": the target of a demand is the one asked, not the one to be armed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .party_words import party_words

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["helped_party"]

#: the types whose "for" phrase names what is backed
HELPED_TYPES = frozenset({"SUPPORT"})


def _backing_gerund(tok: Token) -> bool:
    """A gerund whose verb is one of the ``backing`` participles ("arming": armed; "equipping": equipped)."""
    if tok.tag_ != "VBG":
        return False
    lemma = tok.lemma_.lower()
    return bool({lemma + "ed", lemma + "d", lemma + lemma[-1:] + "ed"} & party_words()["backing"])


def _for_phrases(tok: Token) -> list[Token]:
    """The "for" phrases of the trigger and of its object ("expressed support for ...")."""
    out = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        out.extend(c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for")
    return out


def helped_party(tok: Token, typ: str, res: PartyResolver) -> list[Party]:
    """The named or coded side a "for" gerund of backing helps; nobody when it names none."""
    if typ not in HELPED_TYPES:
        return []
    for prep in _for_phrases(tok):
        for ger in (g for g in prep.children if g.dep_ == "pcomp" and _backing_gerund(g)):
            for obj in (o for o in ger.children if o.dep_ == "dobj"):
                found = [p for p in res.resolve(obj, strict=False) if p.entity or p.code or p.country or p.sector]
                if found:
                    return found
    return []
