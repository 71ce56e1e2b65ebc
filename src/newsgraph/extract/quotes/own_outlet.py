"""Round 33 (issue 18, real reports): the report's own outlet is no speaker of its own reporting.

"The committee had delayed the plan for weeks, Fox News has learned." and "Fox also confirmed that ..." in a report
Fox News published are the writer's reporting, not a statement someone made: no quote. The outlet is the record's
``source`` (``doc._.newsgraph_meta``) put to its one name by ``data/outlets.tsv`` ("Fox Online News" -> "Fox News");
the speaker is an entity whose name or alias is the same outlet; the cue is a verb of finding or reporting
(``data/quote_own_outlet_cues.tsv``) or "according to". Another outlet's reporting ("CNN has learned" in a report
of The Hill) and the outlet's statements as a company ("CNN said in a statement") stay quotes.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...lexicon import outlet_of, read_tsv
from ...record import Quote
from .._doc import entity_by_id
from .afterpass import verb_at

__all__ = ["drop_own_outlet"]


@lru_cache(maxsize=1)
def _cues() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_own_outlet_cues.tsv") if row)


def _own_outlet(doc: Doc) -> str | None:
    """The one name of the outlet that published the report, from its source field (None: unknown)."""
    if not doc.has_extension("newsgraph_meta"):
        return None
    source = (doc._.newsgraph_meta or {}).get("source")
    return outlet_of(source) if source else None


def _speaker_outlets(q: Quote, ents: dict[str, dict]) -> set[str]:
    ent = ents.get(q.speaker or "")
    names = [q.speaker_name or ""]
    if ent is not None:
        names += [ent.get("name") or "", *ent.get("aliases", [])]
    return {o for o in (outlet_of(n) for n in names if n) if o}


def _reporting_cue(doc: Doc, q: Quote) -> bool:
    if q.cue and q.cue.strip().lower() == "according to":
        return True
    verb = verb_at(doc, q.cue_start, q.cue_end)
    return verb is not None and verb.lemma_.lower() in _cues()


def drop_own_outlet(doc: Doc, out: list[Quote]) -> list[Quote]:
    """``out`` without the quotes the report's own outlet "tells" by a verb of finding or reporting."""
    own = _own_outlet(doc)
    if own is None:
        return out
    ents = entity_by_id(doc)
    return [q for q in out if not (own in _speaker_outlets(q, ents) and _reporting_cue(doc, q))]
