"""A quoted fragment on a line under a speaker's label (issue 18, round 29).

'Kerr: Garcia needs to "stop all of this personal stuff" with Brown.' The sentence-case colon rule of
``headlines`` reads such a line only when no other pass found a quote on it, so the fragment found by the
quote-mark pass kept no speaker: nothing in its own clause says who chose the words. The label before the colon
does: when it is a short capitalized name of a person or organization the report names, the line's speakerless
fragments after the colon are that label's. A label that names no one ("Stealth Over Health: ..."), a line with a
quote that already has a speaker, or a fragment before the colon are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...record import Quote
from .._doc import content_paragraphs, entity_at
from .headlines import _names, _speaker_ok
from .speakers import Resolver

__all__ = ["label_fragments"]

# a label is a name, not a clause: at most this many words before the colon
_MAX_LABEL_WORDS = 4
# the kinds of speakerless quote a label's line hands its speaker: fragments and whole quotes in marks
_ON_LABEL = frozenset({"partial", "direct"})


def label_fragments(doc: Doc, text: str, resolver: Resolver, quotes: list[Quote]) -> None:
    """Give the speakerless fragments on a 'Name: ...' line the label's entity (in place)."""
    # (round 30: a whole quote on such a line too, 'Lopez: Well, no one says "my pension is safe."')
    bare = [q for q in quotes if q.kind in _ON_LABEL and q.speaker is None and q.speaker_name is None]
    if not bare:
        return
    names: dict[str, str] | None = None
    for lo, hi, _kind in content_paragraphs(doc):
        mine = [q for q in quotes if lo <= q.start < hi]
        if not any(q in bare for q in mine):
            continue
        colon = text.find(":", lo, hi)
        label = text[lo:colon].strip() if colon > lo else ""
        words = label.split()
        if not words or len(words) > _MAX_LABEL_WORDS or not _speaker_ok(words) or \
                any(q.start < colon or q not in bare for q in mine):
            continue
        if names is None:
            names = _names(resolver)
        who = entity_at(doc, colon - len(words[-1]), colon) or names.get(label.lower()) or \
            names.get(words[-1].lower())
        if who is None or resolver.by_id.get(who, {}).get("type") not in ("PERSON", "ORG"):
            continue  # a heading's label names no one who speaks
        s = lo + len(text[lo:colon]) - len(text[lo:colon].lstrip())
        for q in mine:
            q.speaker, q.speaker_name = who, resolver.name_of(who)
            q.speaker_start, q.speaker_end = s, s + len(label)
            q.cue, q.cue_start, q.cue_end = ":", colon, colon + 1
