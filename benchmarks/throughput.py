"""Throughput: raw spaCy ``nlp.pipe`` (the model's full default pipeline) vs ``newsgraph.extract_many``.

    python benchmarks/throughput.py --data ../shared/data/news/allsides_world_conflict_dev.jsonl.gz --n 500 --json
    python benchmarks/throughput.py --n 500 --processes 2 --ingest --json   # + `newsgraph ingest --n-process 2`
    python benchmarks/throughput.py --n 500 --processes 2 --ingest-only --rounds 2 --json  # alternated ABAB
    python benchmarks/throughput.py --n 500 --processes 2 --ingest-only --rounds 3 --raw-command --json

Both run over the same first N articles with text, at n_process 1 and 2, in one run, so the ratio
(b)/(a) is measured under the same machine load. (a) gets raw text; (b) gets the article dicts
(text, title, date, url) and returns full records. Model loading is outside the timers of (a) and (b);
the `newsgraph ingest` command's timer holds its start-up (interpreter, imports, model, a fresh base's
migrations), so ``--raw-command`` also times raw spaCy as a command that starts up the same way.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any


def load_articles(path: Path, n: int) -> list[dict[str, Any]]:
    out = []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            rec = json.loads(line)
            if isinstance(rec.get("text"), str) and rec["text"].strip():
                out.append({k: rec.get(k) for k in ("id", "text", "title", "date", "url", "source")})
            if len(out) >= n:
                break
    return out


def _cpu() -> float:
    import resource

    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + kids.ru_utime + kids.ru_stime


def _jsonl(arts: list[dict[str, Any]]) -> Path:
    """The articles as a JSONL file in a fresh temporary folder (what both commands read)."""
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="ng-thr-"))
    src = tmp / "articles.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return src


#: raw spaCy as a command, timed like `newsgraph ingest`: interpreter start, `import spacy`, the model's
#: load, reading the JSONL and ``nlp.pipe(n_process=p)`` over its texts, nothing stored
_RAW_COMMAND = """
import json, sys
import spacy
path, name, p, bs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with open(path, encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in fh]
nlp = spacy.load(name)
for _ in nlp.pipe(texts, batch_size=bs, n_process=p):
    pass
"""


def _raw_cli(src: Path, name: str, p: int, batch_size: int) -> tuple[float, float]:
    """Raw spaCy's default pipeline as a command over the same JSONL: wall and CPU seconds (its workers
    are joined, so their CPU is counted), start-up included as in :func:`_ingest_cli`."""
    import subprocess

    t0, c0 = time.perf_counter(), _cpu()
    subprocess.run([sys.executable, "-c", _RAW_COMMAND, str(src), name, str(p), str(batch_size)], check=True)
    return time.perf_counter() - t0, _cpu() - c0


def _ingest_cli(arts: list[dict[str, Any]], p: int, batch_size: int) -> tuple[float, float, int]:
    """`newsgraph ingest --n-process p` as a command on a JSONL of the articles into a fresh SQLite base:
    wall seconds and CPU seconds of the command and its workers, start-up (imports, model) included."""
    import subprocess

    src = _jsonl(arts)
    tmp = src.parent
    t0, c0 = time.perf_counter(), _cpu()
    proc = subprocess.run([sys.executable, "-m", "newsgraph.cli", "ingest", str(src), "--db", str(tmp / "kb.db"),
                           "--n-process", str(p), "--batch-size", str(batch_size), "-q"],
                          capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    import sqlite3

    with sqlite3.connect(tmp / "kb.db") as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    if proc.returncode not in (0, 2):
        raise RuntimeError(proc.stderr[-2000:])
    return wall, cpu, int(stored)


def _ingest_inproc(arts: list[dict[str, Any]], p: int, batch_size: int, model: str | None) -> tuple[float, float]:
    """kb.ingest (what the command runs) in this process, model loaded: wall and CPU seconds."""
    import tempfile

    from newsgraph import kb

    db = str(Path(tempfile.mkdtemp(prefix="ng-thr-")) / "kb.db")
    kb.open_store(db).close()  # migrations outside the timer
    t0, c0 = time.perf_counter(), _cpu()
    kb.ingest(arts, db=db, n_process=p, batch_size=batch_size)
    return time.perf_counter() - t0, _cpu() - c0


def _raw(raw: Any, texts: list[str], p: int, batch_size: int) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), _cpu()
    for _ in raw.pipe(texts, batch_size=batch_size, n_process=p):
        pass
    return time.perf_counter() - t0, _cpu() - c0


def _alternate(arts: list[dict[str, Any]], words: int, procs: list[int], batch_size: int, rounds: int, raw: Any,
               name: str, path: Path, model: str | None, raw_command: bool = False) -> dict[str, Any]:
    """Raw spaCy and the `newsgraph ingest` command in turn, ``rounds`` times each (ABAB...): on a shared
    machine the load drifts, so each pair's ratio is taken under about the same load; the median is reported
    beside every pair. ``raw_command`` adds raw spaCy run as a command (start-up inside its timer, as in the
    ingest command's) and the ratios against it (``*_cmd``)."""
    import statistics

    from newsgraph import nlp as ng_nlp

    texts = [a["text"] for a in arts]
    src = _jsonl(arts)
    metrics: dict[str, Any] = {}
    for p in procs:
        pairs = []
        for r in range(rounds):
            a, a_cpu = _raw(raw, texts, p, batch_size)
            c_wall, c_cpu, stored = _ingest_cli(arts, p, batch_size)
            pairs.append({"spacy_s": round(a, 1), "spacy_cpu_s": round(a_cpu, 1), "ingest_s": round(c_wall, 1),
                          "ingest_cpu_s": round(c_cpu, 1), "stored": stored, "ratio": round(a / c_wall, 3),
                          "ratio_cpu": round(a_cpu / c_cpu, 3)})
            if raw_command:
                k, k_cpu = _raw_cli(src, name, p, batch_size)
                pairs[-1].update({"spacy_cmd_s": round(k, 1), "spacy_cmd_cpu_s": round(k_cpu, 1),
                                  "ratio_cmd": round(k / c_wall, 3), "ratio_cpu_cmd": round(k_cpu / c_cpu, 3)})
            print(json.dumps({f"n_process={p} round {r + 1}": pairs[-1]}), file=sys.stderr, flush=True)
        key = f"n_process{p}"
        metrics[f"{key}_rounds"] = pairs
        metrics[f"{key}_ratio_median"] = round(statistics.median(x["ratio"] for x in pairs), 3)
        metrics[f"{key}_ratio_cpu_median"] = round(statistics.median(x["ratio_cpu"] for x in pairs), 3)
        if raw_command:
            for m in ("ratio_cmd", "ratio_cpu_cmd"):
                metrics[f"{key}_{m}_median"] = round(statistics.median(x[m] for x in pairs), 3)
        metrics[f"{key}_ingest_articles_per_s"] = round(len(arts) / statistics.median(x["ingest_s"] for x in pairs), 2)
        metrics[f"{key}_spacy_articles_per_s"] = round(len(arts) / statistics.median(x["spacy_s"] for x in pairs), 2)
    first = f"n_process{procs[0]}"
    return {"dataset": str(path), "n_docs": len(arts), "metrics": metrics,
            "docs_per_s": metrics[f"{first}_ingest_articles_per_s"],
            "peer": {"spacy_nlp_pipe": {f"n_process={p}": metrics[f"n_process{p}_spacy_articles_per_s"] for p in procs}},
            "words": words, "model": name, "pipeline": list(ng_nlp.load(model).pipe_names),
            "machine": f"{platform.machine()} {platform.python_version()}, {os.cpu_count()} cores",
            "load_avg_1m": os.getloadavg()[0]}


def run(path: Path, n: int, procs: list[int], batch_size: int, model: str | None,
        ingest: bool = False, ingest_only: bool = False, rounds: int = 1, raw_command: bool = False) -> dict[str, Any]:
    import spacy

    import newsgraph
    from newsgraph import nlp as ng_nlp

    arts = load_articles(path, n)
    texts = [a["text"] for a in arts]
    words = sum(len(t.split()) for t in texts)
    name = ng_nlp.resolve_model(model)
    raw = spacy.load(name)
    raw(texts[0])
    newsgraph.extract(texts[0], model=model)
    rows: dict[str, Any] = {}
    if ingest_only:
        return _alternate(arts, words, procs, batch_size, rounds, raw, name, path, model, raw_command)
    for p in procs:
        t0, c0 = time.perf_counter(), _cpu()
        for _ in raw.pipe(texts, batch_size=batch_size, n_process=p):
            pass
        a, a_cpu = time.perf_counter() - t0, _cpu() - c0
        t0, c0 = time.perf_counter(), _cpu()
        n_err = -1
        if not ingest_only:
            n_err = sum(1 for r in newsgraph.extract_many(arts, n_process=p, batch_size=batch_size, model=model)
                        if isinstance(r, newsgraph.ItemError))
        b, b_cpu = max(time.perf_counter() - t0, 1e-9), max(_cpu() - c0, 1e-9)
        rows[f"n_process={p}"] = {
            # CPU seconds (this process and its finished workers): robust when other jobs share the cores
            "spacy_cpu_s": round(a_cpu, 2), "newsgraph_cpu_s": round(b_cpu, 2),
            "ratio_cpu": round(a_cpu / b_cpu, 3) if b_cpu else 0.0,
            "spacy_articles_per_s": round(len(texts) / a, 2),
            "spacy_words_per_s": round(words / a),
            "newsgraph_articles_per_s": round(len(texts) / b, 2),
            "newsgraph_words_per_s": round(words / b),
            "ratio": round(a / b, 3),
            "item_errors": n_err,
        }
        if ingest:
            c_wall, c_cpu, stored = _ingest_cli(arts, p, batch_size)
            i_wall, i_cpu = (c_wall, c_cpu) if ingest_only else _ingest_inproc(arts, p, batch_size, model)
            rows[f"n_process={p}"].update({
                "ingest_cli_s": round(c_wall, 1), "ingest_cli_cpu_s": round(c_cpu, 1), "ingest_cli_stored": stored,
                "ingest_cli_ratio": round(a / c_wall, 3), "ingest_cli_ratio_cpu": round(a_cpu / c_cpu, 3),
                "ingest_s": round(i_wall, 1), "ingest_cpu_s": round(i_cpu, 1),
                "ingest_ratio": round(a / i_wall, 3), "ingest_ratio_cpu": round(a_cpu / i_cpu, 3),
            })
            print(json.dumps({f"n_process={p}": rows[f"n_process={p}"]}), file=sys.stderr, flush=True)
    first = rows[f"n_process={procs[0]}"]
    return {
        "dataset": str(path),
        "n_docs": len(texts),
        "metrics": {k.replace("=", "") + "_" + m: v for k, r in rows.items() for m, v in r.items()},
        "docs_per_s": first["newsgraph_articles_per_s"],
        "peer": {"spacy_nlp_pipe": {k: r["spacy_articles_per_s"] for k, r in rows.items()}},
        "words": words,
        "model": name,
        "pipeline": list(ng_nlp.load(model).pipe_names),
        "machine": f"{platform.machine()} {platform.python_version()}",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/news/allsides_world_conflict_dev.jsonl.gz"))
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--processes", default="1,2", help="comma-separated n_process values")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default=None)
    ap.add_argument("--ingest", action="store_true",
                    help="also time `newsgraph ingest` (the command, start-up included) and kb.ingest in process")
    ap.add_argument("--ingest-only", action="store_true",
                    help="with --ingest: only raw spaCy and the `newsgraph ingest` command (no extract_many)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="with --ingest-only: raw spaCy and the command alternated this many times each")
    ap.add_argument("--raw-command", action="store_true",
                    help="with --ingest-only: also raw spaCy as a command (interpreter, import, model load and "
                         "reading the JSONL inside its timer, as in the ingest command's), after each pair")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(args.data, args.n, [int(x) for x in args.processes.split(",")], args.batch_size, args.model,
              ingest=args.ingest or args.ingest_only, ingest_only=args.ingest_only, rounds=args.rounds,
              raw_command=args.raw_command)
    print(json.dumps(res) if args.json else json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
