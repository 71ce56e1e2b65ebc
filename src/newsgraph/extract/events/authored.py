"""A text stands for its author where a possessor names the author (issue 19, round 18 parties).

"Cummings' letter, addressed to his counterpart, urged Chaffetz to ...": Cummings urges; "The foreign minister's
statement condemned Russia": the minister condemns; "Washington rejected Iran's proposal": Iran is the one
rejected. Before this, the possessed text was a thing: its act had no actor ("Smith's letter" kept as a nameless
party) or was dropped outright as a thing's act ("The foreign minister's letter urged Iran" gave no event).

Only a common noun of data/event_party_words.tsv kind ``authored`` with a possessor that is no pronoun and resolves to
a party, and only as a party of an event verb's own clause; "his letter" is left to the pronoun rules of the verb's
subject, "the letter" and "a report by ..." are unchanged (the "by" phrase is the round-12 rule's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .party_words import party_words

if TYPE_CHECKING:
    from .parties import Party, PartyResolver

__all__ = ["text_author"]


def _acts(tok: Token, res: PartyResolver) -> bool:
    """The text is a party of an event verb's own clause (its subject or object: "Smith's letter urged", "rejected
    Iran's proposal"), not of a clause whose verb tells nothing ("Kerry's statement comes on the day that a deadline
    urging ... expires": the deadline's urging would otherwise inherit the statement's author)."""
    from .triggers import match_rule  # here, not at the top: triggers imports the resolver, which imports this

    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} and verb.pos_ in {"VERB", "NOUN"} and (
        match_rule(verb, res.lex) is not None)


def text_author(tok: Token, res: PartyResolver, depth: int) -> list[Party] | None:
    """The parties of the possessor of an authored text ``tok``; None where ``tok`` is no such text."""
    if depth >= 3 or tok.pos_ != "NOUN" or tok.lemma_.lower() not in party_words().get("authored", frozenset()):
        return None
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON" or res.entity_at_token(tok) is not None or not _acts(tok, res):
        return None
    authors = res.resolve_inner(poss, True, depth + 1)
    return authors or None
