"""Issue 15, web hardening: each defect found by a hostile user is a test here (SQLite store; the
guard runs before any route, so the backend does not matter except for the LIKE and id cases)."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient
from kb_records import plain, record

from newsgraph import kb
from newsgraph.web import Settings, create_app

TEXT = "Germany said on Monday it would send 300 more soldiers to Lithuania, officials in Berlin said."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    url = str(tmp_path_factory.mktemp("hard") / "kb.db")
    js = record("A report whose source is a script link, officials in Oslo said on Monday.", "2021-02-03",
                title="Script link")
    js = js.model_copy(update={"url": "javascript:alert(document.domain)"})
    ok = plain(1).model_copy(update={"url": "https://news.example/a"})
    kb.store_articles([js, ok, plain(2, "2021-03-04")], db=url)
    return url


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(Settings(db=db, token="s3cret"))) as c:
        yield c


def _article_id(client, title: str) -> str:
    items = client.get("/api/articles", params={"limit": 50}).json()["items"]
    return next(a["id"] for a in items if a["title"] == title)


def test_javascript_url_is_not_a_link(client) -> None:
    page = client.get(f"/articles/{_article_id(client, 'Script link')}").text
    assert 'href="javascript:' not in page and "source page" not in page
    assert "javascript:alert" in page  # shown as text, never as a link


def test_http_url_is_a_link(client) -> None:
    from newsgraph.web.guard import web_url

    items = client.get("/api/articles", params={"limit": 50}).json()["items"]
    pages = [client.get(f"/articles/{a['id']}").text for a in items]
    assert sum('href="https://news.example/a"' in p for p in pages) == 1
    assert web_url("HTTP://x.example/") and not web_url("http:///nohost") and not web_url("data:text/html,x")
    assert not web_url(" javascript:alert(1)") and not web_url("vbscript:x")


@pytest.mark.parametrize("path", ["/", "/api/stats", "/static/app.js", "/nonexistent"])
def test_security_headers_everywhere(client, path: str) -> None:
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_script(client) -> None:
    import re

    for path in ("/", f"/articles/{_article_id(client, 'Script link')}"):
        for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", client.get(path).text, re.S):
            assert "src=" in attrs or 'type="application/json"' in attrs, (path, attrs, body[:80])


def test_docs_page_has_the_strict_policy_and_no_inline_script(client) -> None:
    import re

    r = client.get("/docs")
    assert r.status_code == 200 and "unsafe-inline" not in r.headers["content-security-policy"]
    assert all("src=" in attrs for attrs in re.findall(r"<script([^>]*)>", r.text))


def test_dns_rebinding_write_refused_even_with_open(tmp_path) -> None:
    """--open on loopback: a request with Host: attacker.example and a foreign Origin stored an article."""
    db = str(tmp_path / "kb.db")
    with TestClient(create_app(Settings(db=db, open_writes=True)), base_url="http://127.0.0.1:8000") as c:
        body = {"articles": [{"text": TEXT}]}
        r = c.post("/api/ingest", json=body, headers={"host": "attacker.example"})
        assert r.status_code == 403 and "Host" in r.json()["error"]
        r = c.post("/api/ingest", json=body, headers={"origin": "http://attacker.example"})
        assert r.status_code == 403 and "cross-origin" in r.json()["error"]
        r = c.post("/api/extract", json={"text": TEXT}, headers={"origin": "null"})
        assert r.status_code == 403
        assert c.get("/api/stats").json()["counts"]["articles"] == 0
        ok = c.post("/api/extract", json={"text": TEXT}, headers={"origin": "http://127.0.0.1:8000"})
        assert ok.status_code == 200


def test_host_checked_for_reads_beyond_loopback(tmp_path) -> None:
    settings = Settings(db=str(tmp_path / "kb.db"), host="192.0.2.10", allowed_hosts=("news.internal",))
    with TestClient(create_app(settings), base_url="http://192.0.2.10") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "news.internal:8000"}).status_code == 200
        assert c.get("/api/stats", headers={"host": "evil.example"}).status_code == 403


def test_token_checked_before_the_body(client) -> None:
    """A bad body from a client without the token got 422 before the missing token got 401."""
    r = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 401
    r = client.post("/api/ingest", json={"articles": "nope"})
    assert r.status_code == 401
    r = client.post("/api/extract", content=b"{not json",
                    headers={"content-type": "application/json", "authorization": "Bearer s3cret"})
    assert r.status_code == 422


def test_streamed_body_over_the_limit_is_413(db) -> None:
    """A chunked body (no Content-Length) over the limit got 400; now 413 like a declared one."""
    with TestClient(create_app(Settings(db=db, token="t", max_body=1000))) as c:
        def chunks():
            for _ in range(50):
                yield b'{"text": "' + b"x" * 100

        r = c.post("/api/extract", content=chunks(), headers={"authorization": "Bearer t",
                                                              "content-type": "application/json"})
        assert r.status_code == 413, r.text
        r = c.post("/api/extract", content=b"x" * 5000, headers={"authorization": "Bearer t"})
        assert r.status_code == 413


@pytest.mark.parametrize("path", ["/api/entities/99999999999999999999999", "/entities/99999999999999999999999",
                                  "/api/entities/-99999999999999999999999",
                                  "/api/entities/99999999999999999999999/articles"])
def test_huge_ids_are_404(client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404, r.text


def test_huge_number_in_a_query_parameter_is_not_500(client) -> None:
    r = client.get("/api/articles", params={"entity": "99999999999999999999999"})
    assert r.status_code in (200, 404, 422), r.text


def test_like_wildcards_are_escaped(db) -> None:
    """/api/measures?prefix=_ matched everything."""
    with TestClient(create_app(Settings(db=db))) as c:
        every = c.get("/api/measures").json()
        for wild in ("_", "%", "%:"):
            got = c.get("/api/measures", params={"prefix": wild}).json()
            items = got["items"] if isinstance(got, dict) else got
            assert items == [], (wild, items)
    assert kb.measures(db=db, prefix="_") == []
    assert kb.entity("%", db=db) is None or "%" in kb.entity("%", db=db).name
    del every


def test_timed_out_extraction_is_cancelled(tmp_path, monkeypatch) -> None:
    """After the timeout /api/extract answered 503 but the extraction ran on; now it stops itself."""
    import newsgraph

    real = newsgraph.extract
    ended: list[str] = []

    def spy(*args, **kwargs):
        try:
            return real(*args, **kwargs)
        except Exception as exc:
            ended.append(str(exc))
            raise
        finally:
            ended.append("exit")

    monkeypatch.setattr(newsgraph, "extract", spy)
    text = " ".join([TEXT] * 400)  # enough work for a few pipeline steps past a 0.3 s timeout
    with TestClient(create_app(Settings(db=str(tmp_path / "kb.db"), token="t", query_timeout=0.3))) as c:
        r = c.post("/api/extract", json={"text": text}, headers={"authorization": "Bearer t"})
        assert r.status_code == 503 and "cancelled" in r.json()["error"]
        deadline = time.monotonic() + 60
        while "exit" not in ended and time.monotonic() < deadline:
            time.sleep(0.05)
    assert any("cancelled" in e for e in ended), ended


def test_extract_with_a_set_cancel_event_raises() -> None:
    from newsgraph.errors import ExtractionError
    from newsgraph.pipeline import extract

    ev = threading.Event()
    ev.set()
    with pytest.raises(ExtractionError, match="cancelled"):
        extract(TEXT, cancel=ev)
    assert extract(TEXT, cancel=threading.Event()).model_dump() == extract(TEXT).model_dump()
