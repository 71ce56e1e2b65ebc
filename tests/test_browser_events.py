"""Browser test of the article page's event view in real headless Chromium (as tests/test_browser.py).

The knowledge base holds one report written for this test with three stored events: two at or above the
documented default threshold and one below it (a low-confidence reading an analyst only sees on request).
The default page lists the two; the page's own link to ``?all=1`` lists all three, with their confidence.
"""

from __future__ import annotations

import pytest
from browser_kit import SHOTS, browser_page, need_browser
from kb_records import _at, record

pytestmark = pytest.mark.slow

TEXT = ("Ministers of Norland and Sudvia met in Vennhaven on Monday. Norland's navy seized a Sudvian trawler "
        "near the islands, the coast guard said. Analysts said the talks could collapse.")


def _event(typ: str, trigger: str, confidence: float, modality: str = "asserted") -> dict:
    s, e = _at(TEXT, trigger)
    return {"start": s, "end": e, "trigger_start": s, "trigger_end": e, "text": trigger, "type": typ,
            "actors": [{"name": "Norland", "code": "XNL"}], "targets": [{"name": "Sudvia", "code": "XSV"}],
            "confidence": confidence, "modality": modality, "hypothetical": modality != "asserted"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    need_browser()
    from newsgraph import kb
    from newsgraph.record import EVENT_MIN_CONFIDENCE
    from newsgraph.web import Settings, serving

    low = round(EVENT_MIN_CONFIDENCE / 2, 2)
    high = round(min(EVENT_MIN_CONFIDENCE + 0.2, 0.99), 2)
    rec = record(TEXT, "2022-03-07", title="Trawler seized", events=[
        _event("CONSULT", "met", high), _event("COERCE", "seized", high),
        _event("REJECT", "collapse", low, "hypothetical")])
    db = str(tmp_path_factory.mktemp("browser_events") / "kb.db")
    kb.store_articles([rec], db=db)
    with serving(Settings(db=db)) as base:
        yield base, rec.id, low, high


@pytest.fixture(scope="module")
def page(server):
    with browser_page() as pg:
        yield pg


def _types(page) -> list[str]:
    return [t.strip() for t in page.locator("table.events tr td:first-child").all_inner_texts()]


def test_all_view_shows_the_events_below_the_threshold(server, page) -> None:
    base, art_id, low, high = server
    page.goto(f"{base}/articles/{art_id}")
    assert _types(page) == ["CONSULT", "COERCE"]
    assert page.locator("table.events td.confidence").all_inner_texts() == [f"{high:.2f}", f"{high:.2f}"]
    # the highlights in the text follow the same filter: two events marked, not three
    assert page.locator("article.text .f-event").count() == 2
    link = page.locator("p.events-filter a")
    assert "show 1 more" in link.inner_text()
    link.click()
    page.wait_for_url("**all=1**")
    assert _types(page) == ["CONSULT", "COERCE", "REJECT"]
    assert len(_types(page)) > 2
    row = page.locator("table.events tr").nth(2).inner_text()
    assert f"{low:.2f}" in row and "hypothetical" in row
    assert page.locator("article.text .f-event").count() == 3
    page.screenshot(path=str(SHOTS / "article_events_all.png"), full_page=True)
    # and back to the default view from the page itself
    page.locator("p.events-filter a").click()
    page.wait_for_load_state()
    assert _types(page) == ["CONSULT", "COERCE"]
