"""Round 37 (issue 19): a counterpart the sentence names, left empty by the clause rules.

Read on READ reports (read3.jsonl's first 80, extracted at main) and the events_news tune half, where these stood
with an empty target although the sentence named the one acted on:

* "accepted offers of aid from Britain", "accepted an offer of talks from Kim": an acceptance is aimed
  at the one who made the offer, named by the offer's (or its "of" phrase's) "from"/"by" phrase
  (:func:`_offerer`);
* "canceled a planned meeting with Putin set for this weekend": the parser read "Putin set for this weekend" as a
  clause under "with", so the meeting had no partner; the subject of that participle clause is the partner
  (:func:`_misparsed_partner`);
* "requesting that President Obama get involved": a demand told by a "that" clause in the subjunctive (a bare
  verb) is aimed at that clause's subject (:func:`_subjunctive_addressee`);
* "Cummings' letter, addressed to Chaffetz, urged Chaffetz to act" (an empty actor): a document that does what its
  author does (urges, criticizes, backs) is its owner's act; the named possessive of a document subject is the
  actor (:func:`document_author`);
* "The Japanese, where we bombed them in '45, heard it" (a pundit's words): a "we" that bombs or fights speaks for a
  state, not for the person quoted; a violent act's "we" resolved to one person with no known state (a pundit) is
  left empty, while a person of a known state keeps it, whose code is the state's (:func:`no_person_for_we`).

Only where the target is still empty, only a named party (an entity or a country), never a pronoun (those stay to
the pronoun rules, which may leave them empty), never the actor itself: an empty side beats a wrong one.
"""

from __future__ import annotations

from spacy.tokens import Token

from .counterparts import resolve_named
from .parties import Party, PartyResolver
from .senses import load_senses

__all__ = ["document_author", "named_partner", "no_person_for_we"]

#: verbs of taking up an offer; "welcome" is left out, as one welcomes an offer one has not taken
_ACCEPTING = frozenset({"accept"})
#: prepositions that name who made an offer ("an offer from Kim", "a proposal by Egypt")
_MAKER = frozenset({"from", "by"})
#: verbs of asking whose "that" clause in the subjunctive names the one asked ("requested that X step down")
_ASKING = frozenset({"request", "demand", "ask", "insist", "urge", "propose", "recommend"})


#: documents that speak for their author ("the senator's letter urged", "Iran's statement condemned")
_DOCUMENTS = frozenset({"letter", "statement", "tweet", "message", "memo", "op-ed", "editorial", "communique"})
#: acts a document can do in its author's name
_DOCUMENT_TYPES = frozenset({"DEMAND", "DISAPPROVE", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "APPEAL"})


def _pobj(prep: Token) -> Token | None:
    return next((p for p in prep.children if p.dep_ == "pobj"), None)


def _offerer(t: Token, typ: str, res: PartyResolver, actors: list[Party]) -> list[Party]:
    if typ != "AGREE" or t.lemma_.lower() not in _ACCEPTING:
        return []
    senses = load_senses()
    for offer in (c for c in t.children if c.dep_ == "dobj" and senses.word_in("proposal", c)):
        # the parser hangs the maker on the offer, on what is offered ("offers of help from X") or on the verb
        holders = [offer, *(p for c in offer.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), t]
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in _MAKER and c.i > offer.i and (obj := _pobj(c)) is not None:
                    if found := resolve_named(obj, res, actors):
                        return found
    return []


def _misparsed_partner(t: Token, nominal: bool, res: PartyResolver, actors: list[Party]) -> list[Party]:
    """"a meeting with Putin set for Saturday": "with" holds a participle clause (``pcomp``, tagged a past
    participle or a past tense) whose subject is the partner, instead of an object."""
    holders = [t] if nominal else [c for c in t.children if c.dep_ == "dobj"]
    for h in holders:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "with" and _pobj(c) is None):
            # the clause hangs under "with" or, as a relative clause, on the meeting noun itself
            clauses = [c for c in prep.children if c.dep_ == "pcomp"] + [
                c for c in h.children if c.dep_ in {"relcl", "acl"} and c.i > prep.i]
            for clause in (c for c in clauses if c.tag_ in {"VBN", "VBD"}):
                subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
                if subj is not None and subj.left_edge.i == prep.i + 1 and res.entity_at_token(subj) is not None:
                    return resolve_named(subj, res, actors)
    return []


def _subjunctive_addressee(t: Token, typ: str, nominal: bool, res: PartyResolver,
                           actors: list[Party]) -> list[Party]:
    if typ != "DEMAND" or nominal or t.lemma_.lower() not in _ASKING:
        return []
    for clause in (c for c in t.children if c.dep_ == "ccomp" and c.i > t.i and c.tag_ == "VB"):
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        if any(c.dep_ == "aux" for c in clause.children):
            continue  # "asked that the vote would be held": a modal, no subjunctive
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and res.entity_at_token(subj) is not None:
            return resolve_named(subj, res, actors)
    return []


def named_partner(trigger: Token, typ: str, nominal: bool, actors: list[Party], targets: list[Party],
                  res: PartyResolver) -> list[Party]:
    """The targets, filled where they were empty and the sentence names the counterpart (see the module)."""
    if targets:
        return targets
    if not nominal and trigger.pos_ == "VERB":
        found = _offerer(trigger, typ, res, actors) or _subjunctive_addressee(trigger, typ, nominal, res, actors)
        if found:
            return found
    return _misparsed_partner(trigger, nominal, res, actors)


def document_author(trigger: Token, typ: str, nominal: bool, actors: list[Party], targets: list[Party],
                    res: PartyResolver) -> list[Party]:
    """The actors, filled where empty from the named owner of a document subject ("X's letter urged Y")."""
    if actors or nominal or typ not in _DOCUMENT_TYPES or trigger.pos_ != "VERB":
        return actors
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _DOCUMENTS:
        return actors
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or res.entity_at_token(owner) is None:
        return actors
    return resolve_named(owner, res, targets)


#: the first-person plural pronoun a quote's speaker stands in for, as the doer of a verb ("we bombed them"); a
#: possessive ("our fight is with the insurgents", a minister's) is left as it was
_WE = frozenset({"we"})
#: acts of force, which a "we" tells on behalf of a state or an armed side
_FORCE = frozenset({"ASSAULT", "FIGHT"})


def no_person_for_we(trigger: Token, typ: str, parties: list[Party], res: PartyResolver) -> list[Party]:
    """The parties, less any person that stands for a "we" in an act of force (see the module)."""
    if typ not in _FORCE:
        return parties
    doc = trigger.doc
    kept = []
    for p in parties:
        span = doc.char_span(p.start, p.end) if p.start is not None and p.end is not None else None
        if span is not None and span.text.lower() in _WE and res._is_person(p) and not (p.code or p.country):
            continue  # a person of a known state still gives that state's code ("We tortured some folks": USA)
        kept.append(p)
    return kept
