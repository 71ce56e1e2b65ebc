"""Browser tests in real headless Chromium (Debian's package, driven by Playwright's Python API).

A uvicorn server runs the app over a SQLite knowledge base holding the seed article (extracted by the
real pipeline) and an XSS probe. Screenshots go to build/screenshots/ (kept by CI as artifacts).
Skipped when Chromium or Playwright is missing, except under CI=true where `make test` installs them.
"""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import ROOT, need_shared
from kb_records import record

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = ROOT / "build" / "screenshots"
XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
XSS_TEXT = f"Residents of the town found the message {XSS} painted on the wall, Mayor Ines Duarte said."

pytestmark = pytest.mark.slow


def _need_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        CHROMIUM_MISSING = "playwright is not installed"
    else:
        CHROMIUM_MISSING = "" if CHROMIUM else "Debian's chromium is not installed (make test installs it)"
    if CHROMIUM_MISSING:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(CHROMIUM_MISSING + " -- required when CI=true")
        pytest.skip(CHROMIUM_MISSING)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    _need_browser()
    seed_path = need_shared("golden", "seed_article.txt")
    from newsgraph import kb
    from newsgraph.web import Settings, serving

    db = str(tmp_path_factory.mktemp("browser") / "kb.db")
    summary = kb.ingest([str(seed_path)], db=db, published="2020-09-10")
    assert summary.stored == 1
    kb.store_articles([record(XSS_TEXT, "2021-05-05", title="Probe <b>bold</b>")], db=db)
    with serving(Settings(db=db)) as base:
        yield base, db


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        dialogs: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.dialogs = dialogs  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _seed_id(db: str) -> str:
    from newsgraph.kb import browse

    return next(a.id for a in browse.articles(db=db).items if a.published == "2020-09-10")


def test_article_page_highlights_quote_and_speaker(server, page) -> None:
    base, db = server
    page.goto(f"{base}/articles/{_seed_id(db)}")
    quote = page.locator("article.text .f-quote").first
    assert quote.count() == 1
    assert "McKenzie" in (quote.get_attribute("title") or "")
    speakers = page.locator("table.quotes td.speaker").all_inner_texts()
    assert "Kenneth McKenzie" in speakers
    quote.click()
    assert "Kenneth McKenzie" in page.locator("#fact-detail").inner_text()
    # promos are shown greyed, apart from the body
    assert page.locator("p.para-related").count() == 4
    page.screenshot(path=str(SHOTS / "article.png"), full_page=True)


def test_measure_page_shows_three_points(server, page) -> None:
    base, _db = server
    page.goto(f"{base}/measures/troops:USA:IRQ")
    values = [float(v.replace(",", "")) for v in page.locator("table.points td.value").all_inner_texts()]
    assert values == [150000.0, 5200.0, 3000.0]
    assert page.locator("svg.timeline circle").count() == 3
    page.screenshot(path=str(SHOTS / "measure.png"), full_page=True)


def test_entity_page(server, page) -> None:
    base, db = server
    from newsgraph import kb

    ref = kb.find_entity("Kenneth McKenzie", db=db)
    assert ref is not None
    page.goto(f"{base}/entities/{ref.id}")
    assert page.locator("h1").inner_text().startswith("Kenneth McKenzie")
    assert page.locator("table.quotes tr").count() >= 2
    roles = page.locator("table.roles td").all_inner_texts()
    assert "General" in roles and "2020-09-10" in roles
    # Iraq, Baghdad and Washington at least, each drawn once
    assert page.locator("svg.map circle.place").count() >= 3
    page.screenshot(path=str(SHOTS / "entity.png"), full_page=True)


def test_xss_probe_stays_text(server, page) -> None:
    base, db = server
    from newsgraph.kb import browse

    art = next(a for a in browse.articles(db=db).items if a.published == "2021-05-05")
    page.goto(f"{base}/articles/{art.id}")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert XSS in page.locator("article.text").inner_text()
    assert page.locator("article.text img, article.text script").count() == 0
    assert "Probe <b>bold</b>" in page.locator("h1").inner_text()
    page.goto(f"{base}/search?q=" + "%3Cscript%3Ewindow.__pwned%3D3%3C%2Fscript%3E")
    assert page.evaluate("window.__pwned === undefined")
