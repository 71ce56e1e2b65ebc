"""Whom a complaint told by its content clause is about (round 35 wave 2, issue 19: parties left empty though named).

"Officials complained that Russia had violated the deal", "accusations by the U.S. that Russia is selling
helicopters", "complaints by former officials that the National Security Council has assumed ...": a censure whose
grievance is told by a "that" clause names the one it blames as that clause's subject, yet the event had no target
(the clause rules read a content clause only for demands, threats and verbs of alleging). Read on READ reports
(read.jsonl ranks 40-200), where these stood shown with an empty target.

The subject is the target only where the whole shape holds, so an empty side stays empty elsewhere:
* the event is a censure (DISAPPROVE) with no target yet;
* the clause is the trigger's own complement (a verb's or an adjective's ``ccomp``, a noun's ``acl``/``ccomp``)
  opened by "that" (a verb's complement may leave "that" out), not a relative clause ("the deal that Iran signed");
* its subject is the active doer (``nsubj``), never a passive's undergoer ("complained that Americans were killed":
  the ones killed are no target of the complaint) and never a pronoun (left to the pronoun rules);
* the clause does not describe its subject by a copula ("complained that ISIS is a cancer"), as the clause rules
  for accusations already hold, nor tell a feared possibility by a modal or a condition ("concern that if the
  accord fails, Asia could become a battleground");
* the subject resolves to a named party (an entity or a country), not the complainer itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import Party, PartyResolver

__all__ = ["complaint_target"]

#: the dependency labels of a content clause on a verb or an adjective / on a noun
_VERB_CLAUSES = frozenset({"ccomp"})
_NOUN_CLAUSES = frozenset({"acl", "ccomp"})
#: relative words that open a relative clause, not a content clause
_RELATIVES = frozenset({"which", "who", "whom", "whose", "where", "when"})
#: verbs that describe their subject rather than tell its deed ("is a cancer", "could become a battleground")
_COPULAS = frozenset({"be", "become", "remain", "seem"})
#: modals of a possibility feared, not a deed blamed
_MAYBE = frozenset({"could", "might", "may", "would", "will", "'ll", "wo"})


def _content_clause(t: Token) -> Token | None:
    """The trigger's "that" clause, else None."""
    noun = t.pos_ in {"NOUN", "PROPN"}
    for c in t.children:
        if c.i < t.i or c.dep_ not in (_NOUN_CLAUSES if noun else _VERB_CLAUSES):
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if any(w.lower_ in _RELATIVES or w.tag_ in {"WDT", "WP"} for w in c.children if w.i < c.i):
            continue
        if "that" in marks or not noun and not marks and _finite(c):
            return c
    return None


def _finite(verb: Token) -> bool:
    """A clause with a tense of its own ("complained Russia had violated"), not an infinitive or a participle."""
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(a.dep_ == "aux" and a.tag_ in {"VBD", "VBZ", "VBP", "MD"}
                                                     for a in verb.children)


def _described(clause: Token) -> bool:
    return clause.lemma_.lower() in _COPULAS and any(a.dep_ in {"attr", "acomp"} for a in clause.children)


def _possible(clause: Token) -> bool:
    """A clause that tells a feared possibility, not a deed ("concern that if the accord fails, Asia could ..."):
    a modal of possibility or a condition."""
    return any(a.dep_ == "aux" and a.lower_ in _MAYBE for a in clause.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in clause.children)


def complaint_target(trigger: Token, typ: str, actors: list[Party], targets: list[Party],
                     res: PartyResolver) -> list[Party]:
    """The named doer of a censure's "that" clause, for a censure with no target; else ``targets`` unchanged."""
    if targets or typ != "DISAPPROVE":
        return targets
    clause = _content_clause(trigger)
    if clause is None or _described(clause) or _possible(clause):
        return targets
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or subj.i < trigger.i:
        return targets
    own = {a.key() for a in actors} | {a.entity for a in actors if a.entity}
    return [p for p in res.resolve(subj, strict=False)
            if (p.entity or p.code) and p.key() not in own and p.entity not in own]
