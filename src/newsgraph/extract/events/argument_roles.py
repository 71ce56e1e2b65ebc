"""Round 32 (evsides, issue 19 item 1): sides taken from the wrong clause or the wrong phrase.

Read on tune reports (allsides ranks 560-619), each a shown event whose side was wrong or empty though named. An
empty side is preferred to a wrong one: where the rule cannot resolve the right phrase it leaves the side empty.

* a gerund with its own doer named just before it ("On the heels of Petraeus agreeing to testify, senators ...")
  was given the main clause's subject: the doer is the object the gerund follows ("of", "with", "despite",
  "without" phrases), else nobody (:func:`_gerund_doer`);
* a noun event under a bare participle ("the man wanted for a bombing", "a suspect charged with murder") was given
  the main clause's subject: only sides inside the noun's own phrase stay (:func:`_participle_noun`);
* an agreement or a ceasefire told as the frame of another act ("got a new president under a power-sharing
  agreement", "alienated Muslim countries with the Iran deal", "the war was stopped via an armistice"): the other
  verb's object or subject is no counterpart of the agreement; only targets inside the noun's phrase stay
  (:func:`_frame_noun`);
* "he withdrew the U.S. in 2018" (from a deal): the state withdrawn is the actor's own, no target;
* "the release of five Taliban officials from Guantanamo Bay": the place released from is no target, the ones
  released are;
* "called on world powers to impose sanctions on Iran": the ones called on are the request's target, not the
  complement's target;
* "departed for Ankara to shake hands with Erdogan": the parser made the destination the purpose clause's subject;
  the one who set out is the doer (a ``departure`` class in data/event_senses.tsv);
* "vehicles used by the terrorists to execute the attack and killed some of the militants": a past-tense verb
  hung as a conjunct on an infinitive is a misparse: it is the main clause's conjunct, done by the subject of
  the nearest finite verb above (the air force), else by nobody named;
* "the president defended his massive spying": the owner "his" of the thing defended is the subject itself, no
  target (it was resolved to the last person named, Snowden); a subject the same party as that owner is the actor;
* "threatening to retaliate against Brazil", "decided to deny entry to Tlaib and Omar": the one threatened or
  denied, named in the complement's "against" phrase or the denied thing's "to" phrase, was left empty;
* round 33 (evside2): "After consultation with my Generals, ..." (a tweet): a meeting noun with no doer whose
  "with" partner is the speaker's own ("my", "our") was held by the quote's speaker, else by nobody named.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .complaint_content import complaint_target
from .counterparts import named_counterpart
from .elided_doer import elided_doer
from .named_partners import document_author, named_partner, no_person_for_we
from .parties import Party, PartyResolver
from .senses import load_senses
from .triggers import Found, _subject_of

__all__ = ["argument_roles", "finite_above", "stray_conjunct"]

#: prepositions whose object can be the doer of a gerund right after it ("news of Iran agreeing", "with Russia
#: backing Assad", "despite the general refusing")
_GERUND_PREPS = frozenset({"of", "with", "despite", "without"})
#: prepositions that frame an act within an agreement or a ceasefire ("under the deal", "via an armistice")
_FRAME_PREPS = frozenset({"under", "via", "with", "through"})
_FRAME_TYPES = frozenset({"AGREE", "RETREAT"})
#: possessive pronouns that stand for a singular / plural subject ("the president defended his spying")
_OWN_PRONOUNS = {False: frozenset({"his", "her", "its"}), True: frozenset({"their"})}
#: verbs of calling on someone: their addressee is the request's target
_CALLING = frozenset({"call", "appeal"})
#: possessive pronouns of a quote's speaker, and whether they speak for a body ("our") rather than a person ("my")
_SPEAKERS_OWN = {"my": False, "our": True}
#: the types a verb of labelling tells ("declared NATO obsolete": censure; "called him a hero": praise)
_LABEL_TYPES = frozenset({"DISAPPROVE", "SUPPORT"})


def _inside(p: Party, tok: Token) -> bool:
    """The party is named inside ``tok``'s own phrase."""
    sub = list(tok.subtree)
    return sub[0].idx <= p.start < sub[-1].idx + len(sub[-1].text)


def _gerund_doer(f: Found, res: PartyResolver) -> None:
    t = f.trigger
    if f.nominal or t.tag_ != "VBG" or t.dep_ not in {"advcl", "pcomp", "acl"} or t.i == 0:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
        return
    prev = t.doc[t.i - 1]
    if prev.dep_ != "pobj" or prev.head.lower_ not in _GERUND_PREPS:
        return
    if prev.head.head.i == t.i or t.head.i == prev.i:
        return
    f.actors = res.resolve(prev, strict=False)


def _set_out(f: Found, res: PartyResolver) -> None:
    t = f.trigger
    if f.nominal or t.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children):
        return
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or res.place_at(subj) is None or not load_senses().word_in("departure", t.head):
        return
    f.actors = _subject_of(t.head, res)
    if not f.actors and t.head.lower_ == "bound":  # round 35: "Pompeo is bound for Abu Dhabi to meet": who is bound
        bound = next((c for c in t.head.children if c.dep_ == "nsubjpass"), None)
        f.actors = res.resolve(bound, strict=False) if bound is not None else []


def stray_conjunct(t: Token) -> bool:
    """A past-tense verb with no subject hung as the conjunct of an infinitive ("to execute the attack and killed")."""
    return t.dep_ == "conj" and t.tag_ == "VBD" and t.head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)


def _stray_conjunct(f: Found, res: PartyResolver) -> None:
    if not f.nominal and stray_conjunct(f.trigger):
        finite = finite_above(f.trigger.head)
        patient = next((c for c in finite.children if c.dep_ == "nsubjpass"), None) if finite is not None else None
        if patient is not None:
            # "Russia was asked by France to withdraw its troops and attacked Ukraine": the one the passive is
            # about did the second act, not the "by" phrase's asker
            f.actors = res.resolve(patient, strict=False)
        else:
            f.actors = _subject_of(finite, res) if finite is not None else []


def finite_above(tok: Token) -> Token | None:
    """The nearest finite verb with a subject above ``tok``: the clause the past-tense conjunct belongs to."""
    while tok.head.i != tok.i:  # spaCy makes a new Token object on each access: compare indices
        tok = tok.head
        if tok.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return tok
    return None


def _own_thing(f: Found, res: PartyResolver) -> None:
    t = f.trigger
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None)
    if f.nominal or subj is None:
        return
    owners = [p for o in t.children if o.dep_ == "dobj" for p in o.children
              if p.dep_ == "poss" and p.lower_ in _OWN_PRONOUNS[subj.tag_ in {"NNS", "NNPS"}]]
    if not owners:
        return
    doers = res.resolve(subj, strict=False)
    # the owner resolved to the last person named, or to the subject itself (then taken from the actors)
    kept = [p for p in f.targets if not any(p.start == o.idx and p.end <= o.idx + len(o.text) for o in owners)
            and not _own(p, doers)]  # the pronoun alone: "its UN funding" (the UN) stays
    if len(kept) == len(f.targets):
        return
    f.actors = f.actors or doers
    f.targets = [p for p in kept if not _own(p, f.actors)]


def _bare_participle(tok: Token) -> bool:
    """A participle with no subject or auxiliary ("the man wanted for"); the parser tags some as past tense."""
    return tok.tag_ in {"VBN", "VBD"} and tok.dep_ in {"advcl", "acl"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children)


def _prep_of(t: Token) -> Token | None:
    """The preposition whose object the noun ``t`` is (through its conjuncts: "an explosion and a bombing")."""
    while t.dep_ == "conj":
        t = t.head
    return t.head if t.dep_ == "pobj" else None


def _participle_noun(f: Found) -> None:
    prep = _prep_of(f.trigger)
    if f.nominal and prep is not None and _bare_participle(prep.head):
        f.actors = [p for p in f.actors if _inside(p, f.trigger)]


def _frame_noun(f: Found) -> None:
    prep = _prep_of(f.trigger)
    if not f.nominal or f.rule.type not in _FRAME_TYPES or prep is None or prep.lower_ not in _FRAME_PREPS:
        return
    if prep.head.pos_ != "VERB":
        return
    f.targets = [p for p in f.targets if _inside(p, f.trigger)]


def _own_state_withdrawn(f: Found) -> None:
    if f.rule.type != "RETREAT" or f.nominal or not f.actors:
        return
    codes = {p.code for p in f.actors if p.code}
    objects = [c for c in f.trigger.children if c.dep_ == "dobj"]
    f.targets = [p for p in f.targets if not (p.code in codes and not p.person and any(
        _inside(p, o) for o in objects))]


def _released_from(f: Found, res: PartyResolver) -> None:
    if f.rule.mode != "release" and f.mode != "release":
        return
    froms = _from_objects(f.trigger)
    kept = [p for p in f.targets if not any(_inside(p, o) for o in froms)]
    if len(kept) == len(f.targets):
        return
    released = next((o for c in f.trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), None) if f.nominal else next(
        (c for c in f.trigger.children if c.dep_ == "dobj"), None)
    if kept or released is None:
        f.targets = kept
        return
    # the place released from gives the released no country ("Taliban officials from Guantanamo Bay" are no Cubans)
    places = {p.code for p in f.targets if p.code} - {p.code for p in kept}
    f.targets = [replace(p, country=None, code=None) if p.code in places else p
                 for p in res.resolve(released, strict=False)]


def _from_objects(t: Token) -> list[Token]:
    return [o for s in t.subtree if s.dep_ == "prep" and s.lower_ == "from" for o in s.children if o.dep_ == "pobj"]


def _called_on(f: Found, res: PartyResolver) -> None:
    t = f.trigger
    if f.rule.type != "DEMAND" or f.nominal or t.lemma_.lower() not in _CALLING:
        return
    on = next((c for c in t.children if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon", "to"}), None)
    if on is None:
        return
    addressee = next((c for c in on.children if c.dep_ == "pobj"), None) or next(
        (c for c in t.children if c.dep_ == "dobj"), None)
    if addressee is None or addressee.ent_type_ in {"DATE", "TIME"}:
        return  # "called on Friday for Mattis to testify": a day, not the one called on
    kept = [p for p in f.targets if _inside(p, addressee)]  # the ones called on as the clause rules read them
    if len(kept) < len(f.targets):
        f.targets = kept or res.resolve(addressee, strict=False)
    elif not f.targets and addressee.pos_ != "PRON":
        # round 35: "calls on other regional powers to join", "called on the armed forces to pursue": the ones
        # called on were left empty where no clause rule read them; a pronoun stays to the pronoun rules
        f.targets = [p for p in res.resolve(addressee, strict=False) if not _own(p, f.actors)]


def _complement_target(f: Found, res: PartyResolver) -> None:
    """"threatening to retaliate against Brazil", "decided to deny entry to Tlaib": the one named."""
    if f.targets or f.nominal:
        return
    t = f.trigger
    if f.rule.type == "THREATEN":
        heads = [c for c in t.children if c.dep_ == "xcomp"]
        preps = {"against"}
    elif f.rule.type == "REJECT" and t.lemma_.lower() == "deny":
        heads = [c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        preps = {"to"}
    else:
        return
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    f.targets = [p for p in res.resolve(obj, strict=False) if not _own(p, f.actors)]
                    return


def _labelled_target(f: Found, res: PartyResolver) -> None:
    """"Trump declared NATO obsolete", "called Pelosi a liar": the parser may make the one labelled the subject of
    the predicate ("obsolete" an ``oprd`` with its own ``nsubj``), so the verb had no object and the censure no
    target; the named subject of that small clause is the target (round 35). Pronouns ("calling it a tragedy")
    and things that resolve to no party stay empty."""
    t = f.trigger
    if f.targets or f.nominal or f.rule.type not in _LABEL_TYPES or not load_senses().word_in("labelling", t):
        return
    for pred in t.children:
        if pred.dep_ not in {"oprd", "ccomp", "xcomp"} or pred.i < t.i:
            continue
        subj = next((c for c in pred.children if c.dep_ == "nsubj" and c.i < pred.i), None)
        if subj is not None and subj.pos_ != "PRON":
            f.targets = [p for p in res.resolve(subj, strict=False) if not _own(p, f.actors)]
            return


def _own_counsel(f: Found, res: PartyResolver) -> None:
    """"After consultation with my Generals, ...": the quote's speaker held the meeting with his own people (the
    doer a quoted meeting noun leaves unsaid); left empty where the quote has no resolved speaker."""
    if f.actors or f.rule.type != "CONSULT" or f.trigger.pos_ != "NOUN":
        return
    for prep in f.trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for pobj in prep.children:
            own = next((c for c in pobj.children if c.dep_ == "poss" and c.lower_ in _SPEAKERS_OWN), None)
            if pobj.dep_ != "pobj" or own is None:
                continue
            speaker = res._quote_speaker(own, we=_SPEAKERS_OWN[own.lower_])
            if speaker is not None and not _own(speaker, f.targets):
                f.actors = [speaker]
            return


def _own(p: Party, actors: list[Party]) -> bool:
    return any(p.key() == a.key() for a in actors)


def argument_roles(found: list[Found], res: PartyResolver) -> list[Found]:
    """Sides set right (in place) where they came from another clause or another phrase."""
    for f in found:
        if f.derived_from is not None:
            continue
        _gerund_doer(f, res)
        _set_out(f, res)
        _stray_conjunct(f, res)
        _participle_noun(f)
        _frame_noun(f)
        _own_state_withdrawn(f)
        _released_from(f, res)
        _called_on(f, res)
        _own_thing(f, res)
        _complement_target(f, res)
        _labelled_target(f, res)
        _own_counsel(f, res)
        # round 35 wave 2: "complained that Russia had violated the deal": the clause's doer is blamed
        f.targets = complaint_target(f.trigger, f.rule.type, f.actors, f.targets, res)
        # round 36: "pulled out of the summit with Kim", "refused the communique issued by the Arab League"
        f.targets = named_counterpart(f.trigger, f.rule.type, f.nominal, f.actors, f.targets, res)
        f.actors = elided_doer(f.trigger, f.rule.type, f.nominal, f.actors, f.targets, res)  # "'Just met with X,'"
        # round 37: "accepted an offer of talks from Kim", "a meeting with Putin set for Friday" (misparsed)
        f.targets = named_partner(f.trigger, f.rule.type, f.nominal, f.actors, f.targets, res)
        f.actors = document_author(f.trigger, f.rule.type, f.nominal, f.actors, f.targets, res)  # "X's letter urged"
        f.actors = no_person_for_we(f.trigger, f.rule.type, f.actors, res)  # a pundit's "we bombed them"
    return found
