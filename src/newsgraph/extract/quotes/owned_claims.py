"""Round 29 (review B, issue #18 item 3): quoted words that modify a noun of one's own words owned by someone ("the
president's "no questions on collusion" claim", "the mayor's "jobs first" slogan") are the owner's, whatever verb the
sentence hangs them on ("Experts looked askance at the president's ... claim" had given them to the experts). The
noun is one of :data:`.speaker_words.OWN_WORDS` or :data:`.speaker_words.SPEECH_NOUNS`, it stands right after the
closing mark, its possessor stands before the opening mark and can speak, and the quoted words hang on that noun
only; the noun is the cue."""

from __future__ import annotations

from spacy.tokens import Doc

from .cue_clauses import may_speak
from .cues import Attr, np_span
from .marks import DOUBLE_MARKS, SINGLE_MARKS
from .speaker_words import OWN_WORDS, SPEECH_NOUNS

__all__ = ["owned_claim"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS


def owned_claim(doc: Doc, t0: int, t1: int) -> Attr | None:
    """The owner of the noun that the quoted words ``doc[t0:t1]`` modify, with the noun as cue; else None. Read on
    the surface (the parser often hangs the possessive on the first quoted word): "X's" or "his"/"her" right before
    the opening mark, the noun right after the closing mark."""
    k = t1
    while k < len(doc) and doc[k].text in _MARKS:
        k += 1
    j = t0 - 1
    while j >= 0 and doc[j].text in _MARKS:  # (a whole token: "'s" opens with a mark)
        j -= 1
    if k >= len(doc) or j < 1 or t0 >= t1 or j == t0 - 1:  # (no opening mark: no fragment of its own)
        return None
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.lower_ not in OWN_WORDS and noun.lower_ not in SPEECH_NOUNS:
        return None
    if doc[j].lower_ in ("'s", "’s"):
        owner = doc[j - 1]
    elif doc[j].lower_ in ("his", "her"):
        owner = doc[j]
    else:
        return None
    if not may_speak(owner):
        return None
    s, e = (owner.i, owner.i + 1) if owner.pos_ == "PRON" else np_span(doc, owner)
    return Attr(k, k + 1, (s, min(e, j)))
