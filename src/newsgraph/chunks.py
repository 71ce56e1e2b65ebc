"""Very long articles: split into chunks for the parser, then merge the chunk records into one.

spaCy's parser and NER need about 1 GB of temporary memory per 100,000 characters, which is why the
model refuses texts over ``nlp.max_length``. A long text is cut at paragraph breaks (else at a
sentence end, else at a space) into chunks of at most ``limit`` characters; each chunk is extracted
as its own document and the records are merged: offsets shifted back into the whole text, entities
with the same canonical name and type joined, and every id (E, Q, C, P) renumbered with the
references to it (a quote's speaker and affiliation, an amount's change, an event's place, actors,
quote and the quotes of its further tellings).

The merge is streamed (:class:`ChunkMerge`: each chunk record is added as it comes and then dropped)
and works on the records' own fact objects, shifted and renumbered in place: a 20 MB article holds
over 500,000 facts, and copying them into dicts and validating them again cost more than a gigabyte
(issue 15).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from .record import Article, Entity, Place

__all__ = ["DEFAULT_CHUNK_CHARS", "ChunkMerge", "split_text", "merge_records"]

#: the fact lists a merge fills (the caller sets the article-level fields)
MERGED_FIELDS = ("paragraphs", "related_links", "headings", "entities", "quotes", "amounts", "changes", "times",
                 "places", "events")

#: 100,000 characters: about 1 GB of parser memory at most, and far above a normal news article
#: (the 5,000-article news sample has none over 60,000), so only pathological inputs are cut.
DEFAULT_CHUNK_CHARS = 100_000

_OFFSET_KEYS = ("start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "trigger_start", "trigger_end")


def split_text(text: str, limit: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, int]]:
    """Chunk spans covering ``text``, each at most ``limit`` characters, cut at the best break."""
    if limit <= 0:
        raise ValueError("limit must be positive")
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while n - pos > limit:
        window = text[pos : pos + limit]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?][\"'”’)]?\s", r"\s"):
            # the last break in the second half of the window: chunks stay large
            found = [m.end() for m in re.finditer(pattern, window[limit // 2 :])]
            if found:
                cut = limit // 2 + found[-1]
                break
        if cut <= 0:
            cut = limit
        spans.append((pos, pos + cut))
        pos += cut
    spans.append((pos, n))
    return [(s, e) for s, e in spans if e > s]


_ALL_FIELDS: dict[type, set[str]] = {}


def _shift(obj: BaseModel, offset: int) -> None:
    """Offsets of a fact and of the spans it holds (mentions, an event's further tellings), in place.

    The object also gives up its own record of which fields it was given (pydantic's fields-set, a set
    of 5 to 20 names: 700 bytes of a quote's 1,600) for one set per class naming every field, shared by
    all facts of the article: no reader here asks which fields were left unset (no ``exclude_unset``),
    and pydantic only ever adds to it the name of a field being assigned, which it already holds.
    """
    cls = type(obj)
    shared = _ALL_FIELDS.get(cls)
    if shared is None:
        shared = _ALL_FIELDS[cls] = set(cls.model_fields)
    object.__setattr__(obj, "__pydantic_fields_set__", shared)
    d = obj.__dict__
    for k in _OFFSET_KEYS:
        v = d.get(k)
        if isinstance(v, int) and not isinstance(v, bool):
            d[k] = v + offset
    for k in ("mentions", "spans"):
        for x in d.get(k) or ():
            _shift(x, offset)


def merge_records(parts: Iterable[tuple[int, Article]]) -> dict[str, Any]:
    """One record's fact lists from chunk records (``(offset, record)``), ids renumbered.

    Returns the keys of :data:`MERGED_FIELDS`; the caller sets the article-level fields (id, text, metadata).
    The chunk records are consumed: their fact objects move into the result.
    """
    merge = ChunkMerge()
    for offset, rec in parts:
        merge.add(offset, rec)
    return merge.result()


def _ref(mapping: dict[str, str], ref: str | None) -> str | None:
    """``ref`` through ``mapping`` (an id of this chunk to its merged id); unknown or empty refs unchanged."""
    return mapping.get(ref or "", ref)


class ChunkMerge:
    """Chunk records added in text order; each phase maps the chunk's own ids to merged ids, in the order
    the references need them (entities before quotes and places; changes before amounts; places and quotes
    before events); ``result`` renumbers entities by first mention.

    Facts are moved, not copied: ``add`` shifts and renumbers the chunk record's objects in place and
    keeps them, so a chunk record must not be used after it was added.
    """

    def __init__(self) -> None:
        self.out: dict[str, list[Any]] = {k: [] for k in MERGED_FIELDS}
        self.ent_by_key: dict[tuple[str, str], Entity] = {}
        self.seen_names: dict[int, tuple[set[str], set[str]]] = {}  # id(entity) -> its aliases, roles
        self.place_by_key: dict[tuple[Any, ...], Place] = {}
        self.n_quote = self.n_change = 0

    def add(self, offset: int, rec: Article) -> None:
        for key in ("paragraphs", "related_links", "times"):
            for x in getattr(rec, key):
                _shift(x, offset)
                self.out[key].append(x)
        self.out["headings"] += rec.headings
        emap = self._entities(rec, offset)
        qmap = self._quotes(rec, emap, offset)
        self._amounts(rec, offset)
        pmap = self._places(rec, emap, offset)
        for ev in rec.events:
            _shift(ev, offset)
            for x in (*ev.actors, *ev.targets):
                x.entity = _ref(emap, x.entity)
            ev.place, ev.source_quote = _ref(pmap, ev.place), _ref(qmap, ev.source_quote)
            for sp in ev.spans:
                sp.quote = _ref(qmap, sp.quote)
            self.out["events"].append(ev)

    def _entities(self, rec: Article, offset: int) -> dict[str, str]:
        """Entities with the same name and type join the first one's row."""
        emap: dict[str, str] = {}
        for e in rec.entities:
            for m in e.mentions:
                _shift(m, offset)
            key = (e.name, e.type)
            tgt = self.ent_by_key.get(key)
            if tgt is not None:
                aliases, roles = self.seen_names[id(tgt)]
                tgt.mentions.extend(e.mentions)
                tgt.aliases.extend(a for a in dict.fromkeys(e.aliases) if a not in aliases)
                tgt.roles.extend(r for r in dict.fromkeys(e.roles) if r not in roles)
                aliases.update(e.aliases)
                roles.update(e.roles)
                tgt.country = tgt.country or e.country
            else:
                tgt = self.ent_by_key[key] = e
                self.seen_names[id(e)] = (set(e.aliases), set(e.roles))
                emap[e.id] = f"E{len(self.ent_by_key)}"
                e.id = emap[e.id]
                continue
            emap[e.id] = tgt.id
        return emap

    def _quotes(self, rec: Article, emap: dict[str, str], offset: int) -> dict[str, str]:
        qmap: dict[str, str] = {}
        for q in rec.quotes:
            _shift(q, offset)
            self.n_quote += 1
            qmap[q.id] = f"Q{self.n_quote}"
            q.id = qmap[q.id]
            q.speaker, q.affiliation = _ref(emap, q.speaker), _ref(emap, q.affiliation)
            self.out["quotes"].append(q)
        return qmap

    def _amounts(self, rec: Article, offset: int) -> None:
        cmap: dict[str, str] = {}
        for c in rec.changes:
            _shift(c, offset)
            self.n_change += 1
            cmap[c.id] = f"C{self.n_change}"
            c.id = cmap[c.id]
            self.out["changes"].append(c)
        for a in rec.amounts:
            _shift(a, offset)
            a.change = _ref(cmap, a.change)
            self.out["amounts"].append(a)

    def _places(self, rec: Article, emap: dict[str, str], offset: int) -> dict[str, str]:
        """Places with the same name, country and GeoNames id join the first one's row."""
        pmap: dict[str, str] = {}
        for p in rec.places:
            for m in p.mentions:
                _shift(m, offset)
            pkey = (p.name, p.country, p.geonames_id)
            tgt = self.place_by_key.get(pkey)
            if tgt is not None:
                tgt.mentions.extend(p.mentions)
            else:
                tgt = self.place_by_key[pkey] = p
                old, p.id, p.entity = p.id, f"P{len(self.place_by_key)}", _ref(emap, p.entity)
                pmap[old] = p.id
                continue
            pmap[p.id] = tgt.id
        return pmap

    def result(self) -> dict[str, Any]:
        """The merged lists, entities numbered by first mention and every reference to them renumbered."""
        out = self.out
        big = 1 << 62
        ents = sorted(self.ent_by_key.values(), key=lambda e: min((m.start for m in e.mentions), default=big))
        renum = {e.id: f"E{i}" for i, e in enumerate(ents, 1)}
        for e in ents:
            e.id = renum[e.id]
            e.mentions.sort(key=lambda m: m.start)
        for q in out["quotes"]:
            q.speaker, q.affiliation = _ref(renum, q.speaker), _ref(renum, q.affiliation)
        for p in self.place_by_key.values():
            p.entity = _ref(renum, p.entity)
        for ev in out["events"]:
            for x in (*ev.actors, *ev.targets):
                x.entity = _ref(renum, x.entity)
        out["entities"] = ents
        out["places"] = list(self.place_by_key.values())
        return out
