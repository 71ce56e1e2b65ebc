"""Article records to table rows and back.

:func:`article_rows` flattens one :class:`~newsgraph.record.Article` into rows of the fact tables;
:func:`load_article` rebuilds the identical record from them. Global entity ids (the cross-article
``entities`` table) are given by the caller, so this module knows nothing about entity merging.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..record import Article, listed_quote
from . import schema as t

__all__ = ["Rows", "article_rows", "iter_article_rows", "insert_rows", "insert_many", "load_article", "load_articles",
           "delete_articles"]

Rows = dict[str, list[dict[str, Any]]]


def _span(x: Any) -> dict[str, Any]:
    return {"start": x.start, "end": x.end}


def article_rows(rec: Article, entity_ids: Sequence[int], **options: Any) -> Rows:
    """Rows of every table for one article, by table: :func:`iter_article_rows` collected (same arguments).
    ``entity_ids[i]`` is the global id of ``rec.entities[i]``; ``event_ids`` yields one new ``events.id``
    per event."""
    rows: Rows = defaultdict(list)
    for name, row in iter_article_rows(rec, entity_ids, **options):
        rows[name].append(row)
    return rows


def iter_article_rows(
    rec: Article,
    entity_ids: Sequence[int],
    *,
    event_ids: Iterable[int] = (),
    origin: str | None = None,
    position: str | None = None,
    run_id: int | None = None,
    ingested_at: str | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(table, row)`` of :func:`article_rows` one at a time, each row after the rows it refers to: a
    caller can insert a long article's half a million rows in slices instead of holding them all."""
    aid, pub = rec.id, rec.published
    yield "articles", {
        "id": aid, "schema_version": rec.schema_version, "url": rec.url, "title": rec.title,
        "published": pub, "source": rec.source, "language": rec.language, "text": rec.text,
        "related_links": [r.model_dump() for r in rec.related_links], "headings": list(rec.headings),
        "origin": origin, "position": position, "run_id": run_id, "ingested_at": ingested_at,
        "story_id": None,  # set by newsgraph.kb.stories once the article is stored
    }
    for i, p in enumerate(rec.paragraphs):
        yield "paragraphs", {"article_id": aid, "idx": i, **_span(p), "kind": p.kind}
    local_to_global: dict[str, int] = {}
    yield from _entity_rows(rec, entity_ids, local_to_global)
    for i, q in enumerate(rec.quotes):
        d = q.model_dump()
        d["local_id"] = d.pop("id")
        yield "quotes", {"article_id": aid, "idx": i, **d, "published": pub,
                         "speaker_entity_id": local_to_global.get(q.speaker or "")}
    for i, a in enumerate(rec.amounts):
        yield "amounts", {"article_id": aid, "idx": i, **a.model_dump()}
    for i, c in enumerate(rec.changes):
        d = c.model_dump()
        d["local_id"] = d.pop("id")
        yield "changes", {"article_id": aid, "idx": i, **d}
    for i, tm in enumerate(rec.times):
        yield "times", {"article_id": aid, "idx": i, **tm.model_dump()}
    for i, pl in enumerate(rec.places):
        d = pl.model_dump()
        d["local_id"] = d.pop("id")
        yield "places", {"article_id": aid, "idx": i, **d, "entity_id": local_to_global.get(pl.entity or "")}
    yield from _event_rows(rec, event_ids, local_to_global)
    for f in rec.extraction_errors:  # the article is stored; the family that failed on it is logged here
        yield "ingest_errors", {
            "run_id": run_id, "source": origin or "<python>", "position": position or "", "item": rec.url or aid,
            "reason": f.message, "error": "ExtractionError", "at": ingested_at or "", "family": f.family,
            "article_id": aid,
        }


def _entity_rows(rec: Article, entity_ids: Sequence[int],
                 local_to_global: dict[str, int]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The article's entities and their mentions; fills ``local_to_global`` (local entity id → global id)."""
    aid, pub = rec.id, rec.published
    if len(rec.entities) != len(entity_ids):
        raise ValueError(f"{len(rec.entities)} entities but {len(entity_ids)} global ids")
    for i, (e, gid) in enumerate(zip(rec.entities, entity_ids, strict=True)):
        local_to_global[e.id] = gid
        yield "article_entities", {
            "article_id": aid, "idx": i, "local_id": e.id, "entity_id": gid, "name": e.name, "type": e.type,
            "country": e.country, "aliases": list(e.aliases), "roles": list(e.roles),
            "mention_count": len(e.mentions), "published": pub,
        }
        for j, m in enumerate(e.mentions):
            yield "mentions", {
                "article_id": aid, "entity_idx": i, "idx": j, "entity_id": gid, **_span(m), "text": m.text,
            }


def _event_rows(rec: Article, event_ids: Iterable[int],
               local_to_global: Mapping[str, int]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The article's events (one new id each from ``event_ids``) and their actor and target parties."""
    ids = iter(event_ids)
    for i, ev in enumerate(rec.events):
        eid = next(ids)
        d = ev.model_dump()
        yield "events", {"id": eid, "article_id": rec.id, "idx": i, **d, "published": rec.published}
        for role, parties in (("actor", ev.actors), ("target", ev.targets)):
            for j, party in enumerate(parties):
                yield "event_parties", {
                    "event_id": eid, "role": role, "idx": j, "entity_id": local_to_global.get(party.entity or ""),
                    "code": party.code, "name": party.name, "country": party.country,
                    "published": rec.published, "confidence": ev.confidence,  # the event's (migration 0010)
                }


_INSERT_ORDER = ("articles", "paragraphs", "article_entities", "mentions", "quotes", "amounts", "changes",
                 "times", "places", "events", "event_parties", "ingest_errors")


def insert_rows(conn: Connection, rows: Mapping[str, list[dict[str, Any]]]) -> None:
    """Insert the rows of many articles (executemany per table) and index them for search."""
    fts = _fts_rows(conn, rows) if conn.dialect.name == "sqlite" else []
    for name in _INSERT_ORDER:
        batch = rows.get(name)
        if batch:
            insert_many(conn, t.metadata.tables[name], batch)
    if fts and conn.dialect.paramstyle == "qmark":  # straight to the driver, as in insert_many
        conn.exec_driver_sql("INSERT INTO fts (rowid, kind, article_id, ref, body) VALUES (?, ?, ?, ?, ?)",
                             [(r["rowid"], r["kind"], r["article_id"], r["ref"], r["body"]) for r in fts])
    elif fts:
        conn.execute(sa.text("INSERT INTO fts (rowid, kind, article_id, ref, body) "
                             "VALUES (:rowid, :kind, :article_id, :ref, :body)"), fts)


_Plan = tuple[str, Callable[[Mapping[str, Any]], tuple[Any, ...]], tuple[tuple[int, Callable[[Any], Any]], ...]]
_PLANS: dict[tuple[str, str, tuple[str, ...]], _Plan] = {}


def _plan(conn: Connection, table: sa.Table, cols: tuple[str, ...]) -> _Plan:
    """The INSERT statement of ``cols`` in the driver's own parameter style, a getter of those values from a
    row (a tuple, in the statement's order) and the bind processors of the columns that have one (JSON,
    Boolean, Float), from SQLAlchemy's own compiler and types: the driver gets the very values
    ``conn.execute(table.insert(), rows)`` gives it."""
    key = (conn.dialect.name, table.name, cols)
    plan = _PLANS.get(key)
    if plan is None:
        compiled = table.insert().compile(dialect=conn.dialect, column_keys=list(cols))
        order = tuple(compiled.positiontup or ())
        if sorted(order) != sorted(cols):
            raise ValueError(f"cannot plan a positional insert into {table.name}")
        get = itemgetter(*order) if len(order) > 1 else (lambda r, c=order[0]: (r[c],))
        procs = tuple((i, _empty_json(p) if isinstance(table.c[c].type, sa.JSON) else p) for i, c in enumerate(order)
                      if (p := table.c[c].type._cached_bind_processor(conn.dialect)) is not None)
        plan = _PLANS[key] = (str(compiled), get, procs)
    return plan


def _empty_json(proc: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A JSON column's bind processor that writes an empty list or dict without the serializer: seven in ten
    JSON values an article stores are empty (an entity's roles, an event's spans), and the serializer's
    call costs more than the rest of the row. The text is the serializer's own ("[]", "{}")."""
    empty = {list: proc([]), dict: proc({})}

    def process(value: Any) -> Any:
        return empty[value.__class__] if not value and value.__class__ in empty else proc(value)

    return process


def insert_many(conn: Connection, table: sa.Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """``conn.execute(table.insert(), rows)``, the same values stored: on SQLite the rows go to the driver's
    ``executemany`` as tuples, processed by the columns' own bind processors. SQLAlchemy's executemany
    builds and processes a parameter dict per row, which was most of the ingest's insert CPU (thousands
    of rows a batch). Anything else (another database or driver, rows whose keys differ or name no column)
    takes SQLAlchemy's path."""
    if not rows:
        return
    cols = tuple(rows[0])
    keys = rows[0].keys()
    if conn.dialect.name != "sqlite" or conn.dialect.paramstyle != "qmark" or not all(c in table.c for c in cols) \
            or any(r.keys() != keys for r in rows):
        conn.execute(table.insert(), list(rows))
        return
    sql, get, procs = _plan(conn, table, cols)
    if not procs:
        conn.exec_driver_sql(sql, [get(r) for r in rows])
        return
    params: list[tuple[Any, ...]] = []
    for r in rows:
        v = list(get(r))
        for i, proc in procs:
            v[i] = proc(v[i])
        params.append(tuple(v))
    conn.exec_driver_sql(sql, params)


def _fts_rows(conn: Connection, rows: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """SQLite's full-text rows of the articles and quotes in ``rows``; each article row gets its
    ``fts_rowid`` (migration 0013: text matches in page order without reading fts's stored rows), and so
    does each of their entity links (0014: an entity's articles tested against a text's matches)."""
    arts = rows.get("articles", [])
    fts: list[dict[str, Any]] = [
        {"body": ((a["title"] or "") + "\n" + a["text"]), "kind": "article", "article_id": a["id"], "ref": None}
        for a in arts
    ]
    # a stance ("condemned the launch") is stored but is no words said: it is not searched as a quote
    fts += [{"body": q["text"], "kind": "quote", "article_id": q["article_id"], "ref": q["idx"]}
            for q in rows.get("quotes", []) if listed_quote(q.get("kind"), q.get("modality"))]
    if not fts:
        return fts
    # rowids in insertion order, even for an article and odd for a quote (search tells them apart by
    # rowid alone, see newsgraph.kb.search); read in the writing transaction (ingest has written its
    # entities by now), and the rowid is fts's key: two writers could never both store one
    last = conn.execute(sa.text("SELECT rowid FROM fts ORDER BY rowid DESC LIMIT 1")).scalar()
    slot = (last or 0) // 2 + 1
    for k, row in enumerate(fts):
        row["rowid"] = 2 * (slot + k) + (row["kind"] == "quote")
    for a, row in zip(arts, fts[:len(arts)], strict=True):  # the articles' rows come first
        a["fts_rowid"] = row["rowid"]
    of = {a["id"]: a["fts_rowid"] for a in arts}
    for link in rows.get("article_entities", []):  # a copy on each entity link (migration 0014)
        link["fts_rowid"] = of.get(link["article_id"])
    return fts


def delete_articles(conn: Connection, ids: Sequence[str]) -> None:
    """Remove articles and every fact row that belongs to them (not their cross-article entity rows)."""
    if not ids:
        return
    ev_ids = sa.select(t.events.c.id).where(t.events.c.article_id.in_(ids))
    conn.execute(t.event_parties.delete().where(t.event_parties.c.event_id.in_(ev_ids)))
    conn.execute(t.points.delete().where(t.points.c.article_id.in_(ids)))
    conn.execute(t.ingest_errors.delete().where(t.ingest_errors.c.article_id.in_(ids)))
    for tbl in reversed(t.FACT_TABLES):
        conn.execute(tbl.delete().where(tbl.c.article_id.in_(ids)))
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text("DELETE FROM fts WHERE article_id IN (SELECT value FROM json_each(:ids))"),
                     {"ids": __import__("json").dumps(list(ids))})
    conn.execute(t.articles.delete().where(t.articles.c.id.in_(ids)))


def _num(v: Any) -> Any:
    # numbers come back as floats; a whole number was (almost always) an int in the record
    return int(v) if isinstance(v, float) and v.is_integer() and abs(v) < 2**53 else v


_DROP = {"article_id", "idx", "published", "speaker_entity_id", "entity_id", "local_id"}


def _quote_fact(row: Mapping[str, Any]) -> dict[str, Any]:
    d = _fact(row, id_from_local=True)
    if d.get("modality") is None:  # a row stored before migration 0021: asserted (the record's default)
        d.pop("modality", None)
    return d


def _fact(row: Mapping[str, Any], *, numeric: tuple[str, ...] = (), id_from_local: bool = False) -> dict[str, Any]:
    d = {k: v for k, v in row.items() if k not in _DROP}
    for k in numeric:
        if k in d:
            d[k] = _num(d[k])
    if id_from_local:
        d["id"] = row["local_id"]
    return d


def load_articles(conn: Connection, ids: Sequence[str]) -> list[Article]:
    """The stored records of ``ids`` (unknown ids are left out), in the order given."""
    if not ids:
        return []
    ids = list(ids)

    def rows_of(tbl: sa.Table, order: tuple[str, ...] = ("idx",)) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        q = sa.select(tbl).where(tbl.c.article_id.in_(ids)).order_by(tbl.c.article_id, *[tbl.c[o] for o in order])
        for r in conn.execute(q).mappings():
            out[r["article_id"]].append(dict(r))
        return out

    arts = {r["id"]: dict(r) for r in conn.execute(
        sa.select(*[c for c in t.articles.c if c.name != "tsv"]).where(t.articles.c.id.in_(ids))).mappings()}
    paras = rows_of(t.paragraphs)
    ents = rows_of(t.article_entities)
    ments = rows_of(t.mentions, ("entity_idx", "idx"))
    quotes, amounts, changes = rows_of(t.quotes), rows_of(t.amounts), rows_of(t.changes)
    times, places, events = rows_of(t.times), rows_of(t.places), rows_of(t.events)
    failures = rows_of(t.ingest_errors, ("id",))
    amount_nums = ("value", "low", "high")
    change_nums = ("from_value", "to_value", "delta", "pct")
    out: list[Article] = []
    for aid in ids:
        a = arts.get(aid)
        if a is None:
            continue
        by_entity: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for m in ments.get(aid, []):
            by_entity[m["entity_idx"]].append({"start": m["start"], "end": m["end"], "text": m["text"]})
        rec = {
            "schema_version": a["schema_version"], "id": aid, "url": a["url"], "title": a["title"],
            "published": a["published"], "source": a["source"], "language": a["language"], "text": a["text"],
            "paragraphs": [_fact(p) for p in paras.get(aid, [])],
            "related_links": a["related_links"], "headings": a["headings"],
            "entities": [
                {"id": e["local_id"], "name": e["name"], "type": e["type"], "aliases": e["aliases"],
                 "roles": e["roles"], "country": e["country"], "mentions": by_entity.get(e["idx"], [])}
                for e in ents.get(aid, [])
            ],
            "quotes": [_quote_fact(q) for q in quotes.get(aid, [])],
            "amounts": [_fact(x, numeric=amount_nums) for x in amounts.get(aid, [])],
            "changes": [_fact(x, numeric=change_nums, id_from_local=True) for x in changes.get(aid, [])],
            "times": [_fact(x) for x in times.get(aid, [])],
            "places": [{**_fact(x, id_from_local=True), "entity": x["entity"]} for x in places.get(aid, [])],
            "events": [_event_fact(x) for x in events.get(aid, [])],
            "extraction_errors": [{"family": x["family"], "message": x["reason"]}
                                  for x in failures.get(aid, []) if x["family"]],
            "story_id": a.get("story_id"),
        }
        for q in rec["quotes"]:
            q.pop("tsv", None)
        out.append(Article.model_validate(rec))
    return out


def load_article(conn: Connection, article_id: str) -> Article | None:
    """The stored record of one article, identical to the one that was ingested, or None."""
    got = load_articles(conn, [article_id])
    return got[0] if got else None


def _event_fact(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event as a record event; rows stored before modality and spans existed get their defaults."""
    ev = {k: v for k, v in row.items() if k not in _DROP | {"id"}}
    if ev.get("modality") is None:
        ev["modality"] = "negated" if ev.get("negated") else "hypothetical" if ev.get("hypothetical") else "asserted"
    if ev.get("spans") is None:
        ev["spans"] = []
    return ev
