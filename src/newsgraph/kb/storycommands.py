"""``newsgraph stories`` and ``newsgraph story ID``: thin wrappers over :mod:`newsgraph.kb.storyquery`."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from enum import Enum
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from .console import plain_console

__all__ = ["register"]

DbOpt = Annotated[Optional[str], typer.Option("--db", help="database URL or SQLite path (default ./newsgraph.db)")]
out = plain_console()


class Fmt(str, Enum):
    table = "table"
    json = "json"


def _json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n")


def _day(value: Optional[str]) -> Optional[str]:
    """A calendar day as the API takes one (YYYY-MM-DD, a real date), else a usage error (exit 2)."""
    if value is None or value == "":
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise typer.BadParameter(f"{value!r} is not a day (YYYY-MM-DD)")


def stories(
    db: DbOpt = None,
    q: Annotated[Optional[str], typer.Option("--q", help="words of the story's title")] = None,
    min_outlets: Annotated[int, typer.Option("--min-outlets", min=1, help="only stories told by this many outlets")] = 1,
    date_from: Annotated[Optional[str], typer.Option("--date-from", callback=_day, metavar="YYYY-MM-DD",
                                                     help="only stories whose last report is on or after this day")] = None,
    date_to: Annotated[Optional[str], typer.Option("--date-to", callback=_day, metavar="YYYY-MM-DD",
                                                   help="only stories whose first report is on or before this day")] = None,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
) -> None:
    """List stories, most recent first: outlets, date range, main entities (the filters of ``/api/stories``)."""
    from .storyquery import story_list

    if date_from and date_to and date_to < date_from:
        raise typer.BadParameter(f"{date_to} is before --date-from {date_from}", param_hint="--date-to")
    page = story_list(db=db, q=q, date_from=date_from, date_to=date_to, min_outlets=min_outlets, offset=offset,
                      limit=limit)
    if format == Fmt.json:
        _json(page.to_dict())
        return
    if not page.items:  # "stories 1-0 of 0" said nothing; a page past the end keeps the true total
        out.print(f"no stories (of {page.total})" if page.total else "no stories")
        return
    tbl = Table(title=f"stories {offset + 1}-{offset + len(page.items)} of {page.total}")
    for col in ("id", "dates", "reports", "outlets", "title", "main entities"):
        tbl.add_column(col, overflow="fold")
    for s in page.items:
        dates = s.first_day if s.first_day == s.last_day else f"{s.first_day} – {s.last_day}"
        tbl.add_row(str(s.id), dates or "undated", str(s.article_count),
                    f"{s.outlet_count}: " + ", ".join(s.outlets[:4]) + (" …" if len(s.outlets) > 4 else ""),
                    s.title or "", ", ".join(e["name"] for e in s.main_entities[:3]))
    out.print(tbl)


def story(
    story_id: Annotated[int, typer.Argument(help="story id (from `newsgraph stories`)")],
    db: DbOpt = None,
    format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
) -> None:
    """Show one story: its reports by outlet, events over time, figures per outlet, quotes by speaker."""
    from ..errors import NewsgraphError
    from .storyquery import story as get

    page = get(story_id, db=db)
    if page is None:
        raise NewsgraphError(f"no story {story_id}")
    if format == Fmt.json:
        _json(page.to_dict())
        return
    if page.requested_id is not None:
        out.print(f"(story {page.requested_id} was merged into story {page.id})")
    out.print(f"[bold]story {page.id}[/]: {page.title or ''}\n{page.first_day} – {page.last_day} · "
              f"{page.article_count} reports by {page.outlet_count} outlets · "
              + ", ".join(e["name"] for e in page.main_entities))
    for grp in page.reports:
        out.print(f"\n[bold]{grp['outlet']}[/]")
        for a in grp["articles"]:
            out.print(f"  {a['published'] or 'undated'}  {a['title'] or a['id']}  ({a['id']})")
    if page.figures:
        out.print("\n[bold]figures[/] (! = conflicts with another report of the story)")
        for f in page.figures[:15]:
            vals = "; ".join(f"{o['outlet']}: " + ", ".join(
                f"{'!' if v['conflict'] else ''}{v['approx'] + ' ' if v['approx'] else ''}{v['value']:g}"
                for v in o["values"]) for o in f["outlets"])
            out.print(f"  {f['measure']}: {vals}")
    if page.quotes:
        out.print("\n[bold]quotes by speaker[/]")
        for sp in page.quotes[:10]:
            out.print(f"  {sp['speaker']} ({len(sp['quotes'])}, {', '.join(sp['outlets'])})")
    if page.merges:
        out.print("\n[bold]merges[/]")
        for m in page.merges:
            out.print(f"  story {m['from_id']}: {m['reason']}")
    if page.splits:
        out.print("\n[bold]splits[/]")
        for s in page.splits:
            out.print(f"  story {s['story_id']} -> {s['new_id']}: {s['reason']}")


def register(app: typer.Typer) -> None:
    app.command(name="stories")(stories)
    app.command(name="story")(story)
