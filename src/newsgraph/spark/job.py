"""The Spark extraction job: input files in, Parquet tables of records out.

Flow, per input file: Spark reads the bytes (``binaryFiles``: any file system Spark is configured for,
``file:``, ``hdfs://``, ``s3a://``...), a Python worker turns them into items with the same readers as
``newsgraph ingest`` (JSONL, WARC, HTML, text, each optionally gzip-compressed), the items are spread
over ``partitions`` by a hash of their origin, and each partition runs :func:`newsgraph.extract_many`
with the spaCy pipeline of its Python worker (loaded once per worker process: ``newsgraph.nlp.load``
caches it and Spark reuses Python workers between tasks). Parquet inputs are read by Spark itself.

Per-item failures (unreadable records, empty texts, bad dates, an extractor failing on one article) are
rows of ``errors``; anything else raised in a partition (the model cannot load, the worker runs out of
memory) fails the task, and Spark runs it again (``spark.task.maxFailures``).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import time
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from ..errors import NewsgraphError
from ..pipeline import Item, extract_many, to_item
from ..record import ItemError, article_id
from .schema import ARTICLE_COLUMNS, ERROR_STRUCT, article_struct, coerce
from .tables import FACT_TABLES, TABLES, UNKNOWN_MONTH, month_of

__all__ = ["SparkResult", "extract_to_parquet", "extract_partition", "read_items", "spark_session", "month_of"]

# One intermediate row per input item (or per reader skip count): the job persists these and derives
# every output table from them, so the NLP runs once whatever the number of tables.
_STAGE = T.StructType([
    T.StructField("kind", T.StringType(), False),  # article, error or skip
    T.StructField("source", T.StringType(), False),
    T.StructField("position", T.StringType(), False),
    T.StructField("seq", T.LongType(), False),  # order of the item inside its source
    T.StructField("month", T.StringType(), False),
    T.StructField("article", article_struct(), True),
    T.StructField("error", ERROR_STRUCT, True),
    T.StructField("skip_count", T.LongType(), True),
])
_ARTICLE_TYPE = article_struct()

# (source, position, seq, item, error reason, error class, article id or "" when unread)
Unit = tuple[str, str, int, "Item | None", "str | None", str, str]
Key = tuple[str, str, int]  # (article id, source, seq): sorts copies of a text by origin


@dataclass
class SparkResult:
    """What one :func:`extract_to_parquet` run wrote."""

    out_dir: str
    articles: int = 0
    errors: int = 0
    duplicates: int = 0
    months: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # reader skips: WARC request records...
    rows: dict[str, int] = field(default_factory=dict)  # rows per table
    seconds: float = 0.0

    def __str__(self) -> str:
        skipped = sum(self.skipped.values())
        return (f"{self.articles} articles, {self.errors} errors ({self.duplicates} duplicates), "
                f"{skipped} records skipped by the readers, months {', '.join(self.months) or '-'} "
                f"-> {self.out_dir} ({self.seconds:.1f} s)")


def spark_session(master: str | None = None, app_name: str = "newsgraph",
                  conf: Mapping[str, str] | None = None) -> SparkSession:
    """A SparkSession for the job. ``master`` None keeps what spark-submit or the environment set
    (``local[*]`` when nothing did). Python workers run this interpreter unless PYSPARK_PYTHON says
    otherwise, so a local run uses the same virtualenv as the driver."""
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise NewsgraphError("Spark needs Java (17 or later): no `java` on PATH and JAVA_HOME unset")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    # Python workers must stay alive between tasks: each holds a loaded spaCy pipeline.
    builder = builder.config("spark.python.worker.reuse", "true")
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    return builder.getOrCreate()


# --------------------------------------------------------------------------------------------- reading

def _local_label(path: str) -> str:
    """Spark names local files ``file:/a/b``; newsgraph ingest names them ``/a/b``."""
    if path.startswith("file://"):
        return path[len("file://"):]
    if path.startswith("file:"):
        return path[len("file:"):]
    return path


def _unit(source: str, position: str, seq: int, item: Item | None, reason: str | None,
          error: str) -> tuple[Key, Unit]:
    aid = article_id(item.text) if item is not None else ""
    return (aid, source, seq), (source, position, seq, item, reason, error, aid)


def read_file_units(path: str, data: bytes, fields: Mapping[str, str] | None = None) -> Iterator[tuple[Key, Any]]:
    """(key, unit) pairs of one file's items, read as ``newsgraph ingest`` reads a file, then one
    ``(reason, n)`` unit per kind of record the readers skipped (WARC request records, blank lines...)."""
    from ..ingest.model import Options, ReadStream
    from ..ingest.sources import kind_of, read_bytes_source  # the readers' bytes-level entry point

    label = _local_label(path)
    opts = Options(fields=dict(fields or {}))
    stream = ReadStream(lambda s: iter(()))
    seq = -1
    for seq, r in enumerate(read_bytes_source(label, io.BytesIO(data), kind_of(label), opts, stream)):
        yield _unit(r.source, r.position, seq, r.item, r.error, "ReadError")
    for reason, n in stream.skipped.items():
        seq += 1
        yield ("", label, seq), (reason, n)


def _parquet_units(spark: SparkSession, paths: Sequence[str], fields: Mapping[str, str] | None) -> Any:
    """(key, unit) pairs of Parquet inputs: one row is one article, columns named like JSONL keys."""
    df = spark.read.parquet(*paths)
    keys = {"text": "text", "title": "title", "url": "url", "source": "source", "id": "id"}
    for k, v in (fields or {}).items():
        keys["published" if k == "date" else k] = v
    pub = keys.get("published") or next((c for c in ("date", "published") if c in df.columns), None)
    if keys["text"] not in df.columns:
        raise NewsgraphError(f"Parquet input has no {keys['text']!r} column (columns: {', '.join(df.columns)})",
                             item=", ".join(paths))
    cols = [F.col(c).alias(k) for k, c in keys.items() if k != "published" and c in df.columns]
    if pub and pub in df.columns:
        cols.append(F.col(pub).alias("published"))
    rows = df.select(*cols, F.input_file_name().alias("_file")).rdd.zipWithIndex()

    def unit(pair: tuple[Any, int]) -> tuple[Key, Unit]:
        row, n = pair
        d = row.asDict()
        src = _local_label(d.pop("_file") or ",".join(paths))
        try:
            return _unit(src, f"row {n + 1}", n, to_item(d), None, "")
        except NewsgraphError as exc:
            return _unit(src, f"row {n + 1}", n, None, exc.reason, type(exc).__name__)

    return rows.map(unit)


def _bucket(key: Key) -> int:
    # Copies of one text share a partition (so they are deduplicated there); the rest spread by origin.
    return zlib.crc32((key[0] or f"{key[1]}\x00{key[2]}").encode())


def read_items(spark: SparkSession, inputs: Sequence[str], *, partitions: int,
               fields: Mapping[str, str] | None = None) -> Any:
    """An RDD of units over ``partitions`` partitions, each sorted by (article id, source, seq)."""
    from ..ingest.jsonl import resolve_fields

    resolve_fields(fields)  # a bad mapping fails here, on the driver, not in every task
    sc = spark.sparkContext
    parquet = [p for p in inputs if p.rstrip("/").lower().endswith(".parquet")]
    files = [p for p in inputs if p not in parquet]
    pieces = []
    if files:
        flds = dict(fields or {})
        pieces.append(sc.binaryFiles(",".join(files)).flatMap(lambda pair: read_file_units(pair[0], pair[1], flds)))
    if parquet:
        pieces.append(_parquet_units(spark, parquet, fields))
    rdd = pieces[0] if len(pieces) == 1 else sc.union(pieces)
    # A hash, not round-robin: an item lands in the same partition when a task is retried. The sort
    # (spilled to disk by Spark when large) puts copies of a text next to each other, first copy first.
    return rdd.repartitionAndSortWithinPartitions(partitions, _bucket).values()


# ------------------------------------------------------------------------------------------ extracting

def _error_row(source: str, position: str, seq: int, item: str | None, reason: str, error: str, stage: str,
               published: str | None) -> tuple[Any, ...]:
    err = (source, position, item, reason, error, stage, published)
    return ("error", source, position, seq, month_of(published), None, err, None)


def extract_partition(units: Iterable[Any], *, model: str | None = None, batch_size: int = 32) -> Iterator[tuple[Any, ...]]:
    """Extract one partition of units (sorted as :func:`read_items` sorts them) into stage rows.

    A unit whose text was already seen in the partition becomes a ``DuplicateArticle`` error that
    names the first copy, and is not extracted again. Per-item problems come back from
    :func:`newsgraph.extract_many` as ``ItemError`` and become error rows. Every other exception
    propagates: Spark then fails the task and retries it.
    """
    pending: deque[Unit] = deque()
    side: list[tuple[Any, ...]] = []

    def items() -> Iterator[Item]:
        first: tuple[str, str, str] = ("", "", "")  # (article id, source, position) of the last kept text
        for u in units:
            if len(u) == 2:  # a reader's skip count
                side.append(("skip", str(u[0]), "", 0, UNKNOWN_MONTH, None, None, int(u[1])))
                continue
            source, position, seq, item, reason, error, aid = u
            if item is None:
                side.append(_error_row(source, position, seq, None, reason or "unreadable", error, "read", None))
                continue
            if aid == first[0]:
                side.append(_error_row(source, position, seq, item.ref,
                                       f"same text as {first[1]} {first[2]} (article id {aid}); kept there",
                                       "DuplicateArticle", "dedupe", item.published))
                continue
            first = (aid, source, position)
            pending.append(u)
            yield item

    for out in extract_many(items(), batch_size=batch_size, model=model):
        yield from side
        side.clear()
        source, position, seq, item, _, _, _ = pending.popleft()
        assert item is not None
        if isinstance(out, ItemError):
            yield _error_row(source, position, seq, out.item or item.ref, out.reason, out.error, "extract",
                             item.published)
            continue
        art = coerce(out.model_dump(), _ARTICLE_TYPE)
        yield ("article", source, position, seq, month_of(out.published), art, None, None)
    yield from side


# --------------------------------------------------------------------------------------------- writing

def _write(df: DataFrame, path: str) -> None:
    # Sorting by month inside each task gives one file per (task, month) instead of one per row group.
    df.sortWithinPartitions("month").write.mode("overwrite").partitionBy("month").parquet(path)


def extract_to_parquet(
    spark: SparkSession,
    inputs: Sequence[str] | str,
    out_dir: str,
    partitions: int | None = None,
    *,
    fields: Mapping[str, str] | None = None,
    model: str | None = None,
    batch_size: int = 32,
) -> SparkResult:
    """Extract ``inputs`` on ``spark`` and write the Parquet tables under ``out_dir``.

    ``inputs``: files, directories or globs as Spark names them (``/data/*.jsonl.gz``,
    ``hdfs:///cc-news/2020/09/*.warc.gz``, ``s3a://bucket/news/``); paths ending in ``.parquet`` are
    read as Parquet tables with JSONL's column names (``text``, ``title``, ``date``/``published``,
    ``url``, ``source``, ``id``; ``fields`` renames them, as in ``newsgraph ingest --field``). Each table
    directory under ``out_dir`` is replaced. ``partitions`` defaults to three per core Spark offers.
    """
    t0 = time.perf_counter()
    paths = [inputs] if isinstance(inputs, str) else list(inputs)
    if not paths:
        raise NewsgraphError("no inputs given")
    sc = spark.sparkContext
    n = partitions or max(1, 3 * sc.defaultParallelism)
    units = read_items(spark, paths, partitions=n, fields=fields)
    stage_rdd = units.mapPartitions(lambda it: extract_partition(it, model=model, batch_size=batch_size))
    stage = spark.createDataFrame(stage_rdd, _STAGE, verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        base = out_dir.rstrip("/")
        kept = stage.filter(F.col("kind") == "article")
        art_cols = [F.col(f"article.{c}").alias(c) for c in ARTICLE_COLUMNS]
        _write(kept.select(*art_cols, F.col("source").alias("origin"), "position", "month"), f"{base}/articles")
        for table in FACT_TABLES:
            exploded = kept.select(F.col("article.id").alias("article_id"), "month",
                                   F.posexplode(f"article.{table}").alias("idx", "fact"))
            _write(exploded.select("article_id", "idx", "fact.*", "month"), f"{base}/{table}")
        _write(stage.filter(F.col("kind") == "error").select("error.*", "month"), f"{base}/errors")
        result = _summary(stage, out_dir)
    finally:
        stage.unpersist()
    result.seconds = time.perf_counter() - t0
    return result


def _summary(stage: DataFrame, out_dir: str) -> SparkResult:
    """Counts of what was written, from one aggregation over the stage rows."""
    sizes = [F.sum(F.size(F.col(f"article.{t}"))).alias(t) for t in FACT_TABLES]
    groups = stage.groupBy(
        "kind", "month", F.col("error.error").alias("err"),
        F.when(F.col("kind") == "skip", F.col("source")).alias("skip"),
    ).agg(F.count(F.lit(1)).alias("n"), F.sum("skip_count").alias("skipped"), *sizes).collect()
    result = SparkResult(out_dir=out_dir, rows=dict.fromkeys(TABLES, 0))
    months = set()
    for g in groups:
        if g["kind"] == "article":
            result.articles += g["n"]
            months.add(g["month"])
            for t in FACT_TABLES:
                result.rows[t] += int(g[t] or 0)
        elif g["kind"] == "error":
            result.errors += g["n"]
            if g["err"] == "DuplicateArticle":
                result.duplicates += g["n"]
        else:
            result.skipped[g["skip"]] = result.skipped.get(g["skip"], 0) + int(g["skipped"] or 0)
    result.rows["articles"], result.rows["errors"] = result.articles, result.errors
    result.months = sorted(months)
    return result

