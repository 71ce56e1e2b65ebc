"""Marked words inside a relayed report are the inner speaker's (round 31, issue 18: relayed outlets).

In 'Mr. Dalton said the plan had "failed badly," the Tribune reported.' the cue after the closing mark ("the Tribune
reported") relays the whole sentence: the outlet carried what Dalton said, and the marked words sit inside Dalton's
own clause. Before, that cue attributed the fragment, and a quote continuing after it with no cue of its own took
the outlet as well (review of allsides ranks 309-348: 'Mr. Bush said ..., BuzzFeed reported. "..."' gave Bush's
words to BuzzFeed; round 29: a firm's words given to the BBC that reported them). Where the cue's subject is a
news outlet (``speaker_words.is_outlet``, or "the newspaper") standing between the closing mark and its verb, the
fragment goes to the nearest verb of speech above it that stands before the opening mark, is governed by the cue after the quote and
has a subject of its own that can speak; the relay keeps its own quote (:mod:`.relays`). A fragment the relaying
verb governs directly ('the plan had "failed badly," the Tribune reported') and a passive, asked or naming verb
("asked whether", "called it") leave the cue after the quote in charge, as before; so does any cue whose subject
is no outlet ('Nothing the president said "will help," the senator said' is the senator's: PolNeAR train, where a
first draft without the outlet test moved 5 right speakers).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import Attr, Cues, is_verb_cue, mute, np_span, subject_of
from .speaker_words import PRESS_NOUNS, is_outlet

__all__ = ["misread_relay", "voice_under_relay"]

_NO_VOICE = frozenset({"it", "there", "who", "that", "which"})


def _relay_verb(doc: Doc, after: Attr) -> Token | None:
    return next((t for t in doc[after.cue_start : after.cue_end] if t.pos_ in ("VERB", "AUX")), None)


def _own_subject(verb: Token, masked: list[bool]) -> Token | None:
    """The subject before ``verb`` that can speak, or None (passives, pronouns of things, quoted words)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    subj = subject_of(verb)
    if subj is None or subj.i >= verb.i or masked[subj.i] or mute(subj) or subj.dep_ != "nsubj" or \
            subj.lower_ in _NO_VOICE:
        return None
    return subj


def misread_relay(relay: Token, t0: int, t1: int) -> bool:
    """The parser hung the relaying clause right after the words [t0, t1) as the complement of the verb before them
    ("Dalton said [the program had "failed," the Tribune reported]"): the relay's clause opens after the closing
    mark and a comma, its head stands before the words."""
    if relay.i < t1 or relay.dep_ not in ("ccomp", "parataxis") or relay.head.i >= t0 or not outlet_relays(relay, t1):
        return False
    subj = subject_of(relay)
    if subj is None or not t1 <= subj.left_edge.i < relay.i:
        return False
    doc = relay.doc
    between = doc[t1 : subj.left_edge.i]  # (the closing mark; the comma may stand inside it)
    return all(t.is_punct for t in between) and any(t.text == "," for t in [*between, doc[t1 - 1]])


def outlet_relays(relay: Token, t1: int) -> bool:
    """``relay``'s subject is a news outlet ("the Tribune", "Reuters", "the newspaper") standing between the closing
    mark (token ``t1``) and the verb: a relay, never the words' own speaker ("..., the Florida senator said")."""
    subj = subject_of(relay)
    if subj is None or not t1 <= subj.i < relay.i:
        return False
    return subj.lower_ in PRESS_NOUNS or is_outlet(_np_text(relay.doc, subj))


def _np_text(doc: Doc, subj: Token) -> str:
    lo, hi = np_span(doc, subj)
    return doc[lo:hi].text


def voice_under_relay(doc: Doc, after: Attr, t0: int, t1: int, cues: Cues, masked: list[bool]) -> Attr | None:
    """The inner verb of speech that says the marked words [t0, t1) which the cue ``after`` only relays (module
    text), as an attribution; None where the relaying verb itself is the nearest one above the words."""
    relay = _relay_verb(doc, after)
    if relay is None or not outlet_relays(relay, t1):
        return None
    for anc in doc[t0].ancestors:
        if t0 <= anc.i < t1:
            continue
        if anc.i == relay.i and misread_relay(relay, t0, t1):
            continue
        if anc.i == relay.i or anc.i > t0:
            return None  # (the relaying verb reached first, or a verb after the words: theirs to say)
        if masked[anc.i] or not is_verb_cue(anc, cues):
            continue
        if anc.lemma_.lower() in ("ask", "call") or relay not in anc.ancestors and anc not in relay.ancestors:
            return None
        subj = _own_subject(anc, masked)
        return None if subj is None else Attr(anc.i, anc.i + 1, np_span(doc, subj))
    return None
