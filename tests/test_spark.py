"""newsgraph.spark: the Spark job (local[2]) and the Parquet loader against direct ingestion.

One Spark job runs for the whole module (Spark's start-up costs tens of seconds on a busy 2-core
machine). Its input: the first N articles of the AllSides dev file plus bad lines, a WARC page, two
malformed WARCs and a small Parquet table. N is 40 here, not the issue's 200, to keep this module
near 3 minutes on 2 shared cores (the extraction runs twice: on Spark and directly); set
NEWSGRAPH_SPARK_TEST_N=200 to run the issue's size. The benchmark (benchmarks/spark.py) uses 5,000.
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from typing import Any

import pytest
from conftest import ROOT, need_shared
from kb_db import dump

pytestmark = [pytest.mark.slow, pytest.mark.shared]

N = int(os.environ.get("NEWSGRAPH_SPARK_TEST_N", "40"))
NEWS = ("data", "news", "allsides_world_conflict_dev.jsonl.gz")
WARC_OK = ("data", "news", "warc", "real", "bbc_news_africa_3414345_CC-MAIN_2014-08-02.warc")
WARC_BAD = ("data", "news", "warc", "real", "malformed")


def _need(what: str, ok: bool) -> None:
    if ok:
        return
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} -- required when CI=true")
    pytest.skip(what)


def _need_spark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        _need("pyspark missing (pip install 'newsgraph[spark]')", False)
    _need("Java missing: no `java` on PATH and JAVA_HOME unset (Spark needs Java 17)",
          bool(os.environ.get("JAVA_HOME")) or shutil.which("java") is not None)


# Bad lines appended after the N articles: (line number offset from N, expected error, reason part)
BAD_LINES = [
    ('{"id": "empty-1", "text": "   "}', "ReadError", "empty text"),
    ("this is not json", "ReadError", "invalid JSON"),
    ('{"id": "bad-date", "text": "The army said 300 troops left Basra.", "date": "2020-13-45"}', "ReadError",
     "is not a real date"),
]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    news = need_shared(*NEWS)
    warc = need_shared(*WARC_OK)
    bad_dir = need_shared(*WARC_BAD)
    _need_spark()
    d = tmp_path_factory.mktemp("spark_in")
    with gzip.open(news, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, N + 2))
    good, extra = lines[:N], lines[N:]
    undated = json.loads(good[1])
    undated.pop("date", None)
    undated["id"] = "undated"
    undated["text"] = undated["text"] + "\n\nThis copy has no date."
    with gzip.open(d / "a_news.jsonl.gz", "wt", encoding="utf-8") as f:
        f.writelines(good)
        f.write(json.dumps(undated) + "\n")           # line N+1: no date -> month=unknown
        f.write(good[0])                               # line N+2: the same text as line 1
        for text, _, _ in BAD_LINES:                   # lines N+3...
            f.write(text + "\n")
    shutil.copy(warc, d / "b_page.warc")
    for p in sorted(bad_dir.iterdir()):
        shutil.copy(p, d / ("c_" + p.name))
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [json.loads(x) for x in extra]
    pq.write_table(pa.table({
        "text": [rows[0]["text"], None],
        "title": [rows[0]["title"], "no text here"],
        "date": [rows[0]["date"], "2021-01-01"],
        "url": [rows[0]["url"], None],
    }), d / "d_rows.parquet")
    files = [str(d / "a_news.jsonl.gz"), str(d / "b_page.warc"),
             *[str(p) for p in sorted(d.glob("c_*"))], str(d / "d_rows.parquet")]
    dicts = [{"text": rows[0]["text"], "title": rows[0]["title"], "date": rows[0]["date"], "url": rows[0]["url"]}]
    return {"dir": d, "files": files, "good": good, "dicts": dicts}


@pytest.fixture(scope="module")
def spark():
    _need_spark()
    from newsgraph.spark import spark_session

    # local[2] with 2 attempts per task: a failed partition is retried once (local mode's default is 1).
    s = spark_session("local[2,2]", app_name="newsgraph-tests", conf={
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": "4", "spark.driver.memory": "1g",
    })
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def job(spark, inputs, tmp_path_factory):
    from newsgraph.spark import extract_to_parquet

    out = tmp_path_factory.mktemp("spark_out") / "tables"
    result = extract_to_parquet(spark, inputs["files"], str(out), partitions=4)
    return out, result


@pytest.fixture(scope="module")
def kbs(job, inputs, tmp_path_factory):
    """(direct knowledge base, loaded knowledge base, first load summary, second load summary)."""
    from newsgraph.kb import ingest
    from newsgraph.spark.load import load_parquet

    d = tmp_path_factory.mktemp("spark_kb")
    direct = str(d / "direct.db")
    ingest([*inputs["files"][:-1], *inputs["dicts"]], db=direct, n_process=1, batch_size=64)
    loaded = str(d / "loaded.db")
    first = load_parquet(job[0], db=loaded)
    second = load_parquet(job[0], db=loaded)
    return direct, loaded, first, second


# ----------------------------------------------------------------------------------------------- helpers

# ------------------------------------------------------------------------------------------------- tests

def test_job_counts(job, inputs) -> None:
    out, result = job
    # N good lines + the undated copy + the WARC page + the good Parquet row
    assert result.articles == N + 3
    # 3 bad JSONL lines, the duplicate line, the cut WARC record, the Parquet row without text
    assert result.errors == 6
    assert result.duplicates == 1
    assert result.skipped == {"warc request record": 1}
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["articles", "entities", "quotes", "amounts", "changes", "times", "places", "events", "errors"])


def test_bad_records_land_in_errors(job, inputs) -> None:
    from newsgraph.spark.load import read_errors

    out, _ = job
    src = str(inputs["dir"])
    rows = {(r["source"].replace(src + "/", ""), r["position"]): r for r in read_errors(out)}
    assert set(rows) == {
        ("a_news.jsonl.gz", f"line {N + 2}"), ("a_news.jsonl.gz", f"line {N + 3}"),
        ("a_news.jsonl.gz", f"line {N + 4}"), ("a_news.jsonl.gz", f"line {N + 5}"),
        ("c_news18_hindi_CC-NEWS_2022-04-01_response.warc", "record 1"),
        ("d_rows.parquet", "row 2"),
    }
    dup = rows[("a_news.jsonl.gz", f"line {N + 2}")]
    assert dup["error"] == "DuplicateArticle" and dup["stage"] == "dedupe"
    assert dup["reason"].startswith(f"same text as {src}/a_news.jsonl.gz line 1 (article id ")
    assert dup["month"] == json.loads(inputs["good"][0])["date"][:7]
    for k, (_, error, reason) in enumerate(BAD_LINES):
        row = rows[("a_news.jsonl.gz", f"line {N + 3 + k}")]
        assert (row["error"], row["stage"], row["month"]) == (error, "read", "unknown")
        assert reason in row["reason"]
    warc = rows[("c_news18_hindi_CC-NEWS_2022-04-01_response.warc", "record 1")]
    assert warc["reason"].startswith("Content-Length ends before the record does")
    pq_row = rows[("d_rows.parquet", "row 2")]
    assert (pq_row["error"], pq_row["reason"]) == ("InvalidFieldError", "missing or non-string 'text' field")


def test_partitioned_by_month(job, inputs) -> None:
    import pyarrow.dataset as ds

    out, _ = job
    dates = [json.loads(x)["date"] for x in inputs["good"]] + [inputs["dicts"][0]["date"], "2004-01-22"]
    want = {d[:7] if d else "unknown" for d in dates} | {"unknown"}
    got = {p.name for p in (out / "articles").iterdir() if p.is_dir()}
    assert got == {f"month={m}" for m in want}
    arts = ds.dataset(str(out / "articles"), format="parquet", partitioning="hive").to_table().to_pylist()
    for a in arts:
        assert str(a["month"]) == (a["published"][:7] if a["published"] else "unknown"), a["id"]
    undated = sorted(int(a["position"].split()[1]) for a in arts if a["published"] is None)
    no_date = [i + 1 for i, x in enumerate(inputs["good"]) if not json.loads(x).get("date")]
    assert undated == [*no_date, N + 1]
    # the facts of an article sit in the month of the article
    ents = ds.dataset(str(out / "entities"), format="parquet", partitioning="hive").to_table().to_pylist()
    month = {a["id"]: str(a["month"]) for a in arts}
    assert ents and all(str(e["month"]) == month[e["article_id"]] for e in ents)


def test_columns_match_the_record(job) -> None:
    import pyarrow.dataset as ds

    from newsgraph.record import Article, Entity, Event, Party

    out, _ = job
    cols = ds.dataset(str(out / "articles"), format="parquet", partitioning="hive").schema.names
    facts = {"entities", "quotes", "amounts", "changes", "times", "places", "events"}
    assert cols == [f for f in Article.model_fields if f not in facts] + ["origin", "position", "month"]
    ent = ds.dataset(str(out / "entities"), format="parquet", partitioning="hive").schema
    assert ent.names == ["article_id", "idx", *Entity.model_fields, "month"]
    assert [f.name for f in ent.field("mentions").type.value_type] == ["start", "end", "text"]
    ev = ds.dataset(str(out / "events"), format="parquet", partitioning="hive").schema
    assert [f.name for f in ev.field("actors").type.value_type] == list(Party.model_fields)
    assert ev.names[2:-1] == list(Event.model_fields)


def test_records_round_trip(job, inputs) -> None:
    """The articles read back from Parquet are the records extract_many gives for the same items."""
    import newsgraph
    from newsgraph.spark.load import read_articles

    out, _ = job
    back = {a.id: a for _, _, a in read_articles(out)}
    items = [json.loads(x) for x in inputs["good"][:5]]
    for rec in newsgraph.extract_many(items):
        assert isinstance(rec, newsgraph.Article)
        assert back[rec.id].model_dump(mode="json") == json.loads(rec.model_dump_json())


def test_loaded_kb_equals_direct_ingestion(kbs) -> None:
    direct, loaded, first, _ = kbs
    a, b = dump(direct), dump(loaded)
    assert set(a) == set(b)
    for table in a:
        assert a[table] == b[table], f"table {table} differs"
    assert len(a["articles"]) == N + 3
    assert len(a["article_entities"]) > 10 * N  # the comparison covered real content
    assert first.stored == N + 3 and first.failed == 5 and first.set_aside == 1


def _partition(db: str) -> tuple[set[frozenset[str]], int]:
    """The stories of a base as sets of article ids, and how many articles have none."""
    import sqlalchemy as sa

    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    with open_store(db) as store, store.connect() as conn:
        rows = conn.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all()
    by: dict[int, set[str]] = {}
    for aid, sid in rows:
        if sid is not None:
            by.setdefault(sid, set()).add(aid)
    return {frozenset(v) for v in by.values()}, sum(1 for _, sid in rows if sid is None)


def test_load_assigns_stories_as_ingest_does(kbs) -> None:
    """Issue 20: `load` of Spark output gives every article a story, and the same stories as `ingest`
    (said outright here, not only through the table comparison above)."""
    direct, loaded, _, _ = kbs
    got, unassigned = _partition(loaded)
    want, _ = _partition(direct)
    assert unassigned == 0
    assert sum(len(s) for s in got) == N + 3
    assert got == want
    assert len(got) < N + 3  # some reports of the corpus tell one story: the partition is not all singletons


def test_load_is_idempotent(kbs) -> None:
    direct, loaded, first, second = kbs
    assert (second.stored, second.duplicate, second.failed) == (0, N + 3, 0)
    assert second.errors_known == 5
    import sqlalchemy as sa

    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    with open_store(loaded) as store, store.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(t.articles)).scalar_one() == N + 3
        assert conn.execute(sa.select(sa.func.count()).select_from(t.ingest_errors)).scalar_one() == 5


def test_load_command(job, inputs, tmp_path) -> None:
    """`newsgraph load --month unknown`: the undated articles and the errors (all undated here)."""
    n_undated = 1 + sum(1 for x in inputs["good"] if not json.loads(x).get("date"))
    db = tmp_path / "cli.db"
    cmd = [sys.executable, "-m", "newsgraph.cli", "load", str(job[0]), "--db", str(db), "--month", "unknown"]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    assert (f"loaded {n_undated} articles: stored {n_undated}, non-English 0, already stored 0; "
            "5 errors recorded") in " ".join(run.stdout.split())


def test_failed_partition_is_retried_not_swallowed(spark, inputs, tmp_path) -> None:
    """A model that cannot load fails every attempt: Spark retries the task, then the job fails."""
    from newsgraph.spark import extract_to_parquet

    sc = spark.sparkContext
    sc.setJobGroup("newsgraph-retry-test", "a failing partition")
    try:
        with pytest.raises(Exception) as info:
            extract_to_parquet(spark, [inputs["files"][1]], str(tmp_path / "out"), partitions=1,
                               model="newsgraph_no_such_model")
    finally:
        sc.setLocalProperty("spark.jobGroup.id", None)  # type: ignore[arg-type]
    msg = str(info.value)
    assert "ModelError" in msg and "cannot load spaCy pipeline 'newsgraph_no_such_model'" in msg
    tracker = sc.statusTracker()
    failed = [tracker.getStageInfo(sid).numFailedTasks
              for jid in tracker.getJobIdsForGroup("newsgraph-retry-test")
              for sid in tracker.getJobInfo(jid).stageIds]
    assert max(failed) == 2  # the extraction task ran twice (local[2,2]: two attempts) before giving up
    assert not (tmp_path / "out" / "articles" / "_SUCCESS").exists()


def test_spark_extract_command(spark, inputs, tmp_path) -> None:
    """The CLI, in-process: it picks up the running local session (getOrCreate) and stops it after,
    so this runs after every other test that needs Spark."""
    from typer.testing import CliRunner

    from newsgraph.cli import app

    out = tmp_path / "cli_out"
    res = CliRunner().invoke(app, ["spark-extract", inputs["files"][1], inputs["files"][2], "--out", str(out),
                                   "--partitions", "1"])
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert text.startswith("1 articles, 0 errors (0 duplicates), 1 records skipped by the readers, months 2004-01")
    assert "articles: 1 rows" in text and "skipped 1: warc request record" in text
    assert sorted(p.name for p in (out / "articles").iterdir() if p.is_dir()) == ["month=2004-01"]


def test_pyspark_stays_optional() -> None:
    code = ("import sys, newsgraph, newsgraph.cli, newsgraph.kb, newsgraph.spark, newsgraph.spark.load; "
            "assert 'pyspark' not in sys.modules, 'pyspark imported'; print('ok')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.stdout.strip() == "ok", run.stderr
    src = ROOT / "src" / "newsgraph"
    imports = re.compile(r"^\s*(from|import)\s+pyspark", re.M)
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if imports.search(p.read_text(encoding="utf-8")) and p.parent.name != "spark"]
    assert offenders == []


def test_extract_partition_without_spark(nlp) -> None:
    """The partition function alone: order kept, copies set aside, bad units as error rows."""
    _need_spark()
    from newsgraph.pipeline import Item
    from newsgraph.record import article_id
    from newsgraph.spark.job import extract_partition

    text = "The Pentagon said 3,000 US troops will leave Iraq by September."
    aid = article_id(text)
    units = [
        ("f.jsonl", "line 1", 0, Item(text=text, published="2020-09-09", ref="a"), None, "", aid),
        ("f.jsonl", "line 2", 1, Item(text=text, published="2020-09-10", ref="b"), None, "", aid),
        ("f.jsonl", "line 3", 2, None, "invalid JSON (Expecting value at column 1)", "ReadError", ""),
        ("warc request record", 2),
    ]
    rows = list(extract_partition(iter(units)))
    kinds = sorted((r[0], r[2]) for r in rows)
    assert kinds == [("article", "line 1"), ("error", "line 2"), ("error", "line 3"), ("skip", "")]
    art = next(r for r in rows if r[0] == "article")
    assert art[4] == "2020-09" and art[5][1] == aid
    dup = next(r for r in rows if r[2] == "line 2")
    assert dup[6][4] == "DuplicateArticle" and dup[6][3].startswith("same text as f.jsonl line 1")
    skip = next(r for r in rows if r[0] == "skip")
    assert (skip[1], skip[7]) == ("warc request record", 2)
