"""Does a signal that is not lexical keep an affair's next happening apart from the last (round 26)? Measured
on the THREE tune sets only: the BASIL tune half (among all BASIL reports and distractors), stories_r6 and
stories_r19; their check halves are never scored here.

    python benchmarks/stories_happenings.py --records DIR --json
        # DIR holds basil_dev*, allsides_fresh (stories_r6) and allsides_r19 (stories_r19) records + .ids.tsv

Pairs and the shipped score as in ``stories_structure.py`` (the kb's candidates: both dated, at most 3 days
apart, sharing an index key). Every rival is the shipped density bar (``bar + 0.03 x log((1 + c1)(1 + c2))``)
moved up when the two reports' signals disagree (both have one, none in common) and/or down when they agree:

- ``told_day``: the recent calendar days the lead's resolved times name (at most 3 days before publication;
  ``stories_structure.lead_days``), "on Tuesday" in a report of Thursday: the happening's day as told;
- ``ev_gap``: the lead events' own days (``stories_leads``; the publication day when none is resolved) a day or
  more apart (agreement: the same day);
- ``ev_type`` / ``ev_tp``: the lead's PLOVER event types / (type, party) pairs (``stories_leads``);
- ``figure``: the lead's figures (counts and money, not additions or running totals): both give some and share
  no value (a toll that differs), or share one;
- ``figure_obj``: the same, only among figures of an object both leads count (the dead, the troops);
- ``told_past`` (added after the first scoring, from the tune sets' errors: most leads tell only their own
  publication day, so ``told_day`` is mostly the publication gap): each lead's earliest told day, compared
  only when one side's is before its own publication day (a report telling a past happening); +1 when equal;
- ``speakers`` / ``speakers_first``: the report's quoted speakers (listed quotes; a person by reference-actor
  key, else surname), all of them or the first two to speak.

**Criterion (written before any rival was scored, round 26).** The reference is the rule as shipped: the
density bar at the base bar of ``data/story_params.tsv`` (0.065), not a bar re-chosen here. A rival's base
bar is chosen by the F1 smoothed over five neighbouring bars, mean of the three sets, keeping on each set the
precision floor ``min(0.95, the shipped rule's precision there)`` (a floor the rule as shipped meets on every
set: the lesson of round 19). A rival is built into the kb only if (1) its mean F1 over the three sets at its
chosen bar beats the shipped rule's, (2) the bootstrap over the three sets' stories (2,000 draws, each set's
stories resampled) has its 5% bound above zero, and (3) no set's F1 falls by more than 0.02.
**Expectation, written with it:** the day and event signals fail again as in rounds 13-14 (a day-apart
happening shares the affair's people and types; the angle pieces that r6's recall rests on are as far apart);
figures and speakers are sparse in leads, so most pairs read 0 and shifts move few links; speakers may cut
some of stories_r19's wrong links (a hearing against the e-mails report) but also angle pieces. Most likely
nothing wins beyond the noise (best mean gain under +0.01, lower bound at or under zero).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_stories as E  # noqa: E402
import stories_leads as L  # noqa: E402
import stories_structure as S  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
R19_GOLD = ROOT / "benchmarks" / "gold" / "stories_r19.jsonl"
SHIPPED_BAR = 0.065  # data/story_params.tsv's threshold: the rule as shipped
FIGURE_KINDS = ("count", "money")
N_FIRST_SPEAKERS = 2


def lead_figures(rec: Any, n_words: int = L.LEAD_WORDS) -> dict[str, set[float]]:
    """The lead's figures by object (``""`` for a figure of no object): counts and money that are neither an
    addition ("two more") nor a running total, so that a level told by two reports can be compared."""
    end = L.lead_end(rec.title, rec.text, n_words)
    out: dict[str, set[float]] = defaultdict(set)
    for a in rec.amounts:
        if a.start < end and a.kind in FIGURE_KINDS and not a.added and not a.running_total:
            out[(a.object or "").lower()].add(float(a.value))
    return dict(out)


def speakers(rec: Any, first: int | None = None) -> set[str]:
    """The report's quoted speakers in order of their first listed quote (``first``: only that many): a person by
    reference-actor key when it has one, else the last word of its name; others by name."""
    from newsgraph.record import listed_quote

    names = {e.id: (e.name, e.type, e.country) for e in rec.entities}
    seen: list[str] = []
    for q in sorted(rec.quotes, key=lambda q: q.start):
        if not q.speaker or q.speaker not in names or not listed_quote(q.kind, q.modality):
            continue
        name, typ, country = names[q.speaker]
        key = L.party_key(name, country) if typ == "PERSON" else name.lower()
        if typ == "PERSON" and not key.startswith("a:") and name.split():
            key = name.lower().split()[-1]  # "Trump" and "Donald Trump" are one speaker
        if key not in seen:
            seen.append(key)
    return set(seen[:first] if first else seen)


def figure_agreement(a: dict[str, set[float]], b: dict[str, set[float]], by_object: bool) -> float:
    """+1 when the leads share a figure (of an object both count, with ``by_object``), -1 when both give some
    and share none, else 0."""
    if by_object:
        common = set(a) & set(b) - {""}
        if not common:
            return 0.0
        return 1.0 if any(a[k] & b[k] for k in common) else -1.0
    va, vb = set().union(*a.values()) if a else set(), set().union(*b.values()) if b else set()
    return L.agreement(va, vb)


def told_past(a: Any, b: Any) -> float:
    """+1 when the two leads' earliest told days are one day, -1 when they differ and one of them is before its
    report's own publication day, else 0 (``told_past`` of the module docstring)."""
    # calendar days only: a week ("2013-W12") names no day of a happening
    da, db = ({d for d in S.lead_days(r) if d[5:7].isdigit()} for r in (a, b))
    if not da or not db:
        return 0.0
    ma, mb = min(da), min(db)
    if ma == mb:
        return 1.0
    past = ma < (a.published or "")[:10] or mb < (b.published or "")[:10]
    return -1.0 if past else 0.0


def add_happenings(ts: S.TuneSet, recs: list[Any]) -> None:
    """Each pair of ``ts`` gains the round-14 lead signals and this module's."""
    L.add_signals(ts, recs)
    told = [S.lead_days(r) for r in recs]
    figs = [lead_figures(r) for r in recs]
    spk = [speakers(r) for r in recs]
    spk1 = [speakers(r, N_FIRST_SPEAKERS) for r in recs]
    for i, j, d in ts.pairs:
        d["told_day"] = L.agreement(told[i], told[j])
        d["told_past"] = told_past(recs[i], recs[j])
        d["ev_day"] = 1.0 if d["ev_gap"] == 0 else -1.0
        d["figure"] = figure_agreement(figs[i], figs[j], False)
        d["figure_obj"] = figure_agreement(figs[i], figs[j], True)
        d["speakers"] = L.agreement(spk[i], spk[j])
        d["speakers_first"] = L.agreement(spk1[i], spk1[j])


SIGNALS = ("told_day", "told_past", "ev_day", "ev_type", "ev_tp", "figure", "figure_obj", "speakers", "speakers_first")
SHIFTS = ((0.02, 0.0), (0.04, 0.0), (0.08, 0.0), (0.0, 0.02), (0.02, 0.02), (0.04, 0.04))


def methods() -> dict[str, L.Method]:
    out: dict[str, L.Method] = {"shipped density bar": L.shifted(lambda d: 0.0)}
    for f, (up, down) in itertools.product(SIGNALS, SHIFTS):
        out[f"{f}: +{up} when they disagree, -{down} when they agree"] = L.shifted(
            lambda d, f=f, up=up, down=down: up if d[f] < 0 else -down if d[f] > 0 else 0.0)
    return out


def best_bar(sets: list[S.TuneSet], per_set: list[list[dict[str, Any]]], bars: list[float],
             floors: list[float]) -> dict[str, Any] | None:
    """``stories_structure.best_bar`` with a precision floor per set."""
    best: dict[str, Any] | None = None
    for k in range(2, len(bars) - 2):
        smooth = sum(m["f1"] for row in per_set for m in row[k - 2 : k + 3]) / (5 * len(sets))
        if all(row[k]["precision"] >= fl for row, fl in zip(per_set, floors, strict=True)) and (
                best is None or smooth > best["smoothed"] + 1e-9):
            best = {"smoothed": round(smooth, 4), "bar": bars[k], "mean_f1": round(
                sum(row[k]["f1"] for row in per_set) / len(sets), 4),
                **{ts.name: row[k] for ts, row in zip(sets, per_set, strict=True)}}
    return best


def tune_sets(records: Path) -> tuple[list[S.TuneSet], dict[str, list[Any]]]:
    from stories_signals import basil_tune_half

    recs, gold, half = basil_tune_half(records)
    named = [("basil_tune", recs, gold, half)]
    for name, path, file in (("stories_r6", S.R6_GOLD, "allsides_fresh"), ("stories_r19", R19_GOLD, "allsides_r19")):
        rows = E.read_jsonl(path)
        by_input = E.load_records(rows, file, records)
        g = {by_input[d["id"]].id: d["story"] for d in rows if d["id"] in by_input}
        named.append((name, list({r.id: r for r in by_input.values()}.values()), g, set(g.values())))
    out, by_name = [], {}
    for name, rs, g, h in named:
        ts = S.TuneSet.of_records(name, rs, g, h)
        add_happenings(ts, rs)
        out.append(ts)
        by_name[name] = rs
    return out, by_name


def coverage(ts: S.TuneSet) -> dict[str, dict[str, int]]:
    """How many pairs each signal reads -1 / 0 / +1 (a signal that reads 0 everywhere cannot move a link)."""
    out: dict[str, dict[str, int]] = {}
    for f in SIGNALS:
        c: dict[str, int] = defaultdict(int)
        for *_, d in ts.pairs:
            c[str(int(d[f]))] += 1
        out[f] = dict(sorted(c.items()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, required=True, help="folder of the three sets' records")
    ap.add_argument("--boot", type=int, default=2000, help="bootstrap resamplings for the best three")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    random.seed(0)
    sets, _ = tune_sets(args.records)
    bars = [x / 400 for x in range(-40, 120)]
    fns = methods()
    ship = [S.prf(ts.per_item(fns["shipped density bar"](ts, SHIPPED_BAR))) for ts in sets]
    floors = [min(0.95, m["precision"]) for m in ship]
    res: dict[str, Any] = {
        "pairs": {ts.name: len(ts.pairs) for ts in sets}, "coverage": {ts.name: coverage(ts) for ts in sets},
        "shipped_as_shipped": {"bar": SHIPPED_BAR, "mean_f1": round(sum(m["f1"] for m in ship) / len(sets), 4),
                               **{ts.name: m for ts, m in zip(sets, ship, strict=True)}},
        "floors": dict(zip((ts.name for ts in sets), floors, strict=True)), "methods": {}}
    for n, fn in fns.items():
        per_set = [[S.prf(ts.per_item(fn(ts, b))) for b in bars] for ts in sets]
        res["methods"][n] = best_bar(sets, per_set, bars, floors)
    ranked = sorted(((m["mean_f1"], n) for n, m in res["methods"].items() if m and n != "shipped density bar"),
                    reverse=True)
    ref = S._at(fns["shipped density bar"], SHIPPED_BAR)
    res["best_vs_shipped"] = {n: S.bootstrap(sets, ref, S._at(fns[n], res["methods"][n]["bar"]), args.boot)
                              for _, n in ranked[:3]}
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print("shipped as shipped", res["shipped_as_shipped"])
        for n, m in res["methods"].items():
            print(f"{n:64s} " + ("-" if m is None else f"{m['mean_f1']:.4f} ({m['smoothed']:.4f}) at {m['bar']:.4f}"))
        print("best against shipped (bootstrap over stories)", res["best_vs_shipped"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
