"""Review kit: extract real reports with a tree's code, print their facts for reading, diff two runs.

    python scripts/review/facts.py extract IN.jsonl OUT.jsonl   # records (every event kept, with confidence)
    python scripts/review/facts.py view OUT.jsonl [--id ID]     # one line per fact, with its sentence
    python scripts/review/facts.py diff A.jsonl B.jsonl         # facts only in A (-) or only in B (+), per report

Run with ``PYTHONPATH=<tree>/src`` to use a worktree's code. A fact's line is what a reviewer judges, so two
runs differ exactly where a reviewer's verdict could change.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_SENT_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])|\n+")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end) by a plain boundary rule (for reading, not for scoring)."""
    left = max((m.end() for m in _SENT_END.finditer(text, 0, start)), default=0)
    m = _SENT_END.search(text, end)
    right = m.start() if m else len(text)
    return " ".join(text[left:right].split())[:400]


def _parties(parties: list[dict]) -> str:
    return ", ".join(f"{p['name']}({p.get('code') or p.get('country') or '-'})" for p in parties) or "-"


def fact_lines(rec: dict[str, Any], floor: float) -> Iterator[tuple[str, str]]:
    """(key, line) per fact: the key ignores offsets' neighbours so a diff pairs the same fact."""
    text = rec["text"]
    names = {e["id"]: e["name"] for e in rec.get("entities", [])}
    for ev in rec.get("events", []):
        conf = ev.get("confidence") or 0.0
        trig = text[ev["trigger_start"]:ev["trigger_end"]] if ev.get("trigger_start") is not None else ""
        core = (f"EV {'shown' if conf >= floor else 'hidden'} {ev['type']}/{ev.get('mode')} [{ev.get('modality')}]"
                f" {_parties(ev.get('actors', []))} -> {_parties(ev.get('targets', []))} trigger='{trig}'")
        yield core, f"{core} conf={conf:.2f} | {_sentence(text, ev['start'], ev['end'])}"
    for q in rec.get("quotes", []):
        spk = q.get("speaker_name") or names.get(q.get("speaker") or "", None) or "-"
        core = f"Q {q['kind']}/{q.get('modality')} speaker={spk} '{' '.join(q['text'].split())[:160]}'"
        yield core, f"{core} cue={q.get('cue')}"
    for a in rec.get("amounts", []):
        core = (f"A '{a['text']}' {a['value']} {a.get('dimension') or a['kind']} obj={a.get('object')}"
                f" owner={a.get('owner')} loc={a.get('location')} time={a.get('time')} change={a.get('change')}")
        yield core, f"{core} | {_sentence(text, a['start'], a['end'])}"
    for c in rec.get("changes", []):
        core = (f"C {c.get('object')} {c.get('direction')} {c.get('from_value')}@{c.get('from_time')} -> "
                f"{c.get('to_value')}@{c.get('time')} verb={c.get('verb')}")
        yield core, core
    for t in rec.get("times", []):
        core = f"T '{t['text']}' {t['type']} {t.get('value')} mod={t.get('mod')}"
        yield f"{core}@{t['start']}", f"{core} | {_sentence(text, t['start'], t['end'])}"
    for p in rec.get("places", []):
        core = f"P {p['name']} {p.get('country')}/{p.get('admin1')} {p.get('feature')} pop={p.get('population')}"
        yield core, f"{core} x{len(p.get('mentions', []))}"


def _read(path: Path) -> dict[str, dict]:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            out[rec.get("ref") or rec["id"]] = rec
    return out


def cmd_extract(src: Path, dst: Path) -> None:
    from newsgraph.pipeline import extract_many

    rows = [json.loads(line) for line in src.open(encoding="utf-8")]
    items = [{"text": r["text"], "title": r.get("title"), "published": r.get("date") or None,
              "url": r.get("url"), "source": r.get("source")} for r in rows]
    with dst.open("w", encoding="utf-8") as fh:
        for row, rec in zip(rows, extract_many(items), strict=True):
            data = json.loads(rec.model_dump_json())
            data["ref"] = row["id"]
            data["rank"] = row.get("rank")
            fh.write(json.dumps(data) + "\n")


def cmd_view(path: Path, only: str | None, floor: float) -> None:
    for ref, rec in _read(path).items():
        if only and ref != only:
            continue
        print(f"\n## {ref} rank {rec.get('rank')} | {rec.get('published')} | {rec.get('source')} | {rec.get('title')}")
        for _key, line in fact_lines(rec, floor):
            print(line)


def cmd_diff(a: Path, b: Path, floor: float) -> None:
    ra, rb = _read(a), _read(b)
    changed = 0
    for ref in ra.keys() | rb.keys():
        la = dict(fact_lines(ra[ref], floor)) if ref in ra else {}
        lb = dict(fact_lines(rb[ref], floor)) if ref in rb else {}
        gone = [la[k] for k in la if k not in lb]
        new = [lb[k] for k in lb if k not in la]
        if gone or new:
            changed += 1
            print(f"\n## {ref} rank {(ra.get(ref) or rb.get(ref)).get('rank')}")
            for line in gone:
                print("-", line)
            for line in new:
                print("+", line)
    print(f"\n{changed} of {len(ra.keys() | rb.keys())} reports changed", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("src", type=Path)
    e.add_argument("dst", type=Path)
    v = sub.add_parser("view")
    v.add_argument("path", type=Path)
    v.add_argument("--id")
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    for p in (v, d):
        p.add_argument("--floor", type=float, default=None, help="shown-event threshold (default: the record's)")
    args = ap.parse_args()
    if args.cmd == "extract":
        cmd_extract(args.src, args.dst)
        return
    from newsgraph.record import EVENT_MIN_CONFIDENCE

    floor = EVENT_MIN_CONFIDENCE if args.floor is None else args.floor
    if args.cmd == "view":
        cmd_view(args.path, args.id, floor)
    else:
        cmd_diff(args.a, args.b, floor)


if __name__ == "__main__":
    main()
