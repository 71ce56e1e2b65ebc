"""Review of round 26 (start): a claim's source, a relayed speaker and a pledge to hold to account.

The start-of-round review of ten unseen reports found events with the wrong sides or no act behind them:

- **The source of a claim is not the doer.** "The attacks, which Israeli figures say killed 1,200" gave ASSAULT the
  actor Israel: the subject of "say" was read as the killer. When the event's verb is the reported clause of a verb
  of speech and has a subject of its own that is a relative pronoun ("which", "that", "who": the noun the clause
  hangs on), whoever says so is a source, never the actor: an actor found in the sayer's words, or of the sayer's
  side ("which" read as "southern Israel" beside "Israeli figures say"), is dropped (``claim_sources``). No actor
  beats a wrong one.
- **An allegation joined to a relayed speech.** 'She said he announced: "...," and alleges Z then entered' gave the
  allegation to "he": the conjunct in another tense after the relayed quote is the outer speaker's (the quote rule
  of :func:`..quotes.review26.outer_subject`), so its actor is the outer subject (``relayed_conjuncts``).
- **A pledge to hold someone to account** ("pledged to hold bank executives accountable") was AGREE. A pledge to
  make others answer for something commits to no cooperation with anyone: no event (``held_to_account``; the
  words of accountability are the class ``accountable`` of data/event_senses.tsv).

Run after scoring, like :mod:`.review25`: only sides are edited and events dropped.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..quotes.cue_table import reporting_verbs
from ..quotes.review26 import outer_subject
from .parties import PartyResolver
from .senses import load_senses
from .triggers import Found

__all__ = ["claim_sources", "relayed_conjuncts", "held_to_account"]

_RELATIVES = frozenset({"which", "that", "who", "whom"})
# verbs of making a commitment whose complement is the act committed to
_COMMIT = frozenset({"pledge", "promise", "vow", "commit", "swear", "undertake"})


def _sayer(verb: Token) -> Token | None:
    """The subject of the verb of speech that governs ``verb`` as its reported clause, when ``verb``'s own
    subject is a relative pronoun ("which Kenyan officials say killed": officials)."""
    reports = reporting_verbs()
    say: Token | None = verb.head
    if verb.dep_ != "ccomp" or say is verb or verb.head.lemma_.lower() not in reports:
        # (or the parser hung "X say" on the verb as an inserted clause: "which Nigerian officials say killed")
        say = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i
                    and c.lemma_.lower() in reports), None)
    if say is None:
        return None
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not own or own[0].lower_ not in _RELATIVES:
        return None
    return next((c for c in say.children if c.dep_ == "nsubj"), None)


def claim_sources(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the sources of a claim taken out of the actors (in place; see the module's text)."""
    for f in found:
        if not f.actors or f.nominal:
            continue
        sayer = _sayer(f.head or f.trigger)
        if sayer is None:
            continue
        lo, hi = sayer.left_edge.idx, sayer.right_edge.idx + len(sayer.right_edge)
        said = res.resolve(sayer)
        keys = {p.key() for p in said}
        # "which Israeli figures say killed": a side's own sources do not tell of its own killing
        codes = {p.code for p in said if p.code} | {res._modifier_lexicon(sayer)} - {None}
        f.actors = [p for p in f.actors if not (lo <= p.start and p.end <= hi) and p.key() not in keys
                    and (p.code is None or p.code not in codes)]
    return found


def relayed_conjuncts(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the actor of a conjunct that goes back to the outer report set to its speaker (in place)."""
    for f in found:
        verb = f.head or f.trigger
        subj = outer_subject(verb) if verb.pos_ == "VERB" else None
        if subj is None:
            continue
        f.actors = res.resolve(subj)
        keys = {a.key() for a in f.actors}
        f.targets = [t for t in f.targets if t.key() not in keys]
    return found


def _to_account(verb: Token) -> bool:
    """``verb`` is "hold" with a predicate of accountability ("hold them accountable", "held responsible")."""
    senses = load_senses()
    return verb.lemma_.lower() == "hold" and any(
        c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and senses.word_in("accountable", c) for c in verb.children)


def held_to_account(found: list[Found]) -> list[Found]:
    """``found`` without the AGREE of a pledge to hold someone to account."""
    def dropped(f: Found) -> bool:
        t = f.trigger
        return f.rule.type == "AGREE" and t.lemma_.lower() in _COMMIT and any(
            c.dep_ == "xcomp" and _to_account(c) for c in t.children)
    return [f for f in found if not dropped(f)]
