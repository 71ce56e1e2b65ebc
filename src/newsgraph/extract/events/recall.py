"""Round 12, recall: where a report tells its news outside the parse's root.

News English tells its events in the main clause, but not always as the sentence's root verb: as a second
verb of the main clause with the same doer ("Kirby accused Trump of politicizing the visit, and called the
signing inappropriate"; "Garissa's governor condemned the attack and demanded ..."), or as a participle that
says what the main act did ("Cummings released a letter charging that Flynn lied", "Obama published an op-ed
condemning the attacks", "fighters infiltrated a base, killing dozens"). Such a clause is the report's main
predication as much as the root verb is: the confidence model's ``root`` feature counts it and it is not
``embedded`` (docs/events_guidelines.md, round 12 recall addendum). A clause that is the complement of another
verb ("decided to reduce", "wants to meet", "said that ...") is not counted here, and neither is a clause whose
modal states a norm or a capacity ("officials can request them", "leaders must discuss matters"): no act is
told.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TriggerRule
from .meetings import telling
from .parties import PartyResolver
from .senses import Senses, load_senses

__all__ = ["main_predication", "perfect_conjunct", "conversation_rule", "reported_censure", "reported_call"]

#: modals of obligation, permission or ability: the clause states a norm or a capacity, not a told act
_NORM_MODALS = frozenset({"can", "could", "must", "should", "ought", "may"})


def _verb(t: Token) -> bool:
    return t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB")


def _own_clause(t: Token) -> bool:
    """A conjunct that tells an act of its own: finite ("and called the signing inappropriate"), or with a
    subject of its own; not a bare infinitive ("will visit Ramallah and meet with Abbas" keeps its head's
    standing and is the head's business)."""
    return t.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)


def _participle_of_act(t: Token) -> bool:
    """A participle clause with no mark of its own that says what the main act did or said ("released a letter
    charging that ...", "infiltrated a base, killing dozens"); its doer is the root's subject."""
    return t.dep_ == "advcl" and t.tag_ == "VBG" and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass", "aux"} for c in t.children) and any(
        c.dep_ == "nsubj" for c in t.head.children)


def _finite_after_participle(t: Token) -> bool:
    """Round 24: a finite verb the parse conjoined to a participle of the main act ("police have laid siege to a
    university, pinning 800 students inside and threatened to use live ammunition"): a participle clause holds
    no finite verb, so the conjunct is the main clause's second act."""
    return t.dep_ == "conj" and t.tag_ in {"VBD", "VBZ"} and _participle_of_act(t.head) and (
        t.head.head.dep_ == "ROOT") and not _norm(t) and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)


def _norm(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _NORM_MODALS for c in t.children)


def _words_issued(t: Token) -> bool:
    """A participle on the root's object that is a text the subject issued: "issued a statement condemning the
    attack", "released a letter charging that ...": the statement's act is the subject's."""
    obj = t.head
    return t.dep_ == "acl" and t.tag_ == "VBG" and obj.dep_ == "dobj" and obj.head.dep_ == "ROOT" and (
        load_senses().word_in("speech", obj) or load_senses().word_in("info", obj)) and any(
        c.dep_ == "nsubj" for c in obj.head.children)


def main_predication(t: Token) -> bool:
    """The verbal event at ``t`` is the main clause's predication though not the root: a conjunct of the root
    verb that tells an act of its own, a participle saying what the root's act did, or what a text the root's
    subject issued does."""
    if _verb(t) and (_words_issued(t) or _finite_after_participle(t)):
        return True
    if not _verb(t) or t.dep_ == "ROOT" or t.head.dep_ != "ROOT" or not _verb(t.head):
        return False
    if _norm(t) or _norm(t.head) and t.dep_ == "conj" and not any(c.dep_ == "aux" for c in t.children):
        return False
    return (t.dep_ == "conj" and _own_clause(t)) or _participle_of_act(t)


#: acts of words whose sense in reported speech is narrow: censure, accusation, refusal (an "agree", "accept",
#: "support" or "welcome" a speaker reports is as often an opinion: "agreed with the tactic", "I accept the
#: conclusion", "I welcome a robust debate": those stay embedded)
_CENSURE_TYPES = frozenset({"DISAPPROVE", "REJECT"})


def reported_censure(t: Token, typ: str) -> bool:
    """A censure, accusation or refusal that the root's verb of saying reports ("He said the United States
    condemned the renewal", "Ministers said they were seriously concerned by ..."): the report's main predication."""
    return typ in _CENSURE_TYPES and _verb(t) and t.dep_ in {"ccomp", "parataxis"} and t.head.dep_ == "ROOT" and (
        telling(t.head.lemma_.lower())) and not _norm(t)


#: prepositions and particles that name whom a call is addressed to ("calls on all armed groups to ...")
_ADDRESSEE = frozenset({"on", "upon"})


def _addressee(t: Token) -> bool:
    """The call names whom it asks: an object ("urged Pyongyang to ...") or an "on" phrase ("calls on X to ...")."""
    return any(c.dep_ in {"dobj", "dative"} or c.dep_ in {"prep", "prt"} and c.lower_ in _ADDRESSEE for c in t.children)


def _to_act(t: Token) -> bool:
    """The call says what the addressee is to do: a to-infinitive ("to join the peace process")."""
    return any(c.dep_ == "xcomp" and _verb(c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in t.children)


def reported_call(t: Token, typ: str) -> bool:
    """Round 18: a call on a named addressee to act that the root's verb of saying reports, as its complement or
    as a conjunct of that complement ("the ministry said the government believes ... and thus calls on all armed
    groups to join the talks", "'The United States calls on other powers to join us,' he said"): the statement's
    act, as a reported censure is. Not a norm ("should call on"), nor a call with no addressee or no act asked, nor an
    order ("said he had ordered the atomic industry to be ready": the orderer's own act, seen reports)."""
    if typ != "DEMAND" or not _verb(t) or _norm(t) or not load_senses().word_in("calling", t):
        return False  # "has ordered the carrier to head for the islands": a command to one's own, no call
    if not (_addressee(t) and _to_act(t)):
        return False
    clause = t.head if t.dep_ == "conj" else t
    if clause is not t and _norm(clause):
        return False
    return clause.dep_ in {"ccomp", "parataxis"} and clause.head.dep_ == "ROOT" and telling(clause.head.lemma_.lower())


def perfect_conjunct(t: Token) -> bool:
    """A participle conjoined to a perfect ("hadn't publicly offered his thoughts or pledged support"): it shares
    its head's auxiliary and negation as a bare verb does (round 12: the conjunct, now shown as a main
    predication, was shown asserted)."""
    head = t.head
    # a regular past form is the participle too: the tagger reads "or pledged support" after "hadn't offered" as VBD
    participle = t.tag_ == "VBN" or t.tag_ == "VBD" and t.lower_.endswith("ed")
    return participle and head.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)


#: prepositions that name whom one talks with ("spoke with Putin", "talked to his counterpart")
_PARTNER = frozenset({"with", "to"})
_PHONE = frozenset({"phone", "telephone", "telephonically"})


_NAMED = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def _counterpart(q: Token, res: PartyResolver, senses: Senses) -> bool:
    """``q`` names a party one consults: an entity, a name, an actor of the actor table or a person's role ("his
    Iranian counterpart"), never the press ("spoke to reporters", "told CNN") nor a pronoun (whose referent the
    clause does not settle)."""
    if q.pos_ == "PRON":
        return False
    for p in res.resolve(q, strict=False):
        if p.sector == "MED" or res.base.outlet_of(p.name) is not None:
            return False
        if p.entity or p.sector or q.ent_type_ in _NAMED or senses.word_in("person", q):
            return True
    return False


def _press_speaker(tok: Token, res: PartyResolver, senses: Senses) -> bool:
    """Round 37 (review S): the one who speaks is a reporter or a news outlet ("Journalists spoke with the
    victim's parents", "NBC spoke with a dozen officials for the report"): gathering a story, not a consultation
    between parties (PLOVER CONSULT)."""
    for s in (c for c in tok.children if c.dep_ == "nsubj"):
        if senses.word_in("news_media", s) or any(
                p.sector == "MED" or res.base.outlet_of(p.name) is not None for p in res.resolve(s, strict=False)):
            return True
    return False


def conversation_rule(tok: Token, res: PartyResolver, senses: Senses) -> TriggerRule | None:
    """CONSULT for a verb of conversation with a counterpart named after "with" or "to" ("Obama spoke by phone
    with Putin", "Kerry talked with his Iranian counterpart"; the codebook's consultation, CAMEO 04). Talking
    about something, to the press or with nobody named is no consultation (the sense rows of ``talk``)."""
    if tok.pos_ != "VERB" or not senses.word_in("conversing", tok):
        return None
    # "with" names a counterpart; "to" one only when it is a person ("spoke to Republican senators"): speaking to
    # a body or a crowd ("speaking to Parliament", "spoke to the nation") is an address, not a consultation
    partners = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in _PARTNER
                for p in c.children if p.dep_ == "pobj" and (
                    c.lower_ == "with" or p.ent_type_ == "PERSON" or senses.word_in("interlocutor", p))]
    if not any(_counterpart(q, res, senses) for q in partners) or _press_speaker(tok, res, senses):
        return None
    phone = any(t.lower_ in _PHONE for c in tok.children if c.dep_ in {"prep", "advmod", "npadvmod"}
                for t in c.subtree)
    return TriggerRule(tok.lemma_.lower(), "V", "CONSULT", "phone" if phone else None, None, (("sense",),))
