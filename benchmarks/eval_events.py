"""PLOVER event quality on the PLOVER gold-standard records (CAMEO-manual sentences).

    python benchmarks/eval_events.py --data ../shared/data/events/plover_gsr_dev.json --json

Each record is one sentence with one gold event: ``event`` (its type), ``source[]`` and ``target[]``
parties whose ``code`` starts with the CAMEO root code (ISO3, IGO, NGO...). The DOCUMENT record is
skipped. Every sentence runs through the newsgraph pipeline; of the events found in it, the
best-matching one (type first, then source, then target) is scored:

* ``type_accuracy``: share of sentences where that event has the gold type; ``top_type_accuracy``:
  the same for the sentence's most confident event only (no credit for over-generation);
* ``macro_f1``: over the gold types, from the (gold, best-matching) type pairs ("NONE" when no event);
* ``source_code_accuracy``: share of sentences with a gold source whose best-matching event has an
  actor with one of the gold root codes; ``target_code_accuracy`` likewise over sentences with a
  well-formed target. Records without a target (null) and with a malformed one (a string where the
  list belongs, or a party without a code) are counted, not scored;
* ``events_per_sentence`` and ``no_event_rate`` show how much is generated.

Speed: ``docs_per_s`` is end to end (parse + all components); ``extract_sentences_per_s`` times the
events extractor alone over the already-parsed docs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "plover_gsr_dev.json"


def _codes(parties: Any) -> tuple[list[str], bool]:
    """(root codes, well-formed) of a gold source/target field."""
    if parties is None:
        return [], True  # no party
    if not isinstance(parties, list):
        return [], False  # a string ("") where a list of parties belongs: malformed
    out = []
    for p in parties:
        code = p.get("code") if isinstance(p, dict) else None
        if not isinstance(code, str) or len(code.strip()) < 3:
            return [], False
        out.append(code.strip()[:3].upper())
    return out, bool(out)


def load_records(path: Path) -> list[dict[str, Any]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in raw if isinstance(r, dict) and r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def _pcodes(parties: list[dict[str, Any]]) -> set[str]:
    return {str(p.get("code") or p.get("country") or "")[:3] for p in parties} - {""}


def _best(events: list[dict[str, Any]], gtype: str, src: list[str], tgt: list[str]) -> dict[str, Any] | None:
    if not events:
        return None

    def score(e: dict[str, Any]) -> tuple[int, int, int, float]:
        return (e["type"] == gtype, bool(_pcodes(e["actors"]) & set(src)), bool(_pcodes(e["targets"]) & set(tgt)),
                e.get("confidence") or 0.0)

    return max(events, key=score)


def evaluate(path: Path, limit: int | None = None, model: str | None = None, half: str = "all") -> dict[str, Any]:
    """``half``: "read" / "unread" keeps the PLOVER records of that half (benchmarks/events_news.py)."""
    from events_news import plover_half

    from newsgraph import nlp as _nlp
    from newsgraph.extract.events import extract_events

    recs = load_records(path)[:limit] if limit else load_records(path)
    if half != "all":
        recs = [r for i, r in enumerate(recs) if plover_half(i) == half]
    nlp = _nlp.load(model)
    texts = [" ".join(r["text"].split()) for r in recs]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    e2e = time.perf_counter() - t0
    comp = nlp.get_pipe("newsgraph_events")
    t1 = time.perf_counter()
    for d in docs:
        extract_events(d, comp.lexicon, comp.base, comp.type_set)
    ext = time.perf_counter() - t1

    n = len(recs)
    type_ok = top_ok = src_ok = src_n = tgt_ok = tgt_n = top_src_ok = top_tgt_ok = 0
    no_target = malformed = no_event = n_events = 0
    pairs: list[tuple[str, str]] = []
    by_type: Counter[str] = Counter()
    by_type_ok: Counter[str] = Counter()
    for r, d in zip(recs, docs, strict=True):
        events = d._.newsgraph_events or []
        n_events += len(events)
        gtype = str(r["event"])
        src, _src_ok = _codes(r.get("source"))
        tgt, tgt_wf = _codes(r.get("target"))
        if not tgt:
            if tgt_wf or r.get("target") == []:
                no_target += 1
            else:
                malformed += 1
        best = _best(events, gtype, src, tgt)
        if best is None:
            no_event += 1
        pred = best["type"] if best else "NONE"
        pairs.append((gtype, pred))
        by_type[gtype] += 1
        if pred == gtype:
            type_ok += 1
            by_type_ok[gtype] += 1
        top = max(events, key=lambda e: e.get("confidence") or 0.0) if events else None
        if top is not None and top["type"] == gtype:
            top_ok += 1
        if src:
            src_n += 1
            src_ok += bool(best and _pcodes(best["actors"]) & set(src))
            top_src_ok += bool(top and _pcodes(top["actors"]) & set(src))
        if tgt:
            tgt_n += 1
            tgt_ok += bool(best and _pcodes(best["targets"]) & set(tgt))
            top_tgt_ok += bool(top and _pcodes(top["targets"]) & set(tgt))
    types = sorted(by_type)
    f1s = []
    for t in types:
        tp = sum(1 for g, p in pairs if g == t and p == t)
        fp = sum(1 for g, p in pairs if g != t and p == t)
        fn = sum(1 for g, p in pairs if g == t and p != t)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    metrics = {
        "type_accuracy": round(type_ok / n, 4) if n else 0.0,
        "top_type_accuracy": round(top_ok / n, 4) if n else 0.0,
        "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
        "source_code_accuracy": round(src_ok / src_n, 4) if src_n else 0.0,
        "target_code_accuracy": round(tgt_ok / tgt_n, 4) if tgt_n else 0.0,
        "top_source_code_accuracy": round(top_src_ok / src_n, 4) if src_n else 0.0,
        "top_target_code_accuracy": round(top_tgt_ok / tgt_n, 4) if tgt_n else 0.0,
        "events_per_sentence": round(n_events / n, 3) if n else 0.0,
        "no_event_rate": round(no_event / n, 4) if n else 0.0,
        "n_scored_sources": float(src_n),
        "n_scored_targets": float(tgt_n),
        "n_no_target": float(no_target),
        "n_malformed_target": float(malformed),
        "extract_sentences_per_s": round(n / ext, 1) if ext else 0.0,
    }
    for t in types:
        metrics[f"type_accuracy_{t}"] = round(by_type_ok[t] / by_type[t], 4)
    return {
        "dataset": path.name if half == "all" else f"{path.name} ({half} half)",
        "n_docs": n,
        "metrics": metrics,
        "docs_per_s": round(n / e2e, 2) if e2e else 0.0,
        "peer": {},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true", help="print one JSON object (the default output too)")
    ap.add_argument("--errors", action="store_true", help="list the sentences whose best event has the wrong type")
    ap.add_argument("--half", choices=["all", "read", "unread"], default="all",
                    help="PLOVER records of one half only (errors are listed for the read half only)")
    ap.add_argument("--news", choices=["tune", "check", "all", "fresh"], default=None,
                    help="score the real-report gold (benchmarks/gold/events_news.jsonl) instead, on this half; "
                         "fresh: round 6's fresh check set (benchmarks/gold/events_fresh.jsonl)")
    ap.add_argument("--min-confidence", type=float, default=None, help="threshold for --news (default: the default)")
    ap.add_argument("--curve", action="store_true", help="with --news: precision/recall at several thresholds")
    args = ap.parse_args(argv)
    if args.news:
        from eval_events_news import evaluate as evaluate_news

        print(json.dumps(evaluate_news(args.news, args.min_confidence, curve=args.curve)))
        return 0
    if not args.data.exists():
        print(f"error: {args.data}: no such file", file=sys.stderr)
        return 1
    if args.errors:
        _errors(args.data, args.limit, args.model, "read" if args.half == "all" else args.half)
        return 0
    print(json.dumps(evaluate(args.data, args.limit, args.model, args.half)))
    return 0


def _errors(path: Path, limit: int | None, model: str | None, half: str) -> None:
    from events_news import plover_half

    from newsgraph import nlp as _nlp

    nlp = _nlp.load(model)
    recs = load_records(path)[:limit] if limit else load_records(path)
    for r in [r for i, r in enumerate(recs) if plover_half(i) == half]:
        d = nlp(" ".join(r["text"].split()))
        src, _ = _codes(r.get("source"))
        tgt, _ = _codes(r.get("target"))
        best = _best(d._.newsgraph_events or [], r["event"], src, tgt)
        ok_t = best is not None and best["type"] == r["event"]
        ok_s = best is not None and bool(_pcodes(best["actors"]) & set(src))
        if not (ok_t and ok_s):
            got = (best["type"], sorted(_pcodes(best["actors"])), sorted(_pcodes(best["targets"]))) if best else None
            print(f"{'T' if ok_t else '-'}{'S' if ok_s else '-'} gold {r['event']} {src}->{tgt} got {got} | {r['text'][:140]}")


if __name__ == "__main__":
    sys.exit(main())
