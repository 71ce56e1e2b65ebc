"""Full-text search over article text (title included) and quotes, with true totals and highlights.

A query is words and "double-quoted phrases": every word and every phrase must occur (stemmed, so
"troop" finds "troops"); a phrase's words must stand next to each other in that order. Other
punctuation is ignored, so nothing in a query is read as search syntax. SQLite ranks with FTS5's bm25,
PostgreSQL with ``ts_rank`` over an English tsvector (``websearch_to_tsquery`` reads the same phrases).
On SQLite only the latest :data:`RANKED` matches are ranked; older ones follow them (see there).

A hit's ``snippet`` is plain text and ``marks`` lists the ``(start, end)`` character spans of the matched
words inside it, so each front end highlights with its own escaping (HTML ``<mark>``, rich markup in the
terminal) and text that holds brackets or tags is never mistaken for a highlight.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa

from ..store import StoreLike
from ..store import schema as t
from .paging import Page
from .query import listed_where, using

__all__ = ["SearchHit", "search", "search_page", "parse_query", "split_marks", "article_match", "article_rowids",
           "fts_query"]

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"?')
# highlight delimiters the database puts around matches: control characters news text does not carry, so
# a snippet's own brackets or tags stay text (a text holding them would at worst shift a highlight: front
# ends escape the snippet, so nothing in it can turn into markup)
_OPEN, _CLOSE = "\x02", "\x03"


@dataclass
class SearchHit:
    kind: str  # "article" or "quote"
    article_id: str
    title: str | None
    published: str | None
    url: str | None
    snippet: str
    score: float
    quote_idx: int | None = None
    marks: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_query(text: str) -> list[list[str]]:
    """The terms of a query: each a list of words (one word, or a quoted phrase's words in order)."""
    terms: list[list[str]] = []
    pos = 0
    for m in _PHRASE.finditer(text):
        terms += [[w] for w in _WORD.findall(text[pos:m.start()])]
        words = _WORD.findall(m.group(1))
        if words:
            terms.append(words)
        pos = m.end()
    terms += [[w] for w in _WORD.findall(text[pos:])]
    return terms


def split_marks(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and highlighted spans from a snippet that holds the database's delimiters."""
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    n, start = 0, None
    for part in re.split(f"([{_OPEN}{_CLOSE}])", snippet or ""):
        if part == _OPEN:
            start = n
        elif part == _CLOSE:
            if start is not None and n > start:
                marks.append((start, n))
            start = None
        else:
            out.append(part)
            n += len(part)
    return "".join(out), marks


def _hit(r: Any, score: float) -> SearchHit:
    text, marks = split_marks(r.snip)
    return SearchHit(kind=r.kind, article_id=r.article_id, title=r.title, published=r.published, url=r.url,
                     snippet=text, score=score, quote_idx=None if r.ref is None else int(r.ref), marks=marks)


#: on SQLite, matches ranked by bm25: the latest stored ones, at most this many; older matches follow them,
#: the latest first. Ranking every match of a common word in a large base costs more than a page may
#: (FTS5 scores each one), and the order of the whole result stays fixed from page to page.
RANKED = 2000

#: SQLite's fts (migration 0010): kind, article_id, ref, body; an article's rowid is even, a quote's odd, so
#: "articles only" is a test on the rowid each match comes with; reading the kind column would fetch each
#: match's stored row (83 ms instead of 1 ms to count 18,000 matches at 100,000 articles)
_KIND_ROWID = {"article": "rowid % 2 = 0", "quote": "rowid % 2 = 1"}
_BODY = 3


def _sqlite(conn: Any, terms: list[list[str]], kind: str | None, offset: int, limit: int,
            count: bool) -> tuple[list[SearchHit], int | None]:
    q = " ".join('"' + " ".join(words) + '"' for words in terms)
    where = "fts MATCH :q" + (f" AND {_KIND_ROWID.get(kind, '0')}" if kind else "")
    params: dict[str, Any] = {"q": q, "cand": RANKED}
    scored: list[tuple[int, float]] = []
    if offset < RANKED:  # the ranked window
        params.update(n=min(limit, RANKED - offset), o=offset)
        scored += [(int(r[0]), -float(r[1])) for r in conn.execute(sa.text(
            f"SELECT rid, score FROM (SELECT rowid AS rid, bm25(fts) AS score FROM fts WHERE {where} "
            "ORDER BY rowid DESC LIMIT :cand) ORDER BY score, rid DESC LIMIT :n OFFSET :o"), params).all()]
    if offset + limit > RANKED:  # past it: the older matches, latest first
        params.update(n=offset + limit - max(offset, RANKED), o=max(offset, RANKED))
        scored += [(int(r[0]), 0.0) for r in conn.execute(sa.text(
            f"SELECT rowid FROM fts WHERE {where} ORDER BY rowid DESC LIMIT :n OFFSET :o"), params).all()]
    hits: list[SearchHit] = []
    if scored:
        rows = {r.rid: r for r in conn.execute(sa.text(
            "SELECT f.rid, f.kind, f.article_id, f.ref, f.snip, a.title, a.published, a.url FROM ("
            f"SELECT rowid AS rid, kind, article_id, ref, snippet(fts, {_BODY}, '{_OPEN}', '{_CLOSE}', '…', 14) AS snip "
            f"FROM fts WHERE {where} AND rowid IN (SELECT value FROM json_each(:ids))) AS f "
            "JOIN articles a ON a.id = f.article_id"), {**params, "ids": json.dumps([i for i, _ in scored])}).all()}
        hits = [_hit(rows[i], score) for i, score in scored if i in rows]
    total = None
    if count:
        total = int(conn.execute(sa.text(f"SELECT count(*) FROM fts WHERE {where}"), params).scalar_one())
    return hits, total


def _listed_sql(conn: Any) -> str:
    """kb.query.listed_where as SQL text over the alias ``qt`` (its values are constants, written in)."""
    clause = listed_where(t.quotes.alias("qt"))
    return str(clause.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))


def _postgres(conn: Any, terms: list[list[str]], kind: str | None, offset: int, limit: int,
              count: bool) -> tuple[list[SearchHit], int | None]:
    # every term double-quoted: websearch_to_tsquery then reads no OR / - operators, and a phrase's words
    # must be adjacent (<->), as in FTS5
    q = " ".join('"' + " ".join(words) + '"' for words in terms)
    parts = []
    if kind in (None, "article"):
        parts.append("SELECT 'article' AS kind, a.id AS article_id, NULL::int AS ref, ts_rank(a.tsv, q) AS score "
                     "FROM articles a, websearch_to_tsquery('english', :q) q WHERE a.tsv @@ q")
    if kind in (None, "quote"):
        parts.append("SELECT 'quote' AS kind, qt.article_id, qt.idx AS ref, ts_rank(qt.tsv, q) AS score "
                     "FROM quotes qt, websearch_to_tsquery('english', :q) q WHERE qt.tsv @@ q AND "
                     + _listed_sql(conn))  # no stance, nothing declined
    if not parts:
        return [], 0
    opts = f"StartSel={_OPEN},StopSel={_CLOSE},MaxWords=24,MinWords=10"
    sql = (
        "WITH top AS (" + " UNION ALL ".join(parts) + " ORDER BY score DESC, article_id, ref LIMIT :n OFFSET :o) "
        "SELECT top.kind, top.article_id, top.ref, top.score, a.title, a.published, a.url, "
        "ts_headline('english', CASE WHEN top.kind = 'quote' THEN qt.text ELSE left(a.text, 20000) END, "
        f"websearch_to_tsquery('english', :q), '{opts}') AS snip "
        "FROM top JOIN articles a ON a.id = top.article_id "
        "LEFT JOIN quotes qt ON top.kind = 'quote' AND qt.article_id = top.article_id AND qt.idx = top.ref "
        "ORDER BY top.score DESC, top.article_id, top.ref"
    )
    params = {"q": q, "n": limit, "o": offset}
    hits = [_hit(r, float(r.score)) for r in conn.execute(sa.text(sql), params).all()]
    total = None
    if count:
        total = sum(int(conn.execute(sa.text(f"SELECT count(*) FROM ({p}) AS x"), params).scalar_one())
                    for p in parts)
    return hits, total


def _run(text: str, db: StoreLike, kind: str | None, offset: int, limit: int,
         count: bool) -> tuple[list[SearchHit], int | None]:
    terms = parse_query(text)
    if not terms:
        return [], 0
    with using(db) as store, store.connect() as conn:
        run = _sqlite if store.dialect == "sqlite" else _postgres
        return run(conn, terms, kind, offset, limit, count)


def search(text: str, *, db: StoreLike = None, limit: int = 20, kind: str | None = None,
           offset: int = 0) -> list[SearchHit]:
    """The best ``limit`` hits for a query (see the module's docstring), best first.

    ``kind`` restricts to "article" or "quote"; :func:`search_page` also counts every match.
    """
    return _run(text, db, kind, offset, limit, count=False)[0]


def search_page(text: str, *, db: StoreLike = None, kind: str | None = None, offset: int = 0,
                limit: int = 20) -> Page[SearchHit]:
    """One page of hits with the true number of matching articles and quotes."""
    hits, total = _run(text, db, kind, offset, limit, count=True)
    return Page(hits, total or 0, offset, limit)


def fts_query(text: str) -> str | None:
    """The query as FTS5 / websearch_to_tsquery reads it (every term double-quoted), or None when it has no
    words."""
    terms = parse_query(text)
    return " ".join('"' + " ".join(words) + '"' for words in terms) if terms else None


def article_rowids(text: str) -> Any:
    """SQLite: the fts rowids of the articles whose text matches (``articles.fts_rowid``, migration 0013),
    read from the index alone (no stored row of fts is fetched)."""
    q = fts_query(text) or '""'
    return (sa.text(f"SELECT rowid FROM fts WHERE fts MATCH :fq AND {_KIND_ROWID['article']}")
            .bindparams(fq=q).columns(sa.column("rowid", sa.Integer)))


def article_match(dialect: str, text: str) -> Any:
    """A condition on ``articles.id`` / the articles row: the article's text matches the query (no cap)."""
    from ..store import schema as t

    terms = parse_query(text)
    if not terms:
        return sa.false()
    q = " ".join('"' + " ".join(words) + '"' for words in terms)
    if dialect == "sqlite":
        ids = sa.text(f"SELECT article_id FROM fts WHERE fts MATCH :fq AND {_KIND_ROWID['article']}").bindparams(fq=q)
        return t.articles.c.id.in_(ids.columns(sa.column("article_id")))
    return sa.literal_column("articles.tsv").op("@@")(sa.func.websearch_to_tsquery("english", q))
