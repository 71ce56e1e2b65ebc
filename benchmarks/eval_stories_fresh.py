"""Story clustering on a FRESH hand-grouped set (benchmarks/gold/stories_r6.jsonl and stories_r7.jsonl, guidelines
in their .md files): AllSides reports chosen by a fixed rule and grouped by hand before any system ran on them.

    python benchmarks/eval_stories_fresh.py --records DIR --json          # DIR/allsides_fresh.jsonl + .ids.tsv
    python benchmarks/eval_stories_fresh.py --select                      # print the rule's ids (no system run)
    python benchmarks/eval_stories_fresh.py --records DIR --params A.tsv --json   # a second setting, same run
    python benchmarks/eval_stories_fresh.py --set r7 --records DIR --json  # round 7's set (DIR/allsides_r7.jsonl)
    python benchmarks/eval_stories_fresh.py --set r19 --records DIR --json # round 19 busy weeks (allsides_r19)

The rule (``select``): lines 1001-5000 of allsides_world_conflict_dev (lines 1-1000 were mixed into earlier
story runs), dated reports only; days with at least ``MIN_PER_DAY`` of them, ordered by sha1 of ``SALT + day``;
the first ``N_DAYS``; every dated report of those lines published within ``RADIUS`` days of a chosen day.
Round 7's rule (``--set r7``) is the same on lines 1001-4000 with its own salt, leaving out days within
``AVOID_DAYS`` of a report of round 6's set (so no report and no story window is shared); lines 4001-5000 are
kept for independent reviews. Round 19's busy-week set (``--set r19``, a TUNE set; rule in ``select_weeks`` and
benchmarks/gold/stories_r19.md): whole ISO weeks, busiest first, of lines 1001-5000 less the round-19 unseen pool,
off every r6 and r7 window, until 120 reports.

All 120 reports are stored alone in a fresh base (every stored article is labelled, so B-cubed needs no
distractor rule) in file order, and again shuffled (the partition must not change). B-cubed P/R/F1 over all
of them at the ``story`` level (the issue's: one happening) and the coarser ``episode`` level. Peers in the
same run: date-only single link within 3 days, and TF-IDF single link on title + 60 words at a FIXED cosine
threshold (``--tfidf-threshold``, default 0.25: the value eval_stories.py learned on the BASIL tune half this
round; nothing is learned on this set).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_stories as E  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")) / "data" / "news" / "allsides_world_conflict_dev.jsonl.gz"
GOLD = ROOT / "benchmarks" / "gold" / "stories_r6.jsonl"
FIRST_LINE, MIN_PER_DAY, N_DAYS, RADIUS, SALT = 1000, 4, 12, 1, "stories-r6:"
AVOID_DAYS = 3
#: set name -> (last line read (None: all), salt, gold file, records file name, the earlier set whose days it avoids)
SETS: dict[str, tuple[int | None, str, Path, str, str | None]] = {
    "r6": (None, SALT, GOLD, "allsides_fresh", None),
    "r7": (4000, "stories-r7:", ROOT / "benchmarks" / "gold" / "stories_r7.jsonl", "allsides_r7", "r6"),
    # r19 avoids the days of both r6 and r7: its own selection reads both sets (``select`` gives it None here)
    "r19": (5000, "stories-r19:", ROOT / "benchmarks" / "gold" / "stories_r19.jsonl", "allsides_r19", None),
}
#: round 19's busy-week set: 1-based lines left out (the round-19 unseen pool), and the least number of reports
R19_SKIP, R19_MIN = (3400, 3609), 120


def select(path: Path = DATA, name: str = "r6") -> list[dict[str, Any]]:
    """The rows the rule of set ``name`` picks, in file order."""
    if name == "r19":
        return select_weeks(path)
    last, salt, _gold, _recs, avoid = SETS[name]
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for i, line in enumerate(fh)
                if i >= FIRST_LINE and (last is None or i < last) and line.strip()]
    dated = [r for r in rows if r.get("date")]
    taken = [dt.date.fromisoformat(r["date"]) for r in select(path, avoid)] if avoid else []
    per_day = Counter(r["date"] for r in dated)

    def free(day: str) -> bool:
        d = dt.date.fromisoformat(day)
        return not any(abs((d - x).days) <= AVOID_DAYS for x in taken)

    days = sorted((d for d, n in per_day.items() if n >= MIN_PER_DAY and free(d)),
                  key=lambda d: hashlib.sha1((salt + d).encode()).hexdigest())[:N_DAYS]
    chosen = [dt.date.fromisoformat(d) for d in days]
    return [r for r in dated if any(abs((dt.date.fromisoformat(r["date"]) - c).days) <= RADIUS for c in chosen)]


def select_weeks(path: Path = DATA) -> list[dict[str, Any]]:
    """Round 19's rule (benchmarks/gold/stories_r19.md): whole ISO weeks, busiest first, of the dated reports of
    lines 1001-5000 (less R19_SKIP) lying more than AVOID_DAYS from every report of r6 and r7, until R19_MIN."""
    taken = [dt.date.fromisoformat(r["date"]) for n in ("r6", "r7") for r in select(path, n)]
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for i, line in enumerate(fh, 1) if FIRST_LINE < i <= SETS["r19"][0]
                and not R19_SKIP[0] <= i <= R19_SKIP[1] and line.strip()]
    free = [r for r in rows if r.get("date")
            and all(abs((dt.date.fromisoformat(r["date"]) - x).days) > AVOID_DAYS for x in taken)]
    week = {r["id"]: "{}-{}".format(*dt.date.fromisoformat(r["date"]).isocalendar()[:2]) for r in free}
    per_week = Counter(week.values())
    chosen: set[str] = set()
    for w in sorted(per_week, key=lambda w: (-per_week[w], hashlib.sha1((SETS["r19"][1] + w).encode()).hexdigest())):
        if sum(per_week[c] for c in chosen) >= R19_MIN:
            break
        chosen.add(w)
    return [r for r in free if week[r["id"]] in chosen]


def read_params(path: Path) -> Any:
    """Story settings from a TSV like data/story_params.tsv (defaults of the current file for missing keys)."""
    from newsgraph.kb import storyfeatures as sf

    base = sf.params().__dict__
    kw = dict(base)
    for line in path.read_text(encoding="utf-8").splitlines():
        k, _, v = line.strip().partition("\t")
        if k in base and not k.startswith("#"):
            kw[k] = type(base[k])(v)
    return sf.Params(**kw)


def score(recs: list[Any], gold: dict[str, dict[str, str]], p: Any, work: Path, name: str) -> dict[str, Any]:
    """Store ``recs`` with settings ``p`` (None: the shipped ones) in file order and shuffled; B-cubed."""
    clusters, secs = E.store_base(recs, str(work / f"{name}.db"), p)
    shuffled = recs[:]
    random.Random(20).shuffle(shuffled)
    again, _ = E.store_base(shuffled, str(work / f"{name}_shuffled.db"), p)
    return {**_levels(clusters, gold), "stories_found": len(set(clusters.values())),
            "same_partition_shuffled": E.same_partition(clusters, again), "docs_per_s": round(len(recs) / secs, 1)}


def _levels(clusters: dict[str, Any], gold: dict[str, dict[str, str]]) -> dict[str, Any]:
    out = {}
    for level in ("story", "episode"):
        g = {aid: lab[level] for aid, lab in gold.items()}
        out[level] = E.bcubed(clusters, g, set(g.values()))
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    name = getattr(args, "set", "r6")
    gold_path = Path(args.gold or SETS[name][2])
    rows = select(Path(args.data), name)
    labels = {d["id"]: d for d in E.read_jsonl(gold_path)}
    if {r["id"] for r in rows} != set(labels):
        raise SystemExit("the selection rule and the gold file disagree: regenerate neither by hand")
    recs_by_input = E.load_records(rows, SETS[name][3], args.records)
    recs = list({recs_by_input[r["id"]].id: recs_by_input[r["id"]] for r in rows if r["id"] in recs_by_input}.values())
    gold = {recs_by_input[i].id: labels[i] for i in labels if i in recs_by_input}
    work = Path(tempfile.mkdtemp(prefix="ng-stories-fresh-"))
    out: dict[str, Any] = {"dataset": f"{gold_path.name} ({Path(args.data).name}, rule in eval_stories_fresh.py)",
                           "n_docs": len(recs), "stories": len({g["story"] for g in gold.values()}),
                           "episodes": len({g["episode"] for g in gold.values()}),
                           "split": "all reports are check (nothing is tuned on this set)",
                           "metrics": {"shipped": score(recs, gold, None, work, "shipped")}}
    if args.params:
        out["metrics"][Path(args.params).stem] = score(recs, gold, read_params(Path(args.params)), work, "other")
    items = [(r.id, r.published) for r in recs]
    pairs = E.tfidf_pairs([E.lead_text(r) for r in recs])
    comp = E.components(len(recs), [(i, j) for i, j, v in pairs if v >= args.tfidf_threshold])
    out["peer"] = {"date_single_link_3d": _levels(E.date_peer(items, 3), gold),
                   "tfidf_single_link_title_lead60": {"threshold": args.tfidf_threshold,
                                                      **_levels({r.id: comp[k] for k, r in enumerate(recs)}, gold)}}
    out["docs_per_s"] = out["metrics"]["shipped"]["docs_per_s"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--set", default="r6", choices=sorted(SETS), help="which fresh set (rule and gold)")
    ap.add_argument("--gold", default=None, help="the gold file (default: the set's)")
    ap.add_argument("--records", type=Path, default=None,
                    help="folder with allsides_fresh.jsonl (r6) or allsides_r7.jsonl (r7) and its .ids.tsv")
    ap.add_argument("--params", default=None, help="a second settings TSV scored in the same run")
    ap.add_argument("--tfidf-threshold", type=float, default=0.25)
    ap.add_argument("--select", action="store_true", help="print the rule's ids and dates, run nothing")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.select:
        for r in select(Path(args.data), args.set):
            print(r["id"], r["date"], sep="\t")
        return 0
    res = run(args)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for name, m in res["metrics"].items():
            print(f"{name}: story F1 {m['story']['f1']:.3f}, episode F1 {m['episode']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
