"""Round 35 (issue 18, r35-qspk): '"...," City Hall said in a statement from Mayor Tom Hale.' is Tom Hale's.

An organization that issues a person's statement only carries the words: the person the statement is from wrote
them. An independent review of unseen reports found "an organization or a relaying agency (a news agency or outlet
that carried the words) instead of the person who spoke". When a quote's speaker is no person and its cue's verb
says where the words were given ("in a statement", "in a letter", "in an email": the speech nouns of
``speaker_words.SPEECH_NOUNS``) and that noun is "from" a person named by a proper name, that person is the speaker
and the organization, when the report names one, becomes the speaker's affiliation.

Left alone (each keeps the organization): "in a statement released by its lawyer, Tom Hale" (the lawyer hands the
statement out, the company speaks), "in a statement from its chairman" (no name: precision first), and any quote
whose speaker is a person already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .afterpass import verb_at
from .cues import np_span
from .speaker_words import SPEECH_NOUNS

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_statement_from"]

def _author(verb: Token) -> Token | None:
    """The proper name after "in a <speech noun> from" on ``verb`` (the head of the name), or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in SPEECH_NOUNS), None)
        if noun is None:
            continue
        frm = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        who = next((c for c in frm.children if c.dep_ == "pobj"), None) if frm is not None else None
        if who is not None and who.pos_ == "PROPN" and who.ent_type_ == "PERSON":
            return who
    return None


def settle_statement_from(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """Give each quote an organization said "in a statement from" a named person that person (in place)."""
    for q in out:
        if q.speaker_start is None:
            continue
        if q.speaker is not None and res.by_id[q.speaker]["type"] == "PERSON":
            continue  # a person keeps the words (any other entity may be the body that issued them)
        verb = verb_at(doc, q.cue_start, q.cue_end)
        who = _author(verb) if verb is not None else None
        if who is None:
            continue
        lo, hi = np_span(doc, who)
        hi = max(hi, who.i + 1)
        probe = Quote(id="", text=q.text, kind=q.kind, start=q.start, end=q.end)
        res.fill(probe, doc[lo:hi])
        if probe.speaker is None or res.by_id[probe.speaker]["type"] != "PERSON":
            continue
        org = q.speaker
        for f in ("speaker", "speaker_name", "speaker_start", "speaker_end"):
            setattr(q, f, getattr(probe, f))
        q.affiliation = probe.affiliation or org
