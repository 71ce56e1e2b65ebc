"""The story list and page follow the browse issue's paging contract (newsgraph.web.paging): the API answers
``{items, total, offset, limit}`` with true totals, a filter that matches nothing is 200 with total 0, a page
past the end is empty with the same total, bad parameters are 422 and unknown ids 404; the HTML list pages
like the other index pages ("1-2 of 5 stories", links that keep the filters) and takes the API's date filters.
"""

from __future__ import annotations

import re

import pytest
from storycorpus import STORIES, story_reports

from newsgraph import kb


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from newsgraph.web import Settings, create_app

    recs, _gold = story_reports()  # 3 reports each of len(STORIES) stories, two days apart, plus distractors
    db = str(tmp_path_factory.mktemp("stories_web") / "kb.db")
    kb.store_articles(recs, db=db)
    with TestClient(create_app(Settings(db=db))) as c:
        yield c


def test_api_list_pages_with_true_totals(client) -> None:
    everything = client.get("/api/stories", params={"min_outlets": 3, "limit": 200}).json()
    assert everything["total"] == len(STORIES) == len(everything["items"])
    ids = [s["id"] for s in everything["items"]]
    seen = []
    for offset in range(0, len(STORIES), 2):
        body = client.get("/api/stories", params={"min_outlets": 3, "limit": 2, "offset": offset}).json()
        assert body["total"] == len(STORIES) and body["offset"] == offset and body["limit"] == 2
        seen += [s["id"] for s in body["items"]]
    assert seen == ids  # the pages cut one stable order, nothing lost or repeated
    past = client.get("/api/stories", params={"min_outlets": 3, "offset": 1000}).json()
    assert past == {"items": [], "total": len(STORIES), "offset": 1000, "limit": 50}


def test_api_filter_matching_nothing_is_an_empty_page(client) -> None:
    for params in ({"q": "no such words anywhere"}, {"date_from": "2030-01-01"}, {"date_to": "1990-01-01"},
                   {"min_outlets": 50}):
        r = client.get("/api/stories", params=params)
        assert r.status_code == 200, params
        assert r.json()["total"] == 0 and r.json()["items"] == [], params


def test_api_dates_filter_by_the_story_span(client) -> None:
    all_ = client.get("/api/stories", params={"min_outlets": 3, "limit": 200}).json()["items"]
    first = min(s["first_day"] for s in all_)
    body = client.get("/api/stories", params={"min_outlets": 3, "date_to": first}).json()
    assert body["total"] >= 1 and all(s["first_day"] <= first for s in body["items"])
    assert body["total"] < len(STORIES)


def test_api_errors_keep_the_error_shape(client) -> None:
    r = client.get("/api/stories/999999")
    assert r.status_code == 404 and r.json()["status"] == 404 and "999999" in r.json()["error"]
    for bad in ("/api/stories?offset=-1", "/api/stories?date_to=2024-02-30", "/api/stories?limit=x"):
        r = client.get(bad)
        assert r.status_code == 422 and r.json()["status"] == 422, bad


def test_openapi_shows_the_story_schemas(client) -> None:
    spec = client.get("/openapi.json").json()
    one = spec["paths"]["/api/stories/{story_id}"]["get"]["responses"]
    assert one["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/StoryOut")
    assert {"404", "422"} <= set(one)
    fields = spec["components"]["schemas"]["StoryOut"]["properties"]
    assert {"reports", "events", "figures", "conflicts", "quotes", "merges", "outlet_count"} <= set(fields)
    listed = spec["paths"]["/api/stories"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert "StoryItem" in listed["$ref"]


def test_html_list_pages_like_the_other_index_pages(client) -> None:
    r = client.get("/stories", params={"min_outlets": 3, "limit": 2})
    assert r.status_code == 200
    assert f"1\u20132 of {len(STORIES)} stories" in r.text
    nxt = re.search(r'rel="next" href="([^"]+)"', r.text)
    assert nxt and "offset=2" in nxt.group(1) and "min_outlets=3" in nxt.group(1) and "limit=2" in nxt.group(1)
    r2 = client.get(nxt.group(1).replace("&amp;", "&"))
    assert f"3\u20134 of {len(STORIES)} stories" in r2.text and 'rel="prev"' in r2.text


def test_html_list_takes_date_filters_and_empty_boxes(client) -> None:
    # a submitted form sends empty boxes: they filter nothing
    r = client.get("/stories", params={"q": "", "date_from": "", "date_to": "", "min_outlets": 3})
    assert r.status_code == 200 and f"all {len(STORIES)} stories" in r.text
    r = client.get("/stories", params={"date_from": "2030-01-01"})
    assert r.status_code == 200 and "no stories" in r.text and 'value="2030-01-01"' in r.text
    assert client.get("/stories", params={"date_from": "2024-13-40"}).status_code == 422
    assert client.get("/stories", params={"date_from": "2024-03-05", "date_to": "2024-03-01"}).status_code == 422
