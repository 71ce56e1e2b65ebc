"""Round 36 (issue 19, r36-evprec): acts a report names without any event behind them.

- **A topic talked over by one side** ("Kerry also discussed the investigation", "lawmakers discussed tariffs"):
  CONSULT is a meeting between parties; one actor with no counterpart (no target, no "with" phrase, no conjoined
  second subject) only talked about a subject, so the candidate is stored and held under the default threshold.
- **A planned meeting told twice** ("Netanyahu will meet with Obama"): the intent derived from a future "meet"
  (``intents.derived_intents``) sits on the meeting verb's own token, so the report showed one meeting as CONSULT
  and as AGREE; the AGREE stays stored and is held (two read reports and an independent review judged it wrong).
  "will visit" keeps its AGREE shown: the PLOVER read gold codes that shape AGREE (``procedure.py``).
- **A forecast warned, misparsed** ("the President warned the campaign probably won't conclude soon", "warned the
  Iranians could block any deal"): the parser hangs the clause's subject on "warn" as its object and leaves the
  clause without one. Read with its subject, the sense table's ``othercomp`` row already says no threat is made
  (another side's act or state is foretold), so the candidate is held the same way; a condition ("would face
  obliteration if ...") keeps the threat.
- **What a demand asks for** ("Hamas's demands include the release of prisoners", "the condition is the withdrawal
  of troops") is no concession made: a noun of demand or condition equates to or includes the act, as an option
  does (below). **An act sought of someone else** ("rebel leaders are seeking more U.S. airstrikes"): the noun act
  is the object of "seek"/"want"/"request" and its own actor is not the seeker, so it is requested, not done nor
  the seeker's intent.
- **A norm or a bare possibility** ("the two countries should continue cooperating", "leaders must discuss matters
  with rivals", "parties can either monitor ... or ...", "we should thank the agency"): a hypothetical act under
  "should", "must", "ought", "can", "could", "may" or "might" says what ought to or might be done, not a deed. A
  condition ("could strike if attacked") keeps its score, as round 35's integration coded it; "would" (a future
  told in reported speech: "he would later plead guilty") is not read here.
- **An act listed as an option** ("one option is withdrawing troops", "the choice would be to lift sanctions",
  "options include leaving the treaty"): the act is the predicate or the object of a verb whose subject is a
  noun of option, so nobody did it; held the same way. The copula's subject is checked, not the sentence's words,
  so "the troops withdrew, an option the general had chosen" keeps its act.
- **A measure defied** (integration review of round 36): a noun act that someone acts "in defiance / violation /
  breach of", or that a verb of defying or breaking takes as its object ("tests carried out in defiance of U.N.
  sanctions", "ships violating the embargo"), is a standing measure named as background: the sentence tells the
  defiance, not a new sanction. A verb act ("the council sanctioned the firms") is never read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import Found

__all__ = ["lone_talk", "listed_option", "meeting_intent", "forecast_warning", "sought_of_others",
           "modal_norm", "defied_measure"]

#: verbs of talking a matter over: with one side only they tell a topic, not a meeting
_TALK_LEMMAS = frozenset({"discuss", "debate"})
#: nouns that present what follows as a possibility, not a deed
_OPTION_NOUNS = frozenset({"option", "options", "alternative", "alternatives", "choice", "choices", "possibility",
                           "possibilities", "scenario", "scenarios"})
#: nouns of a demand or a condition: what they equate to or include is asked for, not done
_DEMAND_NOUNS = frozenset({"demand", "demands", "condition", "conditions", "precondition", "preconditions",
                           "request", "requests", "call", "calls", "ultimatum"})
#: verbs of seeking something from others
_SEEKING = frozenset({"seek", "want", "request"})
#: the verbs that equate or list (the copula, "include", "involve", "mean")
_LISTING = frozenset({"be", "include", "involve", "mean", "remain"})
#: the links from the act up to the listing verb ("is withdrawing", "would be to withdraw", "include lifting")
_PREDICATE_DEPS = frozenset({"attr", "xcomp", "acomp", "ccomp", "dobj", "conj", "pcomp", "advcl"})


def lone_talk(f: Found) -> bool:
    """A CONSULT told by "discuss" on a verb with at most one actor, no target, no "with" phrase and no
    conjoined subject: one side talking over a topic."""
    t = f.trigger
    if f.nominal or f.rule.type != "CONSULT" or t.lemma_.lower() not in _TALK_LEMMAS:
        return False
    if f.targets or len(f.actors) > 1:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in t.subtree):
        return False
    subjects = [c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and not any(c.dep_ == "conj" for s in subjects for c in s.children) and not any(
        c.dep_ == "nummod" for s in subjects for c in s.children)  # "the two leaders discussed": two sides


def _option_subject(verb: Token, nouns: frozenset[str] = _OPTION_NOUNS) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in nouns for c in verb.children)


def listed_option(f: Found) -> bool:
    """The act (a verb: gerund or infinitive) is what a noun of option equates to or includes, up to three links
    up the parse ("one option is withdrawing troops", "the alternative would be to lift sanctions"), or has such a
    noun as its own subject (no option acts)."""
    t: Token = f.trigger
    if f.nominal:
        # a noun act: the object or predicate of "include"/"be" whose subject is a demand or an option
        return t.dep_ in {"dobj", "attr"} and t.head.lemma_.lower() in _LISTING and _option_subject(
            t.head, _OPTION_NOUNS | _DEMAND_NOUNS)
    if _option_subject(t):
        return True  # the parser reads "one option is withdrawing troops" as the option doing the withdrawing
    for _ in range(3):
        if t.dep_ not in _PREDICATE_DEPS or t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in _LISTING and _option_subject(t):
            return True
    return False


def meeting_intent(f: Found) -> bool:
    """An AGREE derived from a "meet" on that verb's own token, with no cue word of its own ("agreed to meet" has
    one and keeps its AGREE)."""
    return f.rule.type == "AGREE" and f.derived_from == f.trigger.i and f.trigger.lemma_.lower() == "meet"


_MODALS = frozenset({"could", "would", "will", "wo", "may", "might", "ca", "can", "should"})


def forecast_warning(f: Found) -> bool:
    """A verb "warn" with an object and a clause of its own (a modal, no subject, no condition) that the object is
    the subject of, as the parser missed it."""
    t = f.trigger
    if f.nominal or f.rule.type != "THREATEN" or t.lemma_.lower() != "warn":
        return False
    objs = [c for c in t.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    clauses = [c for c in t.children if c.dep_ in {"ccomp", "advcl"} and c.i > t.i]
    if not objs or not clauses:
        return False
    c = clauses[0]
    if any(k.dep_ in {"nsubj", "nsubjpass", "mark"} for k in c.children):
        return False
    if any(w.lower_ in {"if", "unless", "otherwise"} for w in c.subtree):
        return False
    return objs[0].i < c.i and any(k.dep_ == "aux" and k.lower_ in _MODALS for k in c.children)


def sought_of_others(f: Found) -> bool:
    """A noun act that is the direct object of a verb of seeking whose subject is none of the act's actors."""
    t = f.trigger
    if not f.nominal or t.dep_ != "dobj" or t.head.lemma_.lower() not in _SEEKING or not f.actors:
        return False
    subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return False
    words = {w.lower_ for w in subjects[0].subtree}
    return not any(set(p.name.lower().split()) & words for p in f.actors)


#: modals of obligation or bare possibility ("would" is a reported future, "will" an intent: neither is here)
_NORM_MODALS = frozenset({"should", "must", "ought", "can", "could", "may", "might"})


def modal_norm(f: Found) -> bool:
    """A hypothetical verb act whose own verb, or a verb it is the clausal complement of (up to two links:
    "should continue cooperating"), has a modal of obligation or possibility and no "if"/"unless" clause."""
    if f.nominal or f.modality != "hypothetical":
        return False
    t = f.head or f.trigger
    for _ in range(3):
        if any(c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children) for c in t.children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in _NORM_MODALS for c in t.children):
            return True
        if t.dep_ not in {"xcomp", "conj"} or t.head.i == t.i:
            return False
        t = t.head
    return False


#: nouns and verbs of acting against a standing measure
_DEFIANCE_NOUNS = frozenset({"defiance", "violation", "violations", "breach", "breaches", "contravention"})
_DEFYING_VERBS = frozenset({"defy", "violate", "breach", "flout", "evade", "contravene", "circumvent"})


def defied_measure(f: Found) -> bool:
    """A noun act that is the object of "of" under a noun of defiance, or the direct object of a verb of defying."""
    t = f.trigger
    if not f.nominal:
        return False
    if t.dep_ == "pobj" and t.head.lower_ == "of":
        return t.head.head.lower_ in _DEFIANCE_NOUNS
    return t.dep_ == "dobj" and t.head.lemma_.lower() in _DEFYING_VERBS
