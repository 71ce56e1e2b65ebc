"""How far a figure's time stretches, read at extraction (issue 17, round 9): ``running_total`` ("killed since
2011", "so far this year") and ``time_end`` ("between mid-April and August 27"), on amounts and changes.

The extractor reads them (``newsgraph.extract.amounts.totals``); the knowledge base only reads the fields, and
a record made before them gets the extractor's reading when it is stored or rebuilt. Sentences here are
written for the tests; none is copied from an article.
"""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from kb_db import upgrade_to
from kb_records import _at, record

from newsgraph import kb
from newsgraph.extract.amounts.totals import fill_totals, time_reading
from newsgraph.kb.measures import points_of, with_totals
from newsgraph.record import Article
from newsgraph.store import open_store
from newsgraph.store import schema as t
from newsgraph.store.rows import article_rows, load_article
from newsgraph.time_index import TimeIndex


def _timed(text: str, figure: str, times: list[tuple[str, str]], value_t: str | None,
           published: str = "2019-03-15", **amount: Any) -> Article:
    """A record of one counted toll at ``figure`` whose time has the value ``value_t``, with the time
    expressions ``times`` ((text, TIMEX value), each at its first occurrence), as an older extraction made it
    (no reading of the stretch)."""
    a = _at(text, figure)
    rows = [{"start": s, "end": e, "text": w, "type": "DATE", "value": v, "anchor": "absolute"}
            for w, v in times for s, e in [_at(text, w)]]
    return record(text, published, amounts=[{
        "start": a[0], "end": a[1], "value": 380000, "text": figure, "kind": "count", "object": "people killed",
        "owner": None, "location": "SYR", "time": value_t, **amount}], times=rows)


# (text, figure, time expressions, the figure's time, expected (running_total, time_end))
READINGS = [
    ("Some 380,000 people have been killed in Syria since 2011.", "380,000", [("2011", "2011")], "2011",
     (True, None)),
    ("Some 380,000 people have been killed in Syria since the war began in March 2011.", "380,000",
     [("March 2011", "2011-03")], "2011-03", (True, None)),
    ("So far this year, 380,000 people have been killed in Syria.", "380,000", [("this year", "2019")], "2019",
     (True, None)),
    ("Some 380,000 people were killed in Syria this year to date.", "380,000", [("this year", "2019")], "2019",
     (True, None)),
    ("Since 2011, 380,000 people have been killed in Syria.", "380,000", [("2011", "2011")], "2011", (True, None)),
    # a figure after a "since" that does not open its clause keeps its own time
    ("Arms flows have grown since the jet was downed over Syria on July 17, killing all 380,000 on board.",
     "380,000", [("July 17", "2018-07-17")], "2018-07-17", (False, None)),
    ("In 2011, 380,000 people were killed in Syria.", "380,000", [("2011", "2011")], "2011", (False, None)),
    # a stretch ends at its second time
    ("Some 380,000 people were killed in Syria between mid-April and August 27.", "380,000",
     [("mid-April", "2018-04"), ("August 27", "2018-08-27")], "2018-04", (False, "2018-08-27")),
    ("From 2011 to 2014, 380,000 people were killed in Syria.", "380,000", [("2011", "2011"), ("2014", "2014")],
     "2011", (False, "2014")),
    ("Some 380,000 people were killed in Syria from 2011 through 2014.", "380,000",
     [("2011", "2011"), ("2014", "2014")], "2011", (False, "2014")),
    # two times with more than a connective between them: no stretch
    ("Some 380,000 people were killed in Syria in 2011, and in 2014 the war spread.", "380,000",
     [("2011", "2011"), ("2014", "2014")], "2011", (False, None)),
    ("Some 380,000 people were killed in Syria.", "380,000", [], None, (False, None)),  # no time at all
]


@pytest.mark.parametrize("text, figure, times, value_t, expected", READINGS)
def test_the_extractor_reads_how_far_a_figures_time_stretches(text: str, figure: str, times: list[tuple[str, str]],
                                                              value_t: str | None,
                                                              expected: tuple[bool, str | None]) -> None:
    rec = _timed(text, figure, times, value_t)
    assert time_reading(text, TimeIndex(rec.times), value_t, rec.amounts[0].start) == expected
    (a,) = fill_totals(rec).amounts
    assert (a.running_total, a.time_end) == expected


@pytest.mark.parametrize("text, figure, expected", [
    ("Some 380,000 people have been killed in Syria since 2011.", "380,000", (True, None)),
    ("In 2011, 380,000 people were killed in Syria.", "380,000", (False, None)),
    ("Some 2,600 people were killed in Syria between mid-April and August 27.", "2,600", (False, "2014-08-27")),
])
def test_the_reading_is_set_at_extraction(text: str, figure: str, expected: tuple[bool, str | None]) -> None:
    from newsgraph import pipeline

    rec = pipeline.extract(text, published="2014-09-18")
    (a,) = [a for a in rec.amounts if a.text == figure]
    assert (a.running_total, a.time_end) == expected
    assert fill_totals(rec) is rec  # nothing left to fill


def test_a_changes_level_so_far_is_a_running_total() -> None:
    text = "The toll in Syria rose from 300 in May to 900 so far this year."
    c, may, year = _at(text, "rose from 300 in May to 900 so far this year"), _at(text, "May"), _at(text, "this year")
    rec = record(text, "2019-09-01", changes=[
        {"id": "C1", "start": c[0], "end": c[1], "object": "people killed", "location": "SYR", "from_value": 300,
         "to_value": 900, "direction": "increase", "time": "2019", "from_time": "2019-05"}],
        times=[{"start": s, "end": e, "text": text[s:e], "type": "DATE", "value": v, "anchor": "published"}
               for (s, e), v in ((may, "2019-05"), (year, "2019"))])
    (ch,) = fill_totals(rec).changes
    assert (ch.running_total, ch.time_end, ch.from_time_end) == (True, None, None)
    pts = {p.role: p for p in points_of(with_totals(rec))}
    assert (pts["to"].time, pts["to"].last_day) == ("2019/2019-09-01", "2019-09-01")
    assert (pts["from"].time, pts["from"].last_day) == ("2019-05", "2019-05-31")  # a from-side runs to nothing


def test_the_knowledge_base_reads_only_the_fields() -> None:
    text = "In 2011, 380,000 people were killed in Syria since 2011."
    legacy = _timed(text, "380,000", [("2011", "2011")], "2011")
    assert legacy.amounts[0].running_total is None
    (p,) = points_of(legacy)  # unread: the plain year, whatever the text says
    assert (p.time, p.last_day) == ("2011", "2011-12-31")
    (p,) = points_of(_timed(text, "380,000", [("2011", "2011")], "2011", running_total=True))
    assert (p.time, p.day, p.last_day) == ("2011/2019-03-15", "2011-01-01", "2019-03-15")
    (p,) = points_of(_timed(text, "380,000", [("2011", "2011")], "2011", running_total=False, time_end="2014"))
    assert (p.time, p.day, p.last_day) == ("2011/2014", "2011-01-01", "2014-12-31")


def test_records_of_older_extractions_are_read_at_store_time(kb_store: Any) -> None:
    text = "Some 380,000 people have been killed in Syria since 2011."
    kb.store_articles([_timed(text, "380,000", [("2011", "2011")], "2011")], db=kb_store)
    with kb_store.connect() as conn:
        assert conn.execute(sa.select(t.amounts.c.running_total, t.amounts.c.time_end)).all() == [(True, None)]
        assert conn.execute(sa.select(t.points.c.time, t.points.c.last_day)).all() == [
            ("2011/2019-03-15", "2019-03-15")]


def test_rebuild_reads_the_stretch_into_rows_stored_before_the_fields(kb_url: str) -> None:
    from newsgraph.kb.rebuild import rebuild

    text = "Some 380,000 people were killed in Syria between mid-April and August 27."
    rec = _timed(text, "380,000", [("mid-April", "2018-04"), ("August 27", "2018-08-27")], "2018-04")
    store = open_store(kb_url)
    try:
        kb.store_articles([rec], db=store)
        with store.begin() as conn:  # a base stored before the fields existed: null, and points of that day
            conn.execute(t.amounts.update().values(running_total=None, time_end=None))
            conn.execute(t.points.update().values(time="2018-04", last_day="2018-04-30"))
        rebuild(store, only=["measures"])
        with store.connect() as conn:
            assert conn.execute(sa.select(t.amounts.c.running_total, t.amounts.c.time_end)).all() == [
                (False, "2018-08-27")]
            assert conn.execute(sa.select(t.points.c.time, t.points.c.last_day)).all() == [
                ("2018-04/2018-08-27", "2018-08-27")]
    finally:
        store.close()


def test_a_base_at_0017_upgrades_and_rebuild_reads_its_figures(kb_url: str) -> None:
    """Rows written under revision 0017 (no stretch columns) load after the upgrade with the fields unread,
    and the ``measures`` step of rebuild reads them from the stored text."""
    text = "Some 380,000 people have been killed in Syria since 2011."
    rec = _timed(text, "380,000", [("2011", "2011")], "2011")
    engine = sa.create_engine(kb_url)
    with engine.begin() as conn:
        meta = upgrade_to(conn, "0017")
        assert "running_total" not in meta.tables["amounts"].c and "time_end" not in meta.tables["changes"].c
        rows = article_rows(rec, [], event_ids=iter(range(1, 100)))
        for name in ("articles", "paragraphs", "amounts", "times"):
            tbl = meta.tables[name]
            conn.execute(tbl.insert(), [{k: v for k, v in r.items() if k in tbl.c} for r in rows[name]])
    engine.dispose()
    from newsgraph.kb.rebuild import rebuild

    store = open_store(kb_url)  # today's code: migrates to the head
    try:
        with store.connect() as conn:
            cols = {c["name"] for c in sa.inspect(conn).get_columns("changes")}
            assert {"running_total", "time_end", "from_time_end"} <= cols
            back = load_article(conn, rec.id)
        assert back == rec and back.amounts[0].running_total is None
        rebuild(store, only=["measures"])
        with store.connect() as conn:
            assert conn.execute(sa.select(t.amounts.c.running_total)).scalars().all() == [True]
            assert conn.execute(sa.select(t.points.c.time)).scalars().all() == ["2011/2019-03-15"]
    finally:
        store.close()


def test_a_report_extracted_in_chunks_reads_stretches_as_the_whole_report() -> None:
    """A long report is extracted in chunks; the time nearest a figure may lie in the next chunk, so the
    reading is made again over the merged record, as a stored older record is read (here "Since 2019" of the
    next paragraph is nearer the 1,200 than its own "In 2019": chunk by chunk the two readings differed)."""
    import newsgraph
    from newsgraph import pipeline

    filler = ("Officials in the capital said talks with the rebels would resume after the holidays, and aid groups "
              "asked for access.")
    text = "\n\n".join([filler] * 7 + ["In 2019, fighting in the north of the country killed more than 1,200 soldiers.",
                                       "Since 2019 began, the army has lost 3,000 more soldiers across the country, "
                                       "officials said on Monday."]
                       + [filler] * 2)
    [chunked] = list(pipeline._run([(0, pipeline.to_item(text))], model=None, n_process=1, batch_size=4,
                                   chunk_chars=1000))  # the two figures' paragraphs in two chunks
    whole = newsgraph.extract(text)
    assert isinstance(chunked, Article)
    assert [(a.text, a.running_total, a.time_end) for a in chunked.amounts] == [
        (a.text, a.running_total, a.time_end) for a in whole.amounts]
    assert len(whole.amounts) == 2
