"""Time expressions against TimeML gold (TempEval-3 TBAQ-cleaned: TimeBank, AQUAINT), beside dateparser.

    .venv/bin/python benchmarks/eval_times.py --data ../shared/data/temporal/TBAQ-cleaned/AQUAINT --json

Measures (TempEval-3): strict and relaxed span P/R/F1 (relaxed: any overlap, one-to-one), type accuracy
on relaxed matches, value F1 (a value counts only on a relaxed-matched span). The document date is the
TIMEX3 with functionInDocument=CREATION_TIME: it is given to both systems and not scored. Values are
compared after TimeML's equivalent spellings are made one (decade 199X = 199, century 19XX = 19,
week W7 = W07). Speed: docs/s of the times extractor over already-parsed docs, and end to end (the whole
newsgraph pipeline from raw text); the peer, dateparser's ``search_dates`` (languages=['en'],
RELATIVE_BASE = document date, PREFER_DATES_FROM='past'), runs on the same texts in the same run. Its
values are the dates it returns (YYYY-MM-DD), typed DATE. Speeds are in CPU seconds of this process
(``time.process_time``), so that other jobs on a shared machine skew them less; both systems are
timed the same way in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import time
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "temporal" / "TBAQ-cleaned" / "AQUAINT"


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TmlDoc:
    name: str
    text: str
    dct: str | None
    gold: list[Gold] = field(default_factory=list)


_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> TmlDoc:
    """The plain text of <TEXT>, the gold TIMEX3 spans in it, and the document creation date."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    m = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)
    if m:
        v = dict(_ATTR.findall(m.group(0))).get("value", "")
        dct = v[:10] if re.match(r"\d{4}-\d\d-\d\d", v) else None
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, flags=re.S)
    src = body.group(1) if body else ""
    out: list[str] = []
    pos = 0
    length = 0
    open_tx: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    for tm in _TAG.finditer(src):
        chunk = html.unescape(src[pos : tm.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tm.end()
        closing, name = tm.group(1), tm.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_tx.append((length, dict(_ATTR.findall(tm.group(3)))))
        elif open_tx:
            s, attrs = open_tx.pop()
            if attrs.get("functionInDocument") != "CREATION_TIME" and length > s:
                gold.append(Gold(s, length, attrs.get("type", ""), attrs.get("value", "")))
    out.append(html.unescape(src[pos:]))
    return TmlDoc(path.stem, "".join(out), dct, gold)


def load(path: Path, limit: int | None = None) -> list[TmlDoc]:
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    return [read_tml(f) for f in files[:limit]]


def canon(value: str | None) -> str:
    v = (value or "").strip().upper()
    if re.fullmatch(r"\d{1,3}X*", v):
        return v.rstrip("X")
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)


def lenient(pred: str | None, gold: str) -> bool:
    """The value, or, for a calendar gold value, the predicted one cut to the gold's granularity
    (a system that always answers with a day, as dateparser does, gets "1998-08" right with "1998-08-07")."""
    if canon(pred) == canon(gold):
        return True
    if pred and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", gold) and re.match(r"\d{4}-\d\d-\d\d", pred):
        return pred[: len(gold)] == gold
    return False


Pred = tuple[int, int, str, str | None]


def score(docs: list[TmlDoc], preds: list[list[Pred]]) -> dict[str, float]:
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = lenient_ok = 0
    for doc, pr in zip(docs, preds, strict=True):
        n_gold += len(doc.gold)
        n_sys += len(pr)
        used: set[int] = set()
        exact = {(g.start, g.end) for g in doc.gold}
        strict += sum(1 for p in pr if (p[0], p[1]) in exact)
        for p in pr:
            best, best_ov = None, 0
            for i, g in enumerate(doc.gold):
                ov = min(p[1], g.end) - max(p[0], g.start)
                if i not in used and ov > best_ov:
                    best, best_ov = i, ov
            if best is None:
                continue
            used.add(best)
            g = doc.gold[best]
            relaxed += 1
            type_ok += p[2] == g.type
            value_ok += canon(p[3]) == canon(g.value)
            lenient_ok += lenient(p[3], g.value)

    def f1(tp: int) -> tuple[float, float, float]:
        p = tp / n_sys if n_sys else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    sp, sr, sf = f1(strict)
    rp, rr, rf = f1(relaxed)
    vp, vr, vf = f1(value_ok)
    _lp, _lr, lf = f1(lenient_ok)
    return {
        "strict_p": sp, "strict_r": sr, "strict_f1": sf, "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_acc": type_ok / relaxed if relaxed else 0.0, "value_p": vp, "value_r": vr, "value_f1": vf,
        "value_f1_lenient": lf,
        "n_gold": float(n_gold), "n_sys": float(n_sys),
    }


def _items(docs: Iterable[TmlDoc]) -> list[dict[str, Any]]:
    return [{"text": d.text, "published": d.dct, "id": d.name} for d in docs]


def run_newsgraph(docs: list[TmlDoc], timing: bool = True) -> tuple[list[list[Pred]], float, float]:
    """Predictions, docs/s over already-parsed docs, docs/s end to end."""
    from newsgraph import nlp as _nlp
    from newsgraph.extract.times import extract_times
    from newsgraph.pipeline import Item, _make_doc

    nlp = _nlp.load()
    # the parse only: times and the components that read times (they refuse to run without it)
    disabled = [n for n in nlp.pipe_names if n.startswith("newsgraph_") and n not in ("newsgraph_clean", "newsgraph_entities")]
    items = [Item(text=d.text, published=d.dct) for d in docs]
    with nlp.select_pipes(disable=disabled):
        parsed = list(nlp.pipe((_make_doc(nlp, it) for it in items), batch_size=16))
    t0 = time.process_time()
    preds = [[(t.start, t.end, t.type, t.value) for t in extract_times(doc)] for doc in parsed]
    over_parsed = len(docs) / max(time.process_time() - t0, 1e-9)
    end_to_end = 0.0
    if timing:
        t0 = time.process_time()
        for _doc in nlp.pipe((_make_doc(nlp, it) for it in items), batch_size=16):
            pass
        end_to_end = len(docs) / max(time.process_time() - t0, 1e-9)
    return preds, over_parsed, end_to_end


def run_dateparser(docs: list[TmlDoc]) -> tuple[list[list[Pred]], float]:
    from dateparser.search import search_dates

    preds: list[list[Pred]] = []
    t0 = time.process_time()
    for d in docs:
        base = dt.datetime.fromisoformat(d.dct) if d.dct else dt.datetime(2000, 1, 1)
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = search_dates(d.text, languages=["en"], settings=settings) or []
            except Exception:  # the peer may fail on a document; count it as finding nothing
                found = []
        out: list[Pred] = []
        cursor = 0
        for sub, when in found:
            i = d.text.find(sub, cursor)
            if i < 0:
                i = d.text.find(sub)
            if i < 0:
                continue
            cursor = i + len(sub)
            out.append((i, i + len(sub), "DATE", when.date().isoformat()))
        preds.append(out)
    return preds, len(docs) / max(time.process_time() - t0, 1e-9)


def evaluate(path: Path, limit: int | None = None, peer: bool = True, timing: bool = True) -> dict[str, Any]:
    """The benchmark's JSON object; ``timing=False`` skips the end-to-end pass (quality only)."""
    docs = load(path, limit)
    preds, over_parsed, e2e = run_newsgraph(docs, timing)
    metrics = score(docs, preds)
    metrics["docs_per_s_end_to_end"] = e2e
    result: dict[str, Any] = {
        "dataset": f"{path.parent.name}/{path.name}" if path.is_dir() else path.name,
        "n_docs": len(docs),
        "metrics": metrics,
        "docs_per_s": over_parsed,
        "peer": {},
    }
    if peer:
        ppreds, pspeed = run_dateparser(docs)
        pm = score(docs, ppreds)
        pm["docs_per_s"] = pspeed
        result["peer"]["dateparser.search_dates"] = pm
        result["speed_ratio_vs_peer"] = over_parsed / pspeed if pspeed else None
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a .tml file or a folder of them (recursive)")
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--no-peer", action="store_true", help="skip dateparser")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--errors", action="store_true", help="print the misses and false alarms (tuning)")
    args = ap.parse_args(argv)
    res = evaluate(args.data, args.limit, peer=not args.no_peer)
    if args.errors:
        _print_errors(args.data, args.limit)
    if args.json:
        print(json.dumps(res))
    else:
        m = res["metrics"]
        print(f"{res['dataset']}: {res['n_docs']} docs")
        rows = [("newsgraph", m, res["docs_per_s"])] + [(k, v, v["docs_per_s"]) for k, v in res["peer"].items()]
        print(f"{'system':28} strictF1 relaxF1  typeAcc valueF1  docs/s")
        for name, mm, speed in rows:
            print(f"{name:28} {mm['strict_f1']:.3f}    {mm['relaxed_f1']:.3f}    {mm['type_acc']:.3f}    "
                  f"{mm['value_f1']:.3f}   {speed:.1f}")
    return 0


def _print_errors(path: Path, limit: int | None) -> None:
    docs = load(path, limit)
    preds, _a, _b = run_newsgraph(docs)
    for doc, pr in zip(docs, preds, strict=True):
        for g in doc.gold:
            hit = [p for p in pr if min(p[1], g.end) > max(p[0], g.start)]
            if not hit:
                print(f"MISS  {doc.name} {doc.text[g.start:g.end]!r} {g.type} {g.value}", file=sys.stderr)
            elif canon(hit[0][3]) != canon(g.value):
                p = hit[0]
                print(f"VALUE {doc.name} {doc.text[g.start:g.end]!r}/{doc.text[p[0]:p[1]]!r} gold {g.value} got {p[3]} "
                      f"dct {doc.dct}", file=sys.stderr)
        for p in pr:
            if not any(min(p[1], g.end) > max(p[0], g.start) for g in doc.gold):
                print(f"FALSE {doc.name} {doc.text[p[0]:p[1]]!r} {p[2]} {p[3]}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
