"""Screenshots of the main pages for the README, made from our own example articles only.

    .venv/bin/python scripts/screenshots.py   # docs/screenshots/{article,entity,measure,articles,entities,measures}.png

Builds a throwaway knowledge base from examples/ (text written for this project), serves it on a free
loopback port and drives Debian's Chromium with Playwright.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from playwright.sync_api import sync_playwright

    from newsgraph import kb
    from newsgraph.ingest import read_sources
    from newsgraph.kb import browse
    from newsgraph.web import Settings, serving

    db = str(Path(tempfile.mkdtemp(prefix="ng-shots-")) / "kb.db")
    reads = [r for f in sorted((ROOT / "examples").glob("*.txt")) for r in read_sources([f], published=f.name[:10])]
    kb.ingest(reads, db=db)
    arts = browse.articles(db=db).items
    first = min(arts, key=lambda a: a.published or "")
    ref = kb.find_entity("Anna Keller", db=db)
    measure = max(kb.measures(db=db), key=lambda m: m.get("point_count", 0))["key"]
    OUT.mkdir(parents=True, exist_ok=True)
    with serving(Settings(db=db)) as base:
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"])
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.goto(f"{base}/articles/{first.id}")
            quote = page.locator("article.text .f-quote").first
            if quote.count():
                quote.click()
            page.screenshot(path=str(OUT / "article.png"), full_page=True)
            if ref is not None:
                page.goto(f"{base}/entities/{ref.id}")
                page.screenshot(path=str(OUT / "entity.png"), full_page=True)
            page.goto(f"{base}/measures/{measure}")
            page.screenshot(path=str(OUT / "measure.png"), full_page=True)
            for index in ("articles", "entities", "measures"):
                page.goto(f"{base}/{index}")
                page.screenshot(path=str(OUT / f"{index}.png"), full_page=True)
            browser.close()
    print(f"wrote {OUT}/article.png, entity.png, measure.png, articles.png, entities.png, measures.png "
          f"(measure {measure})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
