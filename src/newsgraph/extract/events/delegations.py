"""People a body sends are that body's side (issue 19, round 18 parties): "the president met a delegation from the
European Union in Kiev" (the Union, not Ukraine, which the event's place gave the nameless "delegation"), "a mission
of observers from the OSCE", "a team of inspectors from the IAEA visited the plant". The noun keeps its own words as
the party's name and takes the sender's code and sector, with no entity of the sender's (as round 16's "a spokesman
for the ministry"). Only nouns of data/event_party_words.tsv kind ``delegation`` and only a "from" phrase that
resolves to a coded party; "a delegation of lawmakers" and "observers in the town" are unchanged."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["sent_from"]


def _from_objects(tok: Token) -> list[Token]:
    """Objects of a "from" phrase on ``tok`` or on the noun of its "of" phrase ("a mission of observers from")."""
    heads = [tok, *(o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj")]
    return [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for o in c.children if o.dep_ == "pobj"]


def sent_from(tok: Token, res: PartyResolver, words: frozenset[str]) -> list[Party]:
    """[the sent people's party with the sender's code] or [] where ``tok`` is no such noun."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words:
        return []
    for o in _from_objects(tok):
        sender = next((p for p in res.resolve(o, strict=False) if p.code), None)
        if sender is not None:
            sp = res._span_of(tok)
            return [replace(sender, name=sp.text, entity=None, start=sp.start_char, end=sp.end_char, person=False)]
    return []
