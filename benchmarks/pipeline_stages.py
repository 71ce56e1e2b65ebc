"""CPU per pipeline stage: newsgraph's pipeline against raw spaCy's default pipeline of the same model.

    python benchmarks/pipeline_stages.py --n 40 --rounds 2 --json

Each stage runs over all N articles before the next (the Docs are kept between stages), so each stage's
CPU is its own: language detection, tokenizing, every spaCy component, each newsgraph component, building
and validating the record, the person repair. Raw spaCy (``spacy.load`` of the same model, nothing added)
and newsgraph alternate ``--rounds`` times in one process, so the load of the moment weighs on both; the
shares say where newsgraph's extra time per article goes (the absolute times move with the load). One
process, ``n_process=1``: the parent's storing and the start-up are not in these figures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import load_articles  # noqa: E402


def stages(nlp: Any, items: list[Any], newsgraph: bool) -> dict[str, float]:
    """CPU seconds of each stage over all ``items``."""
    from newsgraph.pipeline import _make_doc, _record_from_doc, _whole, detect_language

    acc: dict[str, float] = {}

    def lap(name: str, c0: float) -> float:
        acc[name] = time.process_time() - c0
        return time.process_time()

    c = time.process_time()
    if newsgraph:
        for it in items:
            detect_language(it.text)
        c = lap("language", c)
        docs = [_make_doc(nlp, it) for it in items]
    else:
        docs = [nlp.make_doc(it.text) for it in items]
    c = lap("tokenizer", c)
    for name, proc in nlp.pipeline:
        docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        c = lap(name, c)
    if newsgraph:
        recs = [_record_from_doc(d, it) for d, it in zip(docs, items, strict=True)]
        c = lap("record (build, validate)", c)
        for r in recs:
            _whole(r)
        lap("person repair", c)
    return acc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/news/allsides_world_conflict_dev.jsonl.gz"))
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    import spacy

    from newsgraph import nlp as ng_nlp
    from newsgraph.record import Item

    arts = load_articles(args.data, args.n)
    items = [Item(text=a["text"], title=a.get("title"), published=a.get("date"), url=a.get("url")) for a in arts]
    ours = ng_nlp.load(args.model)
    raw = spacy.load(ng_nlp.resolve_model(args.model))
    stages(ours, items[:2], True)  # lazy tables and lexicons built outside the timers
    stages(raw, items[:2], False)
    tot: dict[str, Counter[str]] = {"spacy": Counter(), "newsgraph": Counter()}
    for _ in range(args.rounds):
        tot["spacy"].update(stages(raw, items, False))
        tot["newsgraph"].update(stages(ours, items, True))
    per = {k: {s: round(v / args.rounds / len(items) * 1000, 2) for s, v in c.items()} for k, c in tot.items()}
    sums = {k: round(sum(v.values()), 1) for k, v in per.items()}
    res = {"dataset": str(args.data), "n_docs": len(items), "rounds": args.rounds,
           "metrics": {"ms_per_article": per, "total_ms_per_article": sums,
                       "ratio_cpu": round(sums["spacy"] / sums["newsgraph"], 3)},
           "docs_per_s": round(1000 / sums["newsgraph"], 2), "peer": {"spacy_docs_per_s": round(1000 / sums["spacy"], 2)},
           "load_avg_1m": os.getloadavg()[0]}
    print(json.dumps(res) if args.json else json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
