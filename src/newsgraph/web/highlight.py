"""An article's text with every fact highlighted: pure functions from a record to safe HTML.

Facts overlap (an entity inside a quote, amounts inside a change), so instead of nesting tags the
text is cut at every fact boundary and each piece becomes one ``<span>`` carrying the classes and
keys of all the facts that cover it. Every piece of article text goes through ``escape``: the text
is untrusted and a report that contains ``<script>`` must show as text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..record import Article, listed_quote

__all__ = ["Fact", "facts_of", "render_paragraphs", "facts_json", "mark_snippet"]

KINDS = ("entity", "quote", "amount", "change", "time", "place", "event")


@dataclass(frozen=True)
class Fact:
    key: str  # unique within the page: "E3", "Q1", "A4", "C1", "T2", "P1", "V1"
    kind: str
    start: int
    end: int
    label: str  # one line shown on hover
    data: dict[str, Any]


def _num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) else str(v)


def facts_of(rec: Article) -> list[Fact]:
    """Every fact of the record with a span, with a short label and its normalized data."""
    out: list[Fact] = []
    names = {e.id: e.name for e in rec.entities}
    for e in rec.entities:
        label = f"{e.name} · {e.type}" + (f" · {e.country}" if e.country else "")
        if e.roles:
            label += f" · {e.roles[0]}"
        for i, m in enumerate(e.mentions):
            out.append(Fact(f"{e.id}" if i == 0 else f"{e.id}.{i}", "entity", m.start, m.end, label,
                            {"id": e.id, **e.model_dump(exclude={"mentions"})}))
    for q in rec.quotes:
        if not listed_quote(q.kind, q.modality):
            continue  # a stance ("condemned the launch") or words declined or supposed: never highlighted as a quote
        who = q.speaker_name or names.get(q.speaker or "", "unknown speaker")
        out.append(Fact(q.id, "quote", q.start, q.end, f"{q.kind} quote · {who} · {q.cue or ''}",
                        q.model_dump(exclude={"text"})))
    for i, a in enumerate(rec.amounts, 1):
        label = f"{_num(a.value)} {a.object or ''}".strip() + (f" · {a.approx}" if a.approx else "")
        if a.measure:
            label += f" · {a.measure}"
        out.append(Fact(f"A{i}", "amount", a.start, a.end, label, a.model_dump()))
    for c in rec.changes:
        frm = _num(c.from_value) if c.from_value is not None else "?"
        to = _num(c.to_value) if c.to_value is not None else "?"
        out.append(Fact(c.id, "change", c.start, c.end, f"{c.object or ''} {frm} → {to} ({c.direction or ''})",
                        c.model_dump()))
    for i, t in enumerate(rec.times, 1):
        out.append(Fact(f"T{i}", "time", t.start, t.end, f"{t.type} {t.value or '?'}" + (f" {t.mod}" if t.mod else ""),
                        t.model_dump()))
    for p in rec.places:
        label = f"{p.name} · {p.feature or ''} · {p.country or ''}"
        for i, m in enumerate(p.mentions):
            out.append(Fact(p.id if i == 0 else f"{p.id}.{i}", "place", m.start, m.end, label,
                            p.model_dump(exclude={"mentions"})))
    for i, ev in enumerate(rec.events, 1):
        actors = ", ".join(a.name for a in ev.actors) or "?"
        targets = ", ".join(a.name for a in ev.targets) or "?"
        ts, te = (ev.trigger_start, ev.trigger_end) if ev.trigger_start is not None else (ev.start, ev.end)
        if te is None:
            continue
        out.append(Fact(f"V{i}", "event", ts, te, f"{ev.type} {ev.mode or ''}: {actors} → {targets}",
                        ev.model_dump()))
    n = len(rec.text)
    return [f for f in out if 0 <= f.start < f.end <= n]


def _segments(text: str, start: int, end: int, facts: list[Fact]) -> list[tuple[int, int, list[Fact]]]:
    inside = [f for f in facts if f.start < end and f.end > start]
    cuts = {start, end}
    for f in inside:
        cuts.add(max(start, f.start))
        cuts.add(min(end, f.end))
    points = sorted(cuts)
    segs = []
    for a, b in zip(points, points[1:], strict=False):
        cover = [f for f in inside if f.start <= a and f.end >= b]
        segs.append((a, b, cover))
    return segs


def render_paragraphs(rec: Article, facts: list[Fact] | None = None) -> list[dict[str, Any]]:
    """One dict per paragraph: ``kind`` and ``html`` (escaped text with fact spans)."""
    facts = facts_of(rec) if facts is None else facts
    content = [f for f in facts]
    out = []
    for par in rec.paragraphs:
        pieces: list[str] = []
        use = content if par.kind in {"body", "heading"} else []
        for a, b, cover in _segments(rec.text, par.start, par.end, use):
            chunk = escape(rec.text[a:b])
            if not cover:
                pieces.append(str(chunk))
                continue
            kinds = sorted({f.kind for f in cover}, key=KINDS.index)
            classes = " ".join(f"f-{k}" for k in kinds)
            keys = " ".join(f.key for f in cover)
            title = " | ".join(dict.fromkeys(f.label for f in cover))
            pieces.append(f'<span class="{classes}" data-facts="{escape(keys)}" title="{escape(title)}">{chunk}</span>')
        out.append({"kind": par.kind, "start": par.start, "end": par.end, "html": Markup("".join(pieces))})
    return out


def facts_json(facts: list[Fact]) -> Markup:
    """The facts as JSON safe to embed in ``<script type="application/json">``."""
    data = {f.key: {"kind": f.kind, "label": f.label, "evidence": [f.start, f.end], **f.data} for f in facts}
    raw = json.dumps(data, ensure_ascii=False, default=str)
    # "</script>" or "<!--" inside a string must not end the script element
    raw = raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(raw)


def mark_snippet(text: str, marks: list[tuple[int, int]] | list[list[int]]) -> Markup:
    """A search snippet as HTML: every piece escaped, the matched spans in ``<mark>``."""
    out: list[str] = []
    pos = 0
    for start, end in sorted((int(s), int(e)) for s, e in marks):
        if start < pos or end > len(text):
            continue  # overlapping or out of range: leave that span plain
        out += [str(escape(text[pos:start])), "<mark>", str(escape(text[start:end])), "</mark>"]
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
