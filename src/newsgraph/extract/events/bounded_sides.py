"""Round 34 (evprec, issue 19): sides the clause's own words rule out, read on shown events of tune reports.

An empty side beats a wrong one; each rule only takes a side away, or moves it to the role the clause gives it.

* A quantified subject ("some in the room rebuffed the offer", "all of the major parties supported her approach,
  says Busch"): the doer is the quantified group. A side named outside that subject (the main clause's subject, the
  speaker of a trailing "says X") is not the doer; the group named in the subject's "of" phrase is, else nobody
  (:func:`_quantified_doer`).
* A passive whose "by" phrase hangs on the verb's object ("we've been denied access by security officers"): the
  parser left the agent under "access", and the party layer gave it as the target; it is the doer
  (:func:`_agent_as_doer`).
* A place that an act of force, a deployment or a meeting comes "from" ("a launch of rockets from Gaza", "met ...
  following a launch of rockets from Gaza") is where it started, never the one it was aimed at
  (:func:`_origin_place`).
* An act told inside a noun of telling or covering ("her coverage of the probe of the Russia probe", "his account of
  the raid"; class ``telling_noun`` of data/event_senses.tsv): the noun's owner told of the act, and is no doer
  (:func:`_teller_not_doer`).
* An act received ("Iraq did receive a warning that the strike was coming", "the town got a visit"): the subject of
  "receive"/"get" is the one the act reached, never its doer; the doer is the "from" phrase, else nobody
  (:func:`_receiver_not_doer`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party, PartyResolver
from .party_words import mere_place
from .triggers import Found

__all__ = ["bounded_sides"]

# words that head a subject standing for part of a group; "both" and "each" are left out, as they stand for the
# parties named before ("Both met on Tuesday")
_QUANTIFIERS = frozenset({"all", "some", "many", "most", "several", "few", "none", "half", "others"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# types whose "from" place is where the act started: the target is where it was aimed, or whom it met
_AIMED_TYPES = frozenset({"ASSAULT", "FIGHT", "MOBILIZE", "CONSULT", "THREATEN"})
_RECEIVING = frozenset({"receive", "get"})
# acts whose receiver is their target ("received a threat / a visit / aid / a rebuke"); not an agreement or a
# concession, which the receiver may be a side of
_RECEIVED_TYPES = frozenset({"THREATEN", "DEMAND", "DISAPPROVE", "SANCTION", "ASSAULT", "FIGHT", "COERCE", "AID",
                             "CONSULT", "INVESTIGATE"})


def _inside(p: Party, tok: Token) -> bool:
    """``p``'s characters lie within the phrase ``tok`` heads (a party with no offsets is never inside)."""
    if p.end <= p.start:
        return False
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return lo <= p.start and p.end <= hi


def _quantified_subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in _SUBJECTS and c.lower_ in _QUANTIFIERS and c.pos_ in {"DET", "PRON", "ADJ", "NOUN", "NUM"}:
            return c
    return None


def _quantified_doer(f: Found, res: PartyResolver) -> None:
    if f.nominal or f.trigger.pos_ not in {"VERB", "AUX"}:
        return
    subj = _quantified_subject(f.trigger)
    if subj is None or not f.actors or all(_inside(p, subj) for p in f.actors):
        return
    group: list[Party] = []
    for prep in subj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    group.extend(res.resolve(obj))
    f.actors = [p for p in group if p.key() not in {t.key() for t in f.targets}]


def _agent_as_doer(f: Found) -> None:
    verb = f.trigger
    if f.nominal or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return
    agents = [p for obj in verb.children if obj.dep_ in {"dobj", "dative"} for prep in obj.children
              if prep.dep_ == "prep" and prep.lower_ == "by" for p in f.targets if _inside(p, prep)]
    if not agents:
        return
    f.targets = [p for p in f.targets if p not in agents]
    if not f.actors:
        f.actors = agents


def _origin_place(f: Found, res: PartyResolver) -> None:
    if f.rule.type not in _AIMED_TYPES or not f.targets:
        return
    # a "from" on the trigger or on a noun ("rockets fired from Gaza", "a launch of rockets from Gaza"); not on
    # another verb, where it marks whom something is taken from ("threatened to withhold aid from Ukraine")
    origins = [prep for prep in f.trigger.subtree if prep.dep_ == "prep" and prep.lower_ == "from"
               and (prep.head == f.trigger or prep.head.pos_ in {"NOUN", "PROPN"})]
    if not origins:
        return
    f.targets = [p for p in f.targets
                 if not (any(_inside(p, o) for o in origins) and mere_place(p, p.code or "", res))]


def _telling_noun(noun: Token) -> Token | None:
    """The noun of telling ("coverage", "account") whose "of"/"on"/"about" phrase holds ``noun``."""
    from .senses import load_senses  # here: senses imports clause_roles, which imports the party modules

    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"of", "on", "about"} or prep.head.pos_ != "NOUN":
        return None
    return prep.head if load_senses().word_in("telling_noun", prep.head) else None


def _teller_not_doer(f: Found, res: PartyResolver) -> None:
    """Neither the owner of the noun of telling nor that noun itself ("Smith's account") is a side of the act."""
    if not f.nominal:
        return
    telling = _telling_noun(f.trigger)
    if telling is None:
        return
    told = telling.idx, telling.idx + len(telling.text)
    f.targets = [p for p in f.targets if not p.start <= told[0] < p.end]
    owner = next((c for c in telling.children if c.dep_ == "poss"), None)
    if owner is not None and f.actors:
        tellers = {p.key() for p in res.resolve(owner)}
        f.actors = [p for p in f.actors if p.key() not in tellers and not _inside(p, owner)]


def _receiver_not_doer(f: Found, res: PartyResolver) -> None:
    t = f.trigger
    if not f.nominal or t.dep_ != "dobj" or t.head.lemma_.lower() not in _RECEIVING or \
            f.rule.type not in _RECEIVED_TYPES or not f.actors:
        return
    subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
    if not subjects:
        return
    receivers = {p.key() for p in res.resolve(subjects[0])} if subjects[0].pos_ != "PRON" else set()
    moved = [p for p in f.actors if p.key() in receivers or _inside(p, subjects[0])]
    if not moved:
        return
    f.actors = [p for p in f.actors if p not in moved]
    known = {p.key() for p in f.targets}
    f.targets = f.targets + [p for p in moved if p.key() not in known]


def bounded_sides(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the sides the clause's own words rule out taken away or moved (in place)."""
    for f in found:
        _quantified_doer(f, res)
        _agent_as_doer(f)
        _origin_place(f, res)
        _teller_not_doer(f, res)
        _receiver_not_doer(f, res)
    return found
