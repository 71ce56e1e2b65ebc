"""What the browser tests share: finding Chromium, skipping without it, and one headless page.

Debian's chromium is driven by Playwright's Python API. Without Chromium or Playwright the tests skip,
except under CI=true where `make test` installs both, so a missing browser fails there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = ROOT / "build" / "screenshots"
# flags that keep a headless Chromium off the network and quiet in a container
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def need_browser() -> None:
    """Skip (or fail under CI=true) when Playwright or Chromium is missing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "playwright is not installed"
    else:
        missing = "" if CHROMIUM else "Debian's chromium is not installed (make test installs it)"
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(missing + " -- required when CI=true")
        pytest.skip(missing)


@contextmanager
def browser_page(record_dialogs: bool = False) -> Iterator[Any]:
    """One 1280×900 page of a fresh headless Chromium; ``page.dialogs`` lists alert texts when asked."""
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            pg = browser.new_page(viewport={"width": 1280, "height": 900})
            if record_dialogs:
                dialogs: list[str] = []
                pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                pg.dialogs = dialogs  # type: ignore[attr-defined]
            yield pg
        finally:
            browser.close()
