"""Spark schemas of the Parquet tables, derived from the public record (:mod:`newsgraph.record`).

The columns are the record's own field names and nesting, never a second naming: each table's type
is computed from the pydantic model, so a field added to the record appears in the tables without
touching this module. Mapping: ``str`` and ``Literal[...]`` → string, ``int`` → bigint, ``float`` and
the record's ``int | float`` numbers → double, ``bool`` → boolean, ``list[X]`` → array<X>, a nested
model → struct. A field with a default is nullable (older records may lack it); a required one is not.

Tables (every one also has the partition column ``month``, ``YYYY-MM`` of ``published`` or ``unknown``):

- ``articles``: the record's scalar fields and ``paragraphs``, ``related_links``, ``headings``, plus
  ``origin`` (the input file) and ``position`` (``line N``, ``record N``, ``row N``) it was read from.
- ``entities``, ``quotes``, ``amounts``, ``changes``, ``times``, ``places``, ``events``: one row per
  fact, ``article_id`` (the article's ``id``), ``idx`` (the fact's 0-based position in the record's
  list) and then the fact's own fields (an entity's ``mentions`` as array<struct<start,end,text>>, an
  event's ``actors``/``targets`` as arrays of party structs...).
- ``errors``: one row per input item that did not become an article: ``source``, ``position``,
  ``item`` (its own id, URL or title when known), ``reason``, ``error`` (exception class, or
  ``ReadError`` for an item the reader could not read, ``DuplicateArticle`` for a second copy of a
  text already kept), ``stage`` (``read``, ``extract`` or ``dedupe``).
"""

from __future__ import annotations

import types
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pyspark.sql import types as T

from ..record import Article
from .tables import FACT_TABLES, TABLES

__all__ = [
    "FACT_TABLES",
    "TABLES",
    "ARTICLE_COLUMNS",
    "spark_type",
    "model_struct",
    "table_schema",
    "article_struct",
    "ERROR_STRUCT",
    "coerce",
    "ddl",
]

#: The record fields kept in the ``articles`` table (all but the fact lists).
ARTICLE_COLUMNS: tuple[str, ...] = tuple(f for f in Article.model_fields if f not in FACT_TABLES)

_SCALARS: dict[Any, T.DataType] = {
    str: T.StringType(),
    int: T.LongType(),
    float: T.DoubleType(),
    bool: T.BooleanType(),
}

ERROR_STRUCT = T.StructType([
    T.StructField("source", T.StringType(), False),
    T.StructField("position", T.StringType(), False),
    T.StructField("item", T.StringType(), True),
    T.StructField("reason", T.StringType(), False),
    T.StructField("error", T.StringType(), False),
    T.StructField("stage", T.StringType(), False),
    T.StructField("published", T.StringType(), True),
])


def spark_type(annotation: Any) -> tuple[T.DataType, bool]:
    """(Spark type, nullable) of a record field's type annotation."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(get_args(annotation))
        if all(a in (int, float) for a in args) and float in args:
            return T.DoubleType(), nullable  # the record's Number: counts and measures share one column
        if len(args) != 1:
            raise TypeError(f"no Spark type for the union {annotation!r}")
        inner, _ = spark_type(args[0])
        return inner, nullable
    if origin is Literal:
        values = get_args(annotation)
        if all(isinstance(v, str) for v in values):
            return T.StringType(), False
        raise TypeError(f"no Spark type for {annotation!r}")
    if origin is list:
        (elem,) = get_args(annotation)
        inner, elem_null = spark_type(elem)
        return T.ArrayType(inner, elem_null), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_struct(annotation), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Spark type for {annotation!r}")


def model_struct(model: type[BaseModel], only: tuple[str, ...] | None = None) -> T.StructType:
    fields = []
    for name, info in model.model_fields.items():
        if only is not None and name not in only:
            continue
        dtype, nullable = spark_type(info.annotation)
        # Defaults mean "may be absent" in older records: keep such columns nullable.
        fields.append(T.StructField(name, dtype, nullable or not info.is_required()))
    return T.StructType(fields)


def article_struct() -> T.StructType:
    """The whole :class:`~newsgraph.record.Article` as one struct (the job's intermediate row)."""
    return model_struct(Article)


def table_schema(table: str) -> T.StructType:
    """The columns of one output table, ``month`` included."""
    month = T.StructField("month", T.StringType(), False)
    if table == "articles":
        cols = list(model_struct(Article, ARTICLE_COLUMNS).fields)
        cols += [T.StructField("origin", T.StringType(), True), T.StructField("position", T.StringType(), True)]
        return T.StructType([*cols, month])
    if table == "errors":
        return T.StructType([*ERROR_STRUCT.fields, month])
    if table in FACT_TABLES:
        arr = article_struct()[table].dataType
        assert isinstance(arr, T.ArrayType) and isinstance(arr.elementType, T.StructType)
        head = [T.StructField("article_id", T.StringType(), False), T.StructField("idx", T.IntegerType(), False)]
        return T.StructType([*head, *arr.elementType.fields, month])
    raise KeyError(f"unknown table {table!r} (known: {', '.join(TABLES)})")


def coerce(value: Any, dtype: T.DataType) -> Any:
    """A model_dump() value made acceptable to ``dtype``: ints where doubles are declared become floats
    (PySpark's schema check refuses an int in a double column), structs become tuples in field order."""
    if value is None:
        return None
    if isinstance(dtype, T.StructType):
        return tuple(coerce(value.get(f.name), f.dataType) for f in dtype.fields)
    if isinstance(dtype, T.ArrayType):
        return [coerce(v, dtype.elementType) for v in value]
    if isinstance(dtype, T.DoubleType) and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def ddl() -> str:
    """Every table's columns, one table per line (what ``python -m newsgraph.spark.schema`` prints)."""
    return "\n".join(f"{t}: {table_schema(t).simpleString()}" for t in TABLES)


if __name__ == "__main__":  # pragma: no cover
    print(ddl())
