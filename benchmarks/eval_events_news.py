"""Event precision and recall on real reports (``benchmarks/gold/events_news.jsonl``), tune and check apart.

    python benchmarks/eval_events_news.py --json [--split check] [--min-confidence X] [--curve]

``--split fresh`` scores round 6's fresh check set instead (``gold/events_fresh.jsonl``, 16 BBC reports).

A predicted event (confidence at or above the threshold) matches an unmatched gold event of the same type
whose sentence holds the predicted trigger; precision = matched / predicted, recall = matched / gold.
Actor and target are scored apart, on matched events whose gold party is named: a predicted party matches
when its name shares a content word with the gold name, or both name the same country.
``events_per_article`` and ``events_per_sentence`` (over the sentences the gold spans) show the volume.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_news import select_articles, select_fresh  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "events_news.jsonl"
#: round 6's fresh check set (16 BBC reports, ``--split fresh``), annotated before the extractor ran on them
FRESH = Path(__file__).resolve().parent / "gold" / "events_fresh.jsonl"
_STOP = frozenset({"the", "mr", "mrs", "ms", "president", "sen", "senator", "u.s", "of", "and", "former", "secretary",
                   "minister", "prime", "leader", "chief", "gen", "general", "state", "states", "its", "his", "her"})


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z\-]+", name.lower()) if len(w) > 2 and w not in _STOP}


def party_match(gold: str, parties: list[dict[str, Any]], lex: Any) -> bool:
    """The gold name and one predicted party name share a content word, or name the same country."""
    gw = _words(gold)
    giso = lex.country_of(gold) or lex.demonym_of(gold) or next(
        (lex.demonym_of(w) or lex.country_of(w) for w in gold.split() if lex.demonym_of(w) or lex.country_of(w)), None)
    for p in parties:
        if gw & _words(str(p.get("name") or "")):
            return True
        if giso and giso in {p.get("code"), p.get("country")} and not gw - _words(gold):
            return True
        if giso and giso == p.get("code") and (lex.country_of(gold) or lex.demonym_of(gold)):
            return True
    return False


def extract_records(arts: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    from newsgraph import pipeline

    items = [{"text": a["text"], "title": a.get("title"), "published": a.get("date"), "url": a.get("url"),
              "source": a.get("source")} for a in arts]
    t0 = time.perf_counter()
    recs = [json.loads(r.model_dump_json()) for r in pipeline.extract_many(items)]
    return recs, time.perf_counter() - t0


def gold_type(event: dict[str, Any]) -> str:
    """The guidelines' type of a predicted event: the fine set's DISAPPROVE with mode "allege" (the PLOVER
    gold records' convention for accusations) is the guidelines' ACCUSE."""
    if event["type"] == "DISAPPROVE" and event.get("mode") == "allege":
        return "ACCUSE"
    return str(event["type"])


def score(gold_rows: list[dict[str, Any]], recs: list[dict[str, Any]], threshold: float) -> dict[str, Any]:
    from newsgraph.lexicon import load_lexicon

    lex = load_lexicon()
    n_gold = n_pred = n_match = 0
    act_ok = act_n = tgt_ok = tgt_n = 0
    sents: set[tuple[str, int]] = set()
    for g, r in zip(gold_rows, recs, strict=True):
        preds = [e for e in r.get("events") or [] if (e.get("confidence") or 0.0) >= threshold]
        golds = list(g["events"])
        used = [False] * len(golds)
        n_gold += len(golds)
        n_pred += len(preds)
        for ge in golds:
            sents.add((g["id"], ge["sent_start"]))
        for e in preds:
            t = e.get("trigger_start") if e.get("trigger_start") is not None else e["start"]
            for i, ge in enumerate(golds):
                if used[i] or ge["type"] != gold_type(e) or not (ge["sent_start"] <= t < ge["sent_end"]):
                    continue
                used[i] = True
                n_match += 1
                if ge.get("actor"):
                    act_n += 1
                    act_ok += party_match(ge["actor"], e.get("actors") or [], lex)
                if ge.get("target"):
                    tgt_n += 1
                    tgt_ok += party_match(ge["target"], e.get("targets") or [], lex)
                break
    n_art = len(gold_rows)
    return {
        "precision": round(n_match / n_pred, 4) if n_pred else 0.0,
        "recall": round(n_match / n_gold, 4) if n_gold else 0.0,
        "actor_accuracy": round(act_ok / act_n, 4) if act_n else 0.0,
        "target_accuracy": round(tgt_ok / tgt_n, 4) if tgt_n else 0.0,
        "n_gold": n_gold, "n_predicted": n_pred, "n_matched": n_match, "n_actor_scored": act_n,
        "n_target_scored": tgt_n,
        "events_per_article": round(n_pred / n_art, 2) if n_art else 0.0,
        "gold_events_per_article": round(n_gold / n_art, 2) if n_art else 0.0,
    }


#: thresholds of the precision/recall curve (``--curve``): one extraction, scored at each
CURVE = (0.0, 0.35, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def evaluate(split: str = "check", threshold: float | None = None, gold_path: Path = GOLD,
             curve: bool = False) -> dict[str, Any]:
    from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

    thr = DEFAULT_MIN_CONFIDENCE if threshold is None else threshold
    if split == "fresh":
        gold_path = FRESH
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = select_fresh() if split == "fresh" else select_articles()
    pairs = [(g, a) for g, a in zip(gold, arts, strict=True) if split in ("all", g["split"])]
    for g, a in pairs:
        if g["id"] != a["id"]:
            raise SystemExit(f"gold line {g['id']} is not the selected article {a['id']}")
    recs, secs = extract_records([a for _g, a in pairs])
    golds = [g for g, _a in pairs]
    metrics: dict[str, Any] = {"threshold": thr, **score(golds, recs, thr)}
    if curve:
        metrics["curve"] = {str(t): {k: v for k, v in score(golds, recs, t).items()
                                     if k in {"precision", "recall", "n_predicted", "n_matched"}} for t in CURVE}
    return {
        "dataset": f"{gold_path.name} ({split} half)",
        "n_docs": len(pairs),
        "metrics": metrics,
        "docs_per_s": round(len(pairs) / secs, 2) if secs else 0.0,
        "peer": {},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=GOLD)
    ap.add_argument("--split", choices=["tune", "check", "all", "fresh"], default="check")
    ap.add_argument("--min-confidence", type=float, default=None)
    ap.add_argument("--json", action="store_true", help="print one JSON object (the default output too)")
    ap.add_argument("--curve", action="store_true", help="also precision/recall at the CURVE thresholds")
    args = ap.parse_args(argv)
    print(json.dumps(evaluate(args.split, args.min_confidence, args.data, args.curve)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
