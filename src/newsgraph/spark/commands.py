"""``newsgraph spark-extract`` and ``newsgraph load``: thin commands over :mod:`newsgraph.spark`.

Importing this module needs neither pyspark nor Java; ``spark-extract`` says so clearly when either
is missing.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.console import Console

__all__ = ["register", "spark_extract", "load"]

err = Console(stderr=True, highlight=False, emoji=False)
out = Console(highlight=False, emoji=False)


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    raise typer.Exit(1)


def spark_extract(
    inputs: Annotated[list[str], typer.Argument(help="JSONL(.gz), WARC(.gz), HTML, text or .parquet paths, "
                                                     "folders or globs as Spark names them (file:, hdfs://, s3a://)")],
    out_dir: Annotated[str, typer.Option("--out", help="output folder: one Parquet table per sub-folder")],
    master: Annotated[Optional[str], typer.Option(help="Spark master: local[2], spark://host:7077, yarn... "
                                                       "(default: what spark-submit set, else local[*])")] = None,
    partitions: Annotated[Optional[int], typer.Option(help="extraction partitions (default 3 per core)")] = None,
    field: Annotated[Optional[list[str]], typer.Option("--field", help="input field map, e.g. text=body")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="articles per spaCy batch")] = 32,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline name")] = None,
) -> None:
    """Extract articles on Apache Spark into Parquet tables partitioned by month."""
    try:
        from .job import extract_to_parquet, spark_session
    except ImportError as exc:
        _fail(f"spark-extract needs pyspark: pip install 'newsgraph[spark]' ({exc})")
    if partitions is not None and partitions < 1:
        _fail("--partitions must be at least 1")
    fields = dict(f.split("=", 1) for f in field or [] if "=" in f)
    spark = spark_session(master)
    try:
        result = extract_to_parquet(spark, inputs, out_dir, partitions, fields=fields or None,
                                    model=model, batch_size=batch_size)
    finally:
        spark.stop()
    out.print(str(result))
    for table, n in result.rows.items():
        out.print(f"  {table}: {n} rows")
    for reason, n in sorted(result.skipped.items()):
        err.print(f"  skipped {n}: {reason}")
    if result.errors:
        err.print(f"  {result.errors} items in {out_dir.rstrip('/')}/errors (source, position, reason)")


def load(
    out_dir: Annotated[str, typer.Argument(help="the --out folder of spark-extract")],
    db: Annotated[Optional[str], typer.Option(help="knowledge base: a path or a SQLAlchemy URL (default newsgraph.db)")] = None,
    month: Annotated[Optional[list[str]], typer.Option("--month", help="load only this month (YYYY-MM or unknown); repeatable")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="articles per transaction")] = 256,
) -> None:
    """Load spark-extract's Parquet tables into the knowledge base (a re-run adds nothing)."""
    from .load import load_parquet

    summary = load_parquet(out_dir, db=db, months=month or None, batch_size=batch_size)
    out.print(f"run {summary.run_id}: {summary}")


def register(app: typer.Typer) -> None:
    """Add the Spark commands to the ``newsgraph`` app."""
    app.command(name="spark-extract")(spark_extract)
    app.command(name="load")(load)
