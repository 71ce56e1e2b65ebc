"""Stories whose bar rises with how busy the pair's window is (newsgraph.kb.storylinks, migration 0019):
the bar, links removed and stories split as reports arrive, the same partition in any order (equal to the
batch rule: pairs over their bars at the final counts), and the upgrade of a base written before."""

from __future__ import annotations

import dataclasses
import itertools
import math
import random
from collections import defaultdict

import pytest
import sqlalchemy as sa
from kb_db import kb_url, upgrade_to  # noqa: F401  (fixture)
from kb_records import record
from storycorpus import story_reports

from newsgraph import kb
from newsgraph.kb import stories
from newsgraph.kb import storyfeatures as sf
from newsgraph.record import Article
from newsgraph.store import open_store
from newsgraph.store import schema as t

#: invented subjects of reports that name story 0's place on its days but tell of other things
_CROWD = ["orchard", "lantern", "harbor", "violin", "glacier", "pepper", "satellite", "meadow"]


def crowd(n: int = len(_CROWD), day: str = "2024-03-04") -> list[Article]:
    return [record(f"Varnosburg {w} fair draws visitors. The {w} show in Varnosburg opened on Tuesday with music "
                   "and food stalls.", day, title=f"Varnosburg {w} fair", source="Example Wire") for w in _CROWD[:n]]


def steep(monkeypatch: pytest.MonkeyPatch, density: float = 0.3) -> sf.Params:
    """Settings whose bar rises fast (0 + ``density`` x log((1 + c1)(1 + c2))), without the caps on what is read
    (below them the rule is order-free; past them the difference is documented)."""
    p = dataclasses.replace(sf.params(), threshold=0.0, density=density, key_cap=0, candidate_cap=0)
    monkeypatch.setattr(stories, "params", lambda: p)
    return p


def partition(db: str) -> set[frozenset[str]]:
    with open_store(db) as st, st.connect() as c:
        rows = c.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all()
    blocks: dict[int, set[str]] = defaultdict(set)
    for aid, sid in rows:
        assert sid is not None
        blocks[sid].add(aid)
    return {frozenset(b) for b in blocks.values()}


def batch_rule(recs: list[Article], p: sf.Params) -> tuple[set[frozenset[str]], set[tuple[str, str]]]:
    """The partition and links by the rule's definition, all at once: a report's count is its dated
    candidates (within the window, sharing an index key); a pair links when it reaches its bar at those counts."""
    feats = [sf.features_of(r, p) for r in recs]
    keys = [set(f.keys(p.index_terms)) for f in feats]
    pairs = [(i, j) for i, j in itertools.combinations(range(len(feats)), 2)
             if abs(_day(feats[i]) - _day(feats[j])) <= p.window_days and keys[i] & keys[j]]
    deg = [0] * len(feats)
    for i, j in pairs:
        deg[i] += 1
        deg[j] += 1
    links = {(min(feats[i].article_id, feats[j].article_id), max(feats[i].article_id, feats[j].article_id))
             for i, j in pairs if sf.score(feats[i], feats[j], p)[0] >= p.bar(deg[i], deg[j])}
    root = {f.article_id: f.article_id for f in feats}

    def find(x: str) -> str:
        while root[x] != x:
            x = root[x]
        return x

    for a, b in links:
        root[find(a)] = find(b)
    blocks: dict[str, set[str]] = defaultdict(set)
    for f in feats:
        blocks[find(f.article_id)].add(f.article_id)
    return {frozenset(b) for b in blocks.values()}, links


def _day(f: sf.Features) -> int:
    import datetime as dt

    return dt.date.fromisoformat(f.day or "").toordinal()


def stored_links(db: str) -> set[tuple[str, str]]:
    with open_store(db) as st, st.connect() as c:
        return {(a, b) for a, b in c.execute(sa.select(t.story_links.c.a_id, t.story_links.c.b_id))}


@pytest.mark.parametrize(("threshold", "density", "c1", "c2", "bar"), [
    (0.24, 0.0, 5, 9, 0.24),  # no density: the flat bar of round 11
    (0.065, 0.03, 0, 0, 0.065),  # two reports alone in their window
    (0.065, 0.03, 1, 1, 0.065 + 0.03 * math.log(4)),
    (0.065, 0.03, 3, 0, 0.065 + 0.03 * math.log(4)),  # symmetric in the product
    (0.065, 0.03, 20, 20, 0.065 + 0.03 * math.log(441)),  # 0.248: about the flat bar, in a busy window
    (0.065, 0.03, 500, 20, 0.065 + 0.03 * math.log(441)),  # past the cap a count raises nothing
])
def test_the_bar_rises_with_the_candidates_of_both_reports(threshold, density, c1, c2, bar) -> None:
    p = dataclasses.replace(sf.Params(), threshold=threshold, density=density, density_cap=20)
    assert p.bar(c1, c2) == pytest.approx(bar)
    assert p.bar(c2, c1) == pytest.approx(bar)


def test_the_shipped_bar_is_the_density_bar() -> None:
    p = sf.params()
    assert (p.threshold, p.density, p.density_cap) == (0.065, 0.03, 20)


def test_a_story_splits_when_a_busy_window_raises_its_link_over_its_score(tmp_path, monkeypatch) -> None:
    steep(monkeypatch)
    recs, _ = story_reports()
    a, b = recs[0], recs[1]  # story 0 told by two outlets on one day: score 0.92
    db = str(tmp_path / "s.db")
    kb.store_articles([a, b], db=db)
    assert partition(db) == {frozenset({a.id, b.id})}  # quiet: bar 0.3 x log 4 = 0.42
    kb.store_articles(crowd(3), db=db, batch_size=1)  # a and b now have 4 candidates each: bar 0.97
    assert frozenset({a.id}) in partition(db) and frozenset({b.id}) in partition(db)
    with open_store(db) as st, st.connect() as c:
        splits = c.execute(sa.select(t.story_splits)).mappings().all()
        live = c.execute(sa.select(t.stories.c.id, t.stories.c.article_count)).all()
        assert stored_links(db) == set()
    assert len(splits) == 1
    s = splits[0]
    assert s["story_id"] != s["new_id"] and "now under" in s["reason"] and f"{min(a.id, b.id)}-" in s["reason"]
    assert s["article_id"] in {r.id for r in crowd(3)}
    assert sorted(n for _, n in live if n) == [1] * 5  # the summaries follow the split
    from newsgraph.kb.storyquery import story

    for sid in (s["story_id"], s["new_id"]):  # both stories' pages tell of the split
        page = story(sid, db=db)
        assert page is not None and [x["reason"] for x in page.splits] == [s["reason"]]


def test_a_story_away_from_the_busy_window_keeps_its_links(tmp_path, monkeypatch) -> None:
    steep(monkeypatch)
    recs, _ = story_reports()
    db = str(tmp_path / "k.db")
    kb.store_articles([*recs[:2], *crowd(3, day="2024-05-01")], db=db)
    assert frozenset({recs[0].id, recs[1].id}) in partition(db)


@pytest.mark.parametrize(("density", "seed", "batch"), [
    (0.3, 1, 1), (0.3, 2, 4), (0.3, 3, 64), (0.12, 4, 1), (0.12, 5, 3), (0.03, 6, 2)])
def test_any_order_ends_in_the_batch_rule(tmp_path, monkeypatch, density, seed, batch) -> None:
    """Links are added, removed and stories split in between, differently by order; the partition and the
    stored links at the end are those of the rule applied to the whole set."""
    p = steep(monkeypatch, density)
    recs, _ = story_reports(spacing_days=1)
    recs = [*recs, *crowd()]
    want, want_links = batch_rule(recs, p)
    order = recs[:]
    random.Random(seed).shuffle(order)
    db = str(tmp_path / "o.db")
    kb.store_articles(order[:11], db=db, batch_size=batch)  # two runs: a resumed ingest
    kb.store_articles(order[11:], db=db, batch_size=batch)
    assert partition(db) == want
    assert stored_links(db) == want_links
    with open_store(db) as st, st.begin() as c:
        stories.rebuild_stories(c, "2026-12-05T00:00:00+00:00", chunk=5)
    assert partition(db) == want and stored_links(db) == want_links


@pytest.mark.parametrize("density", [0.3, 0.03])
def test_the_tests_orders_do_split_stories(tmp_path, monkeypatch, density) -> None:
    """The order test above is not trivial: stored in date order with the crowd last, stories split (at 0.12
    the crowd makes one story of its own and links fall away only in some orders)."""
    steep(monkeypatch, density)
    recs, _ = story_reports(spacing_days=1)
    db = str(tmp_path / "d.db")
    kb.store_articles([*recs, *crowd()], db=db, batch_size=1)
    with open_store(db) as st, st.connect() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(t.story_splits)).scalar_one() > 0


def test_a_base_written_before_0019_upgrades_and_gets_its_links(kb_url, monkeypatch) -> None:  # noqa: F811
    """A base at revision 0018 (no links, no counts; its stories whatever the old rule made, here none) opens
    with today's code: upgraded to the head, every report gets the story the rule gives, links stored."""
    p = steep(monkeypatch, 0.12)
    recs, _ = story_reports(spacing_days=1)
    recs = [*recs, *crowd()]
    kb.store_articles(recs, db=kb_url)  # today's code, then taken back to 0018 as an older base would be
    engine = sa.create_engine(kb_url)
    with engine.begin() as conn:
        _downgrade(conn, "0018")
        meta = sa.MetaData()
        meta.reflect(conn)
        assert "story_links" not in meta.tables and "candidates" not in meta.tables["story_features"].c
        conn.execute(meta.tables["articles"].update().values(story_id=None))
        conn.execute(meta.tables["stories"].delete())
    engine.dispose()
    want, want_links = batch_rule(recs, p)
    with open_store(kb_url) as st, st.connect() as c:  # migrates to the head: 0019 replays the stories
        assert c.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one() == "0021"
        counts = dict(c.execute(sa.select(t.story_features.c.article_id, t.story_features.c.candidates)).all())
    assert partition(kb_url) == want and stored_links(kb_url) == want_links
    assert max(counts.values()) > 0


def _downgrade(conn: sa.engine.Connection, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    from newsgraph.store.engine import _MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.downgrade(cfg, revision)


def test_upgrade_from_0018_on_an_empty_base(kb_url) -> None:  # noqa: F811
    engine = sa.create_engine(kb_url)
    with engine.begin() as conn:
        upgrade_to(conn, "0018")
        meta = upgrade_to(conn, "0019")
    engine.dispose()
    assert {"story_links", "story_splits"} <= set(meta.tables)


def test_deleting_the_report_that_bridged_two_stories_splits_them_again(tmp_path) -> None:
    from newsgraph.kb.maintenance import delete_article

    recs, _ = story_reports(spacing_days=0)
    first, second = recs[0:3], recs[3:6]
    roundup = record(first[0].text + " " + second[0].text, first[0].published, title="Roundup: " + first[0].title,
                     source="Example Wire")
    db = str(tmp_path / "b.db")
    kb.store_articles([*first, *second, roundup], db=db)
    assert partition(db) == {frozenset(r.id for r in [*first, *second, roundup])}
    delete_article(roundup.id, db=db, reason="test")
    assert partition(db) == {frozenset(r.id for r in first), frozenset(r.id for r in second)}
    with open_store(db) as st, st.connect() as c:
        splits = c.execute(sa.select(t.story_splits.c.reason)).scalars().all()
        counts = sorted(c.execute(sa.select(t.stories.c.article_count).where(t.stories.c.article_count > 0)).scalars())
    assert len(splits) == 1 and "was deleted" in splits[0] and counts == [3, 3]


def test_a_merged_storys_id_leads_to_its_reports_after_a_split(tmp_path) -> None:
    """Story B merged into A by a roundup; deleting the roundup splits B's reports off into a new story. B's
    id must lead there (its first report's story), not to A, which ``merged_into`` alone would give."""
    from newsgraph.kb.maintenance import delete_article
    from newsgraph.kb.storyquery import story

    recs, _ = story_reports(spacing_days=0)
    first, second = recs[0:3], recs[3:5]  # three reports against two: the first keeps A's id at the split
    roundup = record(first[0].text + " " + second[0].text, first[0].published, title="Roundup: " + first[0].title,
                     source="Example Wire")
    db = str(tmp_path / "m.db")
    kb.store_articles([*first, *second, roundup], db=db)
    with open_store(db) as st, st.connect() as c:
        (a, b), = c.execute(sa.select(t.story_merges.c.into_id, t.story_merges.c.from_id)).all()
    delete_article(roundup.id, db=db, reason="test")
    with open_store(db) as st, st.connect() as c:
        now = dict(c.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all())
    assert now[first[0].id] == a and now[second[0].id] != a  # the split took B's reports out of A
    page = story(b, db=db)
    assert page is not None and page.id == now[second[0].id] and page.requested_id == b
    assert {r["id"] for o in page.reports for r in o["articles"]} == {r.id for r in second}


def test_upgrade_to_0020_gives_live_stories_their_first_report(kb_url) -> None:  # noqa: F811
    recs, _ = story_reports(spacing_days=1)
    kb.store_articles(recs, db=kb_url)  # today's code, then taken back to 0019 as an older base would be
    engine = sa.create_engine(kb_url)
    with engine.begin() as conn:
        _downgrade(conn, "0019")
        meta = sa.MetaData()
        meta.reflect(conn)
        assert "seed_id" not in meta.tables["stories"].c
    engine.dispose()
    with open_store(kb_url) as st, st.connect() as c:  # migrates to the head
        seeds = dict(c.execute(sa.select(t.stories.c.id, t.stories.c.seed_id)
                               .where(t.stories.c.merged_into.is_(None), t.stories.c.article_count > 0)).all())
        rows = c.execute(sa.select(t.articles.c.id, t.articles.c.story_id, t.articles.c.published)).all()
    first: dict[int, tuple[str, str]] = {}
    for aid, sid, pub in rows:
        first[sid] = min(first.get(sid, (pub, aid)), (pub, aid))
    assert seeds and seeds == {sid: aid for sid, (_, aid) in first.items()}


def test_the_assigner_counts_the_links_it_removes_and_the_parts_it_splits_off(tmp_path, monkeypatch) -> None:
    """What benchmarks/stories_scale.py reports per arrival: the link a-b falls under its bar once, one split."""
    p = steep(monkeypatch)
    recs, _ = story_reports()
    assigner = stories.StoryAssigner(p)
    with open_store(str(tmp_path / "n.db")) as st:
        for part in ([recs[0], recs[1]], *[[c] for c in crowd(3)]):
            with st.begin() as conn:
                conn.execute(t.articles.insert(), [
                    {"id": r.id, "schema_version": r.schema_version, "title": r.title, "published": r.published,
                     "source": r.source, "language": r.language, "text": r.text, "related_links": [],
                     "headings": []} for r in part])
                assigner.assign(conn, part, "2026-12-05T00:00:00+00:00")
            if part[0] is recs[0]:
                assert (assigner.links_removed, assigner.splits) == (0, 0)
    assert (assigner.links_removed, assigner.splits) == (1, 1)
