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


# -- nothing lost silently ---------------------------------------------------------------------------

def _warc_pages(n: int, lie_at: int | None = None) -> bytes:
    import io
    import re

    from badcorpus import _page, english_paragraphs
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = b""
    for i in range(n):
        buf = io.BytesIO()
        w = WARCWriter(buf, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = _page(f"Story {i}", english_paragraphs(500, f"warc {i}")).encode()
        w.write_record(w.create_warc_record(f"https://e.example/{i}", "response", payload=io.BytesIO(body),
                                            http_headers=http))
        data = buf.getvalue()
        if i == lie_at:
            data = re.sub(rb"Content-Length: \d+", b"Content-Length: 1000000000000", data, count=1)
        out += data
    return out


def test_warc_content_length_lie_loses_only_that_record(tmp_path) -> None:
    """A record claiming Content-Length 10^12 in an uncompressed WARC made the next record vanish, 0 errors."""
    from newsgraph.ingest import read_sources

    (tmp_path / "lie.warc").write_bytes(_warc_pages(4, lie_at=1))
    reads = list(read_sources([str(tmp_path / "lie.warc")]))
    assert [(r.position, r.ok) for r in reads] == [("record 1", True), ("record 2", False), ("record 3", True),
                                                   ("record 4", True)]
    assert "Content-Length" in (reads[1].error or "")
    assert reads[2].item is not None and "warc 2" in reads[2].item.text


def _tree(tmp_path):
    import os

    root = tmp_path / "tree"
    root.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(GOOD.format(n=999) + " Secret outside the tree.")
    for name in ("a_good.txt", "m_good.txt", "z_good.txt"):
        (root / name).write_text(GOOD.format(n=len(name) * 17) + f" File {name}.")
    os.symlink(root / "b_loop2.txt", root / "b_loop1.txt")
    os.symlink(root / "b_loop1.txt", root / "b_loop2.txt")
    os.symlink(root / "nowhere.txt", root / "c_dangling.txt")
    os.symlink(outside / "secret.txt", root / "d_passwd.txt")
    os.symlink(root / "a_good.txt", root / "e_inside_link.txt")  # inside the tree: followed (a duplicate)
    os.mkfifo(root / "f_fifo.txt")
    os.symlink(root, root / "g_self")  # a link to a folder: not walked again
    os.symlink(outside, root / "h_outdir")
    return root


def _alarm(seconds: int):
    import signal

    def boom(*_a):  # a FIFO without a writer used to block for ever
        raise TimeoutError("reading the folder hung")

    signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)


def test_folder_loops_fifos_and_links_out_are_one_error_each(tmp_path) -> None:
    import signal

    from newsgraph.ingest import read_sources

    root = _tree(tmp_path)
    _alarm(60)
    try:
        stream = read_sources([str(root)])
        reads = {r.source.rsplit("/", 1)[-1]: r for r in stream}
    finally:
        signal.alarm(0)
    ok = {k for k, r in reads.items() if r.ok}
    assert ok == {"a_good.txt", "m_good.txt", "z_good.txt", "e_inside_link.txt"}
    assert "loop" in reads["b_loop1.txt"].error and "loop" in reads["b_loop2.txt"].error
    assert "broken" in reads["c_dangling.txt"].error
    assert "out of the ingested folder" in reads["d_passwd.txt"].error
    assert "FIFO" in reads["f_fifo.txt"].error
    assert "h_outdir" in reads and "out of the ingested folder" in reads["h_outdir"].error
    assert stream.skipped["symbolic link to a folder"] == 1  # g_self
    assert "secret.txt" not in reads


def test_follow_symlinks_reads_links_out_of_the_tree(tmp_path) -> None:
    from newsgraph.ingest import read_sources

    root = _tree(tmp_path)
    (root / "f_fifo.txt").unlink()
    reads = [r for r in read_sources([str(root)], follow_symlinks=True)]
    names = [r.source.rsplit("/", 1)[-1] for r in reads if r.ok]
    assert "d_passwd.txt" in names and "secret.txt" in names  # the file link and the folder link, once each


def test_a_fifo_given_by_name_is_refused_without_hanging(tmp_path) -> None:
    import os
    import signal

    from newsgraph.ingest import read_sources

    os.mkfifo(tmp_path / "pipe.jsonl")
    _alarm(30)
    try:
        reads = list(read_sources([str(tmp_path / "pipe.jsonl")]))
    finally:
        signal.alarm(0)
    assert len(reads) == 1 and "FIFO" in (reads[0].error or "")
    assert list(read_sources(["/dev/null"]))[0].error.startswith("not read: a character device")


def test_cli_exit_status_is_2_when_any_item_failed(tmp_path) -> None:
    import subprocess
    import sys

    from conftest import ROOT

    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(GOOD.format(n=5))
    db = str(tmp_path / "kb.db")
    cmd = [sys.executable, "-m", "newsgraph.cli", "ingest", "--db", db, "-q"]
    ok = subprocess.run([*cmd, str(good)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    (good / "b.txt").write_bytes(b"")
    bad = subprocess.run([*cmd, str(good)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert bad.returncode == 2, bad.stderr
    assert "failed: " in bad.stderr and "b.txt" in bad.stderr


def _unreadable_folder(tmp_path):
    """A folder where one file and one sub-folder may not be read, between readable files.

    They are chmod 000, which denies a normal user; root reads anything, so under root (as here) the same
    refusal is simulated where the kernel would give it: ``os.open`` of that file and ``os.scandir`` of that
    folder raise the PermissionError (EACCES) a normal user gets."""
    root = tmp_path / "corpus"
    (root / "d_locked").mkdir(parents=True)
    for name in ("a_good.txt", "c_good.txt", "d_locked/inner.txt", "e_good.txt"):
        (root / name).write_text(GOOD.format(n=len(name) * 31) + f" File {name}.")
    (root / "b_secret.txt").write_text(GOOD.format(n=777) + " Never read.")
    (root / "b_secret.txt").chmod(0)
    (root / "d_locked").chmod(0)
    return root, {str(root / "b_secret.txt"), str(root / "d_locked")}


_PATCH = """
import errno, os
denied = set({denied!r})
real_open, real_scandir = os.open, os.scandir
def refuse(path):
    if os.geteuid() == 0 and os.fspath(path) in denied:
        raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
os.open = lambda path, *a, **k: refuse(path) or real_open(path, *a, **k)
os.scandir = lambda path=".": refuse(path) or real_scandir(path)
"""


def _restore(root) -> None:
    (root / "b_secret.txt").chmod(0o644)  # so that tmp_path can be removed by a normal user
    (root / "d_locked").chmod(0o755)


def test_an_unreadable_entry_is_one_error_and_the_rest_is_stored(kb_url, tmp_path, monkeypatch) -> None:  # noqa: F811
    import errno
    import os

    root, denied = _unreadable_folder(tmp_path)
    real_open, real_scandir = os.open, os.scandir

    def refuse(path) -> None:
        if os.geteuid() == 0 and os.fspath(path) in denied:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "open", lambda path, *a, **k: refuse(path) or real_open(path, *a, **k))
    monkeypatch.setattr(os, "scandir", lambda path=".": refuse(path) or real_scandir(path))
    try:
        s = kb.ingest([str(root)], db=kb_url)
    finally:
        monkeypatch.undo()
        _restore(root)
    assert (s.read, s.stored, s.failed) == (5, 3, 2), s.issues
    errors = dict(_rows(kb_url, "SELECT source, reason FROM ingest_errors"))
    assert set(errors) == denied
    assert "Permission denied" in errors[str(root / "b_secret.txt")]
    assert "cannot list folder" in errors[str(root / "d_locked")]
    stored = {r[0].rsplit(" File ", 1)[-1] for r in _rows(kb_url, "SELECT text FROM articles")}
    assert stored == {"a_good.txt.", "c_good.txt.", "e_good.txt."}


def test_cli_exit_status_is_2_when_a_folder_entry_is_unreadable(tmp_path) -> None:
    import subprocess
    import sys

    from conftest import ROOT

    root, denied = _unreadable_folder(tmp_path)
    db = str(tmp_path / "kb.db")
    # the CLI itself, in a child that refuses the two entries as the kernel does for a normal user
    main = _PATCH.format(denied=sorted(denied)) + "import runpy; runpy.run_module('newsgraph.cli', run_name='__main__')"
    try:
        p = subprocess.run([sys.executable, "-c", main, "ingest", str(root), "--db", db, "-q", "--n-process", "1"],
                           cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    finally:
        _restore(root)
    assert p.returncode == 2, p.stderr[-2000:]
    assert "Traceback" not in p.stderr
    assert "b_secret.txt" in p.stderr and "d_locked" in p.stderr
    assert "read 5: stored 3," in p.stdout and "failed 2" in p.stdout, p.stdout
    assert len(_rows(db, "SELECT id FROM articles")) == 3


def test_stdin_is_read_incrementally_and_capped(tmp_path) -> None:
    """`newsgraph ingest - < /dev/zero` read all of stdin into memory (3 GB in 7 s); now it stops at the
    per-item cap. Run in a child process reading /dev/zero (no NLP needed: the reader alone)."""
    import subprocess
    import sys

    code = ("import resource; from newsgraph.ingest import read_sources; "
            "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; rs = list(read_sources(['-'])); "
            "print(len(rs), rs[0].error); "
            "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)")
    with open("/dev/zero", "rb") as zero:
        p = subprocess.run([sys.executable, "-c", code], stdin=zero, capture_output=True, text=True, timeout=300,
                           check=False)
    assert p.returncode == 0, p.stderr[-2000:]
    first, rss_mb = p.stdout.splitlines()[-2:]
    assert first.startswith("1 ") and "larger than" in first, p.stdout
    assert int(rss_mb) < 300, p.stdout  # growth past the imports: the cap is 64 MB; a whole-stdin read grows without end


def test_stdin_jsonl_and_warc(monkeypatch) -> None:
    import io
    import sys

    from newsgraph.ingest import read_sources

    class FakeStdin:
        def __init__(self, data: bytes) -> None:
            self.buffer = io.BufferedReader(io.BytesIO(data))
            self.buffer.seekable = lambda: False  # type: ignore[method-assign]

    lines = "\n".join(json.dumps({"text": GOOD.format(n=i)}) for i in range(3)) + "\n"
    monkeypatch.setattr(sys, "stdin", FakeStdin(lines.encode()))
    assert [r.ok for r in read_sources(["-"])] == [True, True, True]
    monkeypatch.setattr(sys, "stdin", FakeStdin(_warc_pages(2)))
    assert [r.position for r in read_sources(["-"]) if r.ok] == ["record 1", "record 2"]


def test_gzip_of_blank_lines_stops_as_a_bomb(tmp_path) -> None:
    """A 2 MB gzip of blank lines ran for minutes with no output; now it is one error after a few MB."""
    import gzip
    import zlib

    from newsgraph.ingest import read_sources

    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    data = b"".join(comp.compress(b"\n" * (1 << 24)) for _ in range(2)) + comp.flush()  # 32 MB of blank lines
    (tmp_path / "blank.jsonl.gz").write_bytes(data)
    reads = list(read_sources([str(tmp_path / "blank.jsonl.gz")]))
    assert len(reads) == 1 and "inflates more than" in (reads[0].error or "")
    (tmp_path / "ok.jsonl.gz").write_bytes(gzip.compress((json.dumps({"text": GOOD.format(n=1)}) + "\n").encode()))
    assert [r.ok for r in read_sources([str(tmp_path / "ok.jsonl.gz")])] == [True]


def test_character_budget_keeps_results_and_order(monkeypatch) -> None:
    """Batches are bounded by characters: a long article's chunks go a few at a time; short items that would
    pass the budget start a new batch. The records and their order are the same as without a budget."""
    from spacy.language import Language

    from newsgraph.pipeline import _prepared, _run

    long_text = " ".join(GOOD.format(n=i) for i in range(60))  # about 8,500 characters
    items = [GOOD.format(n=1), long_text, "", GOOD.format(n=2) * 3, long_text + " Again.", GOOD.format(n=3)]
    sizes: list[int] = []
    real_pipe = Language.pipe

    def spy(self, texts, *args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(kwargs.get("batch_size"))
        return real_pipe(self, texts, *args, **kwargs)

    def dump(outs):  # type: ignore[no-untyped-def]
        return [o.model_dump() for o in outs]

    whole = dump(_run(_prepared(items), model=None, n_process=1, batch_size=8, chunk_chars=3000,
                      batch_chars=10**9))
    monkeypatch.setattr(Language, "pipe", spy)
    bounded = dump(_run(_prepared(items), model=None, n_process=1, batch_size=8, chunk_chars=3000,
                        batch_chars=6000))
    assert bounded == whole
    assert len(whole) == len(items) and whole[2].get("error")  # the empty item is an error in its place
    assert 2 in sizes  # chunks of 3,000 characters went two at a time (6,000 / 3,000)
