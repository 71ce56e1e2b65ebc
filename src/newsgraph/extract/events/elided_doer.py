"""A meeting told in the speaker's own words with the subject left out (round 36, issue 19: parties left empty).

"'Just had a great meeting with Prime Minister Abe of Japan,' Trump tweeted", "'Met with the Emir of Qatar
today,'": a post or a quote may drop its subject "I"; the meeting then had a partner and no doer. (The confidence is scored
before the sides are set right, so such a meeting keeps its score: this mends the stored sides, and a shown one's
side.) The doer is the quote's speaker (its resolved entity) where the whole shape holds:
* a meeting (CONSULT, COOPERATE) with no actor yet;
* carried by a past-tense verb (the trigger verb, or the verb whose object the meeting noun is) that has no subject
  of any kind and opens its clause (only adverbs or punctuation before it), the clause's root or the complement
  of the reporting verb; an imperative ("Meet with them!") is no past tense;
* inside a direct quote whose speaker is resolved (``PartyResolver._quote_speaker``), and the speaker is not the
  meeting's partner.
"""

from __future__ import annotations

from spacy.tokens import Token

from .meetings import MEETING_TYPES
from .parties import Party, PartyResolver

__all__ = ["elided_doer"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_PAST = frozenset({"VBD", "VBN"})


def elided_doer(trigger: Token, typ: str, nominal: bool, actors: list[Party], targets: list[Party],
                res: PartyResolver) -> list[Party]:
    """The actors: the quote's speaker where the meeting's verb dropped its subject "I"."""
    if actors or typ not in MEETING_TYPES:
        return actors
    verb = trigger.head if nominal and trigger.dep_ == "dobj" else (None if nominal else trigger)
    if verb is None or verb.tag_ not in _PAST or verb.dep_ not in {"ROOT", "ccomp"}:
        return actors
    if any(c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in verb.children):
        return actors
    if any(c.dep_ not in {"advmod", "punct"} for c in verb.lefts):
        return actors
    speaker = res._quote_speaker(verb, we=False)
    if speaker is None or any(speaker.key() == p.key() for p in targets):
        return actors
    return [speaker]
