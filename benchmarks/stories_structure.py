"""Structural alternatives to single link, measured on the TUNE sets only (round 11): does deciding a link
against a whole story, bounding a story's days, attaching a report that has no strong link to its best
partner, or a pairwise model learned on the tune pairs raise the tune F1 that the shipped rule reaches?

    python benchmarks/stories_structure.py --records /work/cache/records_73c7a51 --fresh DIR --json

Tune sets: the first half of the BASIL dev stories (by id) among all BASIL reports and distractors, and
stories_r6 (a tune set since round 7: its records ``DIR/allsides_fresh.jsonl`` + ``.ids.tsv``, its gold
``benchmarks/gold/stories_r6.jsonl``; the AllSides file itself is not read). The check half is never scored
here, and its gold never labels a training pair. Pairs are the kb's candidates (both dated, at most 3 days
apart, sharing an index key) with the shipped score (0.5 lead + 0.5 body + 0.1 entities).

Every method is a function of the set of reports (pairs taken by score, ties by index), so each could be
kept order-free in the kb by recomputing the component it touches; none is built into the kb unless it
gains beyond the noise of 25 + 46 stories (a bootstrap over stories, ``--boot``). Methods:

- ``gated``: pairs by score; one at or above ``strong`` merges its two clusters; one between the bar and
  ``strong`` merges them only when the clusters' average (``avg``; a missing pair counts 0), weakest
  (``min``) or share of pairs over the bar (``frac``) reaches ``gate``: average- and complete-link decisions
  against a story instead of single link;
- ``span``: single link, but a merge that would make a story span more than ``W`` days is refused;
- ``days``: single link with the bar moved by whether the two leads refer to the same recent calendar days
  (resolved dates, up to 3 days before publication): the time of the happening as a pair feature;
- ``density``: single link with the bar raised by the log of the two reports' candidate counts (reports of
  the window sharing an index key): a pair in a busy window must score higher than one on a quiet day;
  :func:`incremental_density` builds it one report at a time as a kb would (links removed when a later
  report raises a side's count) and the run checks that every order ends in the same partition;
- ``attach``: links at or above a strong bar; a report with none joins the cluster of its best partner
  when that pair reaches the bar less ``gap`` (the undated anchor rule, for dated reports);
- ``model``: logistic regression and gradient boosting over the score parts, the cross cosines (one's
  title + lead against the other's body), title cosine, shared entities and index keys, day gap, same
  outlet and the leads' days, fitted on the labelled tune pairs of both sets, five folds by gold story (a
  story's reports are scored by a model that never saw them), threshold on the predicted probability. (The
  shipped weights were chosen on these same sets, the models' out of fold: the models carry that handicap.)

Each setting's bar is chosen as ``eval_stories.py --tune`` chooses one: mean over both sets of the F1
smoothed over five neighbouring bars, precision at least ``--min-precision`` on both.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_stories as E  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
R6_GOLD = ROOT / "benchmarks" / "gold" / "stories_r6.jsonl"
FEATURES = ("lead", "body", "entities", "facts", "cross", "title", "gap", "same_outlet", "keys", "shared_ents", "days")


class TuneSet:
    """One tune set: its reports' ids and days, the gold (report id -> story), the stories scored, and the
    candidate pairs (i, j, parts) with ``s`` the shipped score."""

    def __init__(self, name: str, ids: list[str], gold: dict[str, str], half: set[str], days: list[int | None],
                 pairs: list[tuple[int, int, dict[str, float]]]) -> None:
        self.name, self.ids, self.gold, self.half, self.days, self.pairs = name, ids, gold, half, days, pairs

    @classmethod
    def of_records(cls, name: str, recs: list[Any], gold: dict[str, str], half: set[str]) -> TuneSet:
        from newsgraph.kb import storyfeatures as sf

        p = sf.params()
        feats = [sf.features_of(r, p) for r in recs]
        days = [E._ordinal(f.day) for f in feats]
        titles = [sf.tfidf(r.title or "", "") for r in recs]
        keys = [set(f.keys(p.index_terms)) for f in feats]
        told = [lead_days(r) for r in recs]
        pairs: list[tuple[int, int, dict[str, float]]] = []
        for i, j in itertools.combinations(range(len(recs)), 2):
            di, dj = days[i], days[j]
            if di is None or dj is None or abs(di - dj) > 3 or not keys[i] & keys[j]:
                continue
            total, parts = sf.score(feats[i], feats[j], p)
            a, b = feats[i], feats[j]
            cross = max(sf.text_cosine(a.terms, b.body), sf.text_cosine(a.body, b.terms))
            agree = 0.0 if not told[i] or not told[j] else 1.0 if told[i] & told[j] else -1.0
            pairs.append((i, j, {**parts, "s": total, "cross": cross, "title": sf.text_cosine(titles[i], titles[j]),
                                 "gap": abs(di - dj), "same_outlet": float(a.outlet == b.outlet),
                                 "keys": math.log1p(len(keys[i] & keys[j])),
                                 "shared_ents": math.log1p(len(set(a.entities) & set(b.entities))), "days": agree}))
        return cls(name, [r.id for r in recs], gold, half, days, pairs)

    def per_item(self, comp: list[int]) -> dict[str, list[tuple[float, float]]]:
        """B-cubed precision and recall of each scored report, by story."""
        members: dict[int, set[str]] = defaultdict(set)
        told: dict[str, set[str]] = defaultdict(set)
        for k, rid in enumerate(self.ids):
            members[comp[k]].add(rid)
        for rid, s in self.gold.items():
            told[s].add(rid)
        idx = {rid: k for k, rid in enumerate(self.ids)}
        out: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for rid, s in self.gold.items():
            if s in self.half:
                c, g = members[comp[idx[rid]]], told[s]
                out[s].append((len(c & g) / len(c), len(c & g) / len(g)))
        return out


def lead_days(rec: Any, upto: int = 1200, back: int = 3) -> set[str]:
    """The calendar days the lead (first ``upto`` characters) refers to, from ``back`` days before the report's
    own day to that day: the happening's days as the report tells them (older days are background)."""
    out: set[str] = set()
    pub = E._ordinal((rec.published or "")[:10])
    for t in rec.times:
        day = E._ordinal((t.value or "")[:10]) if t.type in ("DATE", "TIME") and t.start < upto else None
        if pub is not None and day is not None and 0 <= pub - day <= back:
            out.add(t.value[:10])
    return out


def prf(per: dict[str, list[tuple[float, float]]], stories: list[str] | None = None) -> dict[str, float]:
    xs = [x for s in (sorted(per) if stories is None else stories) for x in per[s]]
    p, r = sum(a for a, _ in xs) / len(xs), sum(b for _, b in xs) / len(xs)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def single(ts: TuneSet, bar: float, score: Callable[[dict[str, float]], float] | None = None) -> list[int]:
    return E.components(len(ts.ids), [(i, j) for i, j, d in ts.pairs if (score or _shipped)(d) >= bar])


def _shipped(d: dict[str, float]) -> float:
    return d["s"]


def _by_score(ts: TuneSet, bar: float) -> list[tuple[float, int, int]]:
    return sorted(((d["s"], i, j) for i, j, d in ts.pairs if d["s"] >= bar), key=lambda x: (-x[0], x[1], x[2]))


def gated(ts: TuneSet, bar: float, strong: float, mode: str, gate: float) -> list[int]:
    """Pairs by score: at or above ``strong`` merge; from ``bar`` to ``strong`` merge only when the two clusters
    pass ``gate`` by ``mode`` (avg: mean pair score, a missing pair 0; min: weakest pair; frac: share over bar)."""
    sim: dict[tuple[int, int], float] = {}
    for i, j, d in ts.pairs:
        sim[(i, j)] = sim[(j, i)] = d["s"]
    lab, members = list(range(len(ts.ids))), {k: [k] for k in range(len(ts.ids))}
    for v, i, j in _by_score(ts, bar):
        a, b = lab[i], lab[j]
        if a == b:
            continue
        if v < strong:
            cross = [sim.get((x, y), 0.0) for x in members[a] for y in members[b]]
            agg = {"avg": sum(cross) / len(cross), "min": min(cross),
                   "frac": sum(c >= bar for c in cross) / len(cross)}[mode]
            if agg < gate:
                continue
        a, b = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for x in members[b]:
            lab[x] = a
        members[a] += members.pop(b)
    return lab


def span(ts: TuneSet, bar: float, width: int) -> list[int]:
    """Single link by score, refusing a merge that makes a story span more than ``width`` days."""
    lab, members = list(range(len(ts.ids))), {k: [k] for k in range(len(ts.ids))}
    lo = [d or 0 for d in ts.days]
    hi = list(lo)
    for _v, i, j in _by_score(ts, bar):
        a, b = lab[i], lab[j]
        if a == b or max(hi[a], hi[b]) - min(lo[a], lo[b]) > width:
            continue
        a, b = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for x in members[b]:
            lab[x] = a
        members[a] += members.pop(b)
        lo[a], hi[a] = min(lo[a], lo[b]), max(hi[a], hi[b])
    return lab


def attach(ts: TuneSet, bar: float, gap: float) -> list[int]:
    """Links at or above ``bar``; a report with none joins its best partner's cluster at ``bar - gap`` or more."""
    best: dict[int, tuple[float, int]] = {}
    strong: set[int] = set()
    for i, j, d in ts.pairs:
        for x, y in ((i, j), (j, i)):
            if x not in best or (d["s"], -y) > (best[x][0], -best[x][1]):
                best[x] = (d["s"], y)
        if d["s"] >= bar:
            strong.update((i, j))
    links = [(i, j) for i, j, d in ts.pairs if d["s"] >= bar]
    links += [(x, y) for x, (v, y) in best.items() if x not in strong and v >= bar - gap]
    return E.components(len(ts.ids), links)


def judge(sets: list[TuneSet], cluster: Callable[[TuneSet, float], list[int]], bars: list[float],
          min_precision: float) -> dict[str, Any] | None:
    """The best bar of one method, as ``eval_stories.tune`` judges one (None: none keeps the floor)."""
    per_set = [[prf(ts.per_item(cluster(ts, b))) for b in bars] for ts in sets]
    return best_bar(sets, per_set, bars, min_precision)


def best_bar(sets: list[TuneSet], per_set: list[list[dict[str, Any]]], bars: list[float],
             min_precision: float) -> dict[str, Any] | None:
    """The bar with the best F1 smoothed over five neighbours that keeps the precision floor on every set."""
    best: dict[str, Any] | None = None
    for k in range(2, len(bars) - 2):
        smooth = sum(m["f1"] for row in per_set for m in row[k - 2 : k + 3]) / (5 * len(sets))
        if all(row[k]["precision"] >= min_precision for row in per_set) and (best is None or smooth > best["smoothed"] + 1e-9):
            best = {"smoothed": round(smooth, 4), "bar": bars[k], **{ts.name: row[k] for ts, row in zip(sets, per_set, strict=True)}}
    return best


def _folds(sets: list[TuneSet], folds: int) -> dict[tuple[str, str], int]:
    """(set, story) -> fold: each set's scored stories shuffled by a fixed seed and dealt out in turn."""
    out: dict[tuple[str, str], int] = {}
    for ts in sets:
        order = sorted(ts.half)
        random.Random(11).shuffle(order)
        out.update(((ts.name, s), k % folds) for k, s in enumerate(order))
    return out


def model_probs(sets: list[TuneSet], make: Callable[[], Any], features: tuple[str, ...] = FEATURES,
                folds: int = 5) -> list[list[list[float]]]:
    """Per set, per fold, the probability of every pair under a model fitted on the labelled pairs of both
    sets whose stories are not in that fold (a pair is labelled when a side is a scored story's report and
    neither side is a report of an unscored, i.e. check, story)."""
    import numpy as np

    fold = _folds(sets, folds)
    out: list[list[list[float]]] = [[] for _ in sets]
    for k in range(folds):
        x, y = [], []
        for ts in sets:
            for i, j, d in ts.pairs:
                gi, gj = ts.gold.get(ts.ids[i]), ts.gold.get(ts.ids[j])
                if {gi, gj} - {None} - ts.half or gi is gj is None or k in (fold.get((ts.name, gi or "")), fold.get((ts.name, gj or ""))):
                    continue
                x.append([d[f] for f in features])
                y.append(int(gi == gj))
        m = make().fit(np.array(x), np.array(y))
        for n, ts in enumerate(sets):
            out[n].append([float(v) for v in m.predict_proba(np.array([[d[f] for f in features] for *_, d in ts.pairs]))[:, 1]])
    return out


def judge_model(sets: list[TuneSet], probs: list[list[list[float]]], min_precision: float, folds: int = 5) -> dict[str, Any] | None:
    """Each fold's stories scored on the clusters its own model makes; the folds' reports pooled."""
    fold_of = _folds(sets, folds)
    bars = [x / 100 for x in range(3, 98)]
    per_set = []
    for ts, pr in zip(sets, probs, strict=True):
        row = []
        for b in bars:
            per: dict[str, list[tuple[float, float]]] = {}
            for k in range(folds):
                comp = E.components(len(ts.ids), [(i, j) for (i, j, _), v in zip(ts.pairs, pr[k], strict=True) if v >= b])
                per.update((s, v) for s, v in ts.per_item(comp).items() if fold_of[(ts.name, s)] == k)
            row.append(prf(per))
        per_set.append(row)
    return best_bar(sets, per_set, bars, min_precision)


def bootstrap(sets: list[TuneSet], a: Callable[[TuneSet], list[int]], b: Callable[[TuneSet], list[int]],
              n: int, seed: int = 5) -> dict[str, float]:
    """The mean-over-sets F1 of ``b`` less ``a`` (each at its chosen bar), and its 5-95% range over ``n``
    resamplings of each set's stories: a gain inside the range's lower half is noise."""
    pa, pb = [ts.per_item(a(ts)) for ts in sets], [ts.per_item(b(ts)) for ts in sets]
    point = sum(prf(y)["f1"] - prf(x)["f1"] for x, y in zip(pa, pb, strict=True)) / len(sets)
    rng, diffs = random.Random(seed), []
    for _ in range(n):
        d = 0.0
        for x, y in zip(pa, pb, strict=True):
            order = sorted(x)
            draw = [rng.choice(order) for _ in order]
            d += prf(y, draw)["f1"] - prf(x, draw)["f1"]
        diffs.append(d / len(sets))
    diffs.sort()
    return {"point": round(point, 4), "p5": round(diffs[n // 20], 4), "p95": round(diffs[n - 1 - n // 20], 4)}


def tune_sets(records: Path, fresh: Path) -> list[TuneSet]:
    from stories_signals import basil_tune_half

    basil = TuneSet.of_records("basil_tune", *basil_tune_half(records))
    rows = E.read_jsonl(R6_GOLD)  # the gold's ids are the inputs: the records are looked up by them
    r6 = E.load_records(rows, "allsides_fresh", fresh)
    g6 = {r6[d["id"]].id: d["story"] for d in rows if d["id"] in r6}
    return [basil, TuneSet.of_records("stories_r6", list({r.id: r for r in r6.values()}.values()), g6, set(g6.values()))]


Method = Callable[[TuneSet, float], list[int]]


def _gated(mode: str, gate: float, up: float) -> Method:
    return lambda ts, b: gated(ts, b, b + up, mode, gate)


def _span(width: int) -> Method:
    return lambda ts, b: span(ts, b, width)


def _attach(gap: float) -> Method:
    return lambda ts, b: attach(ts, b, gap)


def _days(share: float, disjoint: float) -> Method:
    """The bar lowered by ``share`` when both leads refer to a same recent day, raised by ``disjoint`` when
    both refer to recent days and to none in common (another happening of the affair, told on its day)."""
    def cluster(ts: TuneSet, b: float) -> list[int]:
        shift = {1.0: -share, -1.0: disjoint, 0.0: 0.0}
        return E.components(len(ts.ids), [(i, j) for i, j, d in ts.pairs if d["s"] >= b + shift[d["days"]]])
    return cluster


def degrees(ts: TuneSet, cap: int) -> list[int]:
    """Each report's candidates (reports within the window sharing an index key), at most ``cap`` (the kb's
    ``candidate_cap`` bounds what it scores the same way)."""
    deg = [0] * len(ts.ids)
    for i, j, _ in ts.pairs:
        deg[i] += 1
        deg[j] += 1
    return [min(cap, d) for d in deg]


def _density(alpha: float, cap: int = 20) -> Method:
    """The bar raised by ``alpha`` x log((1 + candidates of one) x (1 + candidates of the other)): a pair in
    a busy window (many reports of the same days sharing its words and names) must score higher than one on
    a quiet day. A function of the set, but not of the pair alone: a report arriving later raises the bars
    of its candidates' pairs."""
    def cluster(ts: TuneSet, b: float) -> list[int]:
        deg = degrees(ts, cap)
        return E.components(len(ts.ids), [(i, j) for i, j, d in ts.pairs
                                           if d["s"] >= b + alpha * math.log((1 + deg[i]) * (1 + deg[j]))])
    return cluster


def incremental_density(ts: TuneSet, order: list[int], bar: float, alpha: float, cap: int = 20) -> tuple[list[int], dict[str, int]]:
    """The density bar built as a kb would build it, one report at a time in ``order`` (the design for the next
    round): a pair links when the later of the two arrives, if it reaches the bar at the counts of that moment;
    each arrival raises its candidates' counts, so their links are re-checked and those now under their bar are
    removed. Bars only rise, so a pair under its bar never links later and every order ends in the partition of
    :func:`_density`. Returns the clusters and the work: links re-checked, removed, and stories split."""
    nb: dict[int, dict[int, float]] = defaultdict(dict)
    for i, j, d in ts.pairs:
        nb[i][j] = nb[j][i] = d["s"]

    def bar_of(x: int, y: int) -> float:
        return bar + alpha * math.log((1 + min(cap, count[x])) * (1 + min(cap, count[y])))

    seen: set[int] = set()
    count: dict[int, int] = defaultdict(int)
    links: dict[int, set[int]] = defaultdict(set)
    work = {"rechecked": 0, "removed": 0, "splits": 0}
    for x in order:
        cands = sorted(c for c in nb[x] if c in seen)
        raised = [c for c in cands if count[c] < cap]  # past the cap a count no longer moves its bar
        count[x] = len(cands)
        for c in cands:
            count[c] += 1
        for c in raised:  # the links stored before ``x``, under the bars ``x`` raised
            for y in sorted(links[c]):
                work["rechecked"] += 1
                if nb[c][y] < bar_of(c, y):
                    links[c].discard(y)
                    links[y].discard(c)
                    work["removed"] += 1
                    work["splits"] += y not in _reach(links, c)
        for c in cands:
            if nb[x][c] >= bar_of(x, c):
                links[x].add(c)
                links[c].add(x)
        seen.add(x)
    return E.components(len(ts.ids), [(i, j) for i in links for j in links[i] if i < j]), work


def _reach(links: dict[int, set[int]], start: int) -> set[int]:
    seen, stack = {start}, [start]
    while stack:
        for w in links[stack.pop()]:
            if w not in seen:
                seen.add(w)
                stack.append(w)
    return seen


def _single(ts: TuneSet, b: float) -> list[int]:
    return single(ts, b)


def _at(method: Method, bar: float) -> Callable[[TuneSet], list[int]]:
    return lambda ts: method(ts, bar)


def methods() -> dict[str, Method]:
    out: dict[str, Method] = {"shipped: single link": _single}
    for mode, gates in (("avg", (0.1, 0.15, 0.2)), ("min", (0.05, 0.1)), ("frac", (0.3, 0.5))):
        for g, up in itertools.product(gates, (0.05, 0.15)):
            out[f"gated {mode} >= {g}, strong = bar + {up}"] = _gated(mode, g, up)
    for w in (1, 2):
        out[f"span <= {w} days"] = _span(w)
    for gap in (0.04, 0.08, 0.12, 0.16):
        out[f"attach to best partner at bar - {gap}"] = _attach(gap)
    for share, disjoint in ((0.02, 0.0), (0.0, 0.02), (0.0, 0.04), (0.02, 0.02), (0.04, 0.04)):
        out[f"bar -{share} when the leads' days agree, +{disjoint} when they differ"] = _days(share, disjoint)
    for alpha in (0.02, 0.03, 0.04):
        out[f"bar + {alpha} x log((1 + candidates) x (1 + candidates)), at most 20 each"] = _density(alpha)
    out["the same, 0.03, candidates not capped"] = _density(0.03, 10**9)
    return out


def _incremental_report(sets: list[TuneSet], found: dict[str, Any]) -> dict[str, Any]:
    """The density bar at 0.03 (its chosen bar) built one report at a time, in date order and three shuffles:
    whether each order ends in the batch partition, and the work per arrival."""
    name = "bar + 0.03 x log((1 + candidates) x (1 + candidates)), at most 20 each"
    b = found[name]["bar"]
    out: dict[str, Any] = {"method": name, "bar": b}
    for ts in sets:
        batch = _blocks(_density(0.03)(ts, b))
        rows = []
        for seed in (None, 1, 2, 3):
            order = sorted(range(len(ts.ids)), key=lambda k: (ts.days[k] or 0, ts.ids[k]))
            if seed is not None:
                random.Random(seed).shuffle(order)
            lab, work = incremental_density(ts, order, b, 0.03)
            rows.append({"order": "by day" if seed is None else f"shuffled {seed}", "same_as_batch": _blocks(lab) == batch,
                         **{k: round(v / len(ts.ids), 3) for k, v in work.items()}})
        out[ts.name] = rows
    return out


def _blocks(lab: list[int]) -> set[frozenset[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for k, c in enumerate(lab):
        out[c].add(k)
    return {frozenset(v) for v in out.values()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, required=True, help="BASIL records (basil_dev*.jsonl + .ids.tsv)")
    ap.add_argument("--fresh", type=Path, required=True, help="stories_r6 records (allsides_fresh.jsonl + .ids.tsv)")
    ap.add_argument("--min-precision", type=float, default=0.95)
    ap.add_argument("--boot", type=int, default=2000, help="bootstrap resamplings for the best method")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression

    sets = tune_sets(args.records, args.fresh)
    bars = [x / 200 for x in range(-40, 91)]  # below 0: a bar that rises with the candidates starts low
    res: dict[str, Any] = {"pairs": {ts.name: len(ts.pairs) for ts in sets},
                           "methods": {name: judge(sets, fn, bars, args.min_precision) for name, fn in methods().items()}}
    models: dict[str, tuple[Callable[[], Any], tuple[str, ...]]] = {
        "model: logistic regression, lead + body + entities": (lambda: LogisticRegression(max_iter=3000), FEATURES[:3]),
        "model: logistic regression": (lambda: LogisticRegression(max_iter=3000), FEATURES),
        "model: gradient boosting": (lambda: HistGradientBoostingClassifier(max_depth=3, learning_rate=0.05), FEATURES)}
    for name, (make, feats) in models.items():
        res["methods"][name] = judge_model(sets, model_probs(sets, make, feats), args.min_precision)
    ship = res["methods"]["shipped: single link"]
    ranked = sorted(((m["smoothed"], n) for n, m in res["methods"].items() if m and not n.startswith(("model", "shipped"))),
                    reverse=True)
    fns = methods()
    res["best_vs_shipped"] = {n: bootstrap(sets, _at(_single, ship["bar"]), _at(fns[n], res["methods"][n]["bar"]), args.boot)
                              for _, n in ranked[:3]}
    res["incremental_density"] = _incremental_report(sets, res["methods"])
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for n, m in res["methods"].items():
            print(f"{n:48s} " + ("-" if m is None else f"{m['smoothed']:.4f} at {m['bar']:.3f}"))
        print("best against shipped (bootstrap over stories)", res["best_vs_shipped"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
