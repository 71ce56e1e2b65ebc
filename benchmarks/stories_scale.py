"""Story clustering cost as the base grows: time per article in blocks up to N articles, and the
ingest overhead (story assignment against extraction time per article).

    python benchmarks/stories_scale.py --records /work/cache/records -n 5000 --mode ingest --json
    python benchmarks/stories_scale.py --records /work/cache/records -n 100000 --mode assign --json

Articles: the stored records of ``--records`` (BASIL dev + distractors + AllSides, extracted earlier),
replayed as copies. Copy ``k`` of every record is published ``k * 11`` days later than the original and
its text ends with `` (k)`` (so it is a new article id; digits add no word to the clustering), so the copies
spread over years and no copy falls in the date window of another copy of the same report: identical
copies would cluster trivially. Density grows with N as on a real feed (about N / 3,700 reports a day).

Modes: ``ingest`` stores every copy through :func:`newsgraph.kb.store_articles` (the real write path)
and times the story assignment inside it; ``assign`` writes the bare article rows and runs only the story
assignment (what 100,000 articles need, since the full write path stores ~20 articles/s on this machine).
``--undated-every K`` stores every copy of every K-th record undated: those link by content alone, and each
of their word keys is read only up to ``undated_cap`` reports. Both report seconds per article for each
block of ``--block`` articles: flat blocks mean the work per
article does not grow with the base (no quadratic scan). ``--extract K`` extracts K reports with
:func:`newsgraph.extract_many` to give the extraction time per article the overhead is a share of.
``--key-cap`` / ``--candidate-cap`` override the caps of ``data/story_params.tsv`` (0: none), and the
result's ``replay_bcubed`` (after every block with ``--f1-every-block``) scores the replay over the copies of
the BASIL story reports, so the caps' effect on quality is measured at the density they act on.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHIFT_DAYS = 11


def base_records(folder: Path) -> list[Any]:
    from newsgraph.record import Article

    out: dict[str, Any] = {}
    for name in ("basil_dev", "basil_dev_distractors", "allsides1000"):
        path = folder / f"{name}.jsonl"
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = Article.model_validate_json(line)
                    out[rec.id] = rec
    return list(out.values())


def copies(recs: list[Any], n: int, undated_every: int = 0,
           origin: dict[str, tuple[str, int]] | None = None) -> Iterator[Any]:
    """``n`` articles: copy 0 is the records as they are, copy k is shifted k*11 days with a new id.
    ``undated_every`` > 0: every copy of every ``undated_every``-th record is stored without a date.
    ``origin`` (filled when given): copy's record id -> (original record id, k)."""
    from newsgraph.record import article_id

    k = 0
    made = 0
    while True:
        for i, r in enumerate(recs):
            if made >= n:
                return
            undated = undated_every > 0 and i % undated_every == 0
            if k == 0:
                if origin is not None:
                    origin[r.id] = (r.id, 0)
                yield r.model_copy(update={"published": None}) if undated else r
            else:
                text = r.text + f" ({k})"
                day = None
                if r.published and not undated:
                    day = (dt.date.fromisoformat(r.published) + dt.timedelta(days=SHIFT_DAYS * k)).isoformat()
                if origin is not None:
                    origin[article_id(text)] = (r.id, k)
                yield r.model_copy(update={"text": text, "id": article_id(text), "published": day})
            made += 1
        k += 1


def replay_bcubed(folder: Path, clusters: dict[str, Any], origin: dict[str, tuple[str, int]]) -> dict[str, Any]:
    """B-cubed of the replay over the copies of the BASIL story reports: copy k of a story's reports is one
    gold story (the copies of one report are k * 11 days apart, never one story). Halves as in
    ``eval_stories.py`` (gold story ids sorted, first half tune); every stored copy counts in the clusters."""
    from eval_stories import SHARED, bcubed, read_jsonl

    ids_tsv = folder / "basil_dev.ids.tsv"
    if not ids_tsv.exists() or not (SHARED / "basil_dev.jsonl").exists():
        return {}
    rec_of = dict(line.rstrip("\n").split("\t")[:2] for line in ids_tsv.open(encoding="utf-8"))
    story_of = {rec_of[r["id"]]: r["story"] for r in read_jsonl(SHARED / "basil_dev.jsonl") if r["id"] in rec_of}
    ids = sorted(set(story_of.values()))
    halves = {"tune": set(ids[: len(ids) // 2]), "check": set(ids[len(ids) // 2 :])}
    gold = {aid: f"{story_of[rid]}#{k}" for aid, (rid, k) in origin.items() if rid in story_of and aid in clusters}
    out: dict[str, Any] = {"story_reports": len(gold)}
    for name, half in halves.items():
        out[name] = bcubed(clusters, gold, {g for g in gold.values() if g.split("#")[0] in half})
    return out


def extract_ms(recs: list[Any]) -> float:
    """Milliseconds per article of :func:`newsgraph.extract_many` over these reports (model loaded first)."""
    import newsgraph

    sample = [{"text": r.text, "title": r.title, "published": r.published} for r in recs]
    list(newsgraph.extract_many(sample[:2]))
    t0 = time.perf_counter()
    list(newsgraph.extract_many(sample))
    return 1000 * (time.perf_counter() - t0) / len(sample)


def run(args: argparse.Namespace) -> dict[str, Any]:
    import sqlalchemy as sa

    from newsgraph import kb
    from newsgraph.kb import stories as st_mod
    from newsgraph.kb.storyfeatures import analyzer, idf_table
    from newsgraph.store import open_store
    from newsgraph.store import schema as t

    recs = base_records(args.records)
    analyzer()
    idf_table()  # loaded once per process: not part of the per-article cost
    db = str(Path(tempfile.mkdtemp(prefix="ng-scale-")) / "kb.db")
    spent = {"assign": 0.0, "cpu": 0.0, "scored": 0.0, "removed": 0.0, "splits": 0.0}
    real_assign = st_mod.StoryAssigner.assign

    def timed(self: Any, conn: Any, records: Any, now: str) -> Any:
        t0, c0, s0 = time.perf_counter(), time.process_time(), self.scored
        r0, p0 = self.links_removed, self.splits
        try:
            return real_assign(self, conn, records, now)
        finally:
            spent["scored"] += self.scored - s0
            spent["removed"] += self.links_removed - r0
            spent["splits"] += self.splits - p0
            spent["assign"] += time.perf_counter() - t0
            spent["cpu"] += time.process_time() - c0  # this process's CPU: what the load does not inflate

    st_mod.StoryAssigner.assign = timed  # type: ignore[method-assign]
    p = st_mod.params()
    caps = {k: v for k, v in (("key_cap", args.key_cap), ("candidate_cap", args.candidate_cap)) if v is not None}
    if caps:
        p = dataclasses.replace(p, **caps)
        st_mod.params = lambda: p  # type: ignore[assignment]  # what store_articles' assigner reads
    blocks: list[dict[str, Any]] = []
    origin: dict[str, tuple[str, int]] = {}
    stream = copies(recs, args.n, args.undated_every, origin)
    store = open_store(db)
    assigner = st_mod.StoryAssigner(p)
    done = 0
    wall0 = time.perf_counter()
    while done < args.n:
        block = [next(stream) for _ in range(min(args.block, args.n - done))]
        a0, c0, n0, w0 = spent["assign"], spent["cpu"], spent["scored"], time.perf_counter()
        r0, s0 = spent["removed"], spent["splits"]
        if args.mode == "ingest":
            kb.store_articles(block, db=store, batch_size=64)
        else:
            for i in range(0, len(block), 64):
                part = block[i : i + 64]
                with store.begin() as conn:
                    conn.execute(t.articles.insert(), [
                        {"id": r.id, "schema_version": r.schema_version, "title": r.title, "published": r.published,
                         "source": r.source, "language": r.language, "text": r.text, "related_links": [],
                         "headings": []} for r in part])
                    assigner.assign(conn, part, "bench")
        done += len(block)
        blocks.append({"articles": done, "story_ms_per_article": round(1000 * (spent["assign"] - a0) / len(block), 2),
                       "story_cpu_ms_per_article": round(1000 * (spent["cpu"] - c0) / len(block), 2),
                       "candidates_per_article": round((spent["scored"] - n0) / len(block), 1),
                       "links_removed_per_article": round((spent["removed"] - r0) / len(block), 3),
                       "splits_per_article": round((spent["splits"] - s0) / len(block), 3),
                       "write_ms_per_article": round(1000 * (time.perf_counter() - w0) / len(block), 2)})
        if args.f1_every_block:  # the replay's B-cubed so far (a run stopped early still shows it)
            with store.connect() as conn:
                now = dict(conn.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all())
            f1 = replay_bcubed(args.records, now, origin)
            blocks[-1]["replay_f1"] = {h: f1[h]["f1"] for h in ("tune", "check") if h in f1}
        print(json.dumps(blocks[-1]), file=sys.stderr, flush=True)
    with store.connect() as conn:
        clusters = dict(conn.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all())
        n_stories = conn.execute(sa.select(sa.func.count()).select_from(t.stories)
                                 .where(t.stories.c.merged_into.is_(None))).scalar_one()
        n_keys = conn.execute(sa.select(sa.func.count()).select_from(t.story_keys)).scalar_one()
        days = conn.execute(sa.select(sa.func.min(t.articles.c.published), sa.func.max(t.articles.c.published))).one()
    store.close()
    out: dict[str, Any] = {"dataset": f"{len(recs)} stored records replayed as {args.n} articles (copies shifted "
                                      f"{SHIFT_DAYS} days each)", "undated_every": args.undated_every,
                           "n_docs": args.n, "mode": args.mode,
                           "date_range": list(days), "stories": n_stories, "index_rows": n_keys,
                           "seconds": round(time.perf_counter() - wall0, 1),
                           "story_ms_per_article": round(1000 * spent["assign"] / args.n, 2),
                           "story_cpu_ms_per_article": round(1000 * spent["cpu"] / args.n, 2),
                           "docs_per_s": round(args.n / spent["assign"], 1) if spent["assign"] else None,
                           "links_removed_per_article": round(spent["removed"] / args.n, 3),
                           "splits_per_article": round(spent["splits"] / args.n, 3),
                           "key_cap": p.key_cap, "candidate_cap": p.candidate_cap, "blocks": blocks,
                           "replay_bcubed": replay_bcubed(args.records, clusters, origin)}
    if args.extract:
        per = extract_ms(recs[: args.extract])
        out["extract_ms_per_article"] = round(per, 1)
        out["story_overhead_share_of_extraction"] = round(out["story_ms_per_article"] / per, 3)
    out["peer"] = None  # no peer clusters incrementally into a knowledge base; see eval_stories.py for quality peers
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("-n", type=int, default=5000)
    ap.add_argument("--block", type=int, default=1000)
    ap.add_argument("--mode", choices=("ingest", "assign"), default="ingest")
    ap.add_argument("--extract", type=int, default=0, help="extract this many reports to time extraction")
    ap.add_argument("--undated-every", type=int, default=0,
                    help="store every copy of every K-th record undated (content-only linking, bounded lookups)")
    ap.add_argument("--key-cap", type=int, default=None,
                    help="override key_cap (reports read per key and side of the day; 0: every one in the window)")
    ap.add_argument("--candidate-cap", type=int, default=None,
                    help="override candidate_cap (candidates scored per report, those sharing most keys; 0: all)")
    ap.add_argument("--f1-every-block", action="store_true", help="the replay's B-cubed after every block")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(args)
    print(json.dumps(res, indent=2) if args.json else
          f"{res['n_docs']} articles: {res['story_ms_per_article']} ms per article for stories")
    return 0


if __name__ == "__main__":
    sys.exit(main())
