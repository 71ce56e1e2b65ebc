"""An addressee taken for the speaker (round 29, q2): 'a Facebook group had asked people to say a "short prayer"',
'hopes to encourage the regime to continue with its "remarkable reforms"', 'by making people understand that
"shared values" matter'. The fragment's cue is the infinitive the addressee was asked, urged or made to perform,
and its subject, the addressee, became the speaker: but the people asked to pray said nothing, and the marked words
are the asker's (or a document's). The speaker of such a quote is left empty (an empty speaker beats a wrong one).

An addressee made to speak in fact keeps the words ("prompted the opposition to accuse the cabinet of "abuse of
power"", "forced him to admit that ..."): the verbs of causing a performed act below are left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote, listed_quote
from .afterpass import verb_at
from .arrays import expand_span

__all__ = ["drop_addressed_speakers"]

# verbs whose object did perform the infinitive ("prompted X to accuse", "forced X to admit")
_PERFORMED = frozenset({"prompt", "lead", "cause", "spur", "inspire", "provoke", "drive", "push", "get", "force",
                        "compel", "trigger"})


def _addressee(doc: Doc, q: Quote) -> Token | None:
    """The speaker mention's head when it is the object of the verb that governs the cue's infinitive or clause."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    verb = verb_at(doc, q.cue_start, q.cue_end)
    span = expand_span(doc, q.speaker_start, q.speaker_end)
    if verb is None or span is None:
        return None
    who = span.root
    gov = who.head
    if who.dep_ != "dobj" or verb.head != gov or verb.dep_ not in ("xcomp", "ccomp") or gov.i == verb.i:
        return None
    return None if gov.lemma_.lower() in _PERFORMED else who


def drop_addressed_speakers(doc: Doc, out: list[Quote]) -> None:
    """Leave empty the speaker of each quote whose speaker is the addressee of its cue's governor (see above)."""
    for q in out:
        # a stance stays its holder's ("asked the court to block the law": the asker's aim, PolNeAR's attribution)
        if q.speaker_start is not None and listed_quote(q.kind, q.modality) and _addressee(doc, q) is not None:
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = None
