"""Issue 15: hostile but realistic inputs. One bad item is one error; nothing is lost silently.

Every case is a regression test of a defect found by trying the tool as a hostile user would.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from kb_db import kb_url  # noqa: F401  (fixture)

from newsgraph import kb
from newsgraph.store import open_store

GOOD = ("Officials in Leeds said on Monday that {n} families had been moved to new homes near the river. "
        "The council said the work would take two years.")


def _rows(url: str, sql: str) -> list[tuple]:
    store = open_store(url)
    try:
        with store.connect() as c:
            return [tuple(r) for r in c.execute(sa.text(sql))]
    finally:
        store.close()


def test_lone_surrogate_and_nul_are_cleaned_the_same_on_both_backends(kb_url, tmp_path) -> None:  # noqa: F811
    """A JSONL text holding "\\ud800" crashed the whole run in article_id (both good lines lost); a NUL was
    stored on SQLite and failed on PostgreSQL. Now both are cleaned per item, one code point for one."""
    path = tmp_path / "hostile.jsonl"
    lines = [{"id": "a", "text": GOOD.format(n=101)},
             {"id": "b", "text": GOOD.format(n=202) + " Surrogate \ud800 here.", "title": "T\ud83d"},
             {"id": "c", "text": GOOD.format(n=303) + " Nul \x00 here.", "url": "https://x.example/\x00"},
             {"id": "d\x00", "text": "\x00\x00 \x00"},
             {"id": "e", "text": GOOD.format(n=404)}]
    # json.dumps escapes both as \\ud800 and \\u0000, exactly what a hostile file would hold
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    s = kb.ingest([str(path)], db=kb_url)
    assert (s.read, s.stored, s.failed) == (5, 4, 1), s.issues
    assert "empty" in s.issues[0].reason
    texts = dict(_rows(kb_url, "SELECT title, text FROM articles WHERE text LIKE '%Surrogate%'"))
    assert texts == {"T\ufffd": GOOD.format(n=202) + " Surrogate \ufffd here."}
    nul = _rows(kb_url, "SELECT text, url FROM articles WHERE text LIKE '%Nul%'")
    assert nul == [(GOOD.format(n=303) + " Nul   here.", "https://x.example/ ")]
    again = kb.ingest([str(path)], db=kb_url)  # a rerun is a rerun, not the same crash
    assert (again.stored, again.duplicate, again.failed) == (0, 4, 1)


def test_a_ready_record_with_a_nul_is_refused_alone(kb_url) -> None:  # noqa: F811
    from newsgraph.record import Article, article_id

    good = Article(id=article_id("Good text here."), text="Good text here.")
    bad = Article(id=article_id("Bad \x00 text."), text="Bad \x00 text.")
    s = kb.store_articles([good, bad], db=kb_url)
    assert (s.stored, s.failed) == (1, 1)
    assert "NUL" in s.issues[0].reason


def test_extract_cleans_a_lone_surrogate() -> None:
    import newsgraph

    rec = newsgraph.extract("Officials in Leeds said \ud800 on Monday that 300 families moved.")
    assert "\ufffd" in rec.text and rec.text.encode("utf-8")


@pytest.mark.parametrize("text", ["a\x00b", "\ud800x", "ok"])
def test_storable_keeps_length(text: str) -> None:
    from newsgraph.storable import first_unstorable, storable

    out = storable(text)
    assert len(out) == len(text) and first_unstorable(out) is None
