"""A refusal to tolerate another's act as a warning (issue 19, round 18): "the U.S. will not tolerate Russia's
interference", "we won't tolerate attacks on our troops, the minister said". CAMEO 13 codes such a statement a
threat (PLOVER THREATEN): the speaker's side states what it will not let pass. The negation is the threat, not a
denial of it, so the event is asserted (a frame, as frames.py's consequences are: no trigger row, no standing).

Only a future or modal statement ("will not", "won't", "would not", "is not going to") of a named side, about an
act or a party that is named, is such a warning; "the regime did not tolerate dissent" tells a past practice,
"could not tolerate" an incapacity, and "the school will not tolerate bullying" names no party: none is a threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from .atrocity import named_only
from .frames import _OWN_SIDE, _TENTATIVE, _same, _speech_verb, _threat
from .owners import owners_and_objects
from .parties import Party, PartyResolver
from .senses import Senses
from .standing import _negated_here
from .triggers import Found

__all__ = ["tolerance_threat"]

#: auxiliaries of a stated future or resolve ("won't" parses as "wo" + "n't": its lemma is "will")
_RESOLVE = frozenset({"will", "shall", "would", "'ll"})


def _stated_future(verb: Token) -> bool:
    """ "will not", "won't", "would not", "is not going to"; never "could not" (an incapacity)."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if any(a.lower_ in _TENTATIVE for a in auxes):
        return False
    if any(a.lemma_.lower() in _RESOLVE or a.lower_ in _RESOLVE for a in auxes):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "go" and verb.head.tag_ == "VBG"


def _speaker(verb: Token, subj: Token, res: PartyResolver) -> list[Party]:
    """Who states the refusal: a named subject; for "we"/"I" the quote's speaker or the verb of saying's."""
    if subj.lower_ not in {"we", "i", "us"}:
        return named_only(res.resolve(subj, strict=False))
    speech = _speech_verb(verb)
    if speech is not None:
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        return named_only(res.resolve(speaker, strict=False)) if speaker is not None else []
    quoted = res._quote_speaker(verb, we=True)
    return [quoted] if quoted is not None else []


def _warned(obj: Token, res: PartyResolver) -> list[Party]:
    """The one warned: the owner of the act not tolerated ("Russia's interference"), or a party named by the
    object itself or by its "like"/"from"/"by" phrase ("countries like Germany", "interference by Moscow")."""
    owners, objects = owners_and_objects(obj, ("like", "from", "by", "of"))
    for h in owners + objects:
        named = named_only(res.resolve(h, strict=False))
        if named:
            return named
    return named_only(res.resolve(obj, strict=False))


def tolerance_threat(verb: Token, res: PartyResolver, senses: Senses) -> Found | None:
    """THREATEN for a stated refusal to tolerate a party's act, or None (see the module's docstring)."""
    if verb.pos_ != "VERB" or not senses.word_in("tolerating", verb) or not _negated_here(verb):
        return None
    if not _stated_future(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None or subj.lower_ in _OWN_SIDE - {"we", "i", "us"}:
        return None
    actors = _speaker(verb, subj, res)
    targets = [p for p in _warned(obj, res) if not _same(p, actors)]
    if not actors or not targets:
        return None  # precision first: a warning needs who warns and who is warned
    return _threat(verb, verb, _speech_verb(verb), actors, targets)
