"""CI floors for the HTML reader on the two evaluation sets (benchmarks/eval_html.py), our reader only.

Measured on the full sets (BENCHMARKS.md, "HTML reading"): body F1 0.971 on scrapinghub_aeb, title
accuracy 0.837 and snippet F1 0.924 on trafilatura_eval_en. The floors sit a little below the values
on the first pages used here, so that a regression fails and noise does not.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import ROOT, need_shared

pytestmark = pytest.mark.slow


def _eval_html():
    spec = importlib.util.spec_from_file_location("eval_html", ROOT / "benchmarks" / "eval_html.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_prf_words() -> None:
    prf = _eval_html().prf
    assert prf("a b c d", "a b x") == (0.5, pytest.approx(2 / 3), pytest.approx(4 / 7))
    assert prf(None, "a") == (0.0, 0.0, 0.0)


def test_body_text_floor_scrapinghub() -> None:
    data: Path = need_shared("data", "news", "html", "scrapinghub_aeb")
    m = _eval_html().evaluate(data, 60, with_peer=False)["metrics"]["newsgraph"]
    assert m["empty"] == 0
    assert m["f1"] >= 0.95, m
    assert m["precision"] >= 0.95, m


def test_title_date_snippets_floor_trafilatura_eval() -> None:
    data: Path = need_shared("data", "news", "html", "trafilatura_eval_en")
    m = _eval_html().evaluate(data, 50, with_peer=False)["metrics"]["newsgraph"]
    assert m["empty"] == 0
    assert m["title_accuracy"] >= 0.78, m
    assert m["date_accuracy"] >= 0.85, m
    assert m["snippet_f1"] >= 0.89, m
