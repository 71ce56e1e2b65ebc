"""The measures benchmark's split of conflicts by where their reports come from (round 7's protocol)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_measures import _lines, _part  # noqa: E402


def test_lines_read_three_and_two_column_files(tmp_path: Path) -> None:
    three = tmp_path / "a.ids.tsv"
    three.write_text("1001\tsrc1\trecA\n1002\tsrc2\tERROR boom\n2005\tsrc3\trecB\n", encoding="utf-8")
    two = tmp_path / "b.ids.tsv"
    two.write_text("src4\trecC\nsrc5\tERROR x\nsrc6\trecD\n", encoding="utf-8")
    assert _lines([three, two]) == {"recA": 1001, "recB": 2005, "recC": 1, "recD": 3}


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("recC", "recA", "tune"),  # lines 1 and 1001: both before 2001
        ("recA", "recB", "check"),  # line 2005 is in the check part
        ("recA", "unknown", "check"),  # a report on no listed line is never tune
    ],
)
def test_part_of_a_conflict(a: str, b: str, expected: str) -> None:
    lines = {"recA": 1001, "recB": 2005, "recC": 1}
    c = SimpleNamespace(a=SimpleNamespace(article_id=a), b=SimpleNamespace(article_id=b))
    assert _part(c, lines, 2001) == expected
