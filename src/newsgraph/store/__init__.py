"""The knowledge-base store: schema, migrations, and writing/reading article records.

    >>> from newsgraph.store import open_store
    >>> store = open_store("newsgraph.db")            # or "postgresql+psycopg://user@host/db"

The store holds records (:class:`newsgraph.record.Article`), never spaCy objects. Cross-article logic
(entity merging, measures, conflicts) and the queries live in :mod:`newsgraph.kb`.
"""

from __future__ import annotations

from . import schema
from .engine import DEFAULT_DB, Store, StoreLike, migrate, open_store, resolve_url

__all__ = ["DEFAULT_DB", "Store", "StoreLike", "open_store", "resolve_url", "migrate", "schema"]
