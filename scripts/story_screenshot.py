"""Screenshot of a story page for the README, made from our own example reports only.

    .venv/bin/python scripts/story_screenshot.py     # writes docs/screenshots/story.png

Ingests examples/stories/coimbra_floods.jsonl (three short reports of one invented flood, written for this
project, told by three invented outlets that disagree on a figure) into a throwaway knowledge base, serves
it on a free loopback port and drives Debian's Chromium with Playwright (as scripts/screenshots.py does).
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
    from newsgraph.kb.storyquery import story_list
    from newsgraph.web import Settings, serving

    db = str(Path(tempfile.mkdtemp(prefix="ng-story-")) / "kb.db")
    kb.ingest([str(ROOT / "examples" / "stories" / "coimbra_floods.jsonl")], db=db)
    sid = story_list(db=db, min_outlets=2).items[0].id
    OUT.mkdir(parents=True, exist_ok=True)
    with serving(Settings(db=db)) as base:
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"])
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.goto(f"{base}/stories/{sid}")
            page.screenshot(path=str(OUT / "story.png"), full_page=True)
            browser.close()
    print(f"wrote {OUT}/story.png (story {sid})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
