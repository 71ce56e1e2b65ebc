"""Throughput: raw spaCy ``nlp.pipe`` (the model's full default pipeline) vs ``newsgraph.extract_many``.

    python benchmarks/throughput.py --data ../shared/data/news/allsides_world_conflict_dev.jsonl.gz --n 500 --json

Both run over the same first N articles with text, at n_process 1 and 2, in one run, so the ratio
(b)/(a) is measured under the same machine load. (a) gets raw text; (b) gets the article dicts
(text, title, date, url) and returns full records. Model loading is outside the timers.
"""

from __future__ import annotations

import argparse
import gzip
import json
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


def run(path: Path, n: int, procs: list[int], batch_size: int, model: str | None) -> dict[str, Any]:
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
    for p in procs:
        t0, c0 = time.perf_counter(), _cpu()
        for _ in raw.pipe(texts, batch_size=batch_size, n_process=p):
            pass
        a, a_cpu = time.perf_counter() - t0, _cpu() - c0
        t0, c0 = time.perf_counter(), _cpu()
        n_err = sum(1 for r in newsgraph.extract_many(arts, n_process=p, batch_size=batch_size, model=model)
                    if isinstance(r, newsgraph.ItemError))
        b, b_cpu = time.perf_counter() - t0, _cpu() - c0
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
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(args.data, args.n, [int(x) for x in args.processes.split(",")], args.batch_size, args.model)
    print(json.dumps(res) if args.json else json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
