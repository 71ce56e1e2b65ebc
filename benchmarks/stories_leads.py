"""What a story's reports share that the affair's next happening does not, measured on the TUNE sets only
(round 14): the lead's own event, the direction of a retelling, shared neighbours, how busy the affair is
around a report, and a guard against reports that hang on one weak link.

    python benchmarks/stories_leads.py --records DIR --fresh DIR --json

Tune sets and pairs as in ``stories_structure.py`` (the first half of the BASIL dev stories among all BASIL
reports and distractors, and stories_r6; the kb's candidate pairs with the shipped score); the check half is
never scored here. Every method is the shipped density bar (``threshold + 0.03 x log((1 + c1)(1 + c2))``)
with one change, its base bar chosen as ``eval_stories.py --tune`` chooses one (mean over both sets of the F1
smoothed over five bars, precision at least ``--min-precision`` on both). Signals:

- ``lead event``: the events the record finds in the lead (title and first ``LEAD_WORDS`` words), not negated
  or hypothetical: their types (``ev_type``), their (type, party) pairs (``ev_tp``, parties by reference-actor
  key), the first one's type (``ev_first``); +1 when the two leads share one, -1 when both have some and share
  none, 0 when a side has none. The bar moves up on -1 and/or down on +1;
- ``event day``: the lead events' own days (their resolved times, at most a week before publication; the
  publication day when none is resolved) and the least gap between the two reports' days (``ev_gap``); with
  ``ev_gap_x`` only when a side resolves one. The bar moves up when the gap is a day or more;
- ``retelling``: the cosine of one report's title + lead with the other's body, the weaker direction
  (``cross_min``), or the later report's lead in the earlier report's body (``cross_dir``): a report of the
  next happening retells the earlier one in its body, but the earlier body cannot tell the later lead;
- ``shared neighbours``: the share of the two reports' other strong partners (score at least 0.15) they have
  in common (``snn``); the bar moves down by ``k x (share - 0.5)``;
- ``similar density``: the density bar counting only candidates that score at least ``tau`` (how busy the
  affair is around a report, not its window), alone or beside the shipped count;
- ``weak hanger``: a report whose only link into a story of three or more reports clears its bar by less
  than ``margin`` is cut loose (a cluster-level guard against the single link to a story).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_stories as E  # noqa: E402
import stories_structure as S  # noqa: E402

LEAD_WORDS = 60  # the lead: the title and this many words of the body
BACK_DAYS = 7  # an event time further back than this is background, not the lead's own day
STRONG = 0.15  # a partner counts for shared neighbours from this score
_WORD = re.compile(r"\S+")


def lead_end(title: str | None, text: str, n_words: int = LEAD_WORDS) -> int:
    """The offset in ``text`` where the lead ends: after the title when the text repeats it, then ``n_words``."""
    pos = 0
    title = (title or "").strip()
    if title and text.lstrip().startswith(title):
        pos = text.index(title) + len(title)
    for k, m in enumerate(_WORD.finditer(text, pos)):
        if k >= n_words:
            return m.start()
    return len(text)


def lead_signature(rec: Any, n_words: int = LEAD_WORDS) -> dict[str, Any]:
    """The lead's events: types, parties, (type, party) pairs, the first event's type, and their own days
    (ordinals; the publication day when no event resolves one)."""
    end = lead_end(rec.title, rec.text, n_words)
    evs = sorted((e for e in rec.events if e.start < end and not e.negated and not e.hypothetical),
                 key=lambda e: e.start)
    pub = E._ordinal((rec.published or "")[:10])
    days = set()
    for e in evs:
        d = E._ordinal(e.time[:10]) if e.time and len(e.time) >= 10 else None
        if d is not None and pub is not None and 0 <= pub - d <= BACK_DAYS:
            days.add(d)
    tp = {(e.type, party_key(p.name, p.country)) for e in evs for p in e.actors + e.targets}
    return {"types": {e.type for e in evs}, "tp": tp, "first": evs[0].type if evs else None,
            "days": days or ({pub} if pub is not None else set()), "explicit": bool(days)}


def party_key(name: str, country: str | None) -> str:
    """A party by reference-actor key (``a:`` + key) when a person, organization or place has one, else its name."""
    from newsgraph.actors import actor_for

    for typ in ("PERSON", "ORG", "GPE"):
        a = actor_for(name, typ, country)
        if a:
            return f"a:{a.key}"
    return name.lower()


def agreement(a: set[Any] | Any, b: set[Any] | Any) -> float:
    """+1 when both sides have something and share it, -1 when both have something and share nothing, else 0."""
    if not a or not b:
        return 0.0
    same = bool(a & b) if isinstance(a, set) else a == b
    return 1.0 if same else -1.0


def add_signals(ts: S.TuneSet, recs: list[Any]) -> None:
    """Each pair of ``ts`` gains the signals of the module docstring."""
    from newsgraph.kb import storyfeatures as sf

    p = sf.params()
    sigs = [lead_signature(r) for r in recs]
    feats = [sf.features_of(r, p) for r in recs]
    strong: dict[int, set[int]] = defaultdict(set)
    for i, j, d in ts.pairs:
        if d["s"] >= STRONG:
            strong[i].add(j)
            strong[j].add(i)
    for i, j, d in ts.pairs:
        a, b = sigs[i], sigs[j]
        d.update(ev_type=agreement(a["types"], b["types"]), ev_tp=agreement(a["tp"], b["tp"]),
                 ev_first=agreement(a["first"], b["first"]),
                 ev_gap=min((abs(x - y) for x in a["days"] for y in b["days"]), default=d["gap"]))
        d["ev_gap_x"] = d["ev_gap"] if a["explicit"] or b["explicit"] else -1
        ab, ba = sf.text_cosine(feats[i].terms, feats[j].body), sf.text_cosine(feats[j].terms, feats[i].body)
        di, dj = ts.days[i] or 0, ts.days[j] or 0
        d["cross_min"] = min(ab, ba)
        d["cross_dir"] = min(ab, ba) if di == dj else ab if di > dj else ba
        ni, nj = strong[i] - {j}, strong[j] - {i}
        d["snn"] = len(ni & nj) / len(ni | nj) if ni | nj else -1.0


Method = Callable[[S.TuneSet, float], list[int]]


def density(ts: S.TuneSet, alpha: float = 0.03, cap: int = 20) -> Callable[[int, int], float]:
    deg = S.degrees(ts, cap)
    return lambda i, j: alpha * math.log((1 + deg[i]) * (1 + deg[j]))


def shifted(shift: Callable[[dict[str, float]], float]) -> Method:
    """The shipped density bar moved by ``shift`` of the pair's signals."""
    def cluster(ts: S.TuneSet, b: float) -> list[int]:
        up = density(ts)
        return E.components(len(ts.ids), [(i, j) for i, j, d in ts.pairs if d["s"] >= b + up(i, j) + shift(d)])
    return cluster


def similar_density(alpha: float, tau: float, beta: float = 0.0, cap: int = 20) -> Method:
    """The bar raised by ``alpha`` x log of the two reports' candidates scoring at least ``tau`` (plus ``beta`` x
    the shipped count's term)."""
    def cluster(ts: S.TuneSet, b: float) -> list[int]:
        deg = [0] * len(ts.ids)
        for i, j, d in ts.pairs:
            if d["s"] >= tau:
                deg[i] += 1
                deg[j] += 1
        deg = [min(cap, x) for x in deg]
        up = density(ts, beta)
        return E.components(len(ts.ids), [(i, j) for i, j, d in ts.pairs if d["s"] >= b + up(i, j)
                                          + alpha * math.log((1 + deg[i]) * (1 + deg[j]))])
    return cluster


def weak_hanger(margin: float, min_size: int = 3) -> Method:
    """Shipped links, less each link by which a report hangs alone (its only link) on a story of ``min_size`` or
    more reports when the link clears its bar by less than ``margin``."""
    def cluster(ts: S.TuneSet, b: float) -> list[int]:
        up = density(ts)
        links = [(i, j, d["s"] - b - up(i, j)) for i, j, d in ts.pairs if d["s"] >= b + up(i, j)]
        return hang(len(ts.ids), links, margin, min_size)
    return cluster


def hang(n: int, links: list[tuple[int, int, float]], margin: float, min_size: int) -> list[int]:
    """Components of ``links`` (i, j, how far over the bar) less the weak links of reports that hang by one."""
    comp = E.components(n, [(i, j) for i, j, _ in links])
    size: dict[int, int] = defaultdict(int)
    for c in comp:
        size[c] += 1
    deg: dict[int, int] = defaultdict(int)
    for i, j, _ in links:
        deg[i] += 1
        deg[j] += 1
    keep = [(i, j) for i, j, m in links
            if not (m < margin and size[comp[i]] >= min_size and 1 in (deg[i], deg[j]))]
    return E.components(n, keep)


def methods() -> dict[str, Method]:
    out: dict[str, Method] = {"shipped density bar": shifted(lambda d: 0.0)}
    for f in ("ev_type", "ev_tp", "ev_first"):
        for up, down in ((0.02, 0.0), (0.04, 0.0), (0.0, 0.02), (0.0, 0.04), (0.02, 0.02), (0.04, 0.04)):
            out[f"{f}: +{up} when the leads share none, -{down} when they share one"] = shifted(
                lambda d, f=f, up=up, down=down: up if d[f] < 0 else -down if d[f] > 0 else 0.0)
    for f in ("ev_gap", "ev_gap_x"):
        for up in (0.01, 0.02, 0.04, 0.08):
            out[f"{f} a day or more: +{up}"] = shifted(lambda d, f=f, up=up: up if d[f] >= 1 else 0.0)
    for f in ("cross_min", "cross_dir"):
        for t in (0.1, 0.15, 0.2, 0.25):
            for up in (0.02, 0.04, 0.08):
                out[f"{f} under {t}: +{up}"] = shifted(lambda d, f=f, t=t, up=up: up if d[f] < t else 0.0)
    for k in (0.02, 0.04, 0.08):
        out[f"snn: -{k} x (share - 0.5)"] = shifted(lambda d, k=k: -k * (d["snn"] - 0.5) if d["snn"] >= 0 else 0.0)
        out[f"snn: +{k} when no strong partner in common"] = shifted(lambda d, k=k: k if d["snn"] == 0 else 0.0)
    for tau in (0.05, 0.1, 0.15, 0.2):
        for alpha in (0.02, 0.03, 0.05, 0.08):
            out[f"similar density tau {tau}, {alpha} (instead of the shipped count)"] = similar_density(alpha, tau)
        for alpha in (0.02, 0.04):
            out[f"similar density tau {tau}, {alpha} (beside the shipped count)"] = similar_density(alpha, tau, 0.03)
    for margin in (0.01, 0.02, 0.04, 0.08):
        for size in (3, 4):
            out[f"weak hanger: margin {margin}, stories of {size}+"] = weak_hanger(margin, size)
    return out


def tune_sets(records: Path, fresh: Path) -> list[S.TuneSet]:
    """The two tune sets with the signals added to their pairs."""
    from stories_signals import basil_tune_half

    recs, gold, half = basil_tune_half(records)
    rows = E.read_jsonl(S.R6_GOLD)
    r6 = E.load_records(rows, "allsides_fresh", fresh)
    g6 = {r6[d["id"]].id: d["story"] for d in rows if d["id"] in r6}
    r6_recs = list({r.id: r for r in r6.values()}.values())
    out = []
    for name, rs, g, h in (("basil_tune", recs, gold, half), ("stories_r6", r6_recs, g6, set(g6.values()))):
        ts = S.TuneSet.of_records(name, rs, g, h)
        add_signals(ts, rs)
        out.append(ts)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, required=True, help="BASIL records (basil_dev*.jsonl + .ids.tsv)")
    ap.add_argument("--fresh", type=Path, required=True, help="stories_r6 records (allsides_fresh.jsonl + .ids.tsv)")
    ap.add_argument("--min-precision", type=float, default=0.95)
    ap.add_argument("--boot", type=int, default=2000, help="bootstrap resamplings for the best three")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sets = tune_sets(args.records, args.fresh)
    bars = [x / 400 for x in range(-40, 120)]
    fns = methods()
    res: dict[str, Any] = {"methods": {n: S.judge(sets, fn, bars, args.min_precision) for n, fn in fns.items()}}
    ship = res["methods"]["shipped density bar"]
    ranked = sorted(((m["smoothed"], n) for n, m in res["methods"].items() if m and n != "shipped density bar"),
                    reverse=True)
    res["best_vs_shipped"] = {n: S.bootstrap(sets, S._at(fns["shipped density bar"], ship["bar"]),
                                             S._at(fns[n], res["methods"][n]["bar"]), args.boot) for _, n in ranked[:3]}
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for n, m in res["methods"].items():
            print(f"{n:64s} " + ("-" if m is None else f"{m['smoothed']:.4f} at {m['bar']:.4f}"))
        print("best against shipped (bootstrap over stories)", res["best_vs_shipped"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
