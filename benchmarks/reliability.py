"""Reliability run: the generated bad-input corpus, big inputs included, ingested in one batch.

    python benchmarks/reliability.py --json            # corpus of tests/badcorpus.py + 1 MB, 1M-char line, 5 MB
    python benchmarks/reliability.py --markdown        # the table for BENCHMARKS.md
    scripts/with_postgres.sh python benchmarks/reliability.py --soak --memory 0.1,1,3 --hostile --markdown  # issue 15

Prints, per input file, what the ingest made of it (stored, non-English, failed with the reason), and
the totals: items read, stored + duplicate + non-English + failed (must equal read: nothing lost),
crashes (the ingest call raising: must be 0).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def run(five_mb: bool = True) -> dict[str, Any]:
    import sqlalchemy as sa
    from badcorpus import english_paragraphs, write_corpus

    from newsgraph import kb
    from newsgraph.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="ng-rel-"))
    corpus = tmp / "corpus"
    cases = write_corpus(corpus, big=True)
    if five_mb:
        (corpus / "big_5mb.txt").write_text(english_paragraphs(5_000_000, "five"), encoding="utf-8")
    db = str(tmp / "kb.db")
    crashes = 0
    t0 = time.perf_counter()
    try:
        s = kb.ingest([str(corpus)], db=db, batch_size=8)
    except Exception as exc:  # the figure we report: an ingest must never raise on bad input
        crashes += 1
        return {"crashes": crashes, "error": repr(exc)}
    seconds = time.perf_counter() - t0
    store = open_store(db)
    per: dict[str, dict[str, Any]] = defaultdict(lambda: {"stored": 0, "non_english": 0, "failed": 0, "reasons": []})
    with store.connect() as c:
        for src, pos, reason in c.execute(sa.text("SELECT source, position, reason FROM ingest_errors")):
            d = per[Path(src).name]
            d["failed"] += 1
            d["reasons"].append(f"{pos}: {reason}")
        for origin, lang in c.execute(sa.text("SELECT origin, language FROM articles")):
            d = per[Path(origin or "?").name]
            d["stored" if lang == "en" else "non_english"] += 1
    store.close()
    lost = s.read - (s.stored + s.duplicate + s.non_english + s.failed)
    return {
        "dataset": "tests/badcorpus.py" + (" + 5 MB article" if five_mb else ""),
        "n_docs": s.read,
        "metrics": {"items_read": s.read, "stored": s.stored, "duplicate": s.duplicate, "non_english": s.non_english,
                    "failed": s.failed, "lost": lost, "crashes": crashes, "seconds": round(seconds, 1)},
        "docs_per_s": round(s.read / seconds, 2) if seconds else 0.0,
        "peer": {},
        "files": dict(sorted(per.items())),
        "cases": len(cases) + (1 if five_mb else 0),
    }


def markdown(res: dict[str, Any]) -> str:
    lines = ["| input | stored | non-English | failed | reason |", "|---|---|---|---|---|"]
    for name, d in res["files"].items():
        reason = "; ".join(d["reasons"])[:160].replace("|", "\\|")
        lines.append(f"| `{name}` | {d['stored']} | {d['non_english']} | {d['failed']} | {reason} |")
    m = res["metrics"]
    lines.append("")
    lines.append(f"Items read {m['items_read']}: stored {m['stored']}, duplicate {m['duplicate']}, non-English "
                 f"{m['non_english']}, failed {m['failed']}; lost {m['lost']}, crashes {m['crashes']} "
                 f"({m['seconds']} s).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-5mb", action="store_true", help="leave out the 5 MB article")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--soak", action="store_true", help="issue 15: the soak on SQLite (and PostgreSQL when "
                    "NEWSGRAPH_TEST_PG_URL is set, as scripts/with_postgres.sh does)")
    ap.add_argument("--memory", help="issue 15: peak RSS for these sizes in MB, e.g. 0.1,1,3,20")
    ap.add_argument("--layouts", default="one-line,paragraphs", help="one-line, paragraphs, jsonl-line")
    ap.add_argument("--memory-timeout", type=float, help="seconds per memory run; past it the run is stopped "
                    "and its figure marked partial (the peak so far)")
    ap.add_argument("--post-nlp", help="issue 15: peak RSS of merging and storing the record of these sizes "
                    "in MB (one real chunk stands for all), e.g. 20")
    ap.add_argument("--budget", help="issue 15: peak RSS and CPU of extracting --n texts of --data (JSONL) "
                    "with these spaCy batch budgets in characters, e.g. 300000,100000")
    ap.add_argument("--data", help="JSONL with a text field, for --budget")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--hostile", action="store_true", help="issue 15: every hostile input and its result today")
    args = ap.parse_args(argv)
    if args.soak or args.memory or args.hostile or args.post_nlp or args.budget:
        import reliability_issue15 as r15

        res15: dict[str, Any] = {"dataset": "generated (benchmarks/soak.py, tests/badcorpus.py)", "peer": {}}
        if args.soak:
            res15["soak"] = r15.soak_figures()
        if args.memory:
            res15["memory"] = [r15.peak_rss(float(mb), lay, args.memory_timeout) for mb in args.memory.split(",")
                               for lay in args.layouts.split(",")]
        if args.post_nlp:
            res15["post_nlp"] = [r15.post_nlp_rss(float(mb), lay) for mb in args.post_nlp.split(",")
                                for lay in args.layouts.split(",")]
        if args.budget:
            res15["budget"] = [r15.budget_rss(args.data, args.n, int(b)) for b in args.budget.split(",")]
        if args.hostile:
            res15["hostile"] = r15.hostile_results()
        print(r15.markdown(res15) if args.markdown else json.dumps(res15, indent=None if args.json else 2))
        return 0
    res = run(five_mb=not args.no_5mb)
    if args.markdown and "files" in res:
        print(markdown(res))
    else:
        print(json.dumps(res) if args.json else json.dumps(res, indent=2))
    return 0 if res.get("crashes", 1) == 0 and res.get("metrics", {}).get("lost", 1) == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
