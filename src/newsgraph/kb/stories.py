"""Stories: which stored reports tell the same story, assigned incrementally as articles arrive.

Two reports are *linked* when both are dated, published at most ``window_days`` apart, share a key of
the candidate index (one of the heaviest title + lead words, or a knowledge-base entity) and their
score reaches their *bar*: the score is a weighted sum of the TF-IDF cosine of title + lead, the cosine of
the body's heaviest words, and the overlap of their knowledge-base entities (and, weight 0 today, of places,
event types and measures; see :class:`~newsgraph.kb.storyfeatures.Params`); the bar is ``threshold +
density * log((1 + c1)(1 + c2))``, c = each report's candidates (dated reports of its window sharing an index
key, at most ``density_cap``): a pair in a busy window must score higher than one on a quiet day. A story is
a connected component of the links (single link).

Why single link over pairs, not "nearest story": whether two reports link depends on those two and the
counts of their windows alone (fixed word weights, fixed settings), so the components, i.e. the partition,
are the same whatever order the reports arrive in, however the ingest is cut into runs or killed and
resumed, and however two processes interleave their batches (the kb writer holds the write lock for the
whole batch). A count is the report's candidates at its arrival, raised by one by each later report that
finds it (:mod:`newsgraph.kb.storylinks`); the links kept are stored (``story_links``), so when a count
rises its links are re-checked, those under the risen bar removed, and a story that lost one is
recomputed as the components of the links it has left: it *splits* (a row of ``story_splits`` with the
reason). Counts only rise, so a pair under its bar never links later: the links at the end are the pairs
over their bars at the final counts, in any order. Only the story *ids* depend on the order; the issue asks
for a stable partition, not stable ids.

Incremental: a new report looks up its keys in ``story_keys`` within its date window (index range scans,
never a scan of the base), scores those candidates, and then joins the one story it links to, starts a
story, or merges the stories it links to (into the smallest id; the merge is a row of ``story_merges``
with the reason). Two caps bound the work however dense a window grows: each key is read nearest day
first, at most ``key_cap`` reports on each side of the report's day, and only the ``candidate_cap``
candidates sharing the most keys with it are scored. Below the caps the pair rule is symmetric and the
partition order-free; past them, which reports are scored (and counted) depends on what is stored
(BENCHMARKS.md measures both the cost and the F1 of the caps). An arrival re-checks the stored links of
its at most ``candidate_cap`` candidates; a split re-reads one story's links.

Undated reports (no ``published``) link by content alone: to a report, dated or not, that shares one
of its heaviest title + lead words that is rare in the fixed word table (``undated_min_idf``) and scores
at least ``undated_threshold`` (learned on the tune half with the HuffPost report of every story made
undated; BENCHMARKS.md). Such a link never merges two stories: an undated report joins the story of its
*anchor*, the one report it links to best (a dated report before any undated one, then by score, ties by
id; ``story_anchors``). Without a date it could otherwise bridge two dated stories years apart (it did
among real AllSides reports). When a better partner arrives later, the undated report moves to the new
partner's story together with the undated reports anchored through it, so the partition is still the
same in any order: each undated report ends with its best partner among all stored reports. Undated
reports that link to no dated report form stories of their own the same way. Without a date there is no
window, so each of its word keys is read through the index only up to its ``undated_cap`` most recent
reports (a dated report looks for undated partners the same way): the work per report stays bounded (at
most ``index_terms * undated_cap`` candidates) however large the base. The bound's price: while no word
key of an undated report holds more than ``undated_cap`` reports, the partition is the same in any order
(tested); past it, which of a common word's reports are read depends on what is stored, so a story
holding an undated report may come out differently by order. Dated pairs never depend on it.
``undated_threshold`` above 1 keeps undated reports single.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..record import Article
from ..store import schema as t
from ..store.rows import insert_many
from . import storylinks as sl
from .storyfeatures import Features, Params, features_of, params, score

__all__ = ["StoryAssigner", "assign_stories", "reset_stories", "refresh_stories", "rebuild_stories", "replay_stories"]

log = logging.getLogger(__name__)

_CACHE_MAX = 200_000
_KEYS_PER_QUERY = 200  # two capped reads per key; SQLite allows 500 terms in one UNION ALL
_ROUND = 9  # anchor scores compare rounded: score(a, b) and score(b, a) may differ in the last bits


@lru_cache(maxsize=256)
def _capped_sql(n_keys: int) -> sa.TextClause:
    """One statement for ``n_keys`` capped key reads (two per key: the days from the report's on, and the
    days before it, each nearest first). Plain SQL cached per key count: building it as SQLAlchemy
    constructs cost ~30 ms per report, more than the rest of the assignment."""
    side = ("SELECT article_id FROM (SELECT article_id FROM story_keys WHERE key = :k{j} AND article_id != :me "
            "AND {range} ORDER BY day {o}, article_id {o} LIMIT :cap) AS {a}{j}")
    parts = []
    for j in range(n_keys):
        parts.append(side.format(j=j, range="day >= :day AND day <= :hi", o="ASC", a="n"))
        parts.append(side.format(j=j, range="day >= :lo AND day < :day", o="DESC", a="p"))
    return sa.text(" UNION ALL ".join(parts))


def _shift(day: str, days: int) -> str | None:
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


class StoryAssigner:
    """Assigns stories inside the caller's write transaction. Keeps the features of stored reports in
    memory (they never change: an article id is a hash of its text), so a candidate is parsed once."""

    def __init__(self, p: Params | None = None, *, seeds: bool = True) -> None:
        self.p = p or params()
        self._seeds = seeds  # write stories.seed_id (False only under migration 0019, before 0020 adds it)
        self._cache: dict[str, Features] = {}
        self.scored = 0  # candidate pairs scored so far: the work the index leaves (benchmarks read it)
        self.links_removed = 0  # stored links fallen under their risen bar so far (benchmarks read it)
        self.splits = 0  # parts split off a story so far

    def assign(self, conn: Connection, records: Iterable[Article], now: str) -> dict[str, int]:
        """Give each freshly stored record a story; returns article id -> story id."""
        feats = [features_of(rec, self.p) for rec in records]
        if not feats:
            return {}
        self._store(conn, feats)
        return self.place(conn, feats, now)

    def place(self, conn: Connection, feats: list[Features], now: str) -> dict[str, int]:
        """Give a story to each of ``feats`` (already in ``story_features`` and ``story_keys``), in order."""
        self._cache.update((f.article_id, f) for f in feats)
        touched: set[int] = set()
        placed: dict[str, int] = {}  # this batch's reports; written to articles.story_id at the end
        for f in feats:
            placed[f.article_id] = self._place(conn, f, now, touched, placed)
        a = t.articles
        conn.execute(a.update().where(a.c.id == sa.bindparam("b_id")).values(story_id=sa.bindparam("b_sid")),
                     [{"b_id": aid, "b_sid": sid} for aid, sid in placed.items()])
        refresh_stories(conn, touched, now)
        return placed

    def _store(self, conn: Connection, feats: list[Features]) -> None:
        insert_many(conn, t.story_features, [
            {"article_id": f.article_id, "day": f.day, "outlet": f.outlet, "data": f.to_json(), "candidates": 0}
            for f in feats])
        insert_many(conn, t.story_keys, [{"key": k, "article_id": f.article_id, "day": f.day}
                                         for f in feats for k in f.keys(self.p.index_terms)])
        if len(self._cache) + len(feats) >= _CACHE_MAX:
            self._cache.clear()
        self._cache.update((f.article_id, f) for f in feats)

    def _window_queries(self, f: Features) -> list[tuple[sa.Executable, dict[str, object]]]:
        """The index reads of a dated report: its keys within the window. With ``key_cap``, each key is read
        nearest day first, at most ``key_cap`` reports on each side of ``f``'s day (index range scans with a
        limit, on ``(key, day, article_id)``), so the reads stay bounded however dense the window grows."""
        k, p = t.story_keys, self.p
        lo, hi = _shift(f.day or "", -p.window_days), _shift(f.day or "", p.window_days)
        if lo is None or hi is None:
            return []
        keys = f.keys(p.index_terms)
        if p.key_cap <= 0:
            return [(sa.select(k.c.article_id).where(k.c.key.in_(keys), k.c.day >= lo, k.c.day <= hi,
                                                     k.c.article_id != f.article_id), {})]
        out: list[tuple[sa.Executable, dict[str, object]]] = []
        for i in range(0, len(keys), _KEYS_PER_QUERY):
            part = keys[i : i + _KEYS_PER_QUERY]
            bind: dict[str, object] = {f"k{j}": key for j, key in enumerate(part)}
            bind.update(day=f.day, lo=lo, hi=hi, me=f.article_id, cap=p.key_cap)
            out.append((_capped_sql(len(part)), bind))
        return out

    def _candidates(self, conn: Connection, f: Features, placed: dict[str, int]) -> list[tuple[Features, int]]:
        """Reports that may link to ``f`` and have a story, with that story: within the window and
        sharing a key when ``f`` is dated, sharing a word key (bounded per key) when one side is undated."""
        k, p = t.story_keys, self.p
        content = p.undated_threshold <= 1.0
        queries: list[tuple[sa.Executable, dict[str, object]]] = []
        if f.day:
            queries.extend(self._window_queries(f))
            if not queries:
                return []
            if content:  # undated partners: one bounded read over the word keys
                queries.append((sa.select(k.c.article_id).where(k.c.key.in_(f.undated_keys(p)),
                                                              k.c.day.is_(None), k.c.article_id != f.article_id)
                               .order_by(k.c.article_id).limit(p.undated_cap), {}))
        elif content:
            for key in f.undated_keys(p):  # each key's most recent reports first, then undated ones
                queries.append((sa.select(k.c.article_id).where(k.c.key == key, k.c.article_id != f.article_id)
                                .order_by(k.c.day.desc().nulls_last(), k.c.article_id).limit(p.undated_cap), {}))
        shared: Counter[str] = Counter()  # candidate -> index keys it shares with f (one row per key read)
        for q, bind in queries:
            shared.update(conn.execute(q, bind).scalars())
        if not shared:
            return []
        ids = sorted(shared)
        if 0 < p.candidate_cap < len(ids):  # score only those sharing the most keys (ties: by id)
            ids = sorted(sorted(ids, key=lambda aid: (-shared[aid], aid))[: p.candidate_cap])
        rows: list[tuple[str, int]] = []
        for i in range(0, len(ids), 500):
            for aid, sid in conn.execute(sa.select(t.articles.c.id, t.articles.c.story_id)
                                         .where(t.articles.c.id.in_(ids[i : i + 500]))):
                # a report of this batch is placed only in memory so far; one not yet placed links later,
                # from its side
                sid = placed.get(aid, sid)
                if sid is not None:
                    rows.append((aid, sid))
        missing = [aid for aid, _ in rows if aid not in self._cache]
        if missing:
            sf = t.story_features
            for aid, day, outlet, data in conn.execute(
                    sa.select(sf.c.article_id, sf.c.day, sf.c.outlet, sf.c.data).where(sf.c.article_id.in_(missing))):
                self._cache[aid] = Features.from_json(aid, day, outlet, data)
        return [(self._cache[aid], sid) for aid, sid in rows if aid in self._cache]

    def _bar(self, f: Features, c: Features) -> float:
        """The score a pair must reach: the dated rule's, or the content-only one when a side is undated
        (an undated pair must also share a word key, which the undated lookup alone finds)."""
        if f.day and c.day:
            return self.p.threshold
        if set(f.undated_keys(self.p)) & set(c.undated_keys(self.p)):
            return self.p.undated_threshold
        return float("inf")

    def _place(self, conn: Connection, f: Features, now: str, touched: set[int], placed: dict[str, int]) -> int:
        links: dict[int, tuple[float, str, dict[str, float]]] = {}  # dated pairs: story -> best link
        content: list[tuple[float, Features]] = []  # pairs with an undated side that reach the content bar
        cands = self._candidates(conn, f, placed)
        self.scored += len(cands)
        dated = sorted(c.article_id for c, _ in cands if f.day and c.day)
        removed, count = self._count(conn, f, dated)
        self.links_removed += len(removed)
        mine: dict[str, float] = {}  # f's dated links: partner -> score
        for c, sid in cands:
            total, parts = score(f, c, self.p)
            if f.day and c.day:
                if total >= self.p.bar(len(dated), count[c.article_id]):
                    mine[c.article_id] = total
                    if sid not in links or total > links[sid][0]:
                        links[sid] = (total, c.article_id, parts)
            elif total >= self._bar(f, c):
                content.append((round(total, _ROUND), c))
        if f.day:
            sid = self._join_dated(conn, f, now, touched, placed, links)
            sl.add_links(conn, f.article_id, mine)
            placed[f.article_id] = sid
            if removed:
                self._split(conn, f, removed, now, touched, placed)
                sid = placed[f.article_id]
        else:
            sid = self._join_undated(conn, f, now, placed, content)
        touched.add(sid)
        placed[f.article_id] = sid
        self._reanchor(conn, f, content, now, touched, placed)
        return placed[f.article_id]

    def _count(self, conn: Connection, f: Features, dated: list[str]) -> tuple[list[tuple[str, str, float, float]], dict[str, int]]:
        """``f``'s candidate count is its dated candidates; each of them counts ``f`` too, so the bars of
        their stored links rise: those now under their bar are removed (returned). Returns also the
        candidates' counts after the rise."""
        if not dated:  # its count stays the 0 it was stored with
            return [], {}
        before = sl.counts(conn, dated)
        sl.raise_counts(conn, dated)
        sl.set_count(conn, f.article_id, len(dated))
        # past the cap a count no longer moves its bar: those links need no second look
        raised = [c for c in dated if before.get(c, 0) < self.p.density_cap]
        return sl.recheck(conn, self.p, raised), {c: before.get(c, 0) + 1 for c in dated}

    def _split(self, conn: Connection, f: Features, removed: list[tuple[str, str, float, float]], now: str,
               touched: set[int], placed: dict[str, int]) -> None:
        """Each story that lost a link is recomputed as the components of the links it has left: the largest
        keeps its id, each other becomes a story of its own (a row of ``story_splits`` with the reason)."""
        story = self._stories_of(conn, {x for a, b, _, _ in removed for x in (a, b)}, placed)
        for sid in sorted({story[a] for a, _, _, _ in removed} | {story[b] for _, b, _, _ in removed}):
            lost = [r for r in removed if story[r[0]] == sid or story[r[1]] == sid]
            frags = sl.fragments(conn, self._members(conn, sid, placed))
            if len(frags) < 2:
                continue
            why = (f"report {f.article_id} raised the bar of {len(lost)} link(s): "
                   + "; ".join(f"{a}-{b} score {s:.3f} now under {bar:.3f}" for a, b, s, bar in lost))
            self.splits += len(frags) - 1
            for frag in frags[1:]:
                new = self._new_story(conn, None, now, min(frag))
                self._move(conn, dict.fromkeys(frag, new), placed)
                touched.update((sid, new))
                reason = f"{why}; {len(frag)} of story {sid}'s reports no longer linked to the rest became story {new}"
                conn.execute(t.story_splits.insert().values(story_id=sid, new_id=new, article_id=f.article_id,
                                                            reason=reason, at=now))
                log.debug("story %s split: %s", sid, reason)

    def _members(self, conn: Connection, sid: int, placed: dict[str, int]) -> dict[str, bool]:
        """The reports of story ``sid`` (this batch's from memory), each with whether it is dated."""
        a, sf = t.articles, t.story_features
        stored = conn.execute(sa.select(a.c.id, sf.c.day).select_from(a.join(sf, sf.c.article_id == a.c.id))
                              .where(a.c.story_id == sid)).all()
        out = {aid: day is not None for aid, day in stored if placed.get(aid, sid) == sid}
        mine = [aid for aid, s in placed.items() if s == sid and aid not in out]
        for part in sl._chunks(mine):
            out.update((aid, day is not None) for aid, day in conn.execute(
                sa.select(sf.c.article_id, sf.c.day).where(sf.c.article_id.in_(part))))
        return out

    def _new_story(self, conn: Connection, day: str | None, now: str, seed: str) -> int:
        """A new story whose first report is ``seed``: after a merge the story's id still leads to the story
        that holds that report, even when a later split took it away from the story merged into."""
        seeded = {"seed_id": seed} if self._seeds else {}
        return int(conn.execute(t.stories.insert().values(
            title=None, first_day=day, last_day=day, article_count=1, outlet_count=1, updated_at=now, **seeded,
        ).returning(t.stories.c.id)).scalar_one())

    def _join_dated(self, conn: Connection, f: Features, now: str, touched: set[int], placed: dict[str, int],
                    links: dict[int, tuple[float, str, dict[str, float]]]) -> int:
        """A dated report joins the story it links to, merges the stories it links to, or starts one."""
        if not links:
            return self._new_story(conn, f.day, now, f.article_id)
        sid = min(links)
        for other in sorted(links)[1:]:
            self._merge(conn, f, sid, other, links, now, placed)
            touched.discard(other)
        return sid

    def _join_undated(self, conn: Connection, f: Features, now: str, placed: dict[str, int],
                      content: list[tuple[float, Features]]) -> int:
        """An undated report joins the story of the one report it links to best (its anchor; a dated
        report before any undated one), never merging two stories: by content alone, without a date, it
        could join reports years apart."""
        if not content:
            return self._new_story(conn, None, now, f.article_id)
        s, best = max(content, key=lambda sc: (sc[1].day is not None, sc[0], sc[1].article_id))
        self._set_anchor(conn, f.article_id, best, s)
        return self._story_of(conn, best.article_id, placed)

    def _reanchor(self, conn: Connection, f: Features, content: list[tuple[float, Features]], now: str,
                  touched: set[int], placed: dict[str, int]) -> None:
        """Undated reports ``f`` links to better than to their anchor take ``f`` as their anchor: each moves
        to ``f``'s story with the undated reports anchored through it (or, when ``f`` is one of those, they
        become a story of their own). So every undated report ends in the story of its best partner among
        all stored reports (dated ones first, then by score, ties by article id), whatever the order.

        The anchors and stories involved are read once and written once for all of ``f``'s undated partners
        (a few statements per report, not several per partner); in between they change in memory, in the
        same order as one partner after the other."""
        undated = sorted(((s, c.article_id) for s, c in content if not c.day), key=lambda x: x[1])
        if not undated:
            return
        sa_ = t.story_anchors
        cur = {aid: (bool(dated), sc, pid) for aid, pid, dated, sc in conn.execute(
            sa.select(sa_.c.article_id, sa_.c.partner_id, sa_.c.partner_dated, sa_.c.score)
            .where(sa_.c.article_id.in_([aid for _, aid in undated])))}
        mine = (f.day is not None, f.article_id)
        todo = [(s, aid) for s, aid in undated if cur.get(aid) is None or (mine[0], s, mine[1]) > cur[aid]]
        if not todo:
            return
        forest = _Forest.load(conn, [aid for _, aid in todo], {aid: old[2] for aid, old in cur.items()})
        story: dict[str, int] = {}  # read at the first move, for every report the moves can touch
        moved: set[str] = set()
        for s, aid in todo:
            tree = forest.tree(aid)
            forest.set_parent(aid, f.article_id)
            if f.article_id in tree and cur.get(aid) is None:
                continue  # ``aid`` was its story's root: the story keeps its members
            story = story or self._stories_of(conn, forest.nodes | {f.article_id}, placed)
            src = story[aid]
            dst = self._new_story(conn, None, now, f.article_id) if f.article_id in tree else story[f.article_id]
            if dst != src:
                story.update(dict.fromkeys(tree, dst))
                moved |= tree
                touched.update((src, dst))
                log.debug("undated report %s (and %d anchored through it) moved from story %s to %s: "
                          "report %s links it better (%.3f)", aid, len(tree) - 1, src, dst, f.article_id, s)
        self._write_anchors(conn, {aid: (f, s) for s, aid in todo}, replace=sorted(cur.keys() & {a for _, a in todo}))
        self._move(conn, {aid: story[aid] for aid in moved}, placed)

    def _set_anchor(self, conn: Connection, aid: str, partner: Features, s: float) -> None:
        self._write_anchors(conn, {aid: (partner, s)}, replace=[aid])

    def _write_anchors(self, conn: Connection, anchors: dict[str, tuple[Features, float]], replace: list[str]) -> None:
        """Write ``anchors`` (report -> partner, score), deleting first the old rows of ``replace``."""
        ids = sorted(anchors)
        for i in range(0, len(replace), 500):
            conn.execute(t.story_anchors.delete().where(t.story_anchors.c.article_id.in_(replace[i : i + 500])))
        conn.execute(t.story_anchors.insert(), [
            {"article_id": aid, "partner_id": anchors[aid][0].article_id,
             "partner_dated": anchors[aid][0].day is not None, "score": anchors[aid][1]} for aid in ids])

    def _stories_of(self, conn: Connection, ids: set[str], placed: dict[str, int]) -> dict[str, int]:
        """The story of each of ``ids``: this batch's from memory, the others in one read per 500."""
        out = {aid: placed[aid] for aid in ids if aid in placed}
        stored = sorted(ids - out.keys())
        a = t.articles
        for i in range(0, len(stored), 500):
            out.update((aid, int(sid)) for aid, sid in conn.execute(
                sa.select(a.c.id, a.c.story_id).where(a.c.id.in_(stored[i : i + 500]))))
        return out

    def _story_of(self, conn: Connection, aid: str, placed: dict[str, int]) -> int:
        return self._stories_of(conn, {aid}, placed)[aid]

    def _move(self, conn: Connection, dst_of: dict[str, int], placed: dict[str, int]) -> None:
        """Put each report of ``dst_of`` in its story: this batch's in memory, stored ones one update per story."""
        by_dst: dict[int, list[str]] = {}
        for aid, dst in dst_of.items():
            if aid in placed:
                placed[aid] = dst
            else:
                by_dst.setdefault(dst, []).append(aid)
        for dst, ids in sorted(by_dst.items()):
            ids.sort()
            for i in range(0, len(ids), 500):
                conn.execute(t.articles.update().where(t.articles.c.id.in_(ids[i : i + 500])).values(story_id=dst))

    def _merge(self, conn: Connection, f: Features, sid: int, other: int,
               links: dict[int, tuple[float, str, dict[str, float]]], now: str, placed: dict[str, int]) -> None:
        a = t.articles
        s_in, via_in, _ = links[sid]
        s_out, via_out, parts = links[other]
        reason = (f"report {f.article_id} links story {sid} (via {via_in}, score {s_in:.3f}) and story "
                  f"{other} (via {via_out}, score {s_out:.3f}: " + ", ".join(f"{k} {v:.2f}" for k, v in parts.items())
                  + ")")
        conn.execute(a.update().where(a.c.story_id == other).values(story_id=sid))
        for aid, s_ in placed.items():
            if s_ == other:
                placed[aid] = sid
        conn.execute(t.stories.update().where(t.stories.c.id == other).values(
            merged_into=sid, article_count=0, outlet_count=0, updated_at=now))
        conn.execute(t.stories.update().where(t.stories.c.merged_into == other).values(merged_into=sid))
        conn.execute(t.story_merges.insert().values(into_id=sid, from_id=other, article_id=f.article_id,
                                                    reason=reason, score=s_out, at=now))
        log.debug("story %s merged into %s: %s", other, sid, reason)



class _Forest:
    """The anchors below some undated reports, held in memory while :meth:`StoryAssigner._reanchor` moves
    them: child -> partner and partner -> children, read level by level (one read per level for all roots)."""

    def __init__(self, parent: dict[str, str], nodes: set[str]) -> None:
        self.nodes = nodes  # the roots and every report anchored through one of them when read
        self.parent = dict(parent)
        self.children: dict[str, set[str]] = {}
        for child, par in self.parent.items():
            self.children.setdefault(par, set()).add(child)

    @classmethod
    def load(cls, conn: Connection, roots: list[str], root_partner: dict[str, str]) -> _Forest:
        sa_ = t.story_anchors
        parent = {r: root_partner[r] for r in roots if r in root_partner}
        seen, frontier = set(roots), sorted(set(roots))
        while frontier:
            nxt: list[str] = []
            for i in range(0, len(frontier), 500):
                for child, par in conn.execute(sa.select(sa_.c.article_id, sa_.c.partner_id)
                                               .where(sa_.c.partner_id.in_(frontier[i : i + 500]))):
                    parent[child] = par
                    if child not in seen:
                        seen.add(child)
                        nxt.append(child)
            frontier = sorted(nxt)
        return cls(parent, seen)

    def tree(self, root: str) -> set[str]:
        """``root`` and the reports whose chain of anchors passes through it."""
        seen, frontier = {root}, [root]
        while frontier:
            nxt = [c for x in frontier for c in self.children.get(x, ()) if c not in seen]
            seen.update(nxt)
            frontier = nxt
        return seen

    def set_parent(self, child: str, par: str) -> None:
        old = self.parent.get(child)
        if old is not None:
            self.children.get(old, set()).discard(child)
        self.parent[child] = par
        self.children.setdefault(par, set()).add(child)


def refresh_stories(conn: Connection, ids: Iterable[int], now: str) -> None:
    """Recompute the summary columns of ``ids`` from their reports (a function of the set, not the order)."""
    ids = sorted(set(ids))
    a, sf = t.articles, t.story_features
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        agg = conn.execute(
            sa.select(a.c.story_id, sa.func.count(), sa.func.count(sa.distinct(sf.c.outlet)),
                      sa.func.min(a.c.published), sa.func.max(a.c.published))
            .select_from(a.outerjoin(sf, sf.c.article_id == a.c.id))
            .where(a.c.story_id.in_(chunk)).group_by(a.c.story_id)).all()
        emptied = set(chunk) - {row[0] for row in agg}  # every report of it was deleted
        if emptied:
            conn.execute(t.stories.update().where(t.stories.c.id.in_(sorted(emptied))).values(
                article_count=0, outlet_count=0, updated_at=now))
        for sid, n, n_out, first, last in agg:
            title = conn.execute(
                sa.select(a.c.title).where(a.c.story_id == sid, a.c.title.is_not(None))
                .order_by(a.c.published.is_(None), a.c.published, a.c.id).limit(1)).scalar()
            conn.execute(t.stories.update().where(t.stories.c.id == sid).values(
                title=title, article_count=n, outlet_count=max(n_out, 1), first_day=first, last_day=last,
                updated_at=now))


def resplit_story(conn: Connection, sid: int, article_id: str, now: str) -> None:
    """After report ``article_id`` of story ``sid`` was deleted (its links went with it), the story becomes the
    components of the links it has left (recorded as splits). Counts keep the deleted report (bars stay as
    they were: a link lost is not found again by a lower bar) until ``newsgraph rebuild``."""
    assigner = StoryAssigner()
    touched: set[int] = set()
    frags = sl.fragments(conn, assigner._members(conn, sid, {}))
    for frag in frags[1:]:
        new = assigner._new_story(conn, None, now, min(frag))
        assigner._move(conn, dict.fromkeys(frag, new), {})
        touched.update((sid, new))
        conn.execute(t.story_splits.insert().values(
            story_id=sid, new_id=new, article_id=article_id, at=now,
            reason=f"report {article_id} was deleted; {len(frag)} of story {sid}'s reports no longer linked to "
                   f"the rest became story {new}"))
    refresh_stories(conn, touched | {sid}, now)


def assign_stories(conn: Connection, records: Iterable[Article], now: str,
                   assigner: StoryAssigner | None = None) -> dict[str, int]:
    """Stories for freshly stored records (see :class:`StoryAssigner`)."""
    return (assigner or StoryAssigner()).assign(conn, records, now)


def reset_stories(conn: Connection) -> None:
    """Forget every story (``newsgraph rebuild`` then assigns them again, article by article)."""
    conn.execute(t.articles.update().values(story_id=None))
    for tbl in (t.story_merges, t.story_splits, t.story_links, t.story_anchors, t.story_keys, t.story_features,
                t.stories):
        conn.execute(tbl.delete())


def replay_stories(conn: Connection, now: str | None = None, *, chunk: int = 500, p: Params | None = None,
                   seeds: bool = True) -> int:
    """Assign every story again from the stored story features (not the articles: migration 0019 runs this
    on a base written before links were kept, with ``seeds`` False: ``stories.seed_id`` comes with 0020);
    returns the number of stories."""
    conn.execute(t.articles.update().values(story_id=None))
    for tbl in (t.story_merges, t.story_splits, t.story_links, t.story_anchors, t.stories):
        conn.execute(tbl.delete())
    sf = t.story_features
    conn.execute(sf.update().values(candidates=0))
    ids = list(conn.execute(sa.select(sf.c.article_id).order_by(sf.c.day.is_(None), sf.c.day, sf.c.article_id))
               .scalars())
    assigner, now = StoryAssigner(p, seeds=seeds), now or _now()
    for i in range(0, len(ids), chunk):
        rows = conn.execute(sa.select(sf.c.article_id, sf.c.day, sf.c.outlet, sf.c.data)
                            .where(sf.c.article_id.in_(ids[i : i + chunk]))).all()
        by_id = {aid: Features.from_json(aid, day, outlet, data) for aid, day, outlet, data in rows}
        assigner.place(conn, [by_id[aid] for aid in ids[i : i + chunk]], now)
    return int(conn.execute(sa.select(sa.func.count()).select_from(t.stories)
                            .where(t.stories.c.merged_into.is_(None))).scalar_one())


def rebuild_stories(conn: Connection, now: str, *, chunk: int = 500, p: Params | None = None) -> int:
    """Recompute every story of the base in one transaction; returns the number of stories."""
    from ..store.rows import load_articles

    reset_stories(conn)
    a = t.articles
    ids = list(conn.execute(sa.select(a.c.id).order_by(a.c.published.is_(None), a.c.published, a.c.id)).scalars())
    assigner = StoryAssigner(p)
    for i in range(0, len(ids), chunk):
        part = ids[i : i + chunk]
        assigner.assign(conn, load_articles(conn, part), now)
    return int(conn.execute(sa.select(sa.func.count()).select_from(t.stories)
                            .where(t.stories.c.merged_into.is_(None))).scalar_one())


def _register_rebuild() -> None:
    from .rebuild import RebuildContext, register_step

    @register_step("stories", after="entities")
    def rebuild_stories_step(conn: Connection, ctx: RebuildContext) -> None:
        """Stories from scratch, reports replayed in the rebuild's canonical order."""
        ctx.counts["stories"] = rebuild_stories(conn, _now())


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


_register_rebuild()
