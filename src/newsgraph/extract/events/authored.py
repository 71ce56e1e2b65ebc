"""A text stands for its author where a possessor names the author (issue 19, round 18 parties).

"Cummings' letter, addressed to his counterpart, urged Chaffetz to ...": Cummings urges; "The foreign minister's
statement condemned Russia": the minister condemns; "Washington rejected Iran's proposal": Iran is the one
rejected. Before this, the possessed text was a thing: its act had no actor ("Smith's letter" kept as a nameless
party) or was dropped outright as a thing's act ("The foreign minister's letter urged Iran" gave no event).

Only a common noun of data/event_party_words.tsv kind ``authored`` with a possessor that is no pronoun and resolves to
a party; "his letter" is left to the pronoun rules of the verb's subject, "the letter" and "a report by ..." are
unchanged (the "by" phrase is the round-12 rule's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .party_words import party_words

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["text_author"]


def text_author(tok: Token, res: PartyResolver, depth: int) -> list[Party] | None:
    """The parties of the possessor of an authored text ``tok``; None where ``tok`` is no such text."""
    if depth >= 3 or tok.pos_ != "NOUN" or tok.lemma_.lower() not in party_words().get("authored", frozenset()):
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON" or res.entity_at_token(tok) is not None:
        return None
    authors = res.resolve_inner(poss, True, depth + 1)
    return authors or None
