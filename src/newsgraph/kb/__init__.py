"""The knowledge base: many reports in, one queryable base out.

    >>> from newsgraph import kb
    >>> summary = kb.ingest(["examples/"], db="newsgraph.db", n_process=2)
    >>> kb.timeline("troops:USA:IRQ", db="newsgraph.db").values
    >>> kb.entity("Trump", db="newsgraph.db").roles

Writing: :func:`ingest` (sources, Reads, Items, dicts or ready records). Reading: :func:`search`,
:func:`entity`, :func:`quotes`, :func:`events`, :func:`timeline`, :func:`measures`, :func:`conflicts`,
:func:`stats`; paged lists with true totals (:mod:`newsgraph.kb.paging`: ``*_page`` and ``entity_*``
functions answer ``Page(items, total, offset, limit)``); :func:`export` writes jsonl, csv, parquet or GDELT GKG 2.1 rows. Every function takes
``db`` (a :class:`~newsgraph.store.Store`, a URL, a path, or None for ``newsgraph.db``).
"""

from __future__ import annotations

from ..store import Store, open_store
from . import series as _series  # noqa: F401  (registers the rebuild step that re-keys measures)
from .conflicts import Conflict, conflicts
from .entity_lists import entity
from .ingest import IngestIssue, IngestSummary, ingest, store_articles
from .lists import (
    EntityArticle,
    MeasureRow,
    conflict_page,
    entity_articles,
    entity_co_mentioned,
    entity_events,
    entity_quotes,
    event_page,
    measure_page,
    quote_page,
    series_view,
    timeline_page,
)
from .paging import Page
from .query import (
    EntityPage,
    EntityRef,
    EventHit,
    Point,
    QuoteHit,
    Timeline,
    events,
    find_entity,
    measures,
    quotes,
    stats,
    timeline,
)
from .search import SearchHit, search, search_page

__all__ = [
    "Store", "open_store",
    "ingest", "store_articles", "IngestSummary", "IngestIssue",
    "search", "find_entity", "entity", "quotes", "events", "timeline", "measures", "conflicts", "stats",
    "SearchHit", "EntityRef", "EntityPage", "QuoteHit", "EventHit", "Point", "Timeline", "Conflict",
    "Page", "MeasureRow", "EntityArticle", "search_page", "quote_page", "event_page", "measure_page",
    "conflict_page", "timeline_page", "series_view", "entity_articles", "entity_quotes", "entity_events", "entity_co_mentioned",
]
