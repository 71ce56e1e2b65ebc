"""``newsgraph stories`` takes the date filters of ``/api/stories`` with the same rules (a day is YYYY-MM-DD and a
real date; a range that ends before it starts is a usage error; a filter that matches nothing is an empty answer,
not an error) and gives the same page; title words are words, not LIKE patterns; ``newsgraph rebuild``
recomputes the stories of a base that lost them.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from storycorpus import STORIES, story_reports
from typer.testing import CliRunner

from newsgraph import kb
from newsgraph.store import open_store
from newsgraph.store import schema as t


@pytest.fixture(scope="module")
def story_db(tmp_path_factory):
    recs, _gold = story_reports()  # len(STORIES) stories told by three outlets two days apart, and distractors
    db = str(tmp_path_factory.mktemp("story_cli") / "kb.db")
    kb.store_articles(recs, db=db)
    return db


def _cli(*args: str):
    from newsgraph.cli import app

    return CliRunner().invoke(app, list(args))


def _stories(db: str, *args: str) -> dict:
    r = _cli("stories", "--db", db, "--format", "json", "--limit", "200", *args)
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def _days(db: str) -> list[tuple[str, str]]:
    return sorted((s["first_day"], s["last_day"]) for s in _stories(db, "--min-outlets", "3")["items"])


@pytest.mark.parametrize(("args", "expected"), [
    # (filters, which stories of three outlets stay: "all", "none", "first" (the earliest only), "not first")
    ((), "all"),
    (("--date-from", "2030-01-01"), "none"),
    (("--date-to", "1990-01-01"), "none"),
    (("--date-to", "FIRST_LAST"), "first"),
    (("--date-from", "SECOND_FIRST"), "not first"),
    (("--date-from", "", "--date-to", ""), "all"),  # empty values filter nothing, as the HTML form's boxes
])
def test_date_filters_select_by_the_story_span(story_db, args, expected) -> None:
    days = _days(story_db)
    assert len(days) == len(STORIES) and days[0][1] < days[1][0]  # the corpus spaces its stories apart
    fill = {"FIRST_LAST": days[0][1], "SECOND_FIRST": days[1][0]}
    got = _stories(story_db, "--min-outlets", "3", *(fill.get(a, a) for a in args))
    picked = sorted((s["first_day"], s["last_day"]) for s in got["items"])
    want = {"all": days, "none": [], "first": days[:1], "not first": days[1:]}[expected]
    assert picked == want and got["total"] == len(want)


def test_the_cli_page_is_the_apis(story_db) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web import Settings, create_app

    first = _days(story_db)[2][0]
    params = {"date_from": first, "min_outlets": 2, "offset": 1, "limit": 2}
    with TestClient(create_app(Settings(db=story_db))) as c:
        api = c.get("/api/stories", params=params).json()
    r = _cli("stories", "--db", story_db, "--format", "json", "--date-from", first, "--min-outlets", "2",
             "--offset", "1", "--limit", "2")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == api and api["total"] >= 2


@pytest.mark.parametrize(("q", "found"), [
    # (title words, stories found): LIKE's wildcards are characters to find, as in the other lists
    ("%", 0),
    ("_", 0),
    ("a%b", 0),
    ("VARNOSBURG", 1),  # case does not matter
    ("reservoir dam", 1),
])
def test_title_words_are_words_not_patterns(story_db, q, found) -> None:
    from fastapi.testclient import TestClient

    from newsgraph.web import Settings, create_app

    assert _stories(story_db, "--q", q)["total"] == found
    with TestClient(create_app(Settings(db=story_db))) as c:
        assert c.get("/api/stories", params={"q": q}).json()["total"] == found


@pytest.mark.parametrize("args", [
    ("--date-from", "2024-13-40"),
    ("--date-from", "2024-02-30"),
    ("--date-to", "2024-3-5"),
    ("--date-to", "yesterday"),
    ("--date-from", "2024-03-05T10:00"),
    ("--date-from", "2024-03-05", "--date-to", "2024-03-01"),
])
def test_bad_dates_are_usage_errors(story_db, args) -> None:
    r = _cli("stories", "--db", story_db, *args)
    assert r.exit_code == 2, r.output
    assert "not a day" in r.output or "is before --date-from" in r.output
    assert "Traceback" not in r.output


@pytest.mark.parametrize(("args", "text"), [
    (("--date-from", "2030-01-01"), "no stories"),
    (("--offset", "999"), f"no stories (of {len(STORIES) + 4})"),  # past the end: the true total, as the API
])
def test_an_empty_table_says_so(story_db, args, text) -> None:
    r = _cli("stories", "--db", story_db, *args)
    assert r.exit_code == 0 and text in r.output and "1-0" not in r.output


def test_rebuild_command_gives_back_lost_stories(tmp_path) -> None:
    from newsgraph.kb.stories import reset_stories

    recs, _gold = story_reports()
    db = str(tmp_path / "kb.db")
    kb.store_articles(recs, db=db)
    before = _partition(db)
    with open_store(db) as st, st.begin() as c:
        reset_stories(c)  # a base whose story tables were emptied (or never filled)
    assert _partition(db) == set()
    r = _cli("rebuild", "--db", db)
    assert r.exit_code == 0 and "stories" in r.output, r.output
    assert _partition(db) == before
    assert _stories(db, "--min-outlets", "3")["total"] == len(STORIES)


def _partition(db: str) -> set[frozenset[str]]:
    with open_store(db) as st, st.connect() as c:
        rows = c.execute(sa.select(t.articles.c.id, t.articles.c.story_id)).all()
    blocks: dict[int, set[str]] = {}
    for aid, sid in rows:
        if sid is not None:
            blocks.setdefault(sid, set()).add(aid)
    return {frozenset(b) for b in blocks.values()}
