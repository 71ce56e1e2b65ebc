"""Server-side SVG: a measure's timeline and a small map of places. No JavaScript, no CDN.

All labels go through ``escape``; numbers are formatted here, so the SVG cannot carry markup from
article text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

__all__ = ["timeline_svg", "map_svg", "hedge_range"]

def hedge_range(value: float, approx: str | None, low: float | None = None,
                high: float | None = None) -> tuple[float, float]:
    """The range a point stands for: the interval conflicts use (:func:`newsgraph.kb.measures.value_range`,
    hedges from data/amount_hedges.tsv), without the tolerance of exact figures: "as many as 900" is 450–900
    here and there."""
    from ..kb.measures import value_range

    lo, hi = value_range(value, approx, low, high, tolerance=0.0)
    # an unbounded side (none in the table today) has no far end: the chart draws it as wide as a hedge
    width = abs(value) * 0.10
    return lo if math.isfinite(lo) else value - width, hi if math.isfinite(hi) else value + width


def _day(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(s)[:10]) if s else None
    except ValueError:
        return None


def _fmt(v: float) -> str:
    if abs(v) >= 1e9:
        return f"{v / 1e9:.3g}bn"
    if abs(v) >= 1e6:
        return f"{v / 1e6:.3g}m"
    return f"{v:,.0f}" if abs(v) >= 100 or float(v).is_integer() else f"{v:.3g}"


def timeline_svg(points: Sequence[dict[str, Any]], width: int = 720, height: int = 300) -> Markup:
    """Points of ONE series ``{date, last_date?, value, approx?, low?, high?, href?, label?, conflict?,
    as_of_publication?}`` as an SVG chart.

    Each point is a dot at the last day its time covers, with a horizontal bar back to the first day (the span:
    "September 2020" is a month, "the mid-2000s" four years) and a vertical bar for its hedge range; a point
    that stands at its publication day (no time of its own) is a hollow dot; conflicting points are marked and
    every dot links to its evidence. The line joins the points of this one series in time order.
    """
    pts: list[tuple[dict[str, Any], dt.date, dt.date]] = []
    for p in points:
        first = _day(p.get("date"))
        last = _day(p.get("last_date")) or first
        if isinstance(p.get("value"), (int, float)) and first is not None and last is not None:
            pts.append((p, first, max(first, last)))
    if not pts:
        return Markup('<p class="muted">No dated points.</p>')
    ranges = [hedge_range(float(p["value"]), p.get("approx"), p.get("low"), p.get("high")) for p, _f, _l in pts]
    ymax = max(r[1] for r in ranges) * 1.1 or 1.0
    firsts = [f.toordinal() for _, f, _l in pts]
    days = [last.toordinal() for _, _f, last in pts]
    d0, d1 = min(firsts), max(days)
    if d0 == d1:
        d0, d1 = d0 - 30, d1 + 30
    left, right, top, bottom = 70, 20, 20, 40
    w, h = width - left - right, height - top - bottom

    def x(day: int) -> float:
        return left + (day - d0) / (d1 - d0) * w

    def y(v: float) -> float:
        return top + h - v / ymax * h

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" aria-label="timeline">',
             f'<line x1="{left}" y1="{top + h}" x2="{left + w}" y2="{top + h}" class="axis"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + h}" class="axis"/>']
    for k in range(5):
        v = ymax * k / 4
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" class="tick" text-anchor="end">{_fmt(v)}</text>')
        parts.append(f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + w}" y2="{y(v):.1f}" class="grid"/>')
    for frac, anchor in ((0.0, "start"), (0.5, "middle"), (1.0, "end")):
        day = dt.date.fromordinal(int(d0 + (d1 - d0) * frac))
        parts.append(f'<text x="{x(day.toordinal()):.1f}" y="{top + h + 18}" class="tick" '
                     f'text-anchor="{anchor}">{day.isoformat()}</text>')
    order = sorted(range(len(pts)), key=lambda i: days[i])
    line = " ".join(f"{x(days[i]):.1f},{y(float(pts[i][0]['value'])):.1f}" for i in order)
    parts.append(f'<polyline points="{line}" class="series"/>')
    for (p, _f, _l), start, dd, (lo, hi) in zip(pts, firsts, days, ranges, strict=True):
        cx, cy = x(dd), y(float(p["value"]))
        cls = "point" + (" conflict" if p.get("conflict") else "") + (" asof" if p.get("as_of_publication") else "")
        label = escape(f"{p.get('label') or p.get('date')}: {_fmt(float(p['value']))} {p.get('approx') or ''}".strip())
        span = (f'<line x1="{x(start):.1f}" y1="{cy:.1f}" x2="{cx:.1f}" y2="{cy:.1f}" class="span"/>'
                if start < dd else "")
        dot = (f'{span}<line x1="{cx:.1f}" y1="{y(lo):.1f}" x2="{cx:.1f}" y2="{y(hi):.1f}" class="range"/>'
               f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" class="{cls}"><title>{label}</title></circle>')
        href = p.get("href")
        parts.append(f'<a href="{escape(href)}">{dot}</a>' if href else dot)
    parts.append("</svg>")
    return Markup("".join(parts))


def map_svg(places: Sequence[dict[str, Any]], width: int = 360, height: int = 180) -> Markup:
    """Places ``{name, lat, lon}`` on an equirectangular graticule (no basemap: nothing is downloaded)."""
    pts = [p for p in places if isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))]
    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" role="img" aria-label="map of places">',
             f'<rect x="0" y="0" width="{width}" height="{height}" class="sea"/>']
    for lon in range(-180, 181, 30):
        xx = (lon + 180) / 360 * width
        parts.append(f'<line x1="{xx:.1f}" y1="0" x2="{xx:.1f}" y2="{height}" class="grid"/>')
    for lat in range(-90, 91, 30):
        yy = (90 - lat) / 180 * height
        parts.append(f'<line x1="0" y1="{yy:.1f}" x2="{width}" y2="{yy:.1f}" class="grid"/>')
    for p in pts:
        xx = (float(p["lon"]) + 180) / 360 * width
        yy = (90 - float(p["lat"])) / 180 * height
        parts.append(f'<circle cx="{xx:.1f}" cy="{yy:.1f}" r="3" class="place"><title>{escape(p.get("name") or "")}'
                     f"</title></circle>")
    parts.append("</svg>")
    return Markup("".join(parts))
