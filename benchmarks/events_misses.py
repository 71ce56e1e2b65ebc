"""Why the extractor misses gold events of the real-report gold's TUNE half: each gold event in one class.

    python benchmarks/events_misses.py [--list CLASS] [--min-confidence X]

Classes, by the scorer's rule (a predicted event matches an unmatched gold event of the same type whose
sentence holds its trigger; ``eval_events_news.score``): ``shown`` (matched at the threshold), ``below`` (a
candidate of the gold type in the sentence, under the threshold), ``other`` (candidates in the sentence, none of
the gold type), ``none`` (no candidate in the sentence). ``--list CLASS`` prints each such gold event with its
sentence and the sentence's candidates (type, confidence, modality, parties): material for reading. Only the tune
half is read here; the check half is never listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_events_news import GOLD, extract_records, gold_type  # noqa: E402
from events_news import select_articles  # noqa: E402

CLASSES = ("shown", "below", "other", "none")


def _at(e: dict[str, Any]) -> int:
    return int(e["trigger_start"] if e.get("trigger_start") is not None else e["start"])


def classify(gold: dict[str, Any], rec: dict[str, Any], threshold: float) -> list[tuple[dict[str, Any], str]]:
    """(gold event, class) for each gold event of one article."""
    events = rec.get("events") or []
    golds = gold["events"]
    used = [False] * len(golds)
    for e in (e for e in events if (e.get("confidence") or 0.0) >= threshold):
        for i, ge in enumerate(golds):
            if not used[i] and ge["type"] == gold_type(e) and ge["sent_start"] <= _at(e) < ge["sent_end"]:
                used[i] = True
                break
    out = []
    for i, ge in enumerate(golds):
        inside = [e for e in events if ge["sent_start"] <= _at(e) < ge["sent_end"]]
        if used[i]:
            cls = "shown"
        elif any(gold_type(e) == ge["type"] for e in inside):
            cls = "below"
        else:
            cls = "other" if inside else "none"
        out.append((ge, cls))
    return out


def _show(ge: dict[str, Any], text: str, rec: dict[str, Any], cls: str, art: str) -> None:
    print(f"[{cls}] {art} {ge['type']} trigger={ge['trigger']!r} actor={ge.get('actor')} target={ge.get('target')} "
          f"modality={ge.get('modality')}")
    print("   ", " ".join(text[ge["sent_start"]:ge["sent_end"]].split())[:400])
    for e in rec.get("events") or []:
        if ge["sent_start"] <= _at(e) < ge["sent_end"]:
            names = [p["name"] for p in e.get("actors") or []], [p["name"] for p in e.get("targets") or []]
            print(f"    candidate {gold_type(e)} {e.get('confidence')} {e.get('modality')} "
                  f"{text[_at(e):e.get('trigger_end') or _at(e)]!r} {names[0]} -> {names[1]}")


def main(argv: list[str] | None = None) -> int:
    from newsgraph.extract.events import DEFAULT_MIN_CONFIDENCE

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", choices=CLASSES, default=None, help="print the gold events of this class")
    ap.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    args = ap.parse_args(argv)
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    pairs = [(g, a) for g, a in zip(gold, select_articles(), strict=True) if g["split"] == "tune"]
    recs, _secs = extract_records([a for _g, a in pairs])
    counts: Counter[str] = Counter()
    for (g, a), rec in zip(pairs, recs, strict=True):
        for ge, cls in classify(g, rec, args.min_confidence):
            counts[cls] += 1
            if cls == args.list:
                _show(ge, a["text"], rec, cls, g["id"])
    print(json.dumps({"threshold": args.min_confidence, **{c: counts[c] for c in CLASSES}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
