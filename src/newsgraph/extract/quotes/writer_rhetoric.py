"""Round 35 wave 2 (issue 18 point 5): the writer's own rhetoric listed as someone's words.

An independent review of unseen reports found listed quotes that are the writer's sentence credited to no one or to
the reader, and reading fresh reports (allsides ranks 1600-1999) showed two shapes the earlier passes miss:

* **The public told.** "We are told that the mission is necessary", "if you were skeptical, you are told that ...":
  a passive "told" whose subject is the writer and readers ("we", "you") and with no agent names what the writer
  says the public hears, not a statement anyone made on an occasion. PolNeAR counts such clauses as attributions
  with no Source, so the quote is kept as kind ``stance`` with no speaker (stored and scored, never listed), as
  ``inferences`` and ``shown_states`` keep a thing's evidence. "He was told that ...", "Fox News is told that ..."
  and "we were told by officials that ..." report words someone said and stay.
* **A hypothetical sayer** (round 36). "Those who casually say that we should set up no-fly zones either don't know
  ...", "Anyone who says the war is over has not been there": the verb of saying sits in a relative clause on a
  pronoun of anyone at all ("those", "anyone", "whoever" ...); the writer answers a position no one is named as
  taking, and no speaker is found: no quote.
* **"Suffice it to say."** The writer's formula for a statement of their own ("suffice it to say that the fleet is
  worn out"): no quote, as ``usage_cues`` drops "as they say" and "you can argue".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote, listed_quote
from .afterpass import verb_at

__all__ = ["settle_writer_rhetoric"]

# the writer and the readers as the ones told
_PUBLIC = frozenset({"we", "you"})
# pronouns of anyone at all, as the head of a sayer's relative clause ("those who say", "anyone who claims")
# ("someone who said ..." is one person left unnamed, and "among/from those who say" reports a group: not these)
_ANYONE = frozenset({"those", "anyone", "anybody"})
# how far before "say" the formula's "suffice" may stand ("suffice it to say", "suffice to say")
_SUFFICE_REACH = 3


def _public_told(verb: Token) -> bool:
    """A passive "told" with "we"/"you" for subject and no agent ("by officials") and no one named beside it."""
    if verb.lemma_.lower() != "tell":
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subj is None or subj.lower_ not in _PUBLIC:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "you told me that ...": the reader addressed is a speaker in an interview
    return not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("by", "from") for c in verb.children)


def _hypothetical_sayer(verb: Token) -> bool:
    """"Those who say ... either don't know", "Anyone who says ... is wrong": a relative clause of saying on a
    pronoun of anyone that is the subject of the writer's own clause; "Whoever says ... has not read it": the
    sayer's clause is that subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ == "whoever":
        return verb.dep_ == "csubj"
    return verb.dep_ == "relcl" and subj.lower_ in ("who", "that") and verb.head.lower_ in _ANYONE and \
        verb.head.dep_ == "nsubj"


def _suffice(verb: Token) -> bool:
    """"suffice it to say (that) ...": the writer's formula."""
    if verb.lemma_.lower() != "say":
        return False
    doc = verb.doc
    return any(t.lower_ == "suffice" for t in doc[max(verb.sent.start, verb.i - _SUFFICE_REACH) : verb.i])


def settle_writer_rhetoric(doc: Doc, out: list[Quote]) -> list[Quote]:
    """Drop "suffice it to say"; make "we/you are told" a stance with no speaker (see the module's text)."""
    kept: list[Quote] = []
    for q in out:
        verb = verb_at(doc, q.cue_start, q.cue_end) if listed_quote(q.kind, q.modality) else None
        if verb is not None and q.kind in ("indirect", "partial"):
            if _suffice(verb) or q.speaker is None and _hypothetical_sayer(verb):
                continue
            if _public_told(verb) and q.speaker is None:
                q.kind = "stance"
                q.speaker = q.speaker_name = q.speaker_start = q.speaker_end = None
                q.affiliation = None
        kept.append(q)
    return kept
