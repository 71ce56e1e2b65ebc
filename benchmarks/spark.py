"""Spark local[2] against `newsgraph ingest --n-process 2`, same articles, same run.

    python benchmarks/spark.py --data ../shared/data/news/allsides_world_conflict_dev.jsonl.gz --n 5000 --json

The first N lines of the data file are copied to a temporary JSONL.gz that both sides read, so both
extract exactly the same items. Timed separately:

- Spark start-up: the SparkSession (JVM launch) and a first job that loads the spaCy pipeline in each
  of the two Python workers (what every job on a fresh cluster pays once per executor);
- Spark job: ``extract_to_parquet`` with the workers warm, reading, extracting and writing Parquet;
- Spark load: ``newsgraph load`` of that output into a fresh SQLite knowledge base (one process);
- ingest: ``newsgraph ingest --n-process 2`` into another fresh SQLite base, as a subprocess, start to
  end (its own model loads included, since that is what a user pays).

The machine is shared with other jobs, so absolute speeds are noisy; the ratios come from one run.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _copy_head(src: Path, dst: Path, n: int) -> int:
    with gzip.open(src, "rt", encoding="utf-8") as fin, gzip.open(dst, "wt", encoding="utf-8") as fout:
        lines = list(itertools.islice(fin, n))
        fout.writelines(lines)
    return len(lines)


def _warm_workers(it: Any) -> Any:
    from newsgraph import nlp

    t0 = time.perf_counter()
    nlp.load()
    yield (os.getpid(), time.perf_counter() - t0)


def run(data: Path, n: int, master: str, partitions: int | None, skip_ingest: bool) -> dict[str, Any]:
    from newsgraph.spark import extract_to_parquet, spark_session
    from newsgraph.spark.load import load_parquet

    work = Path(tempfile.mkdtemp(prefix="ng_spark_bench_"))
    src = work / "input.jsonl.gz"
    lines = _copy_head(data, src, n)
    out: dict[str, Any] = {"dataset": str(data), "n_lines": lines, "master": master,
                           "machine": f"{platform.machine()} Python {platform.python_version()}, {os.cpu_count()} cores"}

    t0 = time.perf_counter()
    spark = spark_session(master, app_name="newsgraph-bench", conf={
        "spark.ui.showConsoleProgress": "false", "spark.driver.memory": "2g"})
    spark.sparkContext.setLogLevel("ERROR")
    out["spark_session_s"] = round(time.perf_counter() - t0, 2)
    cores = spark.sparkContext.defaultParallelism
    t0 = time.perf_counter()
    loads = spark.sparkContext.parallelize(range(cores), cores).mapPartitions(_warm_workers).collect()
    out["spark_worker_warmup_s"] = round(time.perf_counter() - t0, 2)
    out["spark_worker_model_load_s"] = [round(s, 2) for _, s in loads]
    out["spark_python_workers"] = len({pid for pid, _ in loads})

    t0 = time.perf_counter()
    result = extract_to_parquet(spark, [str(src)], str(work / "tables"), partitions)
    job_s = time.perf_counter() - t0
    spark.stop()
    items = result.articles + result.errors
    out["spark_job_s"] = round(job_s, 2)
    out["spark_articles"] = result.articles
    out["spark_errors"] = result.errors
    out["spark_rows"] = result.rows
    out["spark_items_per_s"] = round(items / job_s, 3)
    out["spark_items_per_s_per_core"] = round(items / job_s / cores, 3)
    out["spark_cores"] = cores

    t0 = time.perf_counter()
    summary = load_parquet(work / "tables", db=str(work / "loaded.db"))
    load_s = time.perf_counter() - t0
    out["load_s"] = round(load_s, 2)
    out["load_stored"] = summary.stored
    out["load_articles_per_s"] = round(summary.articles / load_s, 2) if load_s else None

    if not skip_ingest:
        cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", str(src), "--db", str(work / "direct.db"),
               "--n-process", "2", "--quiet"]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        ingest_s = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"ingest failed: {proc.stderr[-2000:]}")
        out["ingest_s"] = round(ingest_s, 2)
        out["ingest_summary"] = " ".join(proc.stdout.split())
        out["ingest_items_per_s"] = round(lines / ingest_s, 3)
        out["ratio_spark_job_vs_ingest"] = round(out["spark_items_per_s"] / out["ingest_items_per_s"], 3)
        spark_total = out["spark_session_s"] + out["spark_worker_warmup_s"] + job_s + load_s
        out["spark_end_to_end_s"] = round(spark_total, 2)
        out["ratio_end_to_end_vs_ingest"] = round(ingest_s / spark_total, 3)
    out["work_dir"] = str(work)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/news/allsides_world_conflict_dev.jsonl.gz")
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--skip-ingest", action="store_true", help="time the Spark side only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"data missing: {args.data}", file=sys.stderr)
        return 2
    res = run(args.data, args.n, args.master, args.partitions, args.skip_ingest)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res.items():
            print(f"{k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
