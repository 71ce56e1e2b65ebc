"""The country a party's noun phrase names: its modifiers, its possessor, an "in X"/"of X" phrase on it.

Moved whole from ``parties`` (round 25 tidying, no rule changed): :class:`PhraseCountries` holds the methods of
``PartyResolver`` that read a noun phrase's span and the country its words, modifiers and place phrases name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon
from .clause_roles import sided
from .party_words import convening, party_words
from .peoples import region_people_country

if TYPE_CHECKING:
    from .parties import Party

__all__ = ["PhraseCountries"]

_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
_LOC_PREPS = frozenset({"in", "of", "from", "inside", "at", "throughout", "across"})


class PhraseCountries:
    """The noun-phrase half of ``PartyResolver`` (its subclass sets ``doc`` and ``base`` and defines the lookups
    declared here)."""

    doc: Doc
    base: Lexicon

    if TYPE_CHECKING:
        def entity_at_token(self, tok: Token) -> dict[str, Any] | None: ...

        def place_at(self, tok: Token) -> tuple[str | None, str] | None: ...

        def from_entity(self, ent: dict[str, Any], head: Token | None = None) -> Party: ...

    def _country_in_words(self, name: str) -> str | None:
        iso = self.base.country_of(name) or self.base.demonym_of(name) or region_people_country(name)
        if iso:  # "Chechen": the state of a people's region (round 17)
            return iso
        words = name.split() or [name]
        w = words[0]  # "Bosnian Serbs": the national adjective in front; "Basque separatists" the region's state
        return (self.base.demonym_of(w) or self.base.country_of(w) or region_people_country(w)) if words[1:] else None

    def _possessor_country(self, head: Token) -> str | None:
        for c in head.children:
            if c.dep_ in {"poss", "compound"}:
                ent = self.entity_at_token(c)
                if ent is not None and ent["type"] == "GPE" and ent.get("country"):
                    return str(ent["country"])
        return None

    # -- noun phrases --------------------------------------------------------------------------
    def _span_of(self, head: Token) -> Span:
        """The noun phrase of ``head`` without relative clauses, appositions and trailing phrases."""
        left = head.i
        for c in head.lefts:
            if c.dep_ in _MOD_DEPS or c.dep_ in {"det", "predet", "case", "quantmod", "advmod"}:
                left = min(left, c.left_edge.i)
        while left < head.i and self.doc[left].lower_ in {"the", "a", "an"}:
            left += 1
        right = head.i
        for c in head.rights:
            # a possessor's "'s" is no part of its name ("the militants' arrest": the militants)
            if c.dep_ == "compound" or c.dep_ == "case" and not (head.dep_ == "poss" and c.tag_ == "POS"):
                right = max(right, c.right_edge.i)
        return self.doc[left : right + 1]

    def _modifier_entity(self, head: Token) -> dict[str, Any] | None:
        for c in head.children:
            if c.dep_ in _MOD_DEPS or c.dep_ == "det":
                for t in c.subtree:
                    ent = None if sided(t) else self.entity_at_token(t)
                    if ent is not None and ent["type"] in {"NORP", "GPE", "ORG", "LOC"}:
                        return ent
        return None

    def _modifier_lexicon(self, head: Token) -> str | None:
        for c in head.children:
            if c.dep_ in _MOD_DEPS and c.i < head.i and not sided(c):
                iso = self.base.demonym_of(c.text) or self.base.country_of(c.text)
                if iso:
                    return iso
        return None

    def _location_country(self, head: Token) -> tuple[str | None, str | None]:
        """(country, entity id) of an "in X"/"of X" phrase attached to ``head`` or its participle."""
        stack = [head, *(c for c in head.children if c.dep_ == "acl" and not convening(c))]  # (not the venue)
        for h in stack:
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in _LOC_PREPS:
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        # round 29: "foreign ministers of the U.S. partners": a partner's or an ally's modifier
                        # names the other side of the tie, not whose the ministers are
                        tied = pobj.lemma_.lower() in party_words().get("relation", frozenset())
                        ent = self.entity_at_token(pobj) or (None if tied else self._modifier_entity(pobj))
                        if ent is not None and ent["type"] in {"GPE", "LOC", "NORP"}:
                            p = self.from_entity(ent, pobj)
                            if p.country:
                                return p.country, ent["id"]
                        place = self.place_at(pobj)
                        if place and place[0]:
                            return place[0], None
                        iso = self.base.country_of(pobj.text)
                        if iso:
                            return iso, None
        return None, None
