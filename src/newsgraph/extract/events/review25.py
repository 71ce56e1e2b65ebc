"""Review of round 25 (start): a weapon told as the actor, an endorsement gained.

The start-of-round review of ten unseen reports found two events with their sides wrong:

- **A weapon is never an actor.** "The Oreshnik, which is capable of carrying nuclear ... warheads, struck the city"
  and "The Kinzhal missile struck the city of Odesa" gave ASSAULT the actor 'Oreshnik' / 'Kinzhal missile'. The
  one who fires a missile is the actor; the missile is the means. An actor with no country whose head word is a
  projectile or a weapon ("missile", "drone", "rocket"), or whose name the report calls a missile, a rocket or a
  drone elsewhere ("the Oreshnik missile", "a new Zircon hypersonic missile"), is dropped: no actor beats a wrong
  one (``weapon_actors``). A weapon with a side's adjective ("a Ukrainian drone killed ...", coded UKR) stands for
  that side and stays.
- **An endorsement gained.** "The spending plan gained the endorsement of Gov. X" gave SUPPORT the target X and no
  actor; X endorses (actor) and what gained the endorsement is backed (target). A noun of backing that is the
  object of "gain", "win", "receive", "get", "earn", "secure" ... takes its "of" object (or possessor) as the
  actor, and the verb's subject as the target (``gained_backing``).

Run after scoring, like :mod:`.under_fire`: only sides are edited.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .parties import Party, PartyResolver
from .requests import owner_or_of
from .senses import load_senses
from .triggers import Found, _subject_of

__all__ = ["weapon_actors", "gained_backing"]

# what a weapon is called when a name is given to it ("the Oreshnik missile", "Zircon hypersonic missiles")
_WEAPON_WORDS = ("missile", "missiles", "rocket", "rockets", "drone", "drones", "warhead", "warheads", "torpedo",
                 "torpedoes", "bomb", "bombs", "glide-bomb", "cruise")
_WEAPON_AFTER = "|".join(_WEAPON_WORDS)
_FIRED = "missile|missiles|rocket|rockets|warhead|warheads|torpedo|torpedoes"
# the one word that may stand between a weapon's name and its kind ("the Zircon hypersonic missile")
_WEAPON_KINDS = "hypersonic|ballistic|cruise|intermediate-range|medium-range|short-range|long-range|anti-ship|" \
    "air-launched|air-to-surface|surface-to-air|guided|attack|kamikaze|combat"
# nouns of backing whose "of" object is the one who backs
_BACKING = frozenset({"endorsement", "endorsements", "support", "backing", "blessing", "approval", "nod"})
# verbs of gaining something from someone
_GAIN = frozenset({"gain", "win", "receive", "get", "earn", "secure", "garner", "land", "obtain", "attract", "pick",
                   "collect", "clinch", "nab", "snag", "score", "capture", "have", "enjoy"})


def _is_weapon(p: Party, trigger: Token, text: str) -> bool:
    """The party is a weapon: its head word is a projectile or a weapon, or its name is called one in the text."""
    if p.code is not None or p.country is not None:
        return False  # "a Ukrainian drone killed ...": the side is named (coded UKR), the weapon stands for it
    root = p.root(trigger.doc)
    senses = load_senses()
    if root is not None and (senses.word_in("projectile", root) or senses.word_in("missile", root)):
        return True
    # (a country or a body with a code fires missiles: "North Korea launches rocket"; kept above)
    last = p.name.split()[-1] if p.name.split() else ""
    if not last[:1].isupper():
        return False
    if p.person:
        # the entity layer types a lone weapon name PERSON ("the Oreshnik"): one word, told as a missile, a rocket
        # or a warhead after an article ("an Oreshnik missile"; never "the Obama drone program")
        return " " not in p.name and re.search(
            rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|new)\s+{re.escape(last)}(?:\s+(?:{_WEAPON_KINDS}))?\s+(?:{_FIRED})\b",
            text) is not None
    return re.search(rf"\b{re.escape(last)}(?:\s+(?:{_WEAPON_KINDS}))?\s+(?:{_WEAPON_AFTER})\b", text) is not None


def weapon_actors(found: list[Found], text: str) -> list[Found]:
    """``found`` with weapons taken out of the actors (in place; see the module's text)."""
    for f in found:
        if f.actors:
            f.actors = [p for p in f.actors if not _is_weapon(p, f.trigger, text)]
    return found


def gained_backing(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the sides of "X gained the endorsement of Y" set: Y backs, X is backed (in place)."""
    for f in found:
        t = f.trigger
        if f.rule.type != "SUPPORT" or t.lower_ not in _BACKING or t.dep_ != "dobj" or \
                t.head.lemma_.lower() not in _GAIN:
            continue
        who = owner_or_of(t)  # the possessor or the "of" phrase: who backs
        if who is None:
            continue
        backers = res.resolve(who)
        if not backers:
            continue
        f.actors = backers
        keys = {b.key() for b in backers}
        f.targets = [p for p in _subject_of(t.head, res) if p.key() not in keys]
    return found
