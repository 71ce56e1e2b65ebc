"""The knowledge-base commands of the ``newsgraph`` CLI: thin wrappers over :mod:`newsgraph.kb`.

``register(app)`` adds ingest, timeline, measures, conflicts, search, entity, quotes, events, stats and export.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from enum import Enum
from typing import Annotated, Any, Optional

import typer
from rich.markup import escape
from rich.table import Table

from .console import plain_console

__all__ = ["register", "EXIT_ITEMS_FAILED"]

# `newsgraph ingest` finished, but at least one item failed (1 is kept for a run that could not go on)
EXIT_ITEMS_FAILED = 2

DbOpt = Annotated[Optional[str], typer.Option("--db", help="database URL or SQLite path (default ./newsgraph.db)")]
out = plain_console()
err = plain_console(stderr=True)


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gkg = "gkg"


def _json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n")


def _num(v: float) -> str:
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,}"


def default_n_process() -> int:
    """The available cores (the process's CPU affinity where the system tells it), at most 8."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(8, cores))


#: below this many known items one worker is used unless --n-process says otherwise: starting a worker
#: loads the model again (seconds), more than it saves on a few articles
SMALL_INPUT = 100


def ingest(
    sources: Annotated[list[str], typer.Argument(help="files, folders, JSONL(.gz), HTML, WARC(.gz), or - for stdin")],
    db: DbOpt = None,
    n_process: Annotated[Optional[int], typer.Option(
        "--n-process", min=1, show_default=False,
        help=f"spaCy worker processes (default: the available cores, at most 8: {default_n_process()} here; "
             f"1 when the input holds fewer than {SMALL_INPUT} articles)")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="articles per batch and per transaction")] = 64,
    published: Annotated[Optional[str], typer.Option(help="publication date of a single text, YYYY-MM-DD")] = None,
    title: Annotated[Optional[str], typer.Option(help="title of a single text")] = None,
    url: Annotated[Optional[str], typer.Option(help="URL of a single text")] = None,
    field: Annotated[Optional[list[str]], typer.Option("--field", help="JSONL field map, e.g. text=body")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    follow_symlinks: Annotated[bool, typer.Option("--follow-symlinks",
                                                  help="follow symbolic links that leave an ingested folder")] = False,
) -> None:
    """Read, extract and store articles; a re-run skips what is stored.

    Exit status: 0 when every item was stored (or was a duplicate or non-English), 2 when the run
    finished but some items failed (each is in ingest_errors), 1 when the run itself could not go on.
    """
    from ..ingest.count import count_items

    _stop_on_sigterm()
    fields = dict(f.split("=", 1) for f in field or [] if "=" in f)
    total = count_items(sources)
    if n_process is None:
        n_process = 1 if total is not None and total < SMALL_INPUT else default_n_process()
    summary = _ingest_with_progress(quiet, total, sources, db=db, n_process=n_process, batch_size=batch_size,
                                    published=published, title=title, url=url, fields=fields or None,
                                    follow_symlinks=follow_symlinks)
    _skip_last_collection()
    _report_ingest(summary, n_process)


def _skip_last_collection() -> None:
    """At exit, the interpreter's last cyclic collection would walk everything the run loaded (the spaCy
    pipeline, lexicons and indexes): 0.46 s CPU after the summary, on the command's wall time, freeing
    nothing that outlives the process. Frozen at exit (``gc.freeze`` from an ``atexit`` hook, which runs
    before that collection) it is skipped; the store is closed and the summary printed by then. A caller
    that runs the command in its own process (tests) gets the hook at its own exit."""
    import atexit
    import gc

    atexit.unregister(gc.freeze)  # once, however many runs a process makes
    atexit.register(gc.freeze)


def _stop_on_sigterm() -> None:
    """SIGTERM ends the run like Ctrl-C: the open batch rolls back, the run is marked interrupted."""
    import signal

    owner = os.getpid()

    def terminated(_sig: int, _frame: Any) -> None:
        if os.getpid() != owner:  # a process forked from here: die the ordinary way
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        # the extraction workers ignore both signals; the worker set kills and reaps them as this unwinds
        # (newsgraph.parallel), so nothing here touches them
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminated)


def _ingest_with_progress(quiet: bool, total: int | None, sources: list[str], **kw: Any) -> Any:
    """Run the ingest under the progress bar; Ctrl-C / SIGTERM exit 130 with the run marked interrupted."""
    from . import ingest as run_ingest

    with _progress(quiet) as bar:
        task = bar.add_task("ingest", total=total, rate=0.0, stored=0, failed=0)
        t0, handled = time.perf_counter(), 0

        def tick(s: Any) -> None:
            # called once per item handled; the summary's counts move when a batch is committed
            nonlocal handled
            handled += 1
            bar.update(task, completed=handled, rate=handled / max(time.perf_counter() - t0, 1e-9),
                       stored=s.stored, failed=s.failed)

        try:
            summary = run_ingest(sources, progress=tick, **kw)
        except KeyboardInterrupt:
            bar.stop()
            err.print("interrupted: the run is marked interrupted; every committed batch is kept "
                      "(the same command resumes)")
            raise typer.Exit(130) from None
        bar.update(task, completed=summary.read, total=total if total is not None else summary.read,
                   rate=summary.articles_per_s, stored=summary.stored, failed=summary.failed)
    return summary


def _report_ingest(summary: Any, n_process: int) -> None:
    """The one-line summary and the first failures; exit 2 when some items failed."""
    # soft_wrap: a summary line is never broken (inside a number or anywhere) when piped or narrow
    out.print(f"run {summary.run_id}: {escape(str(summary))} with {n_process} "
              f"worker{'s' if n_process != 1 else ''}", soft_wrap=True)
    for issue in summary.issues[:10]:
        err.print(f"  failed: {escape(str(issue))}", soft_wrap=True)
    if summary.failed > 10:
        err.print(f"  ... {summary.failed - 10} more in the ingest_errors table", soft_wrap=True)
    for reason, n in sorted(summary.skipped.items()):
        err.print(f"  skipped {n}: {escape(reason)}", soft_wrap=True)
    if summary.failed:
        # nothing is lost silently: a script sees that some items were not stored
        raise typer.Exit(EXIT_ITEMS_FAILED)


def _progress(quiet: bool) -> Any:
    """The ingest progress bar: count (of the total when known), rate, stored, failed, elapsed and ETA."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(bar_width=None), MofNCompleteColumn(),
                    TextColumn("· {task.fields[rate]:.1f} articles/s · {task.fields[stored]} stored · "
                               "{task.fields[failed]} failed ·"),
                    TimeElapsedColumn(), TextColumn("· ETA"), TimeRemainingColumn(), console=err, disable=quiet,
                    transient=False)


def timeline(
    key: Annotated[str, typer.Argument(help="measure key object:owner:location, e.g. troops:USA:IRQ")],
    db: DbOpt = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Print the series of one measure, in time order, with its evidence."""
    from . import measures as known_measures
    from . import timeline as get

    tl = get(key, db=db)
    if not tl.series:
        err.print(f"[bold red]error:[/] {key}: not a series (a series needs an object and an owner or a location)")
        raise typer.Exit(1)
    if format == TableFormat.json:
        _json({"measure": key, "points": [p.to_dict() | {"when": p.when} for p in tl.points]})
        return
    if format == TableFormat.csv:
        w = csv.writer(sys.stdout)
        w.writerow(["when", "value", "role", "approx", "day", "article_id", "published", "evidence"])
        for p in tl.points:
            w.writerow([p.when, p.value, p.role, p.approx or "", p.day or "", p.article_id, p.published or "",
                        p.evidence])
        return
    if not tl.points:
        known = [m["key"] for m in known_measures(db=db, prefix=key.split(":")[0] + ":", limit=10)]
        err.print(f"no points for {key}" + (f"; measures like it: {', '.join(known)}" if known else ""))
        raise typer.Exit(1)
    tab = Table(title=f"timeline {key}")
    for c in ("when", "value", "role", "article", "evidence"):
        tab.add_column(c, overflow="fold")
    for p in tl.points:
        tab.add_row(p.when, (p.approx + " " if p.approx else "") + _num(p.value), p.role,
                    f"{p.published or '?'} {p.article_id}", escape(p.evidence))
    out.print(tab)


class MeasureSort(str, Enum):
    points = "points"
    recent = "recent"
    key = "key"


def measures(
    db: DbOpt = None,
    object: Annotated[Optional[str], typer.Option(help="what is counted, e.g. troops")] = None,
    owner: Annotated[Optional[str], typer.Option(help="whose, e.g. USA ('-' for none)")] = None,
    location: Annotated[Optional[str], typer.Option(help="where, e.g. IRQ ('-' for none)")] = None,
    prefix: Annotated[Optional[str], typer.Option(help="start of the key, e.g. troops:USA")] = None,
    series: Annotated[bool, typer.Option("--series", help="only series (2 points or more)")] = False,
    sort: Annotated[MeasureSort, typer.Option(help="points (largest first), recent or key")] = MeasureSort.points,
    limit: int = 50,
    offset: Annotated[int, typer.Option(help="measures to skip (the next page)")] = 0,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List measure series (object:owner:location) with point counts and date ranges."""
    from .lists import measure_page

    page = measure_page(db=db, object=object, owner=owner, location=location, prefix=prefix,
                        min_points=2 if series else 1, sort=sort.value, offset=offset, limit=limit)
    if format == TableFormat.json:
        _json(page.to_dict())
        return
    if format == TableFormat.csv:
        w = csv.writer(sys.stdout)
        w.writerow(["key", "object", "owner", "location", "point_count", "first_day", "last_day"])
        for m in page.items:
            w.writerow([m.key, m.object, m.owner, m.location, m.point_count, m.first_day or "", m.last_day or ""])
        return
    tab = Table(title="measures", title_justify="left")
    for c, just in (("measure", "left"), ("points", "right"), ("first", "left"), ("last", "left")):
        tab.add_column(c, justify=just, no_wrap=True)  # type: ignore[arg-type]
    for m in page.items:
        tab.add_row(escape(m.key), f"{m.point_count:,}", m.first_day or "?", m.last_day or "?")
    if page.items:
        out.print(tab)
    out.print(_count_line(page, "measure", "measures"), soft_wrap=True)


def conflicts(
    db: DbOpt = None,
    measure: Annotated[Optional[str], typer.Option(help="only this measure key")] = None,
    tolerance: Annotated[float, typer.Option(help="relative tolerance of exact figures")] = 0.02,
    hedge: Annotated[float, typer.Option(help="relative width of hedged figures (nearly, about)")] = 0.10,
    min_confidence: Annotated[Optional[float], typer.Option(
        help="list pairs whose evidence of one fact reaches this (one story, one stated day, a shared anchor; 0.7 "
             "was round 17's bar) instead of the default rule: one casualty toll told two ways")] = None,
    all_pairs: Annotated[bool, typer.Option("--all", help="every pair the rules leave, whatever its evidence")] = False,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List reports that give different values for the same measure and time: by default one casualty toll told two
    ways, each with the evidence that both state one fact (see README, "What makes a conflict")."""
    from . import conflicts as get

    found = get(db=db, measure=measure, tolerance=tolerance, hedge=hedge,
                min_confidence=0.0 if all_pairs else min_confidence)
    if format != TableFormat.table:
        _json([c.to_dict() for c in found])
        return
    if not found:
        out.print("no conflicts")
        return
    for c in found:
        out.print(f"[bold]{escape(c.measure)}[/]: {escape(c.reason)}", soft_wrap=True)
        for p in (c.a, c.b):
            out.print(f"  {p.published or '?'} {p.article_id} {escape(p.title or '')}\n"
                      f"    \u201c{escape(p.evidence)}\u201d", soft_wrap=True)


def _marked(text: str, marks: list[tuple[int, int]]) -> str:
    """Rich markup for a snippet: the text escaped (so "[withdrawal]" stays text), the matches bold."""
    out, pos = [], 0
    for start, end in sorted(marks):
        if start < pos:
            continue
        out += [escape(text[pos:start]), "[bold reverse]", escape(text[start:end]), "[/]"]
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def search(
    text: Annotated[str, typer.Argument(help='words to find (all must occur); "double quotes" for a phrase')],
    db: DbOpt = None,
    limit: int = 20,
    offset: Annotated[int, typer.Option(help="matches to skip (the next page)")] = 0,
    kind: Annotated[Optional[str], typer.Option(help="article or quote")] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Full-text search over articles and quotes, best match first, with the total number of matches."""
    from .search import search_page

    page = search_page(text, db=db, kind=kind, offset=offset, limit=limit)
    if format != TableFormat.table:
        _json(page.to_dict())
        return
    for h in page.items:
        out.print(f"[bold]{h.published or '?'}[/] {h.article_id} ({h.kind}) {escape(h.title or '')}\n"
                  f"  {_marked(h.snippet, h.marks)}", soft_wrap=True)
    out.print(_count_line(page, "match", "matches"), soft_wrap=True)


def _count_line(page: Any, one: str, many: str) -> str:
    if page.total == 0:
        return f"no {many}"
    noun = one if page.total == 1 else many
    if page.first == 1 and page.last == page.total:
        return f"all {page.total:,} {noun}"
    return f"{page.first:,}-{page.last:,} of {page.total:,} {noun} (--offset {page.last} for more)"


def entity(
    name: Annotated[str, typer.Argument(help="a name, alias or entity id")],
    db: DbOpt = None,
    limit: int = 10,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Show what the base knows about one entity."""
    from . import entity as get

    page = get(name, db=db, limit=limit)
    if page is None:
        err.print(f"no entity named {name!r}")
        raise typer.Exit(1)
    if format != TableFormat.table:
        _json(page.to_dict())
        return
    out.print(f"[bold]{escape(page.name)}[/] ({page.type}{', ' + page.country if page.country else ''}) #{page.id}",
              soft_wrap=True)
    out.print(f"  {page.mention_count:,} mentions in {page.article_count:,} articles, "
              f"{page.first_date or '?'} .. {page.last_date or '?'}", soft_wrap=True)
    if page.aliases:
        out.print(f"  aliases: {escape(', '.join(page.aliases))}", soft_wrap=True)
    if page.roles:
        out.print(f"  roles: {escape(', '.join(page.roles))}", soft_wrap=True)
    if page.co_mentioned:
        out.print("  with: " + ", ".join(f"{escape(c.name)} ({c.shared_articles})" for c in page.co_mentioned),
                  soft_wrap=True)
    for q in page.quotes:
        out.print(f"  quote {q.published or '?'}: \u201c{escape(q.text)}\u201d", soft_wrap=True)
    for ev in page.events:
        out.print(f"  event {ev.published or '?'} {ev.type}: {escape(ev.text)}", soft_wrap=True)
    for a in page.articles:
        out.print(f"  article {a['published'] or '?'} {a['id']} {escape(a['title'] or '')}", soft_wrap=True)
    out.print(f"  (latest {limit} of each: {page.quote_total:,} quotes, {page.event_total:,} events, "
              f"{page.article_total:,} articles in all; --limit shows more)", soft_wrap=True)


def quotes(
    speaker: Annotated[Optional[str], typer.Option(help="the speaker's name or alias")] = None,
    db: DbOpt = None,
    limit: int = 50,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """List quotes, optionally of one speaker."""
    from . import quotes as get

    hits = get(speaker, db=db, limit=limit)
    if format != TableFormat.table:
        _json([h.to_dict() for h in hits])
        return
    for q in hits:
        out.print(f"{q.published or '?'} {escape(q.speaker_name or '?')} ({q.kind}): \u201c{escape(q.text)}\u201d  "
                  f"{escape('[' + q.article_id + ']')}", soft_wrap=True)


def events(
    type: Annotated[Optional[str], typer.Option("--type", help="event type, e.g. RETREAT")] = None,
    actor: Annotated[Optional[str], typer.Option(help="actor code, country or name")] = None,
    target: Annotated[Optional[str], typer.Option(help="target code, country or name")] = None,
    db: DbOpt = None,
    limit: int = 50,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    all_: Annotated[bool, typer.Option("--all", help="every stored event, whatever its confidence")] = False,
    min_confidence: Annotated[Optional[float], typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="show events at or above this confidence (default: newsgraph.record.EVENT_MIN_CONFIDENCE, 0.625)")] = None,
) -> None:
    """List events by type and actor/target (those at or above the default confidence unless --all)."""
    from . import events as get

    hits = get(type, actor, target=target, db=db, limit=limit, min_confidence=0.0 if all_ else min_confidence)
    if format != TableFormat.table:
        _json([h.to_dict() for h in hits])
        return
    for ev in hits:
        who = ", ".join(p.get("code") or p["name"] for p in ev.actors)
        whom = ", ".join(p.get("code") or p["name"] for p in ev.targets)
        how = "" if ev.modality in (None, "asserted") else f" ({ev.modality})"
        conf = "" if ev.confidence is None else f" {ev.confidence:.2f}"
        out.print(escape(f"{ev.published or '?'} {ev.type}{how} {who} -> {whom}: {ev.text}  [{ev.article_id}]{conf}"),
                  soft_wrap=True)


def stats(db: DbOpt = None, format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table) -> None:
    """Counts, languages, dates, top entities and measures."""
    from . import stats as get

    s = get(db=db)
    if format != TableFormat.table:
        _json(s)
        return
    c = s["counts"]
    out.print(f"[bold]{c['articles']:,}[/] articles ({', '.join(f'{k}: {v:,}' for k, v in s['languages'].items())}), "
              f"published {s['published']['first']} .. {s['published']['last']}", soft_wrap=True)
    out.print("  " + ", ".join(f"{k} {v:,}" for k, v in c.items() if k not in ("articles",)), soft_wrap=True)
    out.print("  top entities: " + ", ".join(f"{escape(e['name'])} ({e['mention_count']:,})"
                                             for e in s["top_entities"]), soft_wrap=True)
    ms = s["measures"]  # only series are listed; keyless points are stored and searchable, never a series
    out.print(f"  measures: {ms['series']:,} series holding {ms['points_in_series']:,} points, "
              f"{ms['keyless_points']:,} keyless points", soft_wrap=True)
    out.print("  top measures: " + ", ".join(f"{m['key']} ({m['point_count']})" for m in s["top_measures"]),
              soft_wrap=True)


def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv, parquet or gkg")],
    out_path: Annotated[Optional[str], typer.Option("--out", "-o", help="file (jsonl, gkg) or folder (csv, parquet)")] = None,
    db: DbOpt = None,
) -> None:
    """Export the base: records as JSONL, tables as CSV/Parquet, or GDELT GKG 2.1 rows."""
    from .export import export as run

    n = run(format.value, out_path, db=db)
    if out_path:
        err.print(f"wrote {n} rows to {out_path}")


def register(app: typer.Typer) -> None:
    """Add the knowledge-base commands to the ``newsgraph`` app."""
    for fn in (ingest, timeline, measures, conflicts, search, entity, quotes, events, stats, export):
        app.command(name=fn.__name__)(fn)
