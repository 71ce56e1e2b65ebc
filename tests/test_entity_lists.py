"""An entity's page at scale (issue 21): lists read off indexes, totals counted without joins, SQLite's
full-text rows told apart by rowid (migration 0010). Every test runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from kb_db import upgrade_to
from kb_records import _at, _mentions, drawdown, followup, plain, record
from listing import list_by_bar

from newsgraph import kb
from newsgraph.kb import browse
from newsgraph.store import open_store
from newsgraph.store import schema as t
from newsgraph.store.rows import article_rows


def _clash(i: int, confidence: float, roles: list[str]) -> object:
    """Trump against himself (actor and target of one event) and Iran, at ``confidence``."""
    text = f"Note {i}: Donald Trump said Donald Trump would sanction Iran."
    ev = _at(text, "would sanction Iran")
    return record(text, f"2021-03-{i:02d}", entities=[
        {"id": "E1", "name": "Donald Trump", "type": "PERSON", "country": "USA", "roles": roles,
         "mentions": _mentions(text, "Donald Trump")},
        {"id": "E2", "name": "Iran", "type": "GPE", "country": "IRN", "mentions": _mentions(text, "Iran")},
    ], events=[{"start": ev[0], "end": ev[1], "type": "COERCE", "mode": "sanction", "text": text[ev[0]:ev[1]],
                "actors": [{"name": "Donald Trump", "entity": "E1", "country": "USA"}],
                "targets": [{"name": "Donald Trump", "entity": "E1", "country": "USA"},
                            {"name": "Iran", "entity": "E2", "country": "IRN"}],
                "confidence": confidence}])


def test_entity_events_one_row_per_event_at_the_floor_with_true_totals(kb_store):
    kb.ingest([_clash(1, 0.9, []), _clash(2, 0.95, []), _clash(3, 0.2, []), drawdown()], db=kb_store)
    trump = kb.find_entity("Donald Trump", db=kb_store)
    with kb_store.connect() as conn:  # the party rows carry their event's day and confidence
        parties = conn.execute(sa.select(t.event_parties.c.published, t.event_parties.c.confidence)
                               .where(t.event_parties.c.entity_id == trump.id)
                               .order_by(t.event_parties.c.published, t.event_parties.c.role)).all()
    assert [tuple(p) for p in parties] == [("2021-03-01", 0.9)] * 2 + [("2021-03-02", 0.95)] * 2 + [
        ("2021-03-03", 0.2)] * 2
    page = kb.entity_events(trump.id, db=kb_store, limit=1)
    assert page.total == 2 and [e.published for e in page.items] == ["2021-03-02"]  # the latest first
    assert [e.published for e in kb.entity_events(trump.id, db=kb_store, offset=1, limit=1).items] == ["2021-03-01"]
    assert kb.entity_events(trump.id, db=kb_store, min_confidence=0).total == 3
    whole = kb.entity(trump.id, db=kb_store)
    assert whole.event_total == 2 and [e.published for e in whole.events] == ["2021-03-02", "2021-03-01"]
    assert kb.entity_events(10**9, db=kb_store) is None


def test_roles_over_time_merge_every_role_list(kb_store):
    kb.ingest([_clash(1, 0.9, ["President"]), _clash(2, 0.9, ["President", "Candidate"]), _clash(3, 0.9, []),
               _clash(4, 0.9, ["Candidate"]), drawdown()], db=kb_store)
    trump = kb.find_entity("Donald Trump", db=kb_store)
    roles = browse.entity_roles(trump.id, db=kb_store)
    assert roles == [
        {"role": "President", "first": "2020-09-10", "last": "2021-03-02", "articles": 3},
        {"role": "Candidate", "first": "2021-03-02", "last": "2021-03-04", "articles": 2},
    ]
    assert browse.entity_roles(kb.find_entity("Iran", db=kb_store).id, db=kb_store) == []


def test_entity_lists_totals(kb_store):
    kb.ingest([drawdown(), followup(4000), *[plain(i, f"2021-01-{i:02d}") for i in range(1, 6)]], db=kb_store)
    merkel = kb.find_entity("Angela Merkel", db=kb_store)
    arts = kb.entity_articles(merkel.id, db=kb_store, limit=2)
    assert arts.total == 5 == merkel.article_count and [a.published for a in arts.items] == ["2021-01-05",
                                                                                             "2021-01-04"]
    assert kb.entity_articles(merkel.id, db=kb_store, offset=4, limit=2).total == 5
    co = kb.entity_co_mentioned(kb.find_entity("Pentagon", db=kb_store).id, db=kb_store, limit=2)
    assert co.total == 5 and [c.name for c in co.items] == ["United States", "Donald Trump"]
    assert kb.entity_co_mentioned(merkel.id, db=kb_store, offset=5).total == 1
    miller = kb.find_entity("Frank Miller", db=kb_store)
    assert kb.entity_quotes(miller.id, db=kb_store).total == 1


def test_search_tells_articles_from_quotes(kb_store):
    kb.ingest([drawdown(), followup(4000), plain(1)], db=kb_store)
    if kb_store.dialect == "sqlite":  # even rowids for articles, odd for quotes, in insertion order
        with kb_store.connect() as conn:
            rows = conn.execute(sa.text("SELECT rowid, kind FROM fts ORDER BY rowid")).all()
        assert len(rows) == 4 and all((rid % 2 == 1) == (kind == "quote") for rid, kind in rows)
    page = kb.search_page("partners", db=kb_store, kind="article")
    assert page.total == 1 and page.items[0].kind == "article"
    page = kb.search_page("partners", db=kb_store, kind="quote")
    assert page.total == 1 and page.items[0].kind == "quote" and page.items[0].quote_idx == 0
    assert kb.search_page("partners", db=kb_store).total == 2
    assert browse.articles(db=kb_store, q="troops").total == 2
    assert browse.articles(db=kb_store, q="troops", sort="newest").total == 2


def _corpus() -> list:
    """12 small reports: "troops" in 9, a frequent entity in every other one, a rare one in one; two
    sources, two languages, titles out of date order, one undated."""
    out = []
    for i in range(12):
        word = "troops" if i % 4 != 3 else "ships"
        t = f"Dispatch {i}: Alpha Person spoke about {word}." if i % 2 == 0 else f"Dispatch {i}: talk of {word}."
        if i == 4:
            t += " Rare Org agreed."
        ents = [{"id": "E1", "name": "Alpha Person", "type": "PERSON", "country": "USA",
                 "mentions": _mentions(t, "Alpha Person")}] if i % 2 == 0 else []
        if i == 4:
            ents.append({"id": "E2", "name": "Rare Org", "type": "ORG", "country": "USA",
                         "mentions": _mentions(t, "Rare Org")})
        out.append(record(t, None if i == 7 else f"2021-0{1 + i % 3}-{10 + i:02d}", entities=ents,
                          title=f"{'zyx'[i % 3]} dispatch {i}", source="Wire A" if i % 3 else "Wire B",
                          language="en" if i != 5 else "de"))
    return out


def test_text_match_in_every_order_and_filter(kb_store, monkeypatch):
    """``/articles?q=`` with any order and filter (on SQLite through articles.fts_rowid, migration 0013)
    gives the page and the total a plain filter of the same rows gives, whichever plan SQLite takes."""
    recs = _corpus()
    kb.ingest(recs, db=kb_store)
    alpha = kb.find_entity("Alpha Person", db=kb_store).id
    rare = kb.find_entity("Rare Org", db=kb_store).id
    has = {r.id: {e.name for e in r.entities} for r in recs}

    def expected(sort, source=None, date_from=None, language=None, entity=None):
        rows = [r for r in recs if "troops" in r.text and (source is None or r.source == source)
                and (date_from is None or (r.published or "") >= date_from)
                and (language is None or r.language == language) and (entity is None or entity in has[r.id])]
        if sort == "title":
            rows.sort(key=lambda r: (r.title, r.id))
        else:
            dated = sorted((r for r in rows if r.published), key=lambda r: (r.published, r.id),
                           reverse=sort == "newest")
            rows = dated + [r for r in rows if not r.published]
        return [r.id for r in rows]

    cases = [({"sort": s}, {}) for s in ("newest", "oldest", "title")] + [
        ({"sort": "newest", "source": "Wire A"}, {}), ({"sort": "oldest", "date_from": "2021-02-01"}, {}),
        ({"sort": "newest", "language": "de"}, {}), ({"sort": "relevance", "source": "Wire B"}, {}),
        ({"sort": "newest", "entity": str(alpha)}, {"entity": "Alpha Person"}),
        ({"sort": "newest", "entity": str(rare)}, {"entity": "Rare Org"}),
    ]
    for few in (2000, 0):  # the match set looked up article by article / the order's index walked
        monkeypatch.setattr(browse, "_FEW_MATCHES", few)
        for kw, extra in cases:
            want = expected(**{**{k: v for k, v in kw.items() if k != "entity"}, **extra,
                               "sort": kw["sort"] if kw["sort"] != "relevance" else "newest"})
            for offset, limit in ((0, 50), (0, 2), (3, 2)):
                page = browse.articles(db=kb_store, q="troops", offset=offset, limit=limit, **kw)
                assert [a.id for a in page.items] == want[offset:offset + limit], (few, kw, offset)
                assert page.total == len(want), (few, kw, offset)
    assert browse.articles(db=kb_store, q="nothingmatches", sort="newest").total == 0
    assert browse.articles(db=kb_store, q="nothingmatches", entity=str(alpha)).total == 0


def test_filters_without_text_in_every_order_and_plan(kb_store, monkeypatch):
    """``/articles`` with filters and no text: on SQLite the total picks the plan (the filter's index and a
    sort, or the order's index walked); both give the page and the total a plain filter gives."""
    recs = _corpus()
    kb.ingest(recs, db=kb_store)
    has = {r.id: {e.name for e in r.entities} for r in recs}

    def expected(sort, source=None, date_from=None, language=None, entity=None):
        rows = [r for r in recs if (source is None or r.source == source)
                and (date_from is None or (r.published or "") >= date_from)
                and (language is None or r.language == language) and (entity is None or entity in has[r.id])]
        if sort == "title":
            rows.sort(key=lambda r: (r.title, r.id))
        else:
            dated = sorted((r for r in rows if r.published), key=lambda r: (r.published, r.id),
                           reverse=sort == "newest")
            rows = dated + [r for r in rows if not r.published]
        return [r.id for r in rows]

    alpha = str(kb.find_entity("Alpha Person", db=kb_store).id)
    rare = str(kb.find_entity("Rare Org", db=kb_store).id)
    names = {alpha: "Alpha Person", rare: "Rare Org"}
    cases = [{"sort": "title", "language": "en"}, {"sort": "oldest", "source": "Wire A"},
             {"sort": "title", "date_from": "2021-02-01"}, {"sort": "newest", "language": "de"},
             {"sort": "title", "entity": alpha}, {"sort": "oldest", "entity": alpha},
             {"sort": "newest", "entity": alpha, "source": "Wire B"}, {"sort": "title", "entity": rare},
             {"sort": "oldest", "entity": alpha, "date_from": "2021-02-01"}]
    for few in (2000, 0):
        monkeypatch.setattr(browse, "_FEW_MATCHES", few)
        for kw in cases:
            want = expected(**{**kw, "entity": names.get(kw.get("entity"))})
            for offset, limit in ((0, 50), (0, 2), (3, 2), (40, 2)):
                page = browse.articles(db=kb_store, offset=offset, limit=limit, **kw)
                assert [a.id for a in page.items] == want[offset:offset + limit], (few, kw, offset)
                assert page.total == len(want), (few, kw, offset)
        with kb_store.connect() as conn:  # a story: its articles, newest first
            story = conn.execute(sa.select(t.articles.c.story_id, sa.func.count()).where(t.articles.c.story_id.is_not(None))
                                 .group_by(t.articles.c.story_id).limit(1)).first()
        if story is not None:
            page = browse.articles(db=kb_store, story=str(story[0]), limit=2)
            assert page.total == story[1] and len(page.items) == min(2, story[1])
        assert browse.articles(db=kb_store, story="987654").total == 0
        assert browse.articles(db=kb_store, story="987654", entity=alpha).total == 0
        _story_with_entity_agrees(kb_store, recs, has, alpha, names[alpha])


def _story_with_entity_agrees(kb_store, recs, has, entity_id, entity_name):
    """``story=`` with ``entity=`` and other filters: the story's articles (looked up by the story's index, or
    filtered like a column when the story is large) that name the entity, in every order, with the total."""
    with kb_store.connect() as conn:
        story_of = dict(conn.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all())
    by_id = {r.id: r for r in recs}
    stories = sorted({s for s in story_of.values() if s is not None})
    assert stories, "the corpus forms no story: nothing tested"
    checked = 0
    for sid in stories:
        for kw in ({}, {"sort": "title"}, {"sort": "oldest", "language": "en"}):
            want = [i for i, s in story_of.items() if s == sid and entity_name in has[i]
                    and (kw.get("language") is None or by_id[i].language == kw["language"])]
            page = browse.articles(db=kb_store, story=str(sid), entity=entity_id, limit=100, **kw)
            assert sorted(a.id for a in page.items) == sorted(want), (sid, kw)
            assert page.total == len(want), (sid, kw)
            checked += bool(want)
    assert checked, "no story holds the entity: only empty answers tested"


def _link_rowids_agree(store) -> bool:
    """Every entity link carries its article's fts rowid (SQLite; PostgreSQL has none)."""
    a, ae = t.articles, t.article_entities
    with store.connect() as conn:
        bad = conn.execute(sa.select(sa.func.count()).select_from(ae.join(a, a.c.id == ae.c.article_id))
                           .where(ae.c.fts_rowid.is_distinct_from(a.c.fts_rowid))).scalar_one()
        null = conn.execute(sa.select(sa.func.count()).select_from(ae).where(ae.c.fts_rowid.is_(None))).scalar_one()
    return bad == 0 and (null == 0) == (store.dialect == "sqlite")


def test_text_with_entity_after_rebuild(kb_store):
    """The identity rebuild re-inserts every entity link without its fts rowid: the trigger of migration
    0014 gives it back, so ``/articles?q=&entity=`` answers as before the rebuild."""
    from newsgraph.kb.rebuild import rebuild

    recs = _corpus()
    kb.ingest(recs, db=kb_store)
    assert _link_rowids_agree(kb_store)

    def answer() -> list[tuple[list[str], int]]:
        out = []
        for name in ("Alpha Person", "Rare Org"):
            eid = str(kb.find_entity(name, db=kb_store).id)
            for sort in ("newest", "title"):
                page = browse.articles(db=kb_store, q="troops", entity=eid, sort=sort, limit=3)
                out.append(([x.id for x in page.items], page.total))
        return out

    before = answer()
    assert before[0][1] == 6 and before[2][1] == 1  # Alpha in the 6 even articles, all with troops; Rare once
    rebuild(db=kb_store)
    assert _link_rowids_agree(kb_store)
    assert answer() == before


def test_a_base_at_0009_upgrades_its_search_and_event_parties(kb_url):
    """Rows written under revision 0009 (the old full-text layout, parties without dates) read the same
    after the upgrade: search by kind, and an entity's events in order."""
    rec = drawdown()
    engine = sa.create_engine(kb_url)
    with engine.begin() as conn:
        meta = upgrade_to(conn, "0009")
        rows = article_rows(rec, list(range(1, len(rec.entities) + 1)), event_ids=iter(range(1, 100)))
        conn.execute(meta.tables["entities"].insert(), [
            {"id": i, "name": e.name, "type": e.type, "country": e.country, "aliases": [], "roles": [],
             "mention_count": 1, "article_count": 1} for i, e in enumerate(rec.entities, 1)])
        for name in ("articles", "paragraphs", "article_entities", "mentions", "quotes", "events", "event_parties"):
            tbl = meta.tables[name]
            conn.execute(tbl.insert(), [{k: v for k, v in r.items() if k in tbl.c} for r in rows[name]])
        if conn.dialect.name == "sqlite":  # 0009's layout: body first, rowids in plain insertion order
            conn.execute(sa.text("INSERT INTO fts (body, kind, article_id, ref) VALUES (:b, 'article', :a, NULL)"),
                         {"b": rec.text, "a": rec.id})
            conn.execute(sa.text("INSERT INTO fts (body, kind, article_id, ref) VALUES (:b, 'quote', :a, 0)"),
                         {"b": rec.quotes[0].text, "a": rec.id})
    engine.dispose()
    store = open_store(kb_url)
    try:
        assert [h.kind for h in kb.search("partners", db=store, kind="quote")] == ["quote"]
        assert [h.kind for h in kb.search("partners", db=store, kind="article")] == ["article"]
        pentagon = kb.entity_events(1, db=store)
        assert pentagon.total == 1 and pentagon.items[0].type == "RETREAT"
        with store.connect() as conn:
            assert conn.execute(sa.select(t.event_parties.c.published, t.event_parties.c.confidence)
                                .where(t.event_parties.c.entity_id == 1)).all() == [("2020-09-10", 0.9)]
        # the upgraded article's fts rowid is on its row (0013): found in date order too
        assert [a.id for a in browse.articles(q="troops", sort="newest", db=store).items] == [rec.id]
        # and so are its entity links' (0014): the text with an entity
        assert [a.id for a in browse.articles(q="troops", entity="1", db=store).items] == [rec.id]
        kb.ingest([followup(4000)], db=store)  # new rows after the upgraded ones
        assert kb.search_page("troops", db=store, kind="article").total == 2
        assert browse.articles(q="troops", sort="oldest", db=store).total == 2
    finally:
        store.close()


def test_conflict_candidates_are_every_pair_the_full_loop_accepts():
    """The conflict search looks only at pairs that may share a time; on random series it finds exactly
    the pairs, in the same order, that testing every pair finds."""
    import random

    from newsgraph.kb.conflicts import _candidates, _same_time
    from newsgraph.kb.query import Point

    rng = random.Random(5)
    times = [None, "2020-09", "2020-09-10", "2020-09-14", "2020", "2020-W37", "2020-Q3", "2021-01-02"]

    def point(k: int) -> Point:
        time = rng.choice(times)
        days = {"2020-09": ("2020-09-01", "2020-09-30"), "2020-09-10": ("2020-09-10",) * 2,
                "2020-09-14": ("2020-09-14",) * 2, "2020": ("2020-01-01", "2020-12-31"),
                "2020-W37": ("2020-09-07", "2020-09-13"), "2020-Q3": ("2020-07-01", "2020-09-30"),
                "2021-01-02": ("2021-01-02",) * 2}
        pub = rng.choice(["2020-09-10", "2020-09-12", "2020-10-01"])
        day, last = days[time] if time else (pub, pub)
        return Point(measure="troops:USA:IRQ", article_id=f"a{k % 7}", value=1000.0, role="amount", approx=None,
                     low=None, high=None, time=time, day=day, last_day=last, before=False,
                     as_of_publication=time is None, start=0, end=1, evidence="", published=pub, title=None,
                     url=None)

    for n in (0, 1, 5, 40):
        series = [point(k) for k in range(n)]
        full = [(i, j) for i in range(n) for j in range(i + 1, n) if _same_time(series[i], series[j], 31)]
        fast = [(i, j) for i, j in _candidates(series, 31) if _same_time(series[i], series[j], 31)]
        assert fast == full


@pytest.fixture
def bar_listing(monkeypatch):
    """The drawdown's troops series is never listed by default (round 17b: casualty tolls only); these tests of the
    stored-conflict machinery list by round 17's bar, where its follow-ups' pair is stored and the drawdown's two
    are not (tests/listing.py)."""
    list_by_bar(monkeypatch)


def _pairs(found) -> list[tuple[str, str, str, str]]:
    return [(c.measure, c.a.article_id, c.b.article_id, c.reason) for c in found]


def _marks(store) -> tuple[dict[str, int], set[int], dict[str, int], set[int]]:
    """The conflict marks of migration 0016 (per-measure counts, marked points) beside what the stored
    conflicts say they must be."""
    with store.connect() as conn:
        counts = dict(conn.execute(sa.select(t.measures.c.key, t.measures.c.conflict_count)).all())
        marked = set(conn.execute(sa.select(t.points.c.id).where(t.points.c.conflicted)).scalars())
        rows = conn.execute(sa.select(t.conflicts.c.measure, t.conflicts.c.a_id, t.conflicts.c.b_id)).all()
    want = dict.fromkeys(counts, 0)
    for m, _a, _b in rows:
        want[m] += 1
    return counts, marked, want, {i for _m, a, b in rows for i in (a, b)}


def _marks_agree(store) -> None:
    from newsgraph.kb.maintenance import verify

    counts, marked, want_counts, want_marked = _marks(store)
    assert counts == want_counts and marked == want_marked
    assert {c.name: c for c in verify(store)}["measure counters"].ok


def test_stored_conflicts_follow_ingest_delete_and_rebuild(kb_store, bar_listing):
    from newsgraph.kb.maintenance import delete_article
    from newsgraph.kb.rebuild import rebuild

    kb.ingest([drawdown(), followup(4000)], db=kb_store)
    _marks_agree(kb_store)
    kb.ingest([followup(3500, time="2020-09-20"), plain(1)], db=kb_store)  # a second run joins the series
    _marks_agree(kb_store)
    # stored: the pairs at the default confidence bar (round 17), here the two follow-ups (one story, both name
    # Trump) and none of the drawdown's (two stories, one stated month: under the bar, kept for min_confidence=0)
    assert _marks(kb_store)[0]["troops:USA:IRQ"] == 1 and len(_marks(kb_store)[1]) == 2
    computed = kb.conflicts(db=kb_store)
    every = kb.conflicts(db=kb_store, min_confidence=0)
    assert len(computed) == 1 and len(every) == 3
    page = kb.conflict_page(db=kb_store, limit=2)
    assert page.total == 1 and _pairs(page.items) == _pairs(computed)
    assert page.items[0].a.title == computed[0].a.title and page.items[0].a_range == computed[0].a_range
    assert page.items[0].confidence == computed[0].confidence == 0.8  # read back from the stored reason
    assert kb.conflict_page(db=kb_store, measure="troops:USA:IRQ").total == 1
    assert kb.conflict_page(db=kb_store, measure="people:-:-").total == 0
    # another tolerance, or another bar, is computed, not read
    assert kb.conflict_page(db=kb_store, tolerance=0.5, hedge=0.5).total == len(
        kb.conflicts(db=kb_store, tolerance=0.5, hedge=0.5))
    whole = kb.conflict_page(db=kb_store, min_confidence=0, limit=2)
    assert whole.total == 3 and _pairs(whole.items) == _pairs(every[:2])
    delete_article(followup(4000).id, db=kb_store, client="test")
    assert _pairs(kb.conflict_page(db=kb_store).items) == _pairs(kb.conflicts(db=kb_store))
    assert kb.conflict_page(db=kb_store).total == 0
    _marks_agree(kb_store)  # the deleted point's partners lost their marks with its conflicts
    assert kb.series_view("troops:USA:IRQ", db=kb_store).n_conflicts == 0
    rebuild(db=kb_store)
    assert _pairs(kb.conflict_page(db=kb_store).items) == _pairs(kb.conflicts(db=kb_store))
    assert kb.conflict_page(db=kb_store, min_confidence=0).total == 1
    _marks_agree(kb_store)


def test_verify_reports_a_conflict_mark_that_disagrees(kb_store, bar_listing):
    from newsgraph.kb.maintenance import verify

    # the two follow-ups are one story and both name Trump: a stored conflict (round 17's bar)
    kb.ingest([drawdown(), followup(4000), followup(3500, time="2020-09-20"), plain(1)], db=kb_store)
    with kb_store.begin() as conn:
        conn.execute(t.points.update().values(conflicted=False))
        conn.execute(t.measures.update().values(conflict_count=7))
    check = {c.name: c for c in verify(kb_store)}["measure counters"]
    assert not check.ok
    assert any(p.startswith("troops:USA:IRQ: conflict_count 7 but") for p in check.problems)
    assert any("point(s) whose conflict mark" in p for p in check.problems)


def test_series_view_groups_identical_points_and_pages_the_table(kb_store, bar_listing):
    """The series page at scale (kb.series_view): identical points of several reports are one dot that
    counts them, the table is a page of the whole series in the reader's order with its true total, and
    each row says whether its point is in a stored conflict, as the conflicts computed in full say."""
    again = followup(4000).model_copy(update={"id": "f4000-again", "url": "https://example.org/again"})
    kb.ingest([drawdown(), followup(4000), again, followup(3500, time="2020-09-20"), plain(1)], db=kb_store)
    key = "troops:USA:IRQ"
    whole = kb.timeline(key, db=kb_store).points
    view = kb.series_view(key, db=kb_store, limit=2)
    assert view.page.total == len(whole) == sum(d["n"] for d in view.dots)
    assert [d["n"] for d in view.dots if d["value"] == 4000] == [2]
    assert len(view.dots) == len(whole) - 1
    bad = {(p.article_id, p.start, p.value) for c in kb.conflicts(db=kb_store, measure=key) for p in (c.a, c.b)}
    assert view.n_conflicts == len(kb.conflicts(db=kb_store, measure=key)) > 0
    rows = [row for off in range(0, len(whole), 2)
            for row in kb.series_view(key, db=kb_store, offset=off, limit=2).page.items]
    assert [(p.article_id, p.start) for p, _ in rows] == [(p.article_id, p.start) for p in whole]
    assert [flag for _, flag in rows] == [(p.article_id, p.start, p.value) in bad for p in whole]
    by_value = kb.series_view(key, db=kb_store, sort="value", limit=100).page.items
    assert [p.value for p, _ in by_value] == sorted(p.value for p in whole)
    assert kb.series_view("people:-:-", db=kb_store) is None


def test_timeline_pages_are_the_whole_series_in_order_with_true_totals(kb_store):
    """The timeline's JSON pages (kb.timeline_page: the page's ids off ix_points_series, then their rows) put
    together are the whole series, in the order and with the fields kb.timeline reads in one query."""
    again = followup(4000).model_copy(update={"id": "f4000-again", "url": "https://example.org/again"})
    kb.ingest([drawdown(), followup(4000), again, followup(3500, time="2020-09-20"), plain(1)], db=kb_store)
    key = "troops:USA:IRQ"
    whole = kb.timeline(key, db=kb_store).points
    assert len(whole) >= 4
    pages = [kb.timeline_page(key, db=kb_store, offset=off, limit=2) for off in range(0, len(whole) + 2, 2)]
    assert {pg.total for pg in pages} == {len(whole)}
    assert [p.to_dict() for pg in pages for p in pg.items] == [p.to_dict() for p in whole]
    assert pages[-1].items == []  # past the end: empty, the total still true
    empty = kb.timeline_page("people:-:-", db=kb_store)
    assert (empty.items, empty.total) == ([], 0)


def test_the_timeline_page_reads_no_conflict_mark(kb_store, monkeypatch):
    """Only the series page shows a point's conflict mark: the timeline page's rows come without it (it was
    read there and thrown away), the series page's rows with it."""
    from newsgraph.kb import lists

    seen: list[set[str]] = []
    real = lists._points_by_id

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        got = real(*args, **kwargs)
        seen.extend(set(r) for r in got.values())
        return got

    monkeypatch.setattr(lists, "_points_by_id", spy)
    kb.ingest([drawdown(), followup(4000), followup(3500, time="2020-09-20")], db=kb_store)
    assert kb.timeline_page("troops:USA:IRQ", db=kb_store).items
    assert seen and all("conflict" not in keys for keys in seen)
    seen.clear()
    assert kb.series_view("troops:USA:IRQ", db=kb_store).page.items
    assert seen and all("conflict" in keys for keys in seen)
