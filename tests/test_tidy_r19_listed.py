"""Round 19's tidying (no behaviour change), the listed-quote filter: kb.query.listed_where and its SQL text keep
exactly the rows record.listed_quote keeps."""

from __future__ import annotations

import itertools

import pytest
import sqlalchemy as sa

from newsgraph.kb.query import listed_where
from newsgraph.kb.search import _listed_sql
from newsgraph.record import listed_quote

_KINDS = ["direct", "partial", "indirect", "stance"]
_MODALITIES = [None, "asserted", "negated", "hypothetical"]


@pytest.mark.parametrize(("kind", "modality"), list(itertools.product(_KINDS, _MODALITIES)))
def test_listed_where_is_listed_quote_in_sql(kind: str, modality: str | None) -> None:
    """kb.query.listed_where (the story page, the quote lists) and its SQL text (search on PostgreSQL) keep a row
    iff record.listed_quote does."""
    meta = sa.MetaData()
    qt = sa.Table("quotes", meta, sa.Column("kind", sa.String), sa.Column("modality", sa.String, nullable=True))
    eng = sa.create_engine("sqlite://")
    meta.create_all(eng)
    with eng.begin() as c:
        c.execute(qt.insert().values(kind=kind, modality=modality))
        kept = c.execute(sa.select(sa.func.count()).select_from(qt).where(listed_where(qt))).scalar_one()
        kept_text = c.execute(sa.text(f"SELECT count(*) FROM quotes qt WHERE {_listed_sql(c)}")).scalar_one()
    assert kept == kept_text == int(listed_quote(kind, modality))
