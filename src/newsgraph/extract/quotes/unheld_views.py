"""Round 37 (issue 18 point 5): stances nobody is said to hold are no stances of anyone.

An independent review of unseen reports judged 15 of 36 stances right; the largest wrong class (7) was an impersonal
construction read as a stance with an empty holder ("is expected to", "is widely seen as", "appeared to", "history
suggests"), and the next (4) a holder that is a thing, not an agent ("the strikes intended to punish", "sanctions
that aim to", "a file photo shows", "efforts ... condemn"). Such a clause tells a view without a holder: the
writer's hedge, a view of people left unnamed (``passive_views``, ``writer_hedges``), or a thing's purpose. The same
holds for a topic (round 36's kind: what an act was about) whose holder is empty or a thing ("An earlier version of
this article referred to him as ...": a correction notice, the writer's). PolNeAR counts most of these clauses as
attributions with no Source (round 23 measured it on train), so the record is kept, scored and stored, as kind
``impersonal``: never listed and never offered as anyone's position (``record.UNSAID_QUOTE_KINDS``). A thing as
holder loses it (its speaker fields are cleared): a stance with no holder rather than a wrong one; a picture ("a
file photo shows ...", "Video showed ...") keeps it as the content's source, as PolNeAR and round 31's
``inferences`` read it (clearing it lost one PolNeAR train speaker, a video). The thing nouns are data
(``data/quote_thing_holders.tsv``) together with the nouns that never speak (``data/quote_mute_nouns.tsv``: events,
times, ideas) and a common noun the tagger reads as a date or time ("an historic election night saw ..."); a noun
inside another named entity, a proper noun, a pronoun or a person's word is left as it is.

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
def _things() -> dict[str, str]:
    """noun -> treatment: "clear" (the holder is cleared) or "source" (a picture: kept as the content's source)."""
    return {row[0].lower(): row[1] for row in read_tsv("quote_thing_holders.tsv") if len(row) > 1}


def _holder_head(doc: Doc, q: Quote) -> Token | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    span = expand_span(doc, q.speaker_start, q.speaker_end)
    return span.root if span is not None and len(span) else None


def _thing_holder(doc: Doc, q: Quote) -> str | None:
    """How the holder named is treated when it is a common noun for a thing, an act, an idea or a time (see the
    module's text): "clear", "source", or None (a holder that may hold a view)."""
    head = _holder_head(doc, q)
    if head is None or head.pos_ != "NOUN":
        return None
    if head.ent_type_ in _TIMES:  # "an historic election night saw ...": a time holds no view
        return "clear"
    if head.ent_type_:
        return None
    return _things().get(head.lemma_.lower()) or ("clear" if mute(head) else None)


def settle_unheld_views(doc: Doc, out: list[Quote]) -> None:
    """A stance or topic with no holder, or a thing as holder, becomes kind ``impersonal`` (a thing other than a
    picture cleared)."""
    for q in out:
        if q.kind not in _HELD:
            continue
        thing = _thing_holder(doc, q)
        if thing == "clear":
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = None
        if thing is not None or q.speaker is None and not q.speaker_name:
            q.kind = "impersonal"
