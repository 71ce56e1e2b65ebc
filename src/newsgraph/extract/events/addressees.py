"""Round 29 (issue 19, wave 2): the one a call or a demand is made of, where the clause names it.

"The government calls on all armed opposition groups to join the talks", "calls on other regional powers to join
us": the "on" phrase of a verb of calling names whom the demand is made of. The partner rule keeps only parties
with an entity or a country there (a place or a date may follow "on" on other verbs), so a described addressee
("all armed opposition groups") was dropped and the target left empty although the clause names it. A call is
never made on a date or a place ("called on Monday" resolves to no party at all), so a described group of people
or a body is the addressee, as the one harmed is for a verb of force.
"""

from __future__ import annotations

from spacy.tokens import Token

from .for_to import for_to_clause
from .parties import Party, PartyResolver
from .party_words import party_words
from .senses import load_senses

__all__ = ["addressed_call", "called_for"]

#: the prepositions or particles of "call on" / "call upon"
_ON = frozenset({"on", "upon"})
#: relative pronouns: a clause's subject that is the noun itself ("demands that must be met")
_RELATIVES = frozenset({"that", "which", "who"})
#: determiners of a definite description
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _definite(noun: Token) -> bool:
    """"the rebels", "the justices": a definite description points back to a party the report named or means (a
    court, an army), which the resolver reads or leaves empty; only an indefinite one ("all rebel groups", "other
    nations", "supporters") describes the addressee itself."""
    return any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in noun.children)


def addressed_call(tok: Token, typ: str, word: str) -> bool:
    """``word`` is the "on" that a verb of calling (DEMAND) governs itself ("calls on all groups to ..."): its
    object is the addressee even when described; not an "on" of the object ("calls for sanctions on Iran"), nor a
    definite description ("should call on the rebels": left to the resolver, as before)."""
    if typ != "DEMAND" or word not in _ON or tok.pos_ != "VERB" or not load_senses().word_in("calling", tok):
        return False
    objs = [o for c in tok.children if c.dep_ in {"prep", "prt"} and c.lower_ == word for o in c.children
            if o.dep_ == "pobj"]
    return bool(objs) and not any(_definite(o) for o in objs)


def described_addressee(pobj: Token, res: PartyResolver) -> list[Party]:
    """A call's addressee described by a noun of people or of bodies ("calls on other nations", "all sides", "the
    warring parties"): a party of its own words, no entity and no code; other nouns ("on Monday") none."""
    if pobj.pos_ != "NOUN" or _definite(pobj) or not (res.people(pobj) or load_senses().word_in("animate", pobj)):
        return []
    sp = res._span_of(pobj)
    return [Party(name=sp.text, start=sp.start_char, end=sp.end_char)]


def complied_by(node: Token, typ: str, res: PartyResolver) -> list[Party]:
    """The one a demand noun is made of, as the subject of a relative clause of meeting it ("twelve demands that
    Iran must meet", "the conditions Kyiv has to fulfil": Iran, Kyiv; ``complying`` in event_party_words.tsv).
    Before, such a demand kept no target although the clause names it."""
    if typ != "DEMAND" or node.pos_ != "NOUN":
        return []
    words = party_words()["complying"]
    for c in node.children:
        if c.dep_ not in {"relcl", "acl"}:  # the parser reads "demands that Iran must meet" as either
            continue
        verbs = [c, *(x for x in c.children if x.dep_ == "xcomp")]  # "has to meet": the subject is the clause's
        if not any(v.lemma_.lower() in words for v in verbs):
            continue
        for s in c.children:
            if s.dep_ == "nsubj" and s.lower_ not in _RELATIVES:
                return res.resolve(s, strict=False)
    return []


def _to_infinitive(verb: Token) -> bool:
    """The call says what its addressee is to do: a to-infinitive complement ("urged supporters to vote")."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def asked_people(tok: Token, typ: str, res: PartyResolver) -> list[Party]:
    """The addressee of a call the report describes, not names: the object of a verb of calling with a
    to-infinitive ("both urged supporters to vote for him"). The resolver keeps only named or sector nouns there,
    so the target was left empty; a described group of people or bodies is whom the call is made of. Not a call
    with no act asked ("urged calm"), nor a noun's "to" phrase ("his message appeals to voters": no call at all)."""
    if typ != "DEMAND" or tok.pos_ != "VERB" or not load_senses().word_in("calling", tok) or not _to_infinitive(tok):
        return []
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return next((found for o in objs if (found := described_addressee(o, res))), [])


def called_for(tok: Token, typ: str, res: PartyResolver) -> list[Party]:
    """Round 30 (ev3): the one a call is made of when the call names it as the subject of a "for ... to" clause
    ("called on Friday for Defense Secretary Mattis to testify", "pressed for the council to act"): the parser
    hangs the clause on the verb with "for" as its mark, so no object or "on" phrase names the addressee and the
    target was left empty. Only a to-infinitive clause's own subject, a name or a described group; not "there"
    ("called for there to be an inquiry") nor an unresolved pronoun."""
    if typ != "DEMAND" or tok.pos_ != "VERB" or not load_senses().word_in("calling", tok):
        return []
    clause = for_to_clause(tok)  # the clause that also makes "called for X to V" a call (round 31)
    for s in clause.children if clause is not None else ():
        if s.dep_ == "nsubj" and s.lower_ not in {"there", "it"}:
            return res.resolve(s, strict=False) or described_addressee(s, res)
    return []
