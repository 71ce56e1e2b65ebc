"""Round 37 (issue 20): entity identity, title weight, window shape and link rules against the shipped density
bar, on the THREE tune sets only (the BASIL tune half among all BASIL reports and distractors, stories_r6,
stories_r19; no check half is scored here).

    python benchmarks/stories_r37.py --records DIR --json
        # DIR holds basil_dev*, allsides_fresh (stories_r6) and allsides_r19 (stories_r19) records + .ids.tsv

Pairs, the shipped score and the density bar as in ``stories_happenings.py`` (its shipped row reproduces the
kb's figures: 0.966 / 0.861 / 0.746). Rivals:

- ``ent_idf^k wW``: the entity cosine (weight 0.1 in the score) replaced by W x the cosine of entity vectors
  weighted by the rarity of their names (the fixed word table's IDF of the name's rarest word, to the power k):
  a shared "Scalise" should count more than a shared "United States";
- ``surname^k wW``: the same with every person keyed by surname ("Obama", "President Obama" and "Barack Obama"
  meet on one key: a bare surname often has no reference actor while the full name has one);
- ``noself wW`` / ``noself_sur wW``: the outlet's own name left out of its report's entities ("Fox News" in
  Fox's reports says which outlet, not which story), without and with surname keys;
- ``title_weight W``: the lead cosine with title words counted W times (shipped 2);
- ``window 2``: links at most 2 days apart (shipped 3; the counts stay the 3-day window's);
- ``gap3 +x`` / ``gap>=2 +x``: the bar raised by x for pairs 3 days apart, or by x per day past the first;
- ``triangle dD``: a link within D of its bar kept only when a third report links to both;
- ``bestK``: a link must be among the K best-scoring candidates of one of its reports (round 13's rule);
  ``w2+best1`` both rules; ``best1 when days apart`` the best-partner rule only for pairs of different days.

Criterion (rounds 26 and 32, unchanged): each rival's base bar chosen by the F1 smoothed over five neighbouring
bars, mean of the three sets, with each set's precision floor min(0.95, the shipped rule's precision there); a
rival is built only if its mean F1 beats the rule as shipped, the bootstrap over the three sets' stories has
its 5% bound above zero, and no set loses more than 0.02.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_stories as E  # noqa: E402
import stories_happenings as H  # noqa: E402
import stories_leads as L  # noqa: E402
import stories_structure as S  # noqa: E402

SHIPPED_BAR = H.SHIPPED_BAR
TITLE_WEIGHTS = (1.0, 3.0, 4.0)
Links = list[tuple[int, int]]
Pairs = dict[tuple[int, int], float]


def name_rarity(key: str) -> float:
    """The fixed table's IDF of the rarest word of an entity key's name (1 when it has no word)."""
    from newsgraph.kb import storyfeatures as sf

    idf, unknown = sf.idf_table()
    words = sf.analyzer()(key.split(":", 1)[1].replace("_", " "))
    return max((idf.get(w, unknown) for w in words), default=1.0)


def entity_counts(rec: Any, surname: bool, noself: bool = False) -> dict[str, int]:
    """Mentions per entity key, as ``storyfeatures.entity_vector`` counts them, with the two options."""
    from newsgraph.actors import actor_for
    from newsgraph.kb import storyfeatures as sf
    from newsgraph.kb.entities import normalize_name, type_group

    own = (sf.normalize_outlet(rec.source) or "").lower() if noself else ""
    counts: dict[str, int] = {}
    for e in rec.entities:
        if e.type not in sf._STORY_ENTITY_TYPES:
            continue
        name = normalize_name(e.name)
        if surname and e.type == "PERSON" and name.split():
            key = f"p:{name.split()[-1]}"
        else:
            actor = actor_for(e.name, e.type, e.country)
            key = f"a:{actor.key}" if actor else f"{type_group(e.type)}:{name}"
        bare = key.split(":", 1)[1].lower().replace("_", " ")
        if own and (bare in own or own in bare):
            continue
        counts[key] = counts.get(key, 0) + max(1, len(e.mentions))
    return counts


def weighted(counts: dict[str, int], power: float) -> dict[str, float]:
    """(1 + log mentions) x rarity^power, L2-normalized."""
    vec = {k: (1.0 + math.log(c)) * (name_rarity(k) ** power if power else 1.0) for k, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def add_signals(ts: S.TuneSet, recs: list[Any]) -> None:
    """The rivals' cosines on each pair of ``ts``."""
    from newsgraph.kb import storyfeatures as sf

    p = sf.params()
    by_id = {r.id: r for r in recs}
    vecs = {
        "ei1": {i: weighted(entity_counts(r, False), 1) for i, r in by_id.items()},
        "ei2": {i: weighted(entity_counts(r, False), 2) for i, r in by_id.items()},
        "sur0": {i: weighted(entity_counts(r, True), 0) for i, r in by_id.items()},
        "sur1": {i: weighted(entity_counts(r, True), 1) for i, r in by_id.items()},
        "noself": {i: weighted(entity_counts(r, False, True), 0) for i, r in by_id.items()},
        "noself_sur": {i: weighted(entity_counts(r, True, True), 0) for i, r in by_id.items()},
    }
    for w in TITLE_WEIGHTS:
        vecs[f"tw{w}"] = {i: sf.tfidf(r.title or "", sf._lead(r, p.lead_words), title_weight=w) for i, r in by_id.items()}
    for i, j, d in ts.pairs:
        a, b = ts.ids[i], ts.ids[j]
        d.update({name: sf.text_cosine(v[a], v[b]) for name, v in vecs.items()})


def cluster_with(score: Callable[[dict[str, float]], float],
                 keep: Callable[[S.TuneSet, Links, Pairs, Pairs], Links] | None = None) -> L.Method:
    """Single link over the pairs whose ``score`` reaches the density bar, then filtered by ``keep``."""
    def cluster(ts: S.TuneSet, b: float) -> list[int]:
        up = L.density(ts)
        scores = {(i, j): score(d) for i, j, d in ts.pairs}
        margin = {(i, j): s - b - up(i, j) for (i, j), s in scores.items()}
        links = [ij for ij, m in margin.items() if m >= 0]
        if keep is not None:
            links = keep(ts, links, scores, margin)
        return E.components(len(ts.ids), links)
    return cluster


def within_days(ts: S.TuneSet, links: Links, days: int) -> Links:
    return [(i, j) for i, j in links if abs(ts.days[i] - ts.days[j]) <= days]


def best_k(ts: S.TuneSet, links: Links, scores: Pairs, k: int) -> Links:
    """The links among the ``k`` best-scoring candidates of one of their reports (ties by index)."""
    cands: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i, j, _ in ts.pairs:
        cands[i].append((scores[(i, j)], j))
        cands[j].append((scores[(i, j)], i))
    top = {x: {y for _, y in sorted(v, key=lambda t: (-t[0], t[1]))[:k]} for x, v in cands.items()}
    return [(i, j) for i, j in links if j in top.get(i, ()) or i in top.get(j, ())]


def triangle(links: Links, margin: Pairs, delta: float) -> Links:
    """Links within ``delta`` of their bar kept only when a third report links to both ends."""
    nb: dict[int, set[int]] = defaultdict(set)
    for i, j in links:
        nb[i].add(j)
        nb[j].add(i)
    return [(i, j) for i, j in links if margin[(i, j)] >= delta or nb[i] & nb[j]]


def methods() -> dict[str, L.Method]:
    ship: Callable[[dict[str, float]], float] = lambda d: d["s"]  # noqa: E731
    swap = lambda name, w: (lambda d: d["s"] - 0.1 * d["entities"] + w * d[name])  # noqa: E731
    out: dict[str, L.Method] = {"shipped": cluster_with(ship)}
    for w in (0.1, 0.2, 0.3):
        for pw in (1, 2):
            out[f"ent_idf^{pw} w{w}"] = cluster_with(swap(f"ei{pw}", w))
        for pw in (0, 1):
            out[f"surname^{pw} w{w}"] = cluster_with(swap(f"sur{pw}", w))
    for w in (0.1, 0.2):
        out[f"noself w{w}"] = cluster_with(swap("noself", w))
        out[f"noself_sur w{w}"] = cluster_with(swap("noself_sur", w))
    for w in TITLE_WEIGHTS:
        out[f"title_weight {w}"] = cluster_with(lambda d, w=w: d["s"] - 0.5 * d["lead"] + 0.5 * d[f"tw{w}"])
    out["window 2"] = cluster_with(ship, lambda ts, lk, sc, mg: within_days(ts, lk, 2))
    for x in (0.02, 0.04, 0.08):
        out[f"gap3 +{x}"] = cluster_with(lambda d, x=x: d["s"] - (x if d["gap"] >= 3 else 0.0))
        out[f"gap>=2 +{x}"] = cluster_with(lambda d, x=x: d["s"] - (x * (d["gap"] - 1) if d["gap"] >= 2 else 0.0))
    for dl in (0.02, 0.04, 0.06, 0.1):
        out[f"triangle d{dl}"] = cluster_with(ship, lambda ts, lk, sc, mg, dl=dl: triangle(lk, mg, dl))
    for k in (1, 2, 3):
        out[f"best{k}"] = cluster_with(ship, lambda ts, lk, sc, mg, k=k: best_k(ts, lk, sc, k))
    out["w2+best1"] = cluster_with(ship, lambda ts, lk, sc, mg: best_k(ts, within_days(ts, lk, 2), sc, 1))
    out["best1 when days apart"] = cluster_with(ship, lambda ts, lk, sc, mg: sorted(
        set(best_k(ts, lk, sc, 1)) | {(i, j) for i, j in lk if ts.days[i] == ts.days[j]}))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, required=True, help="folder of the three sets' records")
    ap.add_argument("--boot", type=int, default=1000, help="bootstrap resamplings for the best three")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sets, by_name = H.tune_sets(args.records)
    for ts in sets:
        add_signals(ts, by_name[ts.name])
    bars = [x / 400 for x in range(-20, 100)]
    fns = methods()
    ship = [S.prf(ts.per_item(fns["shipped"](ts, SHIPPED_BAR))) for ts in sets]
    floors = [min(0.95, m["precision"]) for m in ship]
    res: dict[str, Any] = {"shipped_as_shipped": {"bar": SHIPPED_BAR, "mean_f1": round(sum(m["f1"] for m in ship) / len(sets), 4),
                                                  **{ts.name: m for ts, m in zip(sets, ship, strict=True)}},
                           "floors": dict(zip((ts.name for ts in sets), floors, strict=True)), "methods": {}}
    for n, fn in fns.items():
        per_set = [[S.prf(ts.per_item(fn(ts, b))) for b in bars] for ts in sets]
        res["methods"][n] = H.best_bar(sets, per_set, bars, floors)
    ranked = sorted(((m["mean_f1"], n) for n, m in res["methods"].items() if m and n != "shipped"), reverse=True)
    ref = S._at(fns["shipped"], SHIPPED_BAR)
    res["best_vs_shipped"] = {n: S.bootstrap(sets, ref, S._at(fns[n], res["methods"][n]["bar"]), args.boot)
                              for _, n in ranked[:3]}
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for n, m in res["methods"].items():
            print(f"{n:26s} " + ("-" if m is None else f"{m['mean_f1']:.4f} at {m['bar']:.4f}"))
        print("best against shipped", res["best_vs_shipped"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
