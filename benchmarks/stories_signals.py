"""New same-story signals measured on the TUNE sets only (round 10): does any of them, added to the pair score
or gating its threshold, raise the tune F1 that the threshold alone reaches?

    python benchmarks/stories_signals.py --records /work/cache/records_63cacaf --fresh DIR --json

Tune sets: the first half of the BASIL dev stories (by id) among all BASIL reports and distractors, and
stories_r6 (a tune set since round 7; ``DIR/allsides_fresh.jsonl`` + ``.ids.tsv``). The check half is never
scored here. Pairs are the kb's candidates (both dated, at most ``--max-gap`` days apart, sharing an index key),
with the shipped score parts and these signals:

- ``q6``: word 6-grams shared by the two reports' direct, partial and block quotes (the same quoted words);
- ``t6``: word 6-grams shared by the whole texts (MinHash would estimate this; counted exactly here);
- ``full``: TF-IDF cosine of title + whole body, every word (sublinear tf, the fixed word table);
- ``fig``: figures both give: the same amount (kind, value, currency or unit), leaving out counts under 10
  and year-like numbers;
- ``rdl``: calendar days both leads (first 1,200 characters) refer to (resolved DATE/TIME expressions);
- ``eidf``: cosine of the entity vectors weighted by the entities' rarity over a fixed background (the
  AllSides reports and the BASIL distractors: not order-dependent, unlike a weight over the stored base);
- the day gap itself (a threshold per gap: the window learned as a slope, not a cut).

Each setting's threshold is chosen as ``eval_stories.py --tune`` does (mean over both sets of the F1 smoothed
over five neighbouring thresholds, precision at least ``--min-precision`` on both).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_stories as E  # noqa: E402

_WORD = re.compile(r"\w+")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
Pair = tuple[int, int, dict[str, float]]


def ngrams(text: str, k: int = 6) -> set[str]:
    """The lowercased word ``k``-grams of ``text`` (none when it has fewer than ``k`` words)."""
    w = _WORD.findall(text.lower())
    return {" ".join(w[i : i + k]) for i in range(len(w) - k + 1)}


def quote_ngrams(rec: Any, k: int = 6) -> set[str]:
    """Word ``k``-grams of the report's own quoted words (direct, partial and block quotes; an indirect quote is
    the reporter's paraphrase, so two outlets word it differently)."""
    out: set[str] = set()
    for q in rec.quotes:
        if q.kind in ("direct", "partial", "block"):
            out |= ngrams(q.text, k)
    return out


def figures(rec: Any) -> set[tuple[str, float, str]]:
    """The amounts a report gives as (kind, value, currency or unit); small counts and years say nothing."""
    out = set()
    for a in rec.amounts:
        v = float(a.value)
        if a.kind == "count" and (v < 10 or (1900 <= v <= 2100 and v.is_integer())):
            continue
        out.add((a.kind, v, a.currency or a.unit or ""))
    return out


def referenced_days(rec: Any, upto: int | None = None) -> set[str]:
    """Calendar days the text refers to (resolved DATE/TIME expressions), those starting before ``upto``."""
    return {t.value[:10] for t in rec.times if t.value and _DAY.match(t.value) and t.type in ("DATE", "TIME")
            and (upto is None or t.start < upto)}


def entity_idf(background: Iterable[Any]) -> Callable[[str], float]:
    """Entity key -> rarity over a fixed background set of records."""
    from newsgraph.kb import storyfeatures as sf

    df: Counter[str] = Counter()
    n = 0
    for r in background:
        n += 1
        df.update(sf.entity_vector(r).keys())
    return lambda k: math.log((1 + n) / (1 + df.get(k, 0))) + 1.0


def _weighted(ents: dict[str, float], idf: Callable[[str], float]) -> dict[str, float]:
    v = {k: w * idf(k) for k, w in ents.items()}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / norm for k, x in v.items()}


def pairs_of(recs: list[Any], idf: Callable[[str], float], max_gap: int) -> list[Pair]:
    """The kb's candidate pairs (dated, at most ``max_gap`` days apart, sharing an index key) with the score
    parts and the new signals."""
    from newsgraph.kb import storyfeatures as sf

    p = sf.params()
    feats = [sf.features_of(r, p) for r in recs]
    full = [sf.tfidf(r.title or "", sf._body(r), title_weight=p.title_weight) for r in recs]
    qs, ts = [quote_ngrams(r) for r in recs], [ngrams(r.body_text() or r.text) for r in recs]
    fg, rd = [figures(r) for r in recs], [referenced_days(r, 1200) for r in recs]
    ew = [_weighted(f.ents, idf) for f in feats]
    days = [E._ordinal(f.day) for f in feats]
    keys = [set(f.keys(p.index_terms)) for f in feats]
    out: list[Pair] = []
    for i, j in itertools.combinations(range(len(recs)), 2):
        di, dj = days[i], days[j]
        if di is None or dj is None or abs(di - dj) > max_gap or not keys[i] & keys[j]:
            continue
        _, parts = sf.score(feats[i], feats[j], p)
        out.append((i, j, {**parts, "gap": abs(di - dj), "full": sf.text_cosine(full[i], full[j]),
                           "q6": len(qs[i] & qs[j]), "t6": len(ts[i] & ts[j]), "fig": len(fg[i] & fg[j]),
                           "rdl": len(rd[i] & rd[j]), "eidf": sf.text_cosine(ew[i], ew[j])}))
    return out


def shipped(d: dict[str, float]) -> float:
    """The shipped pair score (data/story_params.tsv: 0.5 lead, 0.5 body, 0.1 entities, facts 0)."""
    from newsgraph.kb import storyfeatures as sf

    p = sf.params()
    return p.w_lead * d["lead"] + p.w_body * d["body"] + p.w_entities * d["entities"] + p.w_facts * d["facts"]


Part = Callable[[dict[str, float]], float]
#: name -> (extra score of a pair, extra bar of a pair): each setting adds one signal in one form
Setting = tuple[Part, Part]


def _zero(d: dict[str, float]) -> float:
    return 0.0


def _times(w: float, signal: Part) -> Part:
    def part(d: dict[str, float]) -> float:
        return w * signal(d)
    return part


def _gap_bar(d1: float, d2: float, window: int = 3) -> Part:
    def bar(d: dict[str, float]) -> float:
        return math.inf if d["gap"] > window else 0.0 if d["gap"] == 0 else d1 if d["gap"] == 1 else d2
    return bar


#: the signals in the form each is added to the score (each from 0 to 1)
SIGNALS: dict[str, Part] = {
    "[quotes share a 6-gram]": lambda d: float(d["q6"] > 0),
    "min(1, shared text 6-grams / 20)": lambda d: min(1.0, d["t6"] / 20),
    "min(1, shared figures / 2)": lambda d: min(1.0, d["fig"] / 2),
    "[leads refer to a same day]": lambda d: float(d["rdl"] > 0),
    "whole-body TF-IDF cosine": lambda d: d["full"],
    "rarity-weighted entity cosine": lambda d: d["eidf"],
    "[quotes share 10+ 6-grams]": lambda d: float(d["q6"] >= 10),
}


def settings() -> dict[str, Setting]:
    out: dict[str, Setting] = {"shipped (threshold only)": (_zero, _zero)}
    for name in list(SIGNALS)[:4]:
        for w in (0.03, 0.06, 0.1):
            out[f"+{w} x {name}"] = (_times(w, SIGNALS[name]), _zero)
    for w in (0.1, 0.2, 0.3):
        out[f"+{w} x whole-body TF-IDF cosine"] = (_times(w, SIGNALS["whole-body TF-IDF cosine"]), _zero)
    for w in (0.05, 0.1):
        out[f"+{w} x rarity-weighted entity cosine"] = (_times(w, SIGNALS["rarity-weighted entity cosine"]), _zero)
    for w in (0.02, 0.04):
        out[f"bar -{w} when quotes share 10+ 6-grams"] = (_zero, _times(-w, SIGNALS["[quotes share 10+ 6-grams]"]))
    for d1, d2 in ((0.0, 0.02), (0.02, 0.02), (0.02, 0.04), (0.04, 0.08)):
        out[f"bar +{d1} at 1 day apart, +{d2} at 2-3"] = (_zero, _gap_bar(d1, d2))
    for win in (1, 2):
        out[f"window {win} days"] = (_zero, _gap_bar(0.0, 0.0 if win >= 2 else math.inf, win))
    return out


def judge(sets: list[tuple[list[Any], dict[str, str], set[str], list[Pair]]], setting: Setting,
          window: int, min_precision: float) -> dict[str, Any] | None:
    """The best threshold of one setting, as ``eval_stories.tune`` judges one (None: none keeps the floor)."""
    extra, bar = setting
    ths = [x / 200 for x in range(30, 91)]
    per_set = []
    for recs, gold, half, prs in sets:
        scored = [(i, j, shipped(d) + extra(d), bar(d)) for i, j, d in prs if d["gap"] <= window]
        f1s = []
        for th in ths:
            comp = E.components(len(recs), [(i, j) for i, j, s, b in scored if s >= th + b])
            f1s.append(E.bcubed({r.id: comp[k] for k, r in enumerate(recs)}, gold, half))
        per_set.append(f1s)
    best: dict[str, Any] | None = None
    for k in range(2, len(ths) - 2):
        smooth = sum(m["f1"] for f1s in per_set for m in f1s[k - 2 : k + 3]) / (5 * len(per_set))
        if all(f1s[k]["precision"] >= min_precision for f1s in per_set) and (best is None or smooth > best["smoothed"] + 1e-9):
            best = {"smoothed": round(smooth, 4), "threshold": ths[k], "basil_tune": per_set[0][k],
                    "stories_r6": per_set[1][k]}
    return best


def band_counts(sets: list[tuple[list[Any], dict[str, str], set[str], list[Pair]]], lo: float, hi: float,
                window: int) -> dict[str, Any]:
    """In the band of shipped scores [lo, hi): same-story and other pairs of each set, and how many of each
    carry each signal (a signal that separates them there is what a score or bar could use)."""
    out: dict[str, Any] = {}
    signals = {"quotes share a 6-gram": lambda d: d["q6"] > 0, "texts share 10+ 6-grams": lambda d: d["t6"] >= 10,
               "a figure shared": lambda d: d["fig"] > 0, "leads refer to a same day": lambda d: d["rdl"] > 0,
               "same day": lambda d: d["gap"] == 0}
    for name, (recs, gold, half, prs) in zip(("basil_tune", "stories_r6"), sets, strict=True):
        rows: dict[str, Counter[str]] = {"same": Counter(), "other": Counter()}
        for i, j, d in prs:
            ga, gb = gold.get(recs[i].id), gold.get(recs[j].id)
            if d["gap"] > window or not (ga in half or gb in half) or not lo <= shipped(d) < hi:
                continue
            c = rows["same" if ga == gb else "other"]
            c["pairs"] += 1
            c.update(s for s, f in signals.items() if f(d))
        out[name] = {k: dict(v) for k, v in rows.items()}
    return out


def basil_tune_half(records: Path) -> tuple[list[Any], dict[str, str], set[str]]:
    """(every stored record once, record id -> gold story, the stories of the tune half) of BASIL dev with its
    distractors; also read by stories_structure.py."""
    stories = E.read_jsonl(E.SHARED / "basil_dev.jsonl")
    distract = E.read_jsonl(E.SHARED / "basil_dev_distractors.jsonl")
    recs = E.load_records(stories, "basil_dev", records)
    recs.update(E.load_records(distract, "basil_dev_distractors", records))
    gold = {recs[r["id"]].id: r["story"] for r in stories if r["id"] in recs}
    ids = sorted({r["story"] for r in stories})
    return list({r.id: r for r in recs.values()}.values()), gold, set(ids[: len(ids) // 2])


def tune_sets(records: Path, fresh: Path) -> list[tuple[list[Any], dict[str, str], set[str]]]:
    """(records, gold, the stories scored) of the BASIL tune half (all reports stored) and of stories_r6."""
    uniq, gold, tune_ids = basil_tune_half(records)
    _name, _feats, g6 = E.fresh_tune_set(fresh)
    import eval_stories_fresh as F

    by_input = E.load_records(F.select(F.DATA, "r6"), "allsides_fresh", fresh)
    r6 = list({r.id: r for r in by_input.values()}.values())
    return [(uniq, gold, tune_ids), (r6, g6, set(g6.values()))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, required=True, help="BASIL records (basil_dev*, allsides1000)")
    ap.add_argument("--fresh", type=Path, required=True, help="stories_r6 records (allsides_fresh.jsonl)")
    ap.add_argument("--max-gap", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.95)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from newsgraph.record import Article

    background: list[Article] = []
    for name in ("allsides1000", "basil_dev_distractors"):
        with open(args.records / f"{name}.jsonl", encoding="utf-8") as fh:
            background.extend(Article.model_validate_json(line) for line in fh)
    idf = entity_idf(background)
    sets = [(recs, gold, half, pairs_of(recs, idf, args.max_gap)) for recs, gold, half in tune_sets(args.records, args.fresh)]
    res = {"pairs": {"basil_tune": len(sets[0][3]), "stories_r6": len(sets[1][3])},
           "band_0.12_0.24": band_counts(sets, 0.12, 0.24, args.max_gap),
           "settings": {name: judge(sets, s, args.max_gap, args.min_precision) for name, s in settings().items()}}
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for name, b in res["settings"].items():
            print(f"{name:48s} " + ("-" if b is None else f"{b['smoothed']:.4f} at {b['threshold']:.3f} "
                  f"(BASIL tune {b['basil_tune']['f1']:.3f}, r6 {b['stories_r6']['f1']:.3f})"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
