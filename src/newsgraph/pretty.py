"""``--format pretty``: a readable summary of one record, built with rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .record import Article, listed_quote

__all__ = ["render"]


def _short(s: str | None, n: int = 90) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _table(title: str, *cols: str) -> Table:
    t = Table(title=title, title_justify="left", title_style="bold", show_lines=False, expand=False, pad_edge=False)
    for c in cols:
        t.add_column(c, overflow="fold")
    return t


def render(rec: Article, console: Console, label: str | None = None) -> None:
    """Print a record: header, structure, then one table per fact family that has facts."""
    console.print(_header(rec, label))
    names = {e.id: e.name for e in rec.entities}
    if rec.entities:
        console.print(_entities(rec))
    if any(listed_quote(q.kind, q.modality) for q in rec.quotes):
        console.print(_quotes(rec, names))
    if any(not listed_quote(q.kind, q.modality) for q in rec.quotes):
        console.print(_quotes(rec, names, stances=True))
    if rec.amounts:
        console.print(_amounts(rec))
    if rec.changes:
        console.print(_changes(rec))
    if rec.times:
        console.print(_times(rec))
    if rec.places:
        console.print(_places(rec))
    if rec.events:
        console.print(_events(rec))


def _header(rec: Article, label: str | None) -> Panel:
    """Title, metadata, paragraph kinds, headings and related links."""
    head = Text()
    head.append(rec.title or label or rec.id, style="bold")
    meta = [f"id {rec.id}", f"published {rec.published or '?'}", f"language {rec.language}"]
    if rec.url:
        meta.append(rec.url)
    head.append("\n" + " · ".join(meta), style="dim")
    kinds: dict[str, int] = {}
    for par in rec.paragraphs:
        kinds[par.kind] = kinds.get(par.kind, 0) + 1
    head.append("\nparagraphs: " + ", ".join(f"{n} {k}" for k, n in kinds.items()), style="dim")
    parts: list[object] = [head]
    if rec.headings:
        parts.append(Text("headings: " + " | ".join(rec.headings), style="cyan"))
    for link in rec.related_links:
        parts.append(Text(f"related: {link.text}" + (f" <{link.url}>" if link.url else ""), style="dim italic"))
    return Panel(Group(*parts), expand=False)  # type: ignore[arg-type]


def _entities(rec: Article) -> Table:
    t = _table("Entities", "id", "name", "type", "country", "roles", "aliases", "n")
    for e in rec.entities:
        t.add_row(e.id, e.name, e.type, e.country or "", _short("; ".join(e.roles), 60),
                  ", ".join(e.aliases), str(len(e.mentions)))
    return t


def _quotes(rec: Article, names: dict[str, str], stances: bool = False) -> Table:
    """The quotes, or (``stances``) apart from them the stances: positions taken ("condemned the launch"), whose
    text is what the position is aimed at and no words said."""
    t = _table("Stances (positions taken, not words said)" if stances else "Quotes", "id", "kind", "speaker", "cue",
               "aimed at" if stances else "text")
    for q in rec.quotes:
        if (not listed_quote(q.kind, q.modality)) != stances:
            continue
        local = rec.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        who = q.speaker_name or names.get(q.speaker or "") or (f"“{local}” (unresolved)" if local else "?")
        t.add_row(q.id, q.kind, who, q.cue or "", _short(q.text, 100))
    return t


def _amounts(rec: Article) -> Table:
    t = _table("Amounts", "value", "text", "kind", "object", "approx", "measure", "time", "change")
    for a in rec.amounts:
        val = f"{a.value:,}" if isinstance(a.value, int) else f"{a.value:g}"
        t.add_row(val, a.text, a.kind + (f" {a.currency or a.unit}" if (a.currency or a.unit) else ""),
                  a.object or "", a.approx or "", a.measure or "", a.time or "", a.change or "")
    return t


def _changes(rec: Article) -> Table:
    t = _table("Changes", "id", "object", "from → to", "direction", "verb", "measure", "time", "evidence")
    for c in rec.changes:
        t.add_row(c.id, c.object or "", f"{c.from_value if c.from_value is not None else '?'} → {c.to_value}",
                  c.direction or "", c.verb or "", c.measure or "", c.time or "", _short(rec.span_text(c), 60))
    return t


def _times(rec: Article) -> Table:
    t = _table("Times", "text", "type", "value", "mod", "anchor")
    for x in rec.times:
        t.add_row(x.text, x.type, x.value or "", x.mod or "", x.anchor or "")
    return t


def _places(rec: Article) -> Table:
    t = _table("Places", "id", "name", "feature", "country", "admin1", "lat, lon", "mentions")
    for p in rec.places:
        ll = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
        t.add_row(p.id, p.name, p.feature or "", p.country or "", p.admin1 or "", ll, str(len(p.mentions)))
    return t


def _events(rec: Article) -> Table:
    t = _table("Events", "type", "mode", "actors", "targets", "place", "time", "evidence")
    places = {p.id: p.name for p in rec.places}
    for ev in rec.events:
        flags = "" if ev.modality == "asserted" else f" ({ev.modality})"
        t.add_row(ev.type + flags, ev.mode or "", ", ".join(f"{a.name} [{a.code or a.country or '?'}]" for a in ev.actors),
                  ", ".join(f"{a.name} [{a.code or a.country or '?'}]" for a in ev.targets),
                  places.get(ev.place or "", ev.place or ""), ev.time or "", _short(ev.text, 60))
    return t
