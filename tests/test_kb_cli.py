"""The knowledge-base commands (in process, with typer's runner): escaped output, totals, paging,
`newsgraph measures`, the ingest defaults and summaries that never wrap."""

from __future__ import annotations

import json

import pytest
from kb_records import drawdown, followup, plain, record
from typer.testing import CliRunner

from newsgraph import kb
from newsgraph.cli import app
from newsgraph.kb.commands import default_n_process

BRACKETS = ("The general ordered the troop [withdrawal] of the 2,000 soldiers on Monday, "
            "and [bold]nothing[/bold] in this text is markup.")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "kb.db")
    kb.store_articles([drawdown(), followup(3000), followup(4000), plain(1),
                       record(BRACKETS, "2021-05-05", title="Orders [draft]")], db=path)
    return path


def invoke(*args: str, width: int = 200) -> str:
    res = CliRunner().invoke(app, list(args), env={"COLUMNS": str(width)}, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res.output


def test_search_prints_text_brackets_and_the_total(db: str) -> None:
    got = invoke("search", '"troop withdrawal"', "--db", db)
    assert "ordered the troop [withdrawal] of the 2,000" in got  # not eaten as console markup
    assert "Orders [draft]" in got
    assert "[bold]nothing[/bold] in this text" in invoke("search", "nothing markup", "--db", db)
    assert got.strip().endswith("all 1 match")
    page = json.loads(invoke("search", "troops", "--db", db, "--format", "json", "--limit", "1"))
    assert page["total"] == 4 and len(page["items"]) == 1 and page["items"][0]["marks"]
    assert "1-1 of 4 matches" in invoke("search", "troops", "--db", db, "--limit", "1")


def test_measures_lists_and_filters_series(db: str) -> None:
    got = invoke("measures", "--db", db)
    assert "troops:USA:IRQ" in got and "all 1 measure" in got
    page = json.loads(invoke("measures", "--db", db, "--series", "--owner", "USA", "--format", "json"))
    assert [m["key"] for m in page["items"]] == ["troops:USA:IRQ"] and page["items"][0]["point_count"] >= 3
    assert "no measures" in invoke("measures", "--db", db, "--object", "nonsense")
    csv_out = invoke("measures", "--db", db, "--format", "csv").splitlines()
    assert csv_out[0].startswith("key,object,owner") and csv_out[1].startswith("troops:USA:IRQ,troops,USA,IRQ")


def test_ingest_help_states_the_worker_default() -> None:
    assert 1 <= default_n_process() <= 8
    got = invoke("ingest", "--help", width=300)
    assert "available cores, at most 8" in got and f"{default_n_process()} here" in got


def test_ingest_summary_is_one_line_even_when_narrow(tmp_path, nlp) -> None:
    db = str(tmp_path / "n.db")
    for i in range(2):
        (tmp_path / f"a{i}.txt").write_text(f"Officials in Oslo said {1234567 + i:,} people voted on Monday.",
                                            encoding="utf-8")
    got = invoke("ingest", str(tmp_path / "a0.txt"), str(tmp_path / "a1.txt"), "--db", db, "--quiet", width=30)
    line = next(x for x in got.splitlines() if x.startswith("run "))
    assert "read 2: stored 2" in line and "with 1 worker" in line and "articles/s" in line  # small input: 1 worker


def test_ingest_progress_bar_shows_total_rate_and_eta(monkeypatch) -> None:
    """The bar as a terminal shows it: done of the total, articles per second, stored, failed and ETA."""
    import io

    from rich.console import Console

    from newsgraph.kb import commands

    screen = io.StringIO()
    monkeypatch.setattr(commands, "err", Console(file=screen, force_terminal=True, width=160, color_system=None))
    with commands._progress(quiet=False) as bar:
        task = bar.add_task("ingest", total=10, rate=0.0, stored=0, failed=0)
        bar.update(task, completed=4, rate=2.5, stored=3, failed=1)
        bar.refresh()
    import re

    lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue()).replace("\r", "\n").splitlines()
    shown = [x for x in lines if "ingest" in x][-1]
    assert "4/10" in shown and "2.5 articles/s" in shown and "3 stored" in shown and "1 failed" in shown
    assert "ETA" in shown
