"""benchmarks/stories_signals.py: the new same-story signals measured on the tune sets (round 10), each read from
a record the way the measurement reads it. Constructed sentences only."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from conftest import ROOT
from kb_records import record

sys.path.insert(0, str(ROOT / "benchmarks"))

import stories_signals as S  # noqa: E402

TEXT = "The minister said the bridge would reopen on Monday after the flood."


def _quote(text: str, kind: str) -> dict[str, Any]:
    return {"id": "Q1", "start": 0, "end": 1, "text": text, "kind": kind}


@pytest.mark.parametrize(("text", "k", "expected"), [
    ("We will rebuild the bridge before winter", 6,
     {"we will rebuild the bridge before", "will rebuild the bridge before winter"}),
    ("We Will rebuild, the BRIDGE before", 6, {"we will rebuild the bridge before"}),  # case and marks do not count
    ("too short to share", 6, set()),
    ("", 6, set()),
])
def test_ngrams(text: str, k: int, expected: set[str]) -> None:
    assert S.ngrams(text, k) == expected


@pytest.mark.parametrize(("quotes", "expected"), [
    ([_quote("We will rebuild the bridge before winter", "direct")], 2),
    ([_quote("We will rebuild the bridge before winter", "partial")], 2),
    ([_quote("We will rebuild the bridge before winter", "block")], 2),
    # the reporter's paraphrase is worded by each outlet: it is not a shared quote
    ([_quote("that they would rebuild the bridge before the winter", "indirect")], 0),
    ([_quote("Section four of the act forbids the sale of land", "document")], 0),
    ([], 0),
])
def test_quote_ngrams_only_the_quoted_words(quotes: list[dict[str, Any]], expected: int) -> None:
    assert len(S.quote_ngrams(record(TEXT, "2021-03-01", quotes=quotes))) == expected


def _amount(value: float, kind: str, **kw: Any) -> dict[str, Any]:
    return {"start": 0, "end": 1, "value": value, "text": str(value), "kind": kind, **kw}


@pytest.mark.parametrize(("amounts", "expected"), [
    ([_amount(200_000_000, "money", currency="USD")], {("money", 200_000_000.0, "USD")}),
    ([_amount(12, "percent")], {("percent", 12.0, "")}),
    ([_amount(35, "count")], {("count", 35.0, "")}),
    ([_amount(3, "count")], set()),  # a small count: every report has some
    ([_amount(2017, "count")], set()),  # a year read as a number
    ([_amount(4.5, "measure", unit="m")], {("measure", 4.5, "m")}),
])
def test_figures(amounts: list[dict[str, Any]], expected: set[tuple[str, float, str]]) -> None:
    assert S.figures(record(TEXT, "2021-03-01", amounts=amounts)) == expected


def _time(value: str | None, start: int, type_: str = "DATE") -> dict[str, Any]:
    return {"start": start, "end": start + 1, "text": "x", "type": type_, "value": value}


@pytest.mark.parametrize(("times", "upto", "expected"), [
    ([_time("2021-03-01", 5)], None, {"2021-03-01"}),
    ([_time("2021-03-01TNI", 5, "TIME")], None, {"2021-03-01"}),  # a time of day names its day
    ([_time("2021-03", 5)], None, set()),  # a month is no day
    ([_time("PRESENT_REF", 5)], None, set()),
    ([_time("P3D", 5, "DURATION")], None, set()),
    ([_time(None, 5)], None, set()),
    ([_time("2021-03-01", 5), _time("2021-02-27", 2000)], 1200, {"2021-03-01"}),  # the lead's only
])
def test_referenced_days(times: list[dict[str, Any]], upto: int | None, expected: set[str]) -> None:
    assert S.referenced_days(record(TEXT, "2021-03-01", times=times), upto) == expected


def test_entity_rarity_from_a_fixed_background() -> None:
    def person(name: str) -> dict[str, Any]:
        return {"id": "E1", "name": name, "type": "PERSON", "mentions": [{"start": 0, "end": 3, "text": name}]}

    common = [record(f"{TEXT} {i}", "2021-03-01", entities=[person("Ada Quell")]) for i in range(5)]
    rare = record(f"{TEXT} rare", "2021-03-01", entities=[person("Bram Osk")])
    idf = S.entity_idf(common + [rare])
    assert idf("person:bram osk") > idf("person:ada quell")
    assert idf("person:never seen") > idf("person:bram osk")
