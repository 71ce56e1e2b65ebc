"""Measures and conflicts over a base of stored records: series share, number of series, conflicts, and a fixed
sample of conflicts to judge by hand.

    python benchmarks/eval_measures.py --data /work/cache/records/allsides1000.jsonl --json \\
        --sample 30 --sample-out /tmp/conflicts_sample.json

``--data`` holds ready records (one Article JSON per line, extracted by any version); they are stored in a fresh
SQLite base with ``newsgraph.kb.store_articles`` (no NLP: every measure key and point is derived from the
records by the code under test, as ``newsgraph rebuild`` does). Metrics:

- ``points``: measure points stored; ``points_in_series``: points of the keys the base lists as series (its
  ``measures`` rows with an object and an owner or a location: what the knowledge base lists, charts and
  compares); ``series_share`` their share;
- ``series``: keys with at least one point that are series; ``keys``: all keys with points;
- ``conflicts``: pairs ``newsgraph conflicts`` reports with its default tolerance and hedge;
- the sample: ``--sample`` conflicts drawn with ``random.Random(SEED)`` (``--seed``, default 17) from the list
  in its order, each with both evidences, written to ``--sample-out`` for judging (the judgements go in
  BENCHMARKS.md). A new seed gives a sample no rule was written from.
- ``--ids LINES.ids.tsv ... --check-from N --part tune|check``: split the conflicts by where their reports come
  from, as round 7 did: each ``.ids.tsv`` maps a source line to its record id (``line<TAB>source id<TAB>record
  id``; a two-column file, ``source id<TAB>record id``, lists lines 1, 2, ... in order); a conflict is *tune* when both its reports sit on lines before N, *check* when one of them sits on N or
  later (or on no listed line). The sample is drawn from the part named; the metrics count both parts
  (``conflicts_tune``, ``conflicts_check``).
- ``--exclude JUDGED ...``: conflicts judged in earlier rounds are left out of the draw (never out of the
  metrics), so that a new seed draws pairs no one has judged. Each file is either a sample this script wrote
  (``--sample-out``, a JSON list) or a tab-separated list, one conflict a line: ``measure<TAB>article id<TAB>value
  <TAB>article id<TAB>value`` (more columns, e.g. the verdict, are ignored; ``#`` starts a comment). A conflict is
  the same whichever side comes first. ``draw_pool`` and ``excluded_from_draw`` count the part's conflicts drawn
  from and left out. The judged files stay outside the repository (they are judgements, not code).
- ``--stored``: the ``--db`` file already holds these records, stored by the same code (an earlier run of this
  script with ``--db``): they are not stored again, so a redraw over a 5,000-record base costs the conflicts
  only; ``docs_per_s`` is then null. Never pass it for a base stored by another version (its keys and points
  are that version's).

The script only uses functions that exist in every version (``store_articles``, ``conflicts``), so the same
command run with an older checkout on ``PYTHONPATH`` gives the "before" figures. There is no outside peer that
builds series across reports: ``peer`` is empty.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _side(p: Any) -> dict[str, Any]:
    keys = ("article_id", "role", "value", "approx", "time", "day", "published", "evidence")
    return {k: getattr(p, k, None) for k in keys}


def _lines(ids: list[Path]) -> dict[str, int]:
    """Record id -> source line, from ``.ids.tsv`` files (rows whose record id is an error are skipped)."""
    out: dict[str, int] = {}
    for path in ids:
        for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            cols = row.split("\t")
            line, rec = (int(cols[0]), cols[2]) if len(cols) >= 3 else (n, cols[-1])
            if not rec.startswith("ERROR"):
                out[rec] = line
    return out


def conflict_key(measure: str, a_id: str, a_value: float, b_id: str, b_value: float) -> str:
    """One conflict's identity, whichever side comes first: its series and both (report, value) sides."""
    sides = sorted([(str(a_id), float(a_value)), (str(b_id), float(b_value))])
    return "\t".join([measure] + [f"{i}\t{v!r}" for i, v in sides])


def _key_of(c: Any) -> str:
    """:func:`conflict_key` of a found conflict (points) or of a written one (the dicts of ``--sample-out``)."""
    if isinstance(c, dict):
        return conflict_key(c["measure"], c["a"]["article_id"], c["a"]["value"], c["b"]["article_id"], c["b"]["value"])
    return conflict_key(c.measure, c.a.article_id, c.a.value, c.b.article_id, c.b.value)


def _judged(paths: list[Path]) -> set[str]:
    """The keys of the conflicts listed in ``--exclude`` files (a ``--sample-out`` JSON, or tab-separated)."""
    out: set[str] = set()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if text.lstrip().startswith("["):
            out.update(_key_of(c) for c in json.loads(text))
            continue
        for row in text.splitlines():
            cols = row.split("\t")
            if row.startswith("#") or len(cols) < 5:
                continue
            out.add(conflict_key(cols[0], cols[1], float(cols[2]), cols[3], float(cols[4])))
    return out


def _part(c: Any, lines: dict[str, int], check_from: int) -> str:
    """"tune" when both reports of a conflict sit on lines before ``check_from``, else "check"."""
    both = [lines.get(c.a.article_id), lines.get(c.b.article_id)]
    return "tune" if all(n is not None and n < check_from for n in both) else "check"


def evaluate(data: Path, db: Path, sample: int, sample_out: Path | None, seed: int = 17, *,
             ids: list[Path] | None = None, check_from: int = 0, part: str | None = None,
             exclude: list[Path] | None = None, stored: bool = False) -> dict[str, Any]:
    import sqlalchemy as sa

    from newsgraph import kb
    from newsgraph.record import Article
    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    recs = [Article.model_validate_json(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = _lines(ids or [])
    store = open_store(f"sqlite:///{db}")
    try:
        t0 = time.perf_counter()
        if not stored:
            kb.store_articles(recs, db=store)
        secs = time.perf_counter() - t0
        with store.connect() as conn:
            rows = conn.execute(sa.select(t.points.c.measure, sa.func.count()).group_by(t.points.c.measure)).all()
            # what the base lists: its measures rows with an object and an owner or a location (since round 22 a
            # key that counts only who, "americans:USA:-", is stored with object "-"); an older version's rows
            # give its own rule, so one command measures both sides
            m = t.measures
            listed = set(conn.execute(sa.select(m.c.key).where(
                m.c.object != "-", sa.or_(m.c.owner != "-", m.c.location != "-"))).scalars())
        found = kb.conflicts(db=store)
    finally:
        store.close()
    points = sum(n for _k, n in rows)
    in_series = sum(n for k, n in rows if k in listed)
    metrics = {"points": points, "points_in_series": in_series, "series_share": round(in_series / points, 4) if points else 0.0,
               "keys": len(rows), "series": sum(1 for k, _n in rows if k in listed), "conflicts": len(found),
               "conflicts_in_keyless_keys": sum(1 for c in found if c.measure not in listed)}
    parts = [_part(c, lines, check_from) for c in found] if lines else []
    if lines:
        metrics |= {"conflicts_tune": parts.count("tune"), "conflicts_check": parts.count("check")}
    if sample_out is not None:
        pool = [i for i in range(len(found)) if not part or not lines or parts[i] == part]
        if exclude:
            judged = _judged(exclude)
            kept = [i for i in pool if _key_of(found[i]) not in judged]
            metrics |= {"draw_pool": len(kept), "excluded_from_draw": len(pool) - len(kept)}
            pool = kept
        picked = sorted(random.Random(seed).sample(pool, min(sample, len(pool))))
        out = []
        for i in picked:
            c = found[i]
            side = {"a": _side(c.a) | {"line": lines.get(c.a.article_id)}, "b": _side(c.b) | {"line": lines.get(c.b.article_id)}}
            out.append({"n": i, "measure": c.measure, "reason": c.reason} | side)
        sample_out.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    return {"dataset": data.name, "n_docs": len(recs), "metrics": metrics, "docs_per_s": None if stored else round(len(recs) / secs, 2),
            "peer": {}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="records, one Article JSON per line")
    ap.add_argument("--db", type=Path, default=None, help="SQLite file to build (default: a temporary one)")
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--sample-out", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=17, help="seed of the drawn sample (default 17)")
    ap.add_argument("--ids", type=Path, nargs="*", default=[], help=".ids.tsv files: source line -> record id")
    ap.add_argument("--check-from", type=int, default=0, help="first source line of the check part")
    ap.add_argument("--part", choices=("tune", "check"), default=None, help="draw the sample from this part only")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="files of conflicts judged before (a --sample-out JSON or measure/id/value/id/value TSV): "
                         "left out of the draw")
    ap.add_argument("--stored", action="store_true",
                    help="--db already holds these records, stored by this code: do not store them again")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        res = evaluate(args.data, args.db or Path(tmp) / "measures.db", args.sample, args.sample_out, args.seed,
                       ids=args.ids, check_from=args.check_from, part=args.part, exclude=args.exclude,
                       stored=args.stored)
    print(json.dumps(res) if args.json else json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
