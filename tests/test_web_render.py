"""Pure rendering pieces of the web app: highlighting and SVG charts (no server, no database)."""

from __future__ import annotations

import json
import re

import pytest

from newsgraph.record import Amount, Article, Entity, Mention, Paragraph, Quote
from newsgraph.web.charts import hedge_range, map_svg, timeline_svg
from newsgraph.web.highlight import facts_json, facts_of, render_paragraphs

TEXT = 'Mayor <b>Ann Lee</b> said "we have 3,000 beds".\n\nRead: <script>alert(1)</script>'


def _at(sub: str) -> dict[str, int]:
    i = TEXT.index(sub)
    return {"start": i, "end": i + len(sub)}


def record() -> Article:
    body_end = TEXT.index("\n")
    return Article(
        id="0" * 16, text=TEXT, language="en",
        paragraphs=[Paragraph(start=0, end=body_end, kind="body"),
                    Paragraph(start=body_end + 2, end=len(TEXT), kind="related")],
        entities=[Entity(id="E1", name="Ann Lee", type="PERSON", mentions=[Mention(**_at("Ann Lee"), text="Ann Lee")])],
        quotes=[Quote(id="Q1", text="we have 3,000 beds", kind="direct", speaker="E1", speaker_name="Ann Lee",
                      cue="said", **_at("we have 3,000 beds"))],
        amounts=[Amount(value=3000, text="3,000", kind="count", object="beds", **_at("3,000"))],
    )


def test_every_fact_is_a_span_with_its_key() -> None:
    keys = {(f.key, f.kind, TEXT[f.start:f.end]) for f in facts_of(record())}
    assert keys == {("E1", "entity", "Ann Lee"), ("Q1", "quote", "we have 3,000 beds"), ("A1", "amount", "3,000")}


def test_text_is_escaped_and_overlaps_become_segments() -> None:
    pars = render_paragraphs(record())
    body, related = str(pars[0]["html"]), str(pars[1]["html"])
    assert "<b>" not in body and "&lt;b&gt;" in body
    assert "<script>" not in related and "&lt;script&gt;alert(1)&lt;/script&gt;" in related
    # the amount inside the quote carries both kinds and both keys
    assert re.search(r'<span class="f-quote f-amount" data-facts="Q1 A1"[^>]*>3,000</span>', body)
    assert [p["kind"] for p in pars] == ["body", "related"]


def test_facts_json_cannot_close_the_script_element() -> None:
    rec = record()
    rec.entities[0].name = "</script><script>alert(2)</script>"
    raw = str(facts_json(facts_of(rec)))
    assert "</script>" not in raw and "<" not in raw
    assert json.loads(raw)["E1"]["name"] == "</script><script>alert(2)</script>"


def test_hedge_ranges() -> None:
    assert hedge_range(150000, "nearly") == (135000.0, 150000)
    # round 21: a far bound reaches twice (or half) its figure, on the chart as in conflicts (was 100-110, 810-900)
    assert hedge_range(100, "more than") == pytest.approx((100, 200))
    # the chart's bar is the conflicts' range (one hedge table): "as many as" is a ceiling
    assert hedge_range(900, "up to") == pytest.approx((450, 900))
    assert hedge_range(5, None) == (5, 5)
    assert hedge_range(5, "about", low=4, high=6) == (4, 6)
    assert hedge_range(150000, "nearly", high=150000) == (135000.0, 150000)


def test_timeline_svg_points_and_links() -> None:
    svg = str(timeline_svg([
        {"date": "2005-06-01", "value": 150000, "approx": "nearly", "href": "/articles/a#A1"},
        {"date": "2020-08-01", "value": 5200, "href": "/articles/b#C1"},
        {"date": "2020-09-01", "value": 3000, "href": "/articles/b#C1", "conflict": True, "label": "<x>"},
    ]))
    assert svg.count("<circle") == 3
    assert svg.count('class="point conflict"') == 1
    assert 'href="/articles/a#A1"' in svg
    assert "<x>" not in svg and "&lt;x&gt;" in svg


def test_empty_timeline_and_map() -> None:
    assert "No dated points" in str(timeline_svg([{"date": None, "value": 3}]))
    svg = str(map_svg([{"name": "Baghdad", "lat": 33.34, "lon": 44.4}, {"name": "nowhere"}]))
    assert svg.count('class="place"') == 1 and "<title>Baghdad</title>" in svg


def test_timeline_svg_spans_and_points_as_of_publication() -> None:
    svg = str(timeline_svg([
        {"date": "2003-05-02", "last_date": "2006-08-31", "value": 150000, "approx": "nearly"},
        {"date": "2020-09-10", "last_date": "2020-09-10", "value": 5200, "as_of_publication": True},
        {"date": "2020-09-01", "last_date": "2020-09-30", "value": 3000},
    ]))
    assert svg.count('class="span"') == 2  # the mid-2000s and September cover stretches; a day does not
    assert svg.count('class="point asof"') == 1
    # the line joins the one series in the order of the last days: 150000, 5200, 3000
    xs = [float(pt.split(",")[0]) for pt in re.search(r'<polyline points="([^"]+)"', svg).group(1).split()]
    assert xs == sorted(xs)
