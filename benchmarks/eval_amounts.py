"""Amounts and changes: newsgraph against quantulum3 on hand-annotated news, quantulum3's own suite, speed.

    python benchmarks/eval_amounts.py --data benchmarks/gold/amounts_news.jsonl --split test --json
    python benchmarks/eval_amounts.py --data benchmarks/gold/amounts_news.jsonl --split test --json \\
        --suite ../shared/data/quantities/quantities.json --speed-docs 1000

Gold (benchmarks/gold/amounts_news.md says how it was made): article ids and offsets into the ``text`` of
``../shared/data/news/allsides_world_conflict_dev.jsonl.gz``: 40 articles with amounts and changes, 25
articles with changes only, 20 more with amounts (``amounts2``, issue 17), 80 more changes-only articles
(``changes_check``: annotated after the tuning, all of it check data) and 160 more changes-only articles
(``changes_tune``: annotated to read errors on, all of it tune data). ``changes_r4.jsonl`` (round 4's check set,
scored once, now tune: ``r4_fresh_tune``), ``changes_r5.jsonl`` (round 5's check set, 60 BBC articles, scored
once, now tune: ``r5_fresh_tune``, ``--split tune``) and ``changes_r6.jsonl`` (round 6's check set, 60 more BBC
articles: ``--news ../shared/data/news/bbc_fulltext.jsonl.gz --split test``) and ``changes_r14.jsonl`` (round 14's
set, 160 more BBC articles, politics and business, halved by article: ``--split tune`` / ``--split test`` with the
same ``--news``; ``benchmarks/gold/changes_r14.md``) are scored on their own.
``--split tune`` is the first half of each set (the rules were tuned on it), ``test`` the second half (the
check half), ``all`` both. Amount scores use the sets with amounts, change scores all.

Scores, the same for both systems, on body and heading paragraphs only (``newsgraph.clean``):
- value+span P/R/F1: a prediction matches a gold amount when their spans overlap and the values are equal
  (a gold range also matches its low or high); one-to-one, in text order. Predictions written "one"/"a"/"an"
  are not scored (the gold leaves every "one" out, see the annotation notes);
- object accuracy (newsgraph only; quantulum3 has no counted object): over matched gold amounts with an
  object, the gold object's head word (last word, plural "s" dropped) is among the predicted object's words;
- approx accuracy: over matched amounts, the normalized hedge is equal (both null counts as equal);
- canonical object and dimension accuracy: over matched gold amounts annotated with ``canonical`` and
  ``dimension``, the object part of the predicted measure key (without its unit suffix; null without a key)
  equals ``canonical``, and the predicted ``dimension`` equals the gold one;
- change P/R/F1: overlapping spans, same direction, to_value both null or equal, and from_value, delta and pct
  equal wherever the gold states them.
Speed: the amounts extractor over already-parsed docs, and quantulum3's whole ``parse``, in words per second
over the first N articles of the news file (same process, same machine, one after the other); end to end is
the full newsgraph pipeline on the same texts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "allsides_world_conflict_dev.jsonl.gz"
_NOT_SCORED = {"one", "a", "an"}


def load_gold(path: Path, split: str) -> list[dict[str, Any]]:
    """The split's articles; each set (amounts+changes, changes only) is halved on its own, in file order."""
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: list[dict[str, Any]] = []
    for name in dict.fromkeys(g.get("set", "amounts") for g in gold):
        part = [g for g in gold if g.get("set", "amounts") == name]
        # a set annotated after the rules were tuned, and never read for errors, is check data as a whole; a
        # set annotated to find errors to read is tune data as a whole
        half = 0 if name.endswith("_check") else len(part) if name.endswith("_tune") else len(part) // 2
        out += {"tune": part[:half], "test": part[half:], "all": part}[split]
    return out


def load_texts(news: Path, ids: set[str] | None = None, limit: int | None = None) -> dict[str, str]:
    out: dict[str, str] = {}
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if ids is None or d["id"] in ids:
                out[d["id"]] = d["text"]
            if (ids is not None and len(out) == len(ids)) or (limit is not None and len(out) >= limit):
                break
    return out


def _content(text: str) -> list[tuple[int, int]]:
    from newsgraph.clean import clean

    return [(p.start, p.end) for p in clean(text).paragraphs if p.kind in ("body", "heading")]


def _in(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _head(obj: str | None) -> str | None:
    words = re.findall(r"[a-z]+", (obj or "").lower())
    if not words:
        return None
    w = words[-1]
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def _words(obj: str | None) -> set[str]:
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in re.findall(r"[a-z]+", (obj or "").lower())}


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs = []
    used: set[int] = set()
    for g in gold:
        for j, p in enumerate(pred):
            if j in used or not (p["start"] < g["end"] and g["start"] < p["end"]):
                continue
            vals = [g["value"]] + [g[k] for k in ("low", "high") if g.get(k) is not None]
            if any(_same(p["value"], v) for v in vals):
                pairs.append((g, p))
                used.add(j)
                break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _change_match(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if not (pred["start"] < gold["end"] and gold["start"] < pred["end"]) or pred.get("direction") != gold["direction"]:
        return False
    if (gold.get("to_value") is None) != (pred.get("to_value") is None):
        return False
    for k in ("to_value", "from_value", "delta", "pct"):
        g = gold.get(k)
        if g is not None and (pred.get(k) is None or not _same(float(pred[k]), float(g))):
            return False
    return True


def predicted_canonical(pred: dict[str, Any]) -> str | None:
    """The canonical object of a predicted amount: its measure key's object part without the unit suffix."""
    key = pred.get("measure")
    if not key or key.startswith("-"):
        return None
    return key.split(":", 1)[0].split(".", 1)[0]


def predicted_dimension(pred: dict[str, Any]) -> str:
    return pred.get("dimension") or {"count": "count", "money": "money", "percent": "percent"}.get(
        pred.get("kind", ""), "measure")


def score(gold_docs: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]],
          changes: dict[str, list[dict[str, Any]]] | None = None,
          errors: list[dict[str, Any]] | None = None) -> dict[str, float]:
    tp = n_pred = n_gold = obj_n = obj_ok = ap_n = ap_ok = 0
    can_n = can_ok = dim_ok = 0
    c_tp = c_pred = c_gold = 0
    for g in gold_docs:
        if changes is not None:
            pc = list(changes.get(g["id"], []))
            c_pred += len(pc)
            c_gold += len(g["changes"])
            for gc in g["changes"]:
                for c in pc:
                    if _change_match(gc, c):
                        c_tp += 1
                        pc.remove(c)
                        break
        if g.get("amounts") is None:  # a changes-only article
            continue
        pred = [p for p in preds.get(g["id"], []) if p["text"].strip().lower() not in _NOT_SCORED]
        pairs = match(g["amounts"], pred)
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(g["amounts"])
        for ga, pa in pairs:
            if ga.get("object"):
                obj_n += 1
                obj_ok += int(_head(ga["object"]) in _words(pa.get("object")))
            if "canonical" in ga:
                can_n += 1
                ok = (ga["canonical"] or None) == predicted_canonical(pa)
                can_ok += int(ok)
                dim_ok += int(ga["dimension"] == predicted_dimension(pa))
                if errors is not None and (not ok or ga["dimension"] != predicted_dimension(pa)):
                    errors.append({"id": g["id"], "start": ga["start"], "gold": [ga["canonical"], ga["dimension"]],
                                   "pred": [predicted_canonical(pa), predicted_dimension(pa), pa.get("object")]})
            ap_n += 1
            ap_ok += int((ga.get("approx") or None) == (pa.get("approx") or None))
    p, r, f = _prf(tp, n_pred, n_gold)
    out = {"value_p": p, "value_r": r, "value_f1": f, "approx_acc": ap_ok / ap_n if ap_n else 0.0,
           "n_gold": float(n_gold), "n_pred": float(n_pred)}
    if changes is not None:
        cp, cr, cf = _prf(c_tp, c_pred, c_gold)
        out.update({"object_acc": obj_ok / obj_n if obj_n else 0.0,
                    "canonical_object_acc": can_ok / can_n if can_n else 0.0,
                    "dimension_acc": dim_ok / can_n if can_n else 0.0, "n_canonical": float(can_n),
                    "change_p": cp, "change_r": cr,
                    "change_f1": cf, "n_gold_changes": float(c_gold)})
    return {k: round(v, 4) for k, v in out.items()}


def quantulum_parser() -> Any:
    """quantulum3's parser in its no-classifier mode: the unit classifier shipped with quantulum3 0.10.0 is
    a scikit-learn pickle that does not load under the scikit-learn pinned here (and retraining it needs
    an extra package). Only the choice between same-named units uses the classifier; values do not."""
    import warnings

    warnings.filterwarnings("ignore", module="sklearn")
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False
    return parser


def quantulum_amounts(text: str) -> list[dict[str, Any]]:
    parser = quantulum_parser()

    out = []
    spans = _content(text)
    for q in parser.parse(text):
        s, e = q.span
        if not _in(spans, s, e):
            continue
        out.append({"start": s, "end": e, "value": float(q.value), "text": q.surface, "approx": None})
    return out


def run_newsgraph(texts: dict[str, str]) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    from newsgraph import nlp as ng_nlp

    nlp = ng_nlp.load()
    am: dict[str, list[dict[str, Any]]] = {}
    ch: dict[str, list[dict[str, Any]]] = {}
    for aid, doc in zip(texts, nlp.pipe(texts.values(), batch_size=16), strict=True):
        am[aid] = list(doc._.newsgraph_amounts or [])
        ch[aid] = list(doc._.newsgraph_changes or [])
    return am, ch


def evaluate(data: Path, split: str = "test", news: Path = NEWS, peer: bool = True,
             errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    gold = load_gold(data, split)
    texts = load_texts(news, {g["id"] for g in gold})
    texts = {g["id"]: texts[g["id"]] for g in gold}
    t0 = time.perf_counter()
    am, ch = run_newsgraph(texts)
    ng_s = time.perf_counter() - t0
    ours = score(gold, am, ch, errors)
    res = {"dataset": f"{data.name}:{split}", "n_docs": len(gold), "metrics": ours,
           "docs_per_s": round(len(texts) / ng_s, 2), "peer": {}}
    if peer:
        t0 = time.perf_counter()
        qa = {g["id"]: quantulum_amounts(texts[g["id"]]) for g in gold if g.get("amounts") is not None}
        q_s = time.perf_counter() - t0
        qm = score(gold, qa)
        qm["docs_per_s"] = round(len(qa) / q_s, 2)
        res["peer"] = {"quantulum3": qm}
    return res


# ---------------------------------------------------------------------------------------------------
# quantulum3's own English suite: our value accuracy on the cases in scope
# ---------------------------------------------------------------------------------------------------
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}


def _exclusion(req: str, item: dict[str, Any], our_units: set[str]) -> str | None:
    surf, unit, value = item["surface"], item["unit"], item["value"]
    nums = [float(n.replace(",", "").replace(" ", "")) for n in re.findall(r"\d+(?:[., ]\d+)*", surf)]
    if len(nums) >= 2 and not any(_same(abs(value), n) for n in nums):
        return "range midpoint"
    if unit.split()[0] in _TIME_UNITS or unit in ("gigayear", "megayear") or unit.startswith("count per"):
        return "time quantity (times layer)"
    if re.search(r"[eE][-+]?\d|×|\^|/|[⅓½¼¾]|\bthirds?\b|\bsixths?\b|\bhalves\b|half\b|^-|\(\$|\$-|-\d", surf):
        return "notation outside news (fractions, exponents, negatives)"
    if not re.search(r"\d|zero|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|dozen",
                     surf, re.I) or (value == 1 and re.match(r"(?i)an?\s", surf)):
        return "unit word without a number"
    if unit == "dimensionless":
        i = req.find(surf)
        before = req[:i].rstrip()
        if re.fullmatch(r"\d{4}", surf) and 1800 <= value <= 2100:
            return "year (times layer)"
        if i > 0 and (req[i - 1].isalpha() or re.search(r"[A-Z][\w-]*$", before) and not re.search(r"[.!?:]$", before)
                      or re.search(r"[A-Za-z]\d", req[max(0, i - 2) : i + 1])):
            return "code or name"
        return None
    if unit in ("percentage",) or "dollar" in unit or "euro" in unit or "pound sterling" in unit or "yen" in unit:
        return None
    if unit not in our_units:
        return "unit outside news"
    return None


def suite(path: Path) -> dict[str, float]:
    from newsgraph import nlp as ng_nlp
    from newsgraph.extract.amounts.grammar import tables

    our_units = {n for _s, n in tables().units} | {"square kilometre", "square mile", "degree Celsius",
                                                     "degree fahrenheit", "kilometre per hour"}
    cases = json.loads(path.read_text(encoding="utf-8"))
    nlp = ng_nlp.load()
    reasons: dict[str, int] = {}
    n_in = ok = 0
    for case in cases:
        doc = nlp(case["req"])
        preds = doc._.newsgraph_amounts or []
        for item in case["res"]:
            why = _exclusion(case["req"], item, our_units)
            if why:
                reasons[why] = reasons.get(why, 0) + 1
                continue
            n_in += 1
            s = case["req"].find(item["surface"])
            e = s + len(item["surface"])
            ok += int(any(_same(p["value"], item["value"]) and p["start"] < e and s < p["end"] for p in preds))
    out = {"suite_value_acc": round(ok / n_in, 4) if n_in else 0.0, "suite_in_scope": float(n_in),
           "suite_correct": float(ok)}
    for why, n in sorted(reasons.items()):
        out[f"suite_excluded[{why}]"] = float(n)
    return out


def speed(news: Path, n_docs: int) -> dict[str, float]:
    parser = quantulum_parser()
    from newsgraph import nlp as ng_nlp
    from newsgraph.extract.amounts import extract_amounts
    from newsgraph.lexicon import load_lexicon

    texts = list(load_texts(news, None, n_docs).values())
    words = sum(len(t.split()) for t in texts)
    nlp = ng_nlp.load()
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    e2e = time.perf_counter() - t0
    lex = load_lexicon()
    t0 = time.perf_counter()
    for d in docs:
        extract_amounts(d, lex)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        parser.parse(t)
    q = time.perf_counter() - t0
    return {"speed_docs": float(len(texts)), "speed_words": float(words),
            "extractor_words_per_s": round(words / ours, 1), "quantulum3_words_per_s": round(words / q, 1),
            "speed_ratio_vs_quantulum3": round(q / ours, 2), "end_to_end_words_per_s": round(words / e2e, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--split", choices=("tune", "test", "all"), default="test")
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--suite", type=Path, default=None, help="quantulum3's quantities.json")
    ap.add_argument("--speed-docs", type=int, default=0, help="time on the first N news articles (0: skip)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=Path, default=None, help="write object/dimension errors here (read them on tune only)")
    args = ap.parse_args(argv)
    errs: list[dict[str, Any]] | None = [] if args.errors else None
    res = evaluate(args.data, args.split, args.news, errors=errs)
    if args.errors:
        args.errors.write_text("\n".join(json.dumps(e) for e in errs or []) + "\n", encoding="utf-8")
    if args.suite:
        res["metrics"].update(suite(args.suite))
    if args.speed_docs:
        res["metrics"].update(speed(args.news, args.speed_docs))
    if args.json:
        print(json.dumps(res))
    else:
        print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
