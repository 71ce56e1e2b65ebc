"""Speakers taken from the wrong side of the words (round 34, issue 18).

1. The person asked taken for the asker (round 34, issue 18): 'Senator Jones, asked whether the bill would pass,
said ...', 'When asked about the raid, the minister said ...'. The participle "asked" has no subject of its own;
the parse hangs it on the person it describes (or on the verb that person is subject of), and the question's
speaker fell to that person. But the one asked puts no question: the asker is not named, so the speaker of such a
question is left empty (an empty speaker beats a wrong one).

A by-agent names the asker ("asked by Sen. Graham whether ...") and keeps the question; so does an "asked" with a
subject or auxiliary of its own ("Jones asked whether ...", "Jones was asked ..." is read elsewhere).

2. A speaker inside the words said: 'Smith told lawmakers that the city has little money and "any cut, I think,
would hurt."' The parser hung the cue "told" under the quoted clause, and the "I" of the aside "I think" became
the mention of the speaker, so the speaker was left empty (or went to whoever "I" was taken for). Words said never
name their own speaker when the cue stands outside them: the cue verb's subject before the words is the speaker,
and with no such subject the speaker is left empty.

3. An active verb of speech joined to a passive one: 'Tom Baker has not been charged and has told investigators he
did not know.' The shared subject is the passive verb's, so "has told" was read as a passive ("was told by ...")
and the speaker left empty. A conjunct with its own "have" auxiliary or a present tense, and no passive auxiliary,
is active: the shared subject speaks. A bare past form ("was arrested and told ...") may be either and is left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .afterpass import verb_at
from .arrays import expand_span
from .cues import np_span

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["clear_asked_speakers", "settle_inner_speakers", "settle_active_conjuncts"]

_ASKING = frozenset({"ask", "press", "question", "quiz", "query"})


def _bare_participle(verb: Token) -> bool:
    """"asked" with no subject, auxiliary or by-agent of its own: a participle describing the one asked."""
    if verb.lemma_.lower() not in _ASKING or verb.tag_ not in ("VBN", "VBD"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)


def _set_off(doc: Doc, q: Quote, verb: Token, first: int, last: int) -> bool:
    """'Jones, asked whether X, said ...' read as 'Jones asked': the name ends just before a comma that opens
    "asked", and the question is closed by a comma before a verb with no subject of its own (the name's)."""
    if first != verb.i - 1 or doc[first].text != ",":
        return False
    after = expand_span(doc, q.start, q.end)
    if after is None or after.end + 1 >= len(doc) or doc[after.end].text != ",":
        return False
    nxt = doc[after.end + 1]
    return nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)


def _asked_person(doc: Doc, q: Quote) -> Token | None:
    """The speaker mention's head when it is the one the bare participle of the cue describes: the noun it hangs on
    ("Jones, asked whether ..."), the subject of the verb it hangs on ("When asked ..., he said"), or a name the
    parser made its subject though commas set the participle off (``_set_off``)."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    verb = verb_at(doc, q.cue_start, q.cue_end)
    span = expand_span(doc, q.speaker_start, q.speaker_end)
    if verb is None or span is None or not _bare_participle(verb):
        return None
    who, head = span.root, verb.head
    if _set_off(doc, q, verb, span.end, span.end):
        return who
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ in ("acl", "relcl") and who.i == head.i:
        return who
    if verb.dep_ == "advcl" and who.head.i == head.i and who.dep_ in ("nsubj", "nsubjpass"):
        return who
    return None


def clear_asked_speakers(doc: Doc, out: list[Quote]) -> None:
    """Leave empty the speaker of each question whose speaker is the person asked (see above)."""
    for q in out:
        if q.kind == "question" and _asked_person(doc, q) is not None:
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = None


def _outer_subject(doc: Doc, q: Quote) -> Token | None:
    """The subject of the cue's verb, standing before the quote's words (``None`` when there is none)."""
    verb = verb_at(doc, q.cue_start, q.cue_end)
    words = expand_span(doc, q.start, q.end)
    if verb is None or words is None:
        return None
    # (a passive's subject is the one told: "lawmakers were told that ..." names no speaker)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i >= words.start or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subj


def settle_inner_speakers(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Each quote whose speaker mention lies inside its own words while its cue lies outside them takes the cue
    verb's subject before the words as speaker, or none (see rule 2 above)."""
    for q in out:
        ss, se, cs = q.speaker_start, q.speaker_end, q.cue_start
        # (a mention running past the words' end, the quote and the name after it, still holds the name)
        if ss is None or se is None or cs is None or not q.start <= ss < se <= q.end or q.start <= cs < q.end:
            continue
        subj = _outer_subject(doc, q)
        q.speaker = q.speaker_name = q.affiliation = None
        q.speaker_start = q.speaker_end = None
        if subj is not None:
            a, b = np_span(doc, subj)
            resolver.fill(q, doc[a:b])


def _active_conjunct(verb: Token) -> Token | None:
    """The passive subject ``verb`` shares as an active conjunct with no subject of its own (rule 3), or None."""
    if verb.dep_ != "conj" or verb.head.i >= verb.i or any(c.dep_ in (
            "nsubj", "nsubjpass", "auxpass", "agent") for c in verb.children):
        return None
    if not (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def settle_active_conjuncts(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Each indirect quote with no speaker mention whose cue is an active conjunct of a passive verb takes the
    subject they share (rule 3 above)."""
    for q in out:
        if q.kind != "indirect" or q.speaker_start is not None or q.cue_start is None:
            continue
        verb = verb_at(doc, q.cue_start, q.cue_end)
        subj = _active_conjunct(verb) if verb is not None else None
        if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON"):
            a, b = np_span(doc, subj)
            resolver.fill(q, doc[a:b])
