"""Story clustering on BASIL (50 stories told by Fox News, The New York Times and HuffPost) among
distractor reports of the same weeks: newsgraph's knowledge base vs two peers, same inputs, same run.

    python benchmarks/eval_stories.py --data ../shared/data/stories/basil_dev.jsonl \\
        --distractors ../shared/data/stories/basil_dev_distractors.jsonl --records /work/cache/records --json
    python benchmarks/eval_stories.py ... --tune --write-params   # learn data/story_params.tsv (tune half)
    python benchmarks/eval_stories.py ... --tune-only --errors --json   # read the tune half's errors, nothing else
    python benchmarks/eval_stories.py ... --tune --tune-with-fresh DIR --min-precision 0.95 --write-params --tune-only
        # learn the settings on the BASIL tune half AND stories_r6 (a tune set since round 7): mean F1,
        # precision at least 0.95 on both
    python benchmarks/eval_stories.py ... --extra ../shared/data/news/allsides_world_conflict_dev.jsonl.gz
        # a second view: the first 1,000 AllSides world/conflict reports mixed in as more distractors,
        # less the near-duplicates of the story reports (records: DIR/allsides1000.jsonl)

Inputs: only id, title, date, url, source and text of each report (``story`` is the gold, never an input).
``--records DIR`` replays records extracted earlier (``DIR/basil_dev.jsonl`` + ``basil_dev.ids.tsv``
mapping input id -> record id, same for the distractors); without it the reports are extracted here.
newsgraph: every record is stored with :func:`newsgraph.kb.store_articles` into a fresh SQLite base (the
real write path, stories assigned incrementally in input order); an article's cluster is every stored
article with its ``story_id``. The same records stored in a shuffled order must give the same partition
(reported as ``same_partition_shuffled``).

Split: the gold story ids sorted, the first half tunes (``--tune``: window = the widest date spread of a
tune story, then threshold and weights by grid search on the tune half, each threshold judged by the mean
F1 of it and its four neighbours 0.005 apart), the second half is reported.
Metrics: B-cubed precision, recall and F1 averaged over the story reports of a half (distractors count
in the clusters, not as items). Peers: date-only single link (two reports within 3 days are one story),
and TF-IDF single link (scikit-learn's TfidfVectorizer fitted on all inputs, title + first 60 words,
cosine threshold chosen on the tune half).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repo, or NEWSGRAPH_SHARED (as tests/conftest.py: a worktree is one level deeper)
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")) / "data" / "stories"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_records(reports: list[dict[str, Any]], name: str, records_dir: Path | None) -> dict[str, Any]:
    """input id -> Article: replayed from ``records_dir`` when given, else extracted now."""
    from newsgraph.record import Article

    if records_dir is not None and (records_dir / f"{name}.jsonl").exists():
        idmap = dict(line.rstrip("\n").split("\t") for line in open(records_dir / f"{name}.ids.tsv", encoding="utf-8"))
        by_rec = {}
        with open(records_dir / f"{name}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                rec = Article.model_validate_json(line)
                by_rec[rec.id] = rec
        return {r["id"]: by_rec[idmap[r["id"]]] for r in reports if idmap.get(r["id"]) in by_rec}
    from newsgraph import extract_many

    items = [{"id": r["id"], "title": r.get("title"), "published": r.get("date") or None, "url": r.get("url"),
              "source": r.get("source"), "text": r["text"]} for r in reports]
    out = {}
    for r, rec in zip(reports, extract_many(items), strict=True):
        if hasattr(rec, "entities"):
            out[r["id"]] = rec
    return out


def _groups(clusters: dict[str, Any], gold: dict[str, str]) -> tuple[dict[Any, set[str]], dict[str, set[str]]]:
    """The members of each predicted cluster, and the reports of each gold story."""
    members: dict[Any, set[str]] = defaultdict(set)
    for item, c in clusters.items():
        members[c].add(item)
    by_story: dict[str, set[str]] = defaultdict(set)
    for item, s in gold.items():
        by_story[s].add(item)
    return members, by_story


def bcubed(clusters: dict[str, Any], gold: dict[str, str], half: set[str]) -> dict[str, float]:
    """B-cubed over the reports of ``half`` stories; ``clusters`` maps every stored item to its cluster."""
    members, by_story = _groups(clusters, gold)
    p = r = 0.0
    n = 0
    for item, s in gold.items():
        if s not in half:
            continue
        c = members[clusters[item]]
        g = by_story[s]
        p += len(c & g) / len(c)
        r += len(c & g) / len(g)
        n += 1
    p, r = p / n, r / n
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def components(n: int, links: Sequence[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in links:
        parent[find(i)] = find(j)
    return [find(i) for i in range(n)]


def _ordinal(day: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(day).toordinal() if day else None
    except ValueError:
        return None


def date_peer(items: list[tuple[str, str | None]], days: int = 3) -> dict[str, int]:
    """Single link: two reports published at most ``days`` apart are one story."""
    order = sorted(range(len(items)), key=lambda i: (_ordinal(items[i][1]) is None, _ordinal(items[i][1]) or 0))
    links = []
    for a, b in itertools.pairwise(order):
        da, db = _ordinal(items[a][1]), _ordinal(items[b][1])
        if da is not None and db is not None and db - da <= days:
            links.append((a, b))
    comp = components(len(items), links)
    return {items[i][0]: comp[i] for i in range(len(items))}


def tfidf_pairs(texts: list[str]) -> list[tuple[int, int, float]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    m = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    sim = (m @ m.T).tocoo()
    return [(int(i), int(j), float(v)) for i, j, v in zip(sim.row, sim.col, sim.data, strict=True) if i < j]


def lead_text(rec: Any, words: int = 60) -> str:
    body = rec.body_text() or rec.text
    return (rec.title or "") + "\n" + " ".join(body.split()[:words])


def store_base(records: list[Any], db: str, p: Any = None) -> tuple[dict[str, int], float]:
    """Store ``records`` in a fresh base in this order; record id -> story id, and the seconds spent.
    ``p``: story settings to use instead of ``data/story_params.tsv``."""
    import sqlalchemy as sa

    from newsgraph import kb
    from newsgraph.kb import stories
    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    saved = stories.params
    if p is not None:
        stories.params = lambda: p  # type: ignore[assignment]
    t0 = time.perf_counter()
    try:
        kb.store_articles(records, db=db, batch_size=64)
    finally:
        stories.params = saved  # type: ignore[assignment]
    secs = time.perf_counter() - t0
    with open_store(db) as st, st.connect() as conn:
        got = dict(conn.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all())
    return {k: int(v) for k, v in got.items()}, secs


def same_partition(a: dict[str, Any], b: dict[str, Any]) -> bool:
    def blocks(x: dict[str, Any]) -> set[frozenset[str]]:
        m: dict[Any, set[str]] = defaultdict(set)
        for k, v in x.items():
            m[v].add(k)
        return {frozenset(v) for v in m.values()}

    return blocks(a) == blocks(b)


def differing_reports(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many reports are in a story of ``a`` that is not a story of ``b`` (0: the same partition)."""
    def blocks(x: dict[str, Any]) -> set[frozenset[str]]:
        m: dict[Any, set[str]] = defaultdict(set)
        for k, v in x.items():
            m[v].add(k)
        return {frozenset(v) for v in m.values()}

    return sum(len(s) for s in blocks(a) - blocks(b))


def _tune_pairs(feats: list[Any], window: int, base: Any) -> list[tuple[int, int, dict[str, float]]]:
    """Pairs a kb could link (both dated, at most ``window`` days apart, sharing an index key), with score parts."""
    from newsgraph.kb import storyfeatures as sf

    days = [_ordinal(f.day) for f in feats]
    keys = [set(f.keys(base.index_terms)) for f in feats]
    out = []
    for i, j in itertools.combinations(range(len(feats)), 2):
        di, dj = days[i], days[j]
        if di is not None and dj is not None and abs(di - dj) <= window and keys[i] & keys[j]:
            out.append((i, j, sf.score(feats[i], feats[j], base)[1]))
    return out


def tune(db: str, gold: dict[str, str], tune_half: set[str], write: bool,
         entity_weights: Sequence[float] = (0.0, 0.1, 0.2),
         also: Sequence[tuple[str, list[Any], dict[str, str]]] = (), min_precision: float = 0.0) -> dict[str, Any]:
    """Learn the window and the score settings on the tune half from the features stored in ``db``; with
    ``also`` (name, features, gold: every report labelled, e.g. the round-6 fresh set, a tune set since round 7)
    a setting is judged by the mean of its smoothed F1 over the BASIL tune half and each of those sets.
    ``min_precision``: a setting whose B-cubed precision falls below it on any tune set is never chosen
    (precision first: a report left alone costs the reader less than one put in a wrong story)."""
    import sqlalchemy as sa

    from newsgraph.kb import storyfeatures as sf
    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    with open_store(db) as st, st.connect() as conn:
        feats = [sf.Features.from_json(aid, day, outlet, data) for aid, day, outlet, data in
                 conn.execute(sa.select(t.story_features.c.article_id, t.story_features.c.day,
                                        t.story_features.c.outlet, t.story_features.c.data))]
    days = {f.article_id: _ordinal(f.day) for f in feats}
    spread: dict[str, list[int]] = defaultdict(list)
    for aid, s in gold.items():
        if s in tune_half and days.get(aid) is not None:
            spread[s].append(days[aid])  # type: ignore[arg-type]
    window = max(max(v) - min(v) for v in spread.values())
    base = sf.params()
    sets = [("basil_tune", feats, gold, tune_half)] + [(n, fs, g, set(g.values())) for n, fs, g in also]
    pairs = [_tune_pairs(fs, window, base) for _, fs, _, _ in sets]
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    ths = [x / 200 for x in range(30, 91)]
    # lead and body weigh the same: a grid over their ratio too (0.5-0.9) reached tune F1 0.977 and fell
    # to 0.946 on the check half, i.e. it fitted the 25 tune stories (BENCHMARKS.md)
    for w_e, w_f in itertools.product(entity_weights, (0.0, 0.1)):
        per_set = []
        for (_, fs, g, half), prs in zip(sets, pairs, strict=True):
            f1s = []
            for th in ths:
                links = [(i, j) for i, j, pt in prs if 0.5 * pt["lead"] + 0.5 * pt["body"]
                         + w_e * pt["entities"] + w_f * pt["facts"] >= th]
                comp = components(len(fs), links)
                f1s.append(bcubed({f.article_id: comp[i] for i, f in enumerate(fs)}, g, half))
            per_set.append(f1s)
        # a threshold is judged with its neighbours (+-0.01): a lone spike on 25 stories is noise
        for k in range(2, len(ths) - 2):
            smooth = sum(m["f1"] for f1s in per_set for m in f1s[k - 2 : k + 3]) / (5 * len(per_set))
            if smooth > best[0] + 1e-9 and all(f1s[k]["precision"] >= min_precision for f1s in per_set):
                best = (smooth, {"window_days": window, "threshold": ths[k], "w_lead": 0.5, "w_body": 0.5,
                                 "w_entities": w_e, "w_facts": w_f, "tune": per_set[0][k],
                                 **{f"tune_{n}": f1s[k] for (n, *_), f1s in zip(sets[1:], per_set[1:], strict=True)},
                                 "tune_f1_smoothed": round(smooth, 4)})
    chosen = best[1]
    if write:
        _write_params(sf.Params(**{**base.__dict__, **{k: v for k, v in chosen.items() if not k.startswith("tune")}}))
    return chosen


def fresh_tune_set(records: Path) -> tuple[str, list[Any], dict[str, str]]:
    """The round-6 fresh set (benchmarks/gold/stories_r6.jsonl, story level) as a tune set: its errors were read
    in round 7, so it is no longer a check set (round 7's ``stories_r7`` is)."""
    import eval_stories_fresh as F

    from newsgraph.kb import storyfeatures as sf

    rows = F.select(F.DATA, "r6")
    labels = {d["id"]: d["story"] for d in read_jsonl(F.GOLD)}
    by_input = load_records(rows, "allsides_fresh", records)
    recs = list({by_input[r["id"]].id: by_input[r["id"]] for r in rows if r["id"] in by_input}.values())
    gold = {by_input[i].id: s for i, s in labels.items() if i in by_input}
    return "stories_r6", [sf.features_of(r) for r in recs], gold


def _write_params(p: Any) -> None:
    from newsgraph.kb import storyfeatures as sf

    path = ROOT / "src" / "newsgraph" / "data" / "story_params.tsv"
    path.write_text("# story clustering settings, written by benchmarks/eval_stories.py --tune --write-params "
                    "(first half of the BASIL dev stories, since round 7 with --tune-with-fresh: also stories_r6, mean "
                    "F1 with --min-precision 0.95; undated_threshold with --strip-dates huffpost; key_cap and "
                    "candidate_cap bound the work per report, chosen by benchmarks/stories_scale.py and the tune half; "
                    "since round 12 threshold 0.065 + density 0.03 x log((1 + c1)(1 + c2)), chosen by "
                    "benchmarks/stories_structure.py on both tune sets)\n"
                    + p.to_tsv(), encoding="utf-8")
    sf.params.cache_clear()


def shingles(text: str, k: int = 5) -> set[str]:
    words = text.lower().split()
    return {" ".join(words[i : i + k]) for i in range(max(1, len(words) - k + 1))}


def load_extra(path: Path, n: int, records_dir: Path | None, story_recs: list[Any],
               near_dup: float) -> tuple[dict[str, Any], dict[str, Any]]:
    """More reports mixed into the base (the first ``n`` lines of ``path``, e.g. AllSides world/conflict),
    less the near-duplicates of a BASIL story report: a report whose 5-word shingles overlap a story
    report's by Jaccard >= ``near_dup`` (or with the same text) tells that story but is not in its gold,
    so keeping it would count a right join as wrong. Returns input id -> record, and what was dropped."""
    import gzip
    import itertools

    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in itertools.islice(fh, n) if line.strip()]
    recs = load_records(rows, "allsides1000", records_dir)
    story_ids = {r.id for r in story_recs}
    story_sh = [(r.id, shingles(r.text)) for r in story_recs]
    keep: dict[str, Any] = {}
    dropped: list[dict[str, Any]] = []
    for iid, rec in recs.items():
        sh = shingles(rec.text)
        best = max(((len(sh & s) / len(sh | s), sid) for sid, s in story_sh), default=(0.0, ""))
        if rec.id in story_ids or best[0] >= near_dup:
            dropped.append({"id": iid, "jaccard": round(best[0], 3), "story_report": best[1]})
        else:
            keep[iid] = rec
    return keep, {"file": path.name, "lines": len(rows), "records": len(recs), "kept": len(keep),
                  "near_duplicates_dropped": dropped, "near_dup_jaccard": near_dup}


def strip_dates(uniq: list[Any], which: str, source_of: dict[str, str]) -> list[Any]:
    """The records with ``published`` removed: every record (``all``) or the HuffPost report of every
    story (``huffpost``; BASIL has no undated report, so one report per story is made undated)."""
    def gone(r: Any) -> bool:
        return which == "all" or source_of.get(r.id) == "HuffPost"

    return [r.model_copy(update={"published": None}) if gone(r) else r for r in uniq]


def tune_undated(uniq: list[Any], gold: dict[str, str], tune_half: set[str]) -> dict[str, Any]:
    """Learn ``undated_threshold`` on the tune half: the kb's own pair rule (dated pairs as set; a pair
    with an undated side must share a rare word key), each threshold judged with its four neighbours."""
    from newsgraph.kb import storyfeatures as sf

    p = sf.params()
    feats = [sf.features_of(r, p) for r in uniq]
    keys = [set(f.keys(p.index_terms)) for f in feats]
    words = [set(f.undated_keys(p)) for f in feats]
    days = [_ordinal(f.day) for f in feats]
    fixed, scored = [], []
    for i in range(len(feats)):
        for j in range(i + 1, len(feats)):
            di, dj = days[i], days[j]
            if di is not None and dj is not None:
                if abs(di - dj) <= p.window_days and keys[i] & keys[j] and sf.score(feats[i], feats[j], p)[0] >= p.threshold:
                    fixed.append((i, j))
            elif words[i] & words[j]:
                scored.append((i, j, sf.score(feats[i], feats[j], p)[0]))
    ths = [x / 200 for x in range(30, 121)]
    f1s = []
    for th in ths:
        comp = components(len(feats), fixed + [(i, j) for i, j, v in scored if v >= th])
        f1s.append(bcubed({f.article_id: comp[k] for k, f in enumerate(feats)}, gold, tune_half))
    k = max(range(2, len(ths) - 2), key=lambda k: (sum(m["f1"] for m in f1s[k - 2 : k + 3]), -k))
    return {"undated_threshold": ths[k], "tune": f1s[k]}


def tune_errors(recs: list[Any], clusters: dict[str, Any], gold: dict[str, str], tune_half: set[str],
                source_of: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The kb's errors on the TUNE half only (the check half is never read): every pair of one tune story that
    ended in two stories (with its score parts, day gap and shared index keys: why the link fell short), and
    every report in a tune story's cluster that the gold does not put there (with its best score to the
    story's reports, and whether it is a story report of another story or a distractor)."""
    from newsgraph.kb import storyfeatures as sf

    p = sf.params()
    rec = {r.id: r for r in recs}
    feats: dict[str, Any] = {}

    def f(aid: str) -> Any:
        if aid not in feats:
            feats[aid] = sf.features_of(rec[aid], p)
        return feats[aid]

    def about(aid: str) -> str:
        return f"[{source_of.get(aid) or rec[aid].source or '?'}] {rec[aid].title or ''}"

    members, by_story = _groups(clusters, gold)
    splits, joins = [], []
    for s in sorted(tune_half):
        told = by_story[s]
        for a, b in itertools.combinations(sorted(told), 2):
            if clusters[a] != clusters[b]:
                total, parts = sf.score(f(a), f(b), p)
                da, db = _ordinal(f(a).day), _ordinal(f(b).day)
                splits.append({"story": s, "a": about(a), "b": about(b), "score": round(total, 3),
                               "parts": {k: round(v, 3) for k, v in parts.items()}, "bar": p.threshold,
                               "days_apart": None if da is None or db is None else abs(da - db),
                               "shared_keys": sorted(set(f(a).keys(p.index_terms)) & set(f(b).keys(p.index_terms)))})
        for x in sorted(set().union(*(members[clusters[a]] for a in told)) - told):
            best = max((sf.score(f(x), f(a), p)[0], a) for a in told if clusters[a] == clusters[x])
            joins.append({"story": s, "report": about(x), "gold": "another story" if x in gold else "distractor",
                          "best_score_to_story": round(best[0], 3), "via": about(best[1])})
    return {"splits": splits, "wrong_joins": joins}


def run(args: argparse.Namespace) -> dict[str, Any]:
    stories = read_jsonl(Path(args.data))
    distract = read_jsonl(Path(args.distractors)) if args.distractors else []
    recs = load_records(stories, "basil_dev", args.records)
    recs.update(load_records(distract, "basil_dev_distractors", args.records))
    gold_in = {r["id"]: r["story"] for r in stories}
    order = [r["id"] for r in stories + distract if r["id"] in recs]
    extra_info: dict[str, Any] = {}
    if args.extra:
        extra, extra_info = load_extra(Path(args.extra), args.extra_n, args.records,
                                       [recs[r["id"]] for r in stories if r["id"] in recs], args.near_dup)
        recs.update(extra)
        order += list(extra)
    # one record per input id; two inputs with the same text are one stored article
    rec_of = {i: recs[i] for i in order}
    gold = {rec_of[i].id: s for i, s in gold_in.items() if i in rec_of}
    ids = sorted(set(gold_in.values()))
    tune_half, check_half = set(ids[: len(ids) // 2]), set(ids[len(ids) // 2 :])
    uniq = list({r.id: r for r in rec_of.values()}.values())
    work = Path(tempfile.mkdtemp(prefix="ng-stories-"))
    out: dict[str, Any] = {"dataset": f"{Path(args.data).name} + {Path(args.distractors).name if args.distractors else '-'}",
                           "n_docs": len(uniq), "story_reports": len(gold), "stories": len(ids),
                           "split": "gold story ids sorted: first half tunes, second half reported",
                           "tune_stories": len(tune_half), "check_stories": len(check_half)}
    if extra_info:
        out["extra"] = extra_info
    if args.strip_dates:
        from newsgraph.kb import storyfeatures as sf

        source_of = {rec_of[r["id"]].id: r["source"] for r in stories if r["id"] in rec_of}
        uniq = strip_dates(uniq, args.strip_dates, source_of)
        out["dates_stripped"] = args.strip_dates
        out["n_undated"] = sum(1 for r in uniq if not r.published)
        if args.tune:
            out["tuned_undated"] = tune_undated(uniq, gold, tune_half)
            if args.write_params:
                _write_params(sf.Params(**{**sf.params().__dict__, **{"undated_threshold": out["tuned_undated"]["undated_threshold"]}}))
        single = sf.Params(**{**sf.params().__dict__, "undated_threshold": 2.0})
        c1, _ = store_base(uniq, str(work / "single.db"), single)
        out["undated_kept_single"] = {"check": bcubed(c1, gold, check_half), "tune": bcubed(c1, gold, tune_half)}
    if args.tune and not args.strip_dates:
        store_base(uniq, str(work / "tune.db"))
        out["tuned"] = tune(str(work / "tune.db"), gold, tune_half, args.write_params,
                            (0.0,) if args.no_entities else (0.0, 0.1, 0.2),
                            [fresh_tune_set(args.tune_with_fresh)] if args.tune_with_fresh else (), args.min_precision)
    p_run = None
    if args.tune and not args.write_params and not args.strip_dates:  # measure what was just learned
        from newsgraph.kb import storyfeatures as sf

        p_run = sf.Params(**{**sf.params().__dict__,
                             **{k: v for k, v in out["tuned"].items() if not k.startswith("tune")}})
    clusters, secs = store_base(uniq, str(work / "kb.db"), p_run)
    shuffled = uniq[:]
    random.Random(20).shuffle(shuffled)
    clusters2, _ = store_base(shuffled, str(work / "kb_shuffled.db"), p_run)
    out["metrics"] = {"check": bcubed(clusters, gold, check_half), "tune": bcubed(clusters, gold, tune_half)}
    if args.errors:
        source_of = {rec_of[r["id"]].id: r["source"] for r in stories + distract if r["id"] in rec_of}
        out["tune_errors"] = tune_errors(uniq, clusters, gold, tune_half, source_of)
    out["same_partition_shuffled"] = same_partition(clusters, clusters2)
    out["shuffled_differing_reports"] = differing_reports(clusters, clusters2)
    out["docs_per_s"] = round(len(uniq) / secs, 1)
    out["stories_found"] = len(set(clusters.values()))
    items = [(r.id, r.published) for r in uniq]
    peer_date = date_peer(items, 3)
    pairs = tfidf_pairs([lead_text(r) for r in uniq])
    best_th, best_f = 0.0, -1.0
    for th in [x / 100 for x in range(5, 91)]:
        comp = components(len(uniq), [(i, j) for i, j, v in pairs if v >= th])
        f = bcubed({r.id: comp[k] for k, r in enumerate(uniq)}, gold, tune_half)["f1"]
        if f > best_f:
            best_th, best_f = th, f
    comp = components(len(uniq), [(i, j) for i, j, v in pairs if v >= best_th])
    peer_tfidf = {r.id: comp[k] for k, r in enumerate(uniq)}
    out["peer"] = {
        "date_single_link_3d": {"check": bcubed(peer_date, gold, check_half), "tune": bcubed(peer_date, gold, tune_half)},
        "tfidf_single_link_title_lead60": {"threshold": best_th, "check": bcubed(peer_tfidf, gold, check_half),
                                           "tune": bcubed(peer_tfidf, gold, tune_half)},
    }
    if args.tune_only:  # the check half is not to be looked at (it was seen before): drop every check figure
        _drop_check(out)
    return out


def _drop_check(d: Any) -> None:
    if isinstance(d, dict):
        d.pop("check", None)
        for v in d.values():
            _drop_check(v)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(SHARED / "basil_dev.jsonl"))
    ap.add_argument("--distractors", default=str(SHARED / "basil_dev_distractors.jsonl"))
    ap.add_argument("--records", type=Path, default=None, help="folder of records extracted earlier")
    ap.add_argument("--tune", action="store_true", help="learn window and settings on the tune half")
    ap.add_argument("--write-params", action="store_true", help="with --tune: write data/story_params.tsv "
                    "(without it the run measures the settings just learned)")
    ap.add_argument("--no-entities", action="store_true", help="with --tune: entity weight 0 (the ablation)")
    ap.add_argument("--strip-dates", choices=("huffpost", "all"), default=None,
                    help="store the HuffPost report of every story (or every report) undated; with --tune, "
                         "learn undated_threshold instead of the dated settings")
    ap.add_argument("--extra", default=None, help="more reports mixed in (JSONL, .gz allowed): e.g. "
                    "../shared/data/news/allsides_world_conflict_dev.jsonl.gz; near-duplicates of story reports dropped")
    ap.add_argument("--extra-n", type=int, default=1000, help="first N lines of --extra (records: allsides1000)")
    ap.add_argument("--near-dup", type=float, default=0.5, help="5-word-shingle Jaccard that makes a near-duplicate")
    ap.add_argument("--tune-with-fresh", type=Path, default=None,
                    help="with --tune: also tune on stories_r6 (folder with allsides_fresh.jsonl and .ids.tsv)")
    ap.add_argument("--min-precision", type=float, default=0.0,
                    help="with --tune: never choose a setting under this B-cubed precision on a tune set")
    ap.add_argument("--tune-only", action="store_true", help="report the tune half only (with --json)")
    ap.add_argument("--errors", action="store_true", help="list the errors of the tune half (never the check "
                    "half's): split pairs with their score parts, and wrong joins")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(args)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        c = res["metrics"].get("check") or res["metrics"]["tune"]
        half = "check" if "check" in res["metrics"] else "tune"
        print(f"{res['dataset']}: {half} half B-cubed P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}")
        for name, m in res["peer"].items():
            print(f"  peer {name}: F1 {(m.get('check') or m['tune'])['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())


