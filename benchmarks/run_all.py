"""Run the accuracy benchmarks in one go (``make bench``): each ``eval_*.py`` with the data and split its
BENCHMARKS.md rows name, one JSON file per run under ``--out``, and a one-line summary of each.

    python benchmarks/run_all.py [--out DIR] [--only NAME ...] [--list]

The figures are the ones the issues name (check halves and test splits are what gets reported; tune and
read halves are printed beside them). Peers run inside each benchmark script, in the same run. Runs read
``../shared/data``; one that fails is reported and the rest go on.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data"

#: name -> arguments of the benchmark script (the first item).
RUNS: dict[str, list[str]] = {
    "quotes_check": ["eval_quotes.py", "--half", "check", "--no-peer", "--json"],
    "quotes_tune": ["eval_quotes.py", "--half", "tune", "--no-peer", "--json"],
    "events_news_check": ["eval_events.py", "--news", "check", "--json"],
    "events_news_tune": ["eval_events.py", "--news", "tune", "--json"],
    "events_plover_unread": ["eval_events.py", "--data", str(DATA / "events/plover_gsr_dev.json"), "--half", "unread",
                             "--json"],
    "events_plover_read": ["eval_events.py", "--data", str(DATA / "events/plover_gsr_dev.json"), "--half", "read",
                           "--json"],
    "amounts_news_test": ["eval_amounts.py", "--data", str(HERE / "gold/amounts_news.jsonl"), "--split", "test",
                          "--json"],
    "changes_r14_test": ["eval_amounts.py", "--data", str(HERE / "gold/changes_r14.jsonl"), "--news",
                         str(DATA / "news/bbc_fulltext.jsonl.gz"), "--split", "test", "--json"],
    "times_timebank": ["eval_times.py", "--data", str(DATA / "temporal/TBAQ-cleaned/TimeBank"), "--no-peer", "--json"],
    "times_aquaint": ["eval_times.py", "--data", str(DATA / "temporal/TBAQ-cleaned/AQUAINT"), "--no-peer", "--json"],
    "places_trnews": ["eval_places.py", "--data", str(DATA / "geoparsing/TR-News.xml"), "--json"],
    "places_lgl": ["eval_places.py", "--data", str(DATA / "geoparsing/lgl.xml"), "--no-e2e", "--json"],
    "stories_basil": ["eval_stories.py", "--json"],
    "entities": ["eval_entities.py", "--json"],
}


def _last_json(out: str) -> dict | None:
    """The last JSON object a script printed (some print progress lines first)."""
    start = out.rfind("\n{")
    for pos in ([start + 1] if start >= 0 else []) + [0]:
        try:
            return json.loads(out[pos:])
        except ValueError:
            continue
    return None


def _summary(result: dict) -> str:
    metrics = result.get("metrics", result)
    flat: dict[str, float] = {}
    for key, value in metrics.items():  # one level of nesting: {"check": {"f1": ...}} -> check.f1
        inner = value.items() if isinstance(value, dict) else [("", value)]
        for sub, v in inner:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                flat[f"{key}.{sub}" if sub else key] = v
    return " ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in list(flat.items())[:40])


def run_one(name: str, out_dir: Path) -> bool:
    cmd = [sys.executable, str(HERE / RUNS[name][0]), *RUNS[name][1:]]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False)
    secs = time.perf_counter() - t0
    result = _last_json(proc.stdout) if proc.returncode == 0 else None
    if result is None:
        (out_dir / f"{name}.err").write_text(proc.stdout + proc.stderr, encoding="utf-8")
        print(f"{name}: FAILED (exit {proc.returncode}, {secs:.0f} s; see {out_dir / (name + '.err')})", flush=True)
        return False
    (out_dir / f"{name}.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"{name} ({secs:.0f} s): {_summary(result)}", flush=True)
    return True


def _seed(out_dir: Path) -> bool:
    checker = SHARED / "golden" / "check_seed.py"
    proc = subprocess.run([sys.executable, str(checker)], cwd=REPO, capture_output=True, text=True, check=False)
    last = (proc.stdout.strip().splitlines() or ["no output"])[-1]
    (out_dir / "seed.txt").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    print(f"seed: {last}", flush=True)
    return proc.returncode == 0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "bench-out")
    ap.add_argument("--only", nargs="*", default=None, help="run these names only (see --list); 'seed' is one")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    names = [*RUNS, "seed"]
    if args.list:
        print("\n".join(names))
        return 0
    chosen = args.only or names
    unknown = [n for n in chosen if n not in names]
    if unknown:
        print(f"run_all: unknown benchmark(s) {unknown}; --list shows the names", file=sys.stderr)
        return 2
    if not DATA.is_dir():
        print(f"run_all: {DATA} is missing; the benchmarks read the shared data", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    ok = [_seed(args.out) if n == "seed" else run_one(n, args.out) for n in chosen]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
