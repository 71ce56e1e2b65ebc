"""Round 37 (issue 18 point 5): stances nobody is said to hold are no stances of anyone.

An independent review of unseen reports judged 15 of 36 stances right; the largest wrong class (7) was an
impersonal construction read as a stance with an empty holder ("is expected to", "is widely seen as", "appeared
to", "history suggests"), and the next (4) a holder that is a thing, not an agent ("the strikes intended to
punish", "sanctions that aim to", "a file photo shows", "efforts ... condemn"). Such a clause tells a view without
a holder: the writer's hedge, a view of people left unnamed (``passive_views``, ``writer_hedges``), or a thing's
purpose. The same holds for a topic (round 36's kind: what an act was about) whose holder is empty or a thing
("An earlier version of this article referred to him as ...": a correction notice, the writer's). PolNeAR counts most of these clauses as attributions with no Source (round 23 measured it on train), so the
record is kept, scored and stored, as kind ``impersonal``: never listed and never offered as anyone's position
(``record.UNSAID_QUOTE_KINDS``). A thing as holder loses it (its speaker fields are cleared): a stance with no
holder rather than a wrong one. The thing nouns are data (``data/quote_thing_holders.tsv``) together with the nouns
that never speak (``data/quote_mute_nouns.tsv``: events, times, ideas) and a common noun the tagger reads as a date
or time ("an historic election night saw ..."); a noun inside another named entity, a proper noun, a pronoun or a
person's word is left as it is.

This pass runs last, after every pass that reads or makes stances, so none of them sees the new kind.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .arrays import expand_span
from .cues import mute

__all__ = ["settle_unheld_views"]

# kinds that need a holder: a position, or an act about a matter (round 36's topics: "An earlier version of this
# article referred to him as ...", a correction notice, is the writer's)
_HELD = frozenset({"stance", "topic"})
# entity labels of a time
_TIMES = frozenset({"DATE", "TIME"})


@lru_cache(maxsize=1)
def _things() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_thing_holders.tsv") if row)


def _holder_head(doc: Doc, q: Quote) -> Token | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    span = expand_span(doc, q.speaker_start, q.speaker_end)
    return span.root if span is not None and len(span) else None


def _thing_holder(doc: Doc, q: Quote) -> bool:
    """The holder named is a common noun for a thing, an act or an idea (see the module's text)."""
    head = _holder_head(doc, q)
    if head is None or head.pos_ != "NOUN":
        return False
    if head.ent_type_ in _TIMES:  # "an historic election night saw ...": a time holds no view
        return True
    if head.ent_type_:
        return False
    return head.lemma_.lower() in _things() or mute(head)


def settle_unheld_views(doc: Doc, out: list[Quote]) -> None:
    """A stance or topic with no holder, or a thing as holder, becomes kind ``impersonal`` (holder cleared)."""
    for q in out:
        if q.kind not in _HELD:
            continue
        if _thing_holder(doc, q):
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = None
        if q.speaker is None and not q.speaker_name:
            q.kind = "impersonal"
