"""``make bench`` (benchmarks/run_all.py): every run it names exists, and its reading of a script's output."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from conftest import ROOT


def _run_all():
    spec = importlib.util.spec_from_file_location("run_all", ROOT / "benchmarks" / "run_all.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_run_names_a_benchmark_script() -> None:
    runs = _run_all().RUNS
    assert len(runs) >= 10
    for name, args in runs.items():
        script = ROOT / "benchmarks" / args[0]
        assert script.is_file(), f"{name}: {script} is missing"
        assert "--json" in args, f"{name}: the runner reads the script's JSON"


@pytest.mark.parametrize(("out", "expected"), [
    ('{"metrics": {"f1": 0.5}}', {"metrics": {"f1": 0.5}}),
    ('loading model...\n12 docs\n{"metrics": {"f1": 0.5},\n "n_docs": 12}\n', {"metrics": {"f1": 0.5}, "n_docs": 12}),
    ("no json here", None),
    ('half a {"metrics": ', None),
])
def test_last_json(out: str, expected: dict | None) -> None:
    assert _run_all()._last_json(out) == expected


def test_summary_keeps_numbers_only() -> None:
    line = _run_all()._summary({"metrics": {"f1": 0.81234, "n": 3, "ok": True, "name": "x"}})
    assert line == "f1=0.8123 n=3"
    nested = _run_all()._summary({"metrics": {"check": {"f1": 0.95, "note": "x"}, "n": 2}})
    assert nested == "check.f1=0.95 n=2"


def test_unknown_name_is_a_clear_error() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run_all.py"), "--only", "nosuch"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert "unknown benchmark" in proc.stderr and "nosuch" in proc.stderr
