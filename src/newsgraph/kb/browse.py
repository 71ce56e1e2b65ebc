"""Browsing queries: paged article and entity lists and one full record (used by the web API).

Every function takes ``db`` like the other :mod:`newsgraph.kb` queries. Filters are bound parameters
(never formatted into SQL), and page sizes are capped by the caller.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from ..record import Article
from ..store import StoreLike
from ..store import schema as t
from ..store.rows import load_article
from .paging import Page, count_of, fetch_page
from .query import ENTITY_FIELDS, EntityRow, find_entity, using
from .search import article_match, article_rowids, search_page

__all__ = ["ArticleRow", "EntityRow", "Page", "articles", "article", "entity_list", "ARTICLE_SORTS", "ENTITY_SORTS",
           "local_entity_links", "entity_roles", "entity_places", "entity_row"]


@dataclass
class ArticleRow:
    id: str
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    language: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


ARTICLE_SORTS = ("newest", "oldest", "title", "relevance")
ENTITY_SORTS = ("mentions", "articles", "recent", "name")


def articles(
    *, db: StoreLike = None, source: str | None = None, date_from: str | None = None, date_to: str | None = None,
    entity: str | None = None, q: str | None = None, language: str | None = None, story: str | int | None = None,
    sort: str = "newest", offset: int = 0, limit: int = 50,
) -> Page[ArticleRow]:
    """Articles filtered by source, publication date range, entity (name or id), text, language and
    story (when the base has stories); ``sort`` is newest (default), oldest, title or relevance (text
    search alone: the search's ranking, see :mod:`newsgraph.kb.search`; with other filters, newest)."""
    a = t.articles
    conds: list[Any] = []
    if source:
        conds.append(a.c.source == source)
    if date_from:
        conds.append(a.c.published >= date_from)
    if date_to:
        conds.append(a.c.published <= date_to)
    if language:
        conds.append(a.c.language == language)
    with using(db) as store, store.connect() as conn:
        if story is not None:
            sid = str(story).strip()
            if "story_id" not in a.c or not sid.isdigit():  # story ids are integers: anything else matches none
                return Page([], 0, offset, limit)
            conds.append(a.c.story_id == int(sid))
        if entity:
            ref = find_entity(entity, db=store)
            if ref is None:
                return Page([], 0, offset, limit)
            if sort == "newest" and not (source or language or q or story is not None):
                return _entity_articles(conn, ref, date_from, date_to, offset, limit)
            ae = t.article_entities
            if store.dialect != "sqlite":  # on SQLite, the text match or the entity's size picks its test
                conds.append(a.c.id.in_(sa.select(ae.c.article_id).where(ae.c.entity_id == ref.id)))
        if q and sort == "relevance" and not conds:
            # the search's own order and count (bounded however many articles match)
            return _by_relevance(conn, store, q, offset, limit)
        # undated articles last; "newest" reads the (published, id, fts_rowid) index backwards, no sort
        order = {"newest": (a.c.published.desc().nulls_last(), a.c.id.desc()),
                 "oldest": (a.c.published.asc().nulls_last(), a.c.id),
                 "title": (a.c.title.asc().nulls_last(), a.c.id)}.get(sort, (a.c.published.desc().nulls_last(),
                                                                             a.c.id.desc()))
        query = sa.select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.url, a.c.language)
        if q and store.dialect == "sqlite":
            # relevance with other filters is the newest order: every order here has its index
            return _sqlite_text(conn, query, q, conds, order, True, offset, limit,
                                entity=ref if entity else None)
        if store.dialect == "sqlite" and not q and (conds or entity):
            filters = {"source": source, "language": language, "story_id": int(story) if story is not None else None}
            return _sqlite_filtered(conn, query, filters, (date_from, date_to), sort, ref if entity else None,
                                    offset, limit)
        if q:
            conds.append(article_match(store.dialect, q))
        query = query.where(*conds).order_by(*order)
        return fetch_page(conn, query, offset=offset, limit=limit, make=lambda r: ArticleRow(**r))


#: a text match of at most this many articles is looked up article by article (the fts_rowid index) and
#: sorted; a larger one, in an indexed order, walks that order's index and tests each article against the
#: match set, stopping at the page's end (the newest 50 of 18,000 matches are among the first few hundred)
_FEW_MATCHES = 2000


def _sqlite_text(conn: Any, query: Any, q: str, conds: list[Any], order: Any, indexed_order: bool, offset: int,
                 limit: int, entity: Any = None) -> Page[ArticleRow]:
    """``/articles?q=`` with another order than relevance or with other filters, on SQLite.

    The match set is fts rowids, which FTS5 gives without fetching its stored rows; each article row
    carries its own (``articles.fts_rowid``, migration 0013), so no article id is read out of fts. With an
    entity, the set is the entity's matching articles (``article_entities.fts_rowid``, 0014). The total is
    the set's size when nothing else filters."""
    a = t.articles
    ids: Any = article_rowids(q)
    filtered = bool(conds)  # filters other than the text and the entity
    if entity is not None:
        n, ids, conds = _with_entity(conn, ids, entity.id, conds)
    else:
        n = int(conn.execute(sa.select(sa.func.count()).select_from(ids.subquery())).scalar_one())
    if n == 0:
        return Page([], 0, offset, limit)
    # unary + keeps SQLite from looking the matches up through the fts_rowid index (then sorting them all)
    probe = sa.literal_column("+articles.fts_rowid") if indexed_order and n > _FEW_MATCHES else a.c.fts_rowid
    rows = conn.execute(query.where(*conds, probe.in_(ids)).order_by(*order).offset(offset).limit(limit)).mappings().all()
    if not filtered:
        total = n
    elif len(rows) < limit and (rows or offset == 0):
        total = offset + len(rows)
    else:  # a large match set is tested against the filters' own index (a date range: the order's index)
        probe = sa.literal_column("+articles.fts_rowid") if n > _FEW_MATCHES else a.c.fts_rowid
        total = int(conn.execute(sa.select(sa.func.count()).select_from(a).where(*conds, probe.in_(ids))).scalar_one())
    return Page([ArticleRow(**r) for r in rows], total, offset, limit)


def _sqlite_filtered(conn: Any, query: Any, filters: dict[str, Any], dates: tuple[str | None, str | None],
                     sort: str, entity: Any, offset: int, limit: int) -> Page[ArticleRow]:
    """``/articles`` with filters (no text), on SQLite: the total first, then the plan it calls for.

    A result of at most ``_FEW_MATCHES`` articles is read through its filter's index and sorted; a larger
    one walks the index of the page's order (a source's or a language's index holds the date order too),
    testing each article, and stops at the page's end. The plan is forced with unary ``+`` (a column
    behind it uses no index): left alone, SQLite's planner sorted all 99,900 English articles for a title
    page (320 ms) and walked every article for a story that has none (330 ms). A frequent entity is tested
    by one seek in (entity_id, fts_rowid) (migration 0014); a rarer one's articles are looked up."""
    a, ae = t.articles, t.article_entities
    given = {k: v for k, v in filters.items() if v is not None}
    story = _story_rowids(conn, given.get("story_id"))
    if story == []:
        return Page([], 0, offset, limit)

    def conds(indexed: set[str]) -> list[Any]:
        col = {n: a.c[n] if n in indexed else sa.literal_column(f"+articles.{n}", a.c[n].type)
               for n in ("source", "language", "story_id", "published")}
        out = [col[k] == v for k, v in given.items() if not (k == "story_id" and story is not None)]
        out += [_ROWID.in_(story)] if story is not None else []
        out += [col["published"] >= dates[0]] if dates[0] else []
        out += [col["published"] <= dates[1]] if dates[1] else []
        if entity is not None and entity.article_count <= _FEW_MATCHES:
            out.append(a.c.fts_rowid.in_(sa.select(ae.c.fts_rowid).where(ae.c.entity_id == entity.id)))
        elif entity is not None:
            out.append(sa.exists().where(ae.c.entity_id == entity.id, ae.c.fts_rowid == a.c.fts_rowid))
        return out

    everything = {"source", "language", "story_id", "published"}
    if entity is not None and not given:  # the entity (and dates): counted off its own index
        per = sa.select(ae.c.article_id).where(ae.c.entity_id == entity.id)
        per = per.where(ae.c.published >= dates[0]) if dates[0] else per
        per = per.where(ae.c.published <= dates[1]) if dates[1] else per
        total = count_of(conn, per.group_by(ae.c.published, ae.c.article_id)) if any(dates) else entity.article_count
    else:
        total = int(conn.execute(sa.select(sa.func.count()).select_from(a).where(*conds(everything))).scalar_one())
    if total == 0 or offset >= total:
        return Page([], total, offset, limit)
    walk = total > _FEW_MATCHES
    by, desc = {"oldest": ("published", False), "title": ("title", False)}.get(sort, ("published", True))
    if not walk:  # the filter's index, then a sort: the order's column must not offer its index
        indexed = everything
        first: Any = sa.literal_column(f"+articles.{by}", a.c[by].type)
    else:  # the order's index: a source's or language's when there is one (date order inside it)
        keep = next((k for k in ("source", "language") if k in given), None) if by == "published" else None
        indexed = {k for k in (keep, "published") if k is not None} if by == "published" else set()
        first = a.c[by]
    order = (first.desc().nulls_last(), a.c.id.desc()) if desc else (first.asc().nulls_last(), a.c.id)
    rows = conn.execute(query.where(*conds(indexed)).order_by(*order).offset(offset).limit(limit)).mappings().all()
    return Page([ArticleRow(**r) for r in rows], total, offset, limit)



_ROWID: sa.ColumnElement[int] = sa.literal_column("articles.rowid")


def _story_rowids(conn: Any, story_id: int | None) -> list[int] | None:
    """The table rowids of a story's articles, read off the story's index alone (it holds them), when it
    has at most ``_FEW_MATCHES`` (else None: the story is filtered like any column).

    Given as a list, the story is the plan's first step: statistics taken while no article had a story
    (every story_id NULL) make SQLite's planner scan all articles for ``story_id = ?`` beside an entity's
    test, or to read any other column (100 ms at 99,900 articles, 0.1 ms through the index)."""
    if story_id is None:
        return None
    a = t.articles
    got = list(conn.execute(sa.select(_ROWID).select_from(a).where(a.c.story_id == story_id)
                            .limit(_FEW_MATCHES + 1)).scalars())
    return got if len(got) <= _FEW_MATCHES else None


def _with_entity(conn: Any, ids: Any, entity_id: int, conds: list[Any]) -> tuple[int, Any, list[Any]]:
    """The text's matches among one entity's articles: their number, the set to test articles against
    and the conditions to add.

    The entity's articles as fts rowids come off one range of (entity_id, fts_rowid) (migration 0014),
    each tested against the text's match set: 3-16 ms for a frequent word and a frequent entity at 99,900
    articles, where one index seek per article of either side cost 50-150 ms. At most ``_FEW_MATCHES``
    of them are kept as a list (looked up article by article); a larger intersection is counted, and the
    page walks the order's index testing the text's set, then one seek in that index per candidate."""
    ae = t.article_entities
    hits = (sa.select(ae.c.fts_rowid).where(ae.c.entity_id == entity_id, ae.c.fts_rowid.in_(ids))
            .group_by(ae.c.fts_rowid))  # a link per entity of an article's: distinct rowids
    few = list(conn.execute(hits.limit(_FEW_MATCHES + 1)).scalars())
    if len(few) <= _FEW_MATCHES:
        return len(few), few, conds
    n = int(conn.execute(sa.select(sa.func.count()).select_from(hits.subquery())).scalar_one())
    linked = sa.exists().where(ae.c.entity_id == entity_id, ae.c.fts_rowid == t.articles.c.fts_rowid)
    return n, ids, [*conds, linked]


def _by_relevance(conn: Any, store: Any, q: str, offset: int, limit: int) -> Page[ArticleRow]:
    a = t.articles
    hits = search_page(q, db=store, kind="article", offset=offset, limit=limit)
    ids = [h.article_id for h in hits.items]
    rows = {r["id"]: r for r in conn.execute(sa.select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.url,
                                                       a.c.language).where(a.c.id.in_(ids))).mappings()}
    return Page([ArticleRow(**rows[i]) for i in ids if i in rows], hits.total, offset, limit)


def _entity_articles(conn: Any, entity: Any, date_from: str | None, date_to: str | None, offset: int,
                     limit: int) -> Page[ArticleRow]:
    """The newest-first articles of one entity (and a date range) read off the entity's covering index
    (entity_id, published, article_id): no scan of the articles table, whatever the entity's size. Without
    dates the total is the entity's article counter (``newsgraph verify`` checks it): counting 82,000
    distinct articles off the index cost 30 ms."""
    a, ae = t.articles, t.article_entities
    per = sa.select(ae.c.article_id, ae.c.published).where(ae.c.entity_id == entity.id)
    if date_from:
        per = per.where(ae.c.published >= date_from)
    if date_to:
        per = per.where(ae.c.published <= date_to)
    per = per.group_by(ae.c.published, ae.c.article_id)
    total = count_of(conn, per) if date_from or date_to else int(entity.article_count)
    top = per.order_by(ae.c.published.desc(), ae.c.article_id.desc()).offset(offset).limit(limit).subquery()
    rows = conn.execute(sa.select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.url, a.c.language)
                        .join(top, top.c.article_id == a.c.id)
                        .order_by(top.c.published.desc(), a.c.id.desc())).mappings().all()
    return Page([ArticleRow(**r) for r in rows], total, offset, limit)


def article(article_id: str, *, db: StoreLike = None) -> Article | None:
    """The full stored record of one article, as extracted."""
    with using(db) as store, store.connect() as conn:
        return load_article(conn, article_id)


def local_entity_links(article_id: str, *, db: StoreLike = None) -> dict[str, int]:
    """Map an article's own entity ids ("E3") to knowledge-base entity ids."""
    ae = t.article_entities
    with using(db) as store, store.connect() as conn:
        rows = conn.execute(sa.select(ae.c.local_id, ae.c.entity_id).where(ae.c.article_id == article_id)).all()
    return {r.local_id: int(r.entity_id) for r in rows}


def entity_list(
    *, db: StoreLike = None, type: str | None = None, country: str | None = None, name: str | None = None,
    prefix: str | None = None, sort: str = "mentions", offset: int = 0, limit: int = 50,
) -> Page[EntityRow]:
    """Knowledge-base entities filtered by type, country, a name part (``name``) or the start of the name
    (``prefix``); ``sort`` is mentions (default), articles, recent (last mention) or name."""
    e = t.entities
    conds: list[Any] = []
    if type:
        conds.append(e.c.type == type)
    if country:
        conds.append(e.c.country == country.upper())
    if name:
        conds.append(sa.func.lower(e.c.name).contains(name.lower(), autoescape=True))
    if prefix:
        conds.append(sa.func.lower(e.c.name).startswith(prefix.lower(), autoescape=True))
    order = {"mentions": (e.c.mention_count.desc(), e.c.id), "articles": (e.c.article_count.desc(), e.c.id),
             "recent": (e.c.last_date.is_(None), e.c.last_date.desc(), e.c.id), "name": (e.c.name, e.c.id)}[sort]
    with using(db) as store, store.connect() as conn:
        query = sa.select(*[e.c[f] for f in ENTITY_FIELDS]).where(*conds).order_by(*order)
        return fetch_page(conn, query, offset=offset, limit=limit, make=lambda r: EntityRow(**r))


def entity_roles(entity_id: int, *, db: StoreLike = None) -> list[dict[str, Any]]:
    """Each role an entity was given, with the first and last publication dates and the article count.

    The database groups the entity's links that carry roles by their role list (read off a partial index
    of exactly those links, which on SQLite holds the lists: no table row is read); each distinct list is
    parsed once here. An entity named in tens of thousands of articles costs one index range."""
    ae = t.article_entities
    with using(db) as store, store.connect() as conn:
        key = ae.c.roles if store.dialect == "sqlite" else sa.cast(ae.c.roles, sa.Text)
        # the partial index's own condition, word for word, so the planner can use it (migration 0010)
        where = sa.text(t.ROLES_WHERE[store.dialect if store.dialect == "postgresql" else "sqlite"])
        rows = conn.execute(sa.select(key.label("roles"), sa.func.min(ae.c.published), sa.func.max(ae.c.published),
                                      sa.func.count()).where(ae.c.entity_id == entity_id, where)
                            .group_by(key)).all()
    spans: dict[str, dict[str, Any]] = {}
    for roles, first, last, n in rows:
        for role in dict.fromkeys(json.loads(roles) if isinstance(roles, str) else roles):
            s = spans.setdefault(role, {"role": role, "first": first, "last": last, "articles": 0})
            s["first"] = min(filter(None, (s["first"], first)), default=None)
            s["last"] = max(filter(None, (s["last"], last)), default=None)
            s["articles"] += int(n)
    return sorted(spans.values(), key=lambda r: (r["first"] or "9999", r["role"]))


def entity_places(entity_id: int, *, db: StoreLike = None, limit: int = 200, window: int = 300) -> list[dict[str, Any]]:
    """Distinct geocoded places of the entity's ``window`` latest articles, most frequent first (one query;
    the window bounds the cost for entities mentioned in tens of thousands of articles)."""
    p, ae = t.places, t.article_entities
    recent = (sa.select(ae.c.article_id).where(ae.c.entity_id == entity_id)
              .order_by(ae.c.published.desc(), ae.c.article_id.desc()).limit(window))
    with using(db) as store, store.connect() as conn:
        rows = conn.execute(
            sa.select(p.c.name, p.c.lat, p.c.lon, sa.func.count().label("n"))
            .where(p.c.article_id.in_(recent), p.c.lat.is_not(None), p.c.lon.is_not(None))
            .group_by(p.c.name, p.c.lat, p.c.lon).order_by(sa.desc("n"), p.c.name).limit(limit)
        ).mappings().all()
    return [dict(r) for r in rows]


def entity_row(entity_id: int, *, db: StoreLike = None) -> EntityRow | None:
    """One knowledge-base entity's own row (no lists), or None."""
    e = t.entities
    with using(db) as store, store.connect() as conn:
        r = conn.execute(sa.select(*[e.c[f] for f in ENTITY_FIELDS])
                         .where(e.c.id == entity_id)).mappings().first()
    return EntityRow(**r) if r else None
