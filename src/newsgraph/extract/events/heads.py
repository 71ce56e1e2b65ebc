"""The head of a body acts for that body (issue 19, round 17 parties): "the head of Egypt's intelligence service met
...", "the chief of Pakistan's army said", "the director of the FBI" are the body's side, coded as event datasets code
them (CAMEO codes a body's head with the body's country and sector). Before this, "head" and "chief" were no party
words at all, so the subject counted as a thing and the event was dropped ("The head of the Russian navy criticised
Norway" gave none); "director" was a party with no code.

Only a noun of data/event_party_words.tsv kind ``heads`` with an "of" phrase, and only where that phrase resolves to
a coded party: "the head of the family", "the chief of staff", "the director of the film" stay as they were. The head
is a person, not the body: the party keeps the body's code and sector but no entity of the body's (a head is never
filed under the body's entity).

**Forces loyal to a leader** ("troops loyal to President Gbagbo", "militiamen loyal to the warlord Mohamed Aidid")
fight on that leader's side: the noun takes the leader's code (CAMEO codes them so), again with no entity of the
leader's (round 16 left this shape because it filed the supporters under the leader's entity), and only where the
one they are loyal to is a named person with a code ("militias loyal to Iran" may be another state's proxies: empty).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from .party_words import party_words

if TYPE_CHECKING:
    from .parties import PartyResolver

__all__ = ["head_of_body", "loyal_to"]


def head_of_body(tok: Token, res: PartyResolver, depth: int) -> list[Any]:
    """[the head's party with its body's code] for "the head of X" where X resolves to a coded party; [] otherwise."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in party_words().get("heads", frozenset()) or depth >= 3:
        return []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            body = next((p for p in res.resolve_inner(pobj, False, depth + 1) if p.code and not p.person), None)
            if body is None:
                return []
            sp = tok.doc[tok.left_edge.i if tok.left_edge.lower_ not in {"the", "a", "an"} else tok.left_edge.i + 1:
                         pobj.right_edge.i + 1]
            return [replace(body, name=sp.text, entity=None, start=sp.start_char, end=sp.end_char)]
    return []


def loyal_to(tok: Token, res: PartyResolver, depth: int) -> list[Any]:
    """[the forces' party with the code of the one they are loyal to]; [] where the phrase has no such shape."""
    if tok.pos_ not in {"NOUN", "PROPN"} or depth >= 3:
        return []
    for adj in tok.children:
        if adj.dep_ != "amod" or adj.lower_ != "loyal" or adj.i < tok.i:
            continue
        for prep in adj.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # a leader only: "militias loyal to Iran" are often another state's proxies, not Iran's own forces
            side = next((p for p in res.resolve_inner(pobj, False, depth + 1) if p.code and p.person), None) \
                if pobj is not None else None
            if side is None or pobj is None:
                return []
            sp = tok.doc[tok.i : pobj.right_edge.i + 1]
            sector = res.lex.sectors.get(res._noun_lemma(tok)) or side.sector
            return [replace(side, name=sp.text, entity=None, sector=sector, start=sp.start_char, end=sp.end_char,
                            person=False)]
    return []
