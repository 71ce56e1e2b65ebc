"""The measures benchmark's split of conflicts by where their reports come from (round 7's protocol), and the
conflicts judged in earlier rounds left out of a draw (round 16)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import json  # noqa: E402

from eval_measures import _judged, _key_of, _lines, _part, conflict_key  # noqa: E402


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


def _side(rec: str, value: float) -> SimpleNamespace:
    return SimpleNamespace(article_id=rec, value=value)


@pytest.mark.parametrize("a, b, same", [
    (("recA", 14.0), ("recB", 17.0), True),
    (("recB", 17.0), ("recA", 14.0), True),  # either side first
    (("recA", 14.0), ("recB", 18.0), False),  # another value
    (("recA", 14.0), ("recC", 17.0), False),  # another report
])
def test_a_conflict_is_the_same_whichever_side_comes_first(a: tuple[str, float], b: tuple[str, float], same: bool) -> None:
    first = SimpleNamespace(measure="deaths:-:FRA", a=_side("recA", 14.0), b=_side("recB", 17.0))
    other = SimpleNamespace(measure="deaths:-:FRA", a=_side(*a), b=_side(*b))
    assert (_key_of(first) == _key_of(other)) is same


def test_judged_files_of_either_kind(tmp_path: Path) -> None:
    sample = tmp_path / "check_F.json"  # what --sample-out wrote in an earlier round
    sample.write_text(json.dumps([{"n": 3, "measure": "deaths:-:FRA", "reason": "",
                                   "a": {"article_id": "recB", "value": 17.0},
                                   "b": {"article_id": "recA", "value": 14}}]), encoding="utf-8")
    tsv = tmp_path / "judged.tsv"
    tsv.write_text("# measure, id, value, id, value, verdict\n"
                   "injured:-:USA\trecC\t180\trecD\t260.0\tyes\n", encoding="utf-8")
    assert _judged([sample, tsv]) == {conflict_key("deaths:-:FRA", "recA", 14, "recB", 17),
                                      conflict_key("injured:-:USA", "recD", 260, "recC", 180.0)}


def _report(ident: str, value: int) -> str:
    from kb_records import _at, record

    text = f"The raids in the capital on Wednesday killed {value} people."
    s, e = _at(text, str(value))
    return record(text, "2015-01-14", title=f"Report {ident}", amounts=[{
        "start": s, "end": e, "value": value, "text": str(value), "kind": "count", "object": "people killed",
        "measure": "deaths:-:FRA", "owner": None, "location": "FRA", "time": "2015-01-14"}]).model_copy(
        update={"id": ident * 16}).model_dump_json()


def test_the_draw_leaves_out_judged_conflicts(tmp_path: Path) -> None:
    from eval_measures import evaluate

    data = tmp_path / "records.jsonl"
    data.write_text("\n".join(_report(i, v) for i, v in (("a", 14), ("b", 30), ("c", 60))) + "\n", encoding="utf-8")
    judged = tmp_path / "judged.tsv"
    judged.write_text(f"deaths:-:FRA\t{'b' * 16}\t30\t{'a' * 16}\t14\tno\n", encoding="utf-8")
    out = tmp_path / "draw.json"
    res = evaluate(data, tmp_path / "m.db", 30, out, 5, exclude=[judged])
    drawn = {_key_of(c) for c in json.loads(out.read_text(encoding="utf-8"))}
    assert res["metrics"]["conflicts"] == 3  # the metrics count every conflict
    assert (res["metrics"]["draw_pool"], res["metrics"]["excluded_from_draw"]) == (2, 1)
    assert conflict_key("deaths:-:FRA", "a" * 16, 14, "b" * 16, 30) not in drawn and len(drawn) == 2


def test_a_stored_base_is_not_stored_again(tmp_path: Path) -> None:
    from eval_measures import evaluate

    data = tmp_path / "records.jsonl"
    data.write_text("\n".join(_report(i, v) for i, v in (("a", 14), ("b", 30))) + "\n", encoding="utf-8")
    first = evaluate(data, tmp_path / "m.db", 30, None, 5)
    again = evaluate(data, tmp_path / "m.db", 30, None, 5, stored=True)
    assert again["metrics"] == first["metrics"] and again["docs_per_s"] is None
    empty = evaluate(data, tmp_path / "other.db", 30, None, 5, stored=True)  # nothing stored there: nothing found
    assert empty["metrics"]["points"] == 0
