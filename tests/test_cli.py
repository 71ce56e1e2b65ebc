"""The CLI is a thin layer: same record as the API, one clear line per error, non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys

import newsgraph

TEXT = "Officials in Cairo said on Sunday that Egypt would reopen the Rafah crossing, President Ali Farouk said."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsgraph.cli", *args], input=stdin, capture_output=True)


def test_extract_json_equals_api(tmp_path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    proc = run("extract", str(p), "--published", "2021-01-03")
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    assert got == newsgraph.extract(TEXT, published="2021-01-03").model_dump(mode="json")


def test_extract_stdin_jsonl() -> None:
    proc = run("extract", "-", "--format", "jsonl", stdin=TEXT.encode())
    assert proc.returncode == 0
    assert json.loads(proc.stdout.splitlines()[0])["text"] == TEXT


def test_pretty_lists_entities(tmp_path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    proc = run("extract", str(p), "--format", "pretty")
    assert proc.returncode == 0
    assert b"Egypt" in proc.stdout and b"Entities" in proc.stdout


def test_errors_are_one_line_no_traceback(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x81abc\x00\x02" * 8)
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    for args, needle in [((str(tmp_path / "missing.txt"),), b"no such file"), ((str(empty),), b"empty text"),
                         ((str(binary),), b"binary data"), ((str(good), "--published", "2020-13-01"), b"published")]:
        proc = run("extract", *args)
        assert proc.returncode == 1
        assert needle in proc.stderr
        assert b"Traceback" not in proc.stderr
        assert len(proc.stderr.decode().strip().splitlines()) == 1


def test_schema_command() -> None:
    proc = run("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["title"] == "Article"
