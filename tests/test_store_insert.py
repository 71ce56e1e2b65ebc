"""``store.rows.insert_many`` stores exactly what SQLAlchemy's own executemany stores (the driver's fast path)."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from newsgraph.store.rows import insert_many

_meta = sa.MetaData()
_tbl = sa.Table(
    "things", _meta,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String),
    sa.Column("data", sa.JSON),
    sa.Column("flag", sa.Boolean),
    sa.Column("value", sa.Float),
)


def _stored(rows: list[dict[str, Any]], fast: bool) -> list[tuple[Any, ...]]:
    engine = sa.create_engine("sqlite://")
    _meta.create_all(engine)
    with engine.begin() as conn:
        if fast:
            insert_many(conn, _tbl, rows)
        else:
            conn.execute(_tbl.insert(), rows)
        # the raw stored values and their SQLite types: a JSON text or an integer that reads back alike
        # would still be a different base
        got = conn.exec_driver_sql("SELECT id, name, typeof(name), data, typeof(data), flag, typeof(flag), value, "
                                   "typeof(value) FROM things ORDER BY id").all()
    engine.dispose()
    return [tuple(r) for r in got]


def _row(i: int, **kw: Any) -> dict[str, Any]:
    return {"id": i, "name": "n", "data": [], "flag": False, "value": 1.5, **kw}


@pytest.mark.parametrize("rows", [
    [_row(1), _row(2, data={}), _row(3, data=None), _row(4, data=[{"a": 1}, "é"]), _row(5, data={"k": [1, 2.5]})],
    [_row(1, flag=True, value=3), _row(2, flag=None, value=None), _row(3, name=None, value=-0.0)],
    [_row(1, data=[[]]), _row(2, data=({"x": None},))],  # a non-empty list, a tuple: the serializer's text
    [{"id": 1, "name": "only"}],  # one column's getter
    [{"name": "a"}, {"name": "b"}],  # ids left to SQLite
    [{"id": 1, "nope": 2}],  # a key no column has: SQLAlchemy leaves it out, and so does the fast path's fallback
    [_row(1), {"id": 2, "name": "fewer keys", "data": [], "flag": True, "value": 2.0}, {"id": 3, "name": "x"}],
])
def test_insert_many_stores_what_sqlalchemy_stores(rows: list[dict[str, Any]]) -> None:
    if any(r.keys() != rows[0].keys() for r in rows):  # SQLAlchemy's path (it asks every row for every key)
        with pytest.raises(sa.exc.StatementError):
            _stored(rows, fast=False)
        with pytest.raises(sa.exc.StatementError):
            _stored(rows, fast=True)
        return
    assert _stored(rows, fast=True) == _stored(rows, fast=False)

