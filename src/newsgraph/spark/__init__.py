"""newsgraph on Apache Spark: the extraction of a corpus too big for one machine.

    >>> from newsgraph.spark import spark_session, extract_to_parquet
    >>> spark = spark_session("local[2]")
    >>> extract_to_parquet(spark, ["s3a://bucket/cc-news/2020/09/*.warc.gz"], "s3a://bucket/out")

and then, on one machine, ``newsgraph.spark.load.load_parquet("out", db=...)`` (pyarrow only, no Spark)
stores the tables in the knowledge base. pyspark is an optional extra (``pip install newsgraph[spark]``):
this package imports it only when a Spark function is used, so ``newsgraph.spark.load`` works without it.
The table columns are described in :mod:`newsgraph.spark.schema`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "SparkResult",
    "extract_to_parquet",
    "extract_partition",
    "spark_session",
    "month_of",
    "TABLES",
    "FACT_TABLES",
    "load_parquet",
    "read_articles",
]

if TYPE_CHECKING:  # pragma: no cover
    from .job import SparkResult, extract_partition, extract_to_parquet, month_of, spark_session
    from .load import load_parquet, read_articles
    from .tables import FACT_TABLES, TABLES

_FROM_JOB = {"SparkResult", "extract_to_parquet", "extract_partition", "spark_session", "month_of"}
_FROM_LOAD = {"load_parquet", "read_articles"}


def __getattr__(name: str) -> Any:
    if name in _FROM_LOAD:
        from . import load

        return getattr(load, name)
    if name in {"TABLES", "FACT_TABLES"}:
        from . import tables

        return getattr(tables, name)
    if name in _FROM_JOB:
        try:
            from . import job
        except ImportError as exc:
            from ..errors import NewsgraphError

            raise NewsgraphError(f"newsgraph.spark needs pyspark: pip install 'newsgraph[spark]' ({exc})") from exc
        return getattr(job, name)
    raise AttributeError(f"module 'newsgraph.spark' has no attribute {name!r}")
