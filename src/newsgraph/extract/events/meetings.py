"""Who met whom when a meeting or a call is told by a noun (docs/events_guidelines.md, round 4 addendum):

* "a phone conversation between Trump and Zelensky", "talks between Kenya and Uganda": the parties are the
  ones the noun names, not the subject of the verb that mentions it ("the complaint described ...");
* "Macron told Trump during a telephone call", "Bortnikov told me in a phone call": the call is the
  meeting of the one who spoke and the one spoken to.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..quotes.cues import load_cues
from .parties import Party, PartyResolver

__all__ = ["MEETING_TYPES", "between_parties", "call_parties", "telling"]

MEETING_TYPES = frozenset({"CONSULT", "COOPERATE"})
_CALL_PREPS = frozenset({"during", "in", "on", "over"})
#: what one says during a call that is no verb of reporting speech; the reporting verbs themselves ("told",
#: "warned", "assured") are the quote cue verbs of data/quote_cues.tsv, kept in that one list
_TALK_ONLY = frozenset({"discuss", "raise", "express"})


def telling(lemma: str) -> bool:
    """A verb by which one party speaks to another ("told", "warned", "discussed")."""
    return lemma in _TALK_ONLY or lemma in load_cues().verbs


def between_parties(node: Token, res: PartyResolver) -> tuple[list[Party], list[Party]] | None:
    """(first party, the others) of "between A and B" on the noun, or None."""
    for c in node.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            for p in c.children:
                if p.dep_ == "pobj":
                    parties = res.resolve(p, strict=False)
                    for m in p.children:  # the parser may hang "Trump and" on "Zelensky" as a modifier
                        if m.dep_ == "nmod" and m.i < p.i and m.pos_ == "PROPN":
                            named = {y.entity for y in parties if y.entity}
                            parties = [x for x in res.resolve_inner(m, False, 3)
                                       if x.start <= m.idx < x.end and x.entity not in named] + parties
                    if len(parties) >= 2:
                        return parties[:1], parties[1:]
    return None


def call_parties(node: Token, res: PartyResolver) -> tuple[list[Party], list[Party]] | None:
    """(speaker, the one spoken to) of "X told Y during a call", or None."""
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _CALL_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or not telling(verb.lemma_.lower()):
        return None
    speaker = next((res.resolve(c, strict=False) for c in verb.children if c.dep_ == "nsubj"), [])
    heard: list[Party] = []
    for c in verb.children:
        if c.dep_ in {"dobj", "dative", "iobj"} and (c.pos_ in {"PROPN", "PRON"} or res.entity_at_token(c)):
            heard = res.resolve(c, strict=False)
            break
    if not speaker:
        return None
    return speaker, heard
