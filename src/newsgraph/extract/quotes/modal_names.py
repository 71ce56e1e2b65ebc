"""A surname read as a modal verb (round 29, q2): "May said the recent attacks, while "not linked by common
networks," were ...". The tagger reads a capitalized "May" before "said" as the modal "may", so the cue became
"May said" and its subject was looked for elsewhere: the partial quote took the clause's subject ("the recent
attacks") or the last person named as its speaker. A modal never governs a finite verb ("may said" is no English),
so a capitalized modal word in a cue whose verb is past or third-person present is the speaker's name: the speaker
is the one person of the report who bears it (:func:`.named_again.bearer`), or, when none or several do, the name
as written with no entity (an empty speaker beats a wrong one).

Round 32: after a closing quote mark the tagger reads '"...," Will wrote.' as the modal "will" with a past
participle; a modal right before a participle is no English either ("will have written" puts "have" between), so a
participle right after the capitalized word counts as well.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span
from .named_again import bearer
from .pronouns import PersonIndex

__all__ = ["modal_names"]

# finite verb tags a modal never governs: "said", "says"
_FINITE = frozenset({"VBD", "VBZ"})


def _modal_name(doc: Doc, q: Quote) -> Token | None:
    """The capitalized word of the quote's cue read as a modal auxiliary (tagged MD, or NNP with an auxiliary's
    part of speech) of a finite verb after it ("May said"), if any."""
    if q.cue_start is None or q.cue_end is None:
        return None
    span = expand_span(doc, q.cue_start, q.cue_end)
    if span is None:
        return None
    return next((t for t in span if (t.tag_ in ("MD", "NNP") and t.pos_ == "AUX") and t.text[:1].isupper()
                 and t.text[1:].islower() and t.head.i > t.i
                 and (t.head.tag_ in _FINITE or t.head.tag_ == "VBN" and t.head.i == t.i + 1)), None)


def modal_names(doc: Doc, out: list[Quote], index: PersonIndex) -> None:
    """Give each quote whose cue holds a surname read as a modal ("May said") that name's person (see above)."""
    text = doc_text(doc)  # (Doc.text joins every token on each read)
    for q in out:
        name = _modal_name(doc, q)
        if name is None:
            continue
        eid = bearer(index, [name.text])
        q.speaker, q.speaker_name, q.affiliation = eid, index.name_of(eid) or name.text, None
        q.speaker_start, q.speaker_end = name.idx, name.idx + len(name.text)
        verb = name.head
        q.cue, q.cue_start = text[verb.idx : q.cue_end], verb.idx
