"""Relatives and friends as parties (issue 19, round 18 parties): "The relatives of the hostages met Netanyahu",
"Family and friends of the jailed contractor urged Obama", "Parents of the kidnapped girls protested". Before this,
kin nouns were no party words: the subject counted as a thing, so the act was dropped ("met", "urged" gave no event)
or kept with no actor.

Kin act for themselves (CAMEO's civilians, CVL). Their country is the one of the person or people they are kin to
(an "of" phrase or a possessor naming a coded party) or of a national modifier ("American families"); never the place
the act happens in, which the sector rule would otherwise give them: the family of a hostage held abroad meets that
country's leader there. With no such code the party keeps its name and no code (an empty code beats a wrong one).
Kin words: data/event_party_words.tsv kind ``kin``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .owners import owners_and_objects
from .party_words import party_words

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["kin_name", "kin_party"]


def _owner(h: Token, res: PartyResolver) -> Party | None:
    """The coded party a possessor or "of" object names: its own entity ("the family of Alan Gross", "Gross's
    wife") or a national modifier ("the jailed American reporter"); a place the phrase reaches is no owner."""
    ent = res.entity_at_token(h)
    if ent is None:
        ent = res._modifier_entity(h)
        if ent is not None and ent["type"] not in {"NORP", "GPE"}:
            ent = None
    return res.from_entity(ent, h) if ent is not None else None


def _kin_of(tok: Token) -> list[Token]:
    """The heads of ``tok``'s possessor and "of" phrase, the persons whose kin it is."""
    owners, objects = owners_and_objects(tok, ("of",))
    # in the children's order (a possessor or an "of" phrase, whichever comes first): an object by its preposition's
    return sorted(owners + objects, key=lambda t: t.i if t.head.i == tok.i else t.head.i)


def _reduced_passive_subject(tok: Token) -> bool:
    """``tok`` is the subject the parser gave a passive whose "was" the sentence left out after a passive conjunct
    ("Saddam was hanged and his sons hunted down and killed"): such a subject underwent the act; as a party it would
    be its doer. (A lone participle with no auxiliary is no sign: the parser tags "Parents ... protested" so.)"""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "conj" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    return any(c.dep_ == "auxpass" for c in verb.head.children)


def kin_party(tok: Token, res: PartyResolver, depth: int) -> list[Party] | None:
    """[the kin's party] for a common noun of kind ``kin`` that names no entity, else None (not a kin noun)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in party_words().get("kin", frozenset()) or depth >= 3:
        return None
    if res.entity_at_token(tok) is not None:
        return None
    from .parties import Party  # here, not at the top: parties imports this module's caller

    if any(c.dep_ == "appos" for c in tok.children):
        return None  # "Mr. Gross's wife, Judy", "its parent, Alphabet": the name apposed is the party
    if _reduced_passive_subject(tok):
        return None  # "... was hanged and his sons hunted down and killed": they underwent it
    sp = res._span_of(tok)
    # "his wife": a pronoun's person is left to the pronoun rules, not guessed here
    owner = next((o for h in _kin_of(tok) if h.pos_ != "PRON" and (o := _owner(h, res)) is not None), None)
    code = owner.code if owner is not None else None
    country = owner.country if owner is not None else None
    if owner is None:
        mod = res._modifier_entity(tok)  # "American families", "the Israeli parents"
        if mod is not None and mod["type"] in {"NORP", "GPE"}:
            base = res.from_entity(mod, tok)
            code, country = base.code, base.country
    return [Party(name=sp.text, country=country, sector="CVL", code=code, start=sp.start_char, end=sp.end_char)]


_IRREGULAR = {"family": "families", "wife": "wives", "kinsman": "kinsmen"}


def kin_name(name: str) -> bool:
    """A party named by a kin noun ("Parents", "the hostages' families"): the event's place never codes it."""
    words = name.lower().split()
    if not words:
        return False
    kin = party_words().get("kin", frozenset())
    return any(words[-1] in {w, w + "s", _IRREGULAR.get(w, w)} for w in kin)
