"""The ``newsgraph`` command line: a thin layer over the Python API.

Every command turns a :class:`~newsgraph.errors.NewsgraphError` into one clear line on stderr and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .errors import DecodeError, InputError, NewsgraphError

__all__ = ["app", "main"]

app = typer.Typer(
    name="newsgraph",
    help="Read news reports and turn them into evidence-linked facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False, emoji=False)


class _BriefFormatter(logging.Formatter):
    """One line per record; the traceback only with --verbose (the record keeps it for other handlers)."""

    def formatException(self, ei) -> str:  # noqa: N802, ANN001  (logging's name and signature)
        return ""

    def format(self, record: logging.LogRecord) -> str:
        saved, record.exc_text = record.exc_text, None
        try:
            return super().format(record).rstrip()
        finally:
            record.exc_text = saved


class _NotInterrupts(logging.Filter):
    """Drops records about an interrupt (Ctrl-C, SIGTERM): the command reports it in one line, while a library
    that logs it on the way out (SQLAlchemy's pool: "Exception during reset or similar", when the signal lands
    as a connection goes back to the pool) would print a traceback for it."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], KeyboardInterrupt))


def configure_logging(verbose: bool = False) -> None:
    """Standard logging to stderr: warnings and errors in one line each; with ``verbose``, progress
    (INFO and DEBUG) and every traceback, such as that of an extractor family that failed on an article."""
    handler = logging.StreamHandler(sys.stderr)
    fmt = "%(levelname)s %(name)s: %(message)s"
    handler.setFormatter(logging.Formatter(fmt) if verbose else _BriefFormatter(fmt))
    root = logging.getLogger("newsgraph")
    for h in list(root.handlers):
        if getattr(h, "_newsgraph_cli", False):
            root.removeHandler(h)
    handler._newsgraph_cli = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    # SQLAlchemy's warnings and errors, in the same form (without this they reach logging's last-resort
    # handler, traceback and all), less the noise of an interrupt
    sa_log = logging.getLogger("sqlalchemy")
    for h in list(sa_log.handlers):
        if getattr(h, "_newsgraph_cli", False):
            sa_log.removeHandler(h)
    sa_handler = logging.StreamHandler(sys.stderr)
    sa_handler.setFormatter(handler.formatter)
    sa_handler.addFilter(_NotInterrupts())
    sa_handler._newsgraph_cli = True  # type: ignore[attr-defined]
    sa_log.addHandler(sa_handler)


@app.callback()
def _options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log progress and full tracebacks to stderr")] = False,
) -> None:
    configure_logging(verbose)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    pretty = "pretty"


def fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True)
    raise typer.Exit(code)


def read_text_arg(path: str) -> tuple[str, str]:
    """(label, text) of a path argument or "-" for stdin; clear errors for missing/undecodable files."""
    if path == "-":
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError("no such file", item=path)
        if p.is_dir():
            raise InputError("is a directory (use `newsgraph ingest` for directories)", item=path)
        data = p.read_bytes()
        label = path
    from .ingest.decode import decode_bytes

    # UTF-8 first, then the cp1252/Latin-1 detection that `newsgraph ingest` uses; binary data is an error.
    try:
        return label, decode_bytes(data).text
    except DecodeError as exc:
        raise DecodeError(exc.reason, item=label) from None


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="text files to read, or - for standard input")],
    published: Annotated[Optional[str], typer.Option(help="publication date, YYYY-MM-DD")] = None,
    title: Annotated[Optional[str], typer.Option(help="the article's title")] = None,
    url: Annotated[Optional[str], typer.Option(help="the article's URL")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="json, jsonl or pretty")] = Format.json,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline name (default: $NEWSGRAPH_MODEL or en_core_web_sm)")] = None,
    all_events: Annotated[bool, typer.Option("--all", help="keep every event, whatever its confidence")] = False,
    min_confidence: Annotated[Optional[float], typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="keep events at or above this confidence (default: newsgraph.record.EVENT_MIN_CONFIDENCE, 0.625)")] = None,
) -> None:
    """Extract facts from articles and print their records (events at or above the default confidence
    unless --all or --min-confidence)."""
    from . import pipeline
    from .pretty import render

    out = Console(highlight=False, emoji=False, soft_wrap=format != Format.pretty)
    failures = 0
    records = []
    for path in paths:
        try:
            label, text = read_text_arg(path)
            rec = pipeline.extract(text, published=published, title=title, url=url, model=model,
                                   min_confidence=0.0 if all_events else min_confidence)
        except NewsgraphError as exc:
            failures += 1
            item = exc.item or path
            err.print(f"[bold red]error:[/] {item}: {exc.reason}", soft_wrap=True)
            continue
        records.append(rec)
        if format == Format.jsonl:
            sys.stdout.write(rec.model_dump_json() + "\n")
        elif format == Format.pretty:
            render(rec, out, label=label)
    if format == Format.json and records:
        if len(records) == 1 and len(paths) == 1:
            sys.stdout.write(records[0].model_dump_json(indent=2) + "\n")
        else:
            sys.stdout.write(json.dumps([r.model_dump(mode="json") for r in records], indent=2, ensure_ascii=False) + "\n")
    if failures:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON schema of the article record."""
    from .record import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


@app.command()
def serve(
    db: Annotated[Optional[str], typer.Option(help="knowledge base: a path or a SQLAlchemy URL (default newsgraph.db)")] = None,
    host: Annotated[str, typer.Option(help="address to bind; loopback by default")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    open_writes: Annotated[bool, typer.Option("--open", help="allow writes without a token (loopback only)")] = False,
    allowed_host: Annotated[Optional[list[str]], typer.Option(
        "--allowed-host", help="a Host name clients use to reach this server (beyond loopback and --host)")] = None,
) -> None:
    """Serve the web app and the REST API over a knowledge base (Ctrl-C stops)."""
    from .web import LOOPBACK, Settings
    from .web import serve as run_server

    if open_writes and host not in LOOPBACK:
        fail(f"--open is only allowed on a loopback address, not {host}")
    settings = Settings(db=db, host=host, open_writes=open_writes, allowed_hosts=tuple(allowed_host or ()))
    err.print(f"serving {db or 'newsgraph.db'} at http://{host}:{port}/  (API docs at /docs; Ctrl-C stops)")
    run_server(settings, port=port)


def _register_kb() -> None:
    from .kb.commands import register
    from .kb.ops_commands import register as register_ops

    register(app)
    register_ops(app)


_register_kb()


def _register_identity() -> None:
    from .kb.entity_commands import register

    register(app)


_register_identity()


def _register_stories() -> None:
    from .kb.storycommands import register

    register(app)


_register_stories()


def _register_spark() -> None:
    # spark-extract and load; pyspark is imported only when spark-extract runs (an optional extra)
    from .spark.commands import register

    register(app)


_register_spark()


def main() -> None:
    try:
        app()
    except NewsgraphError as exc:
        err.print(f"[bold red]error:[/] {exc}", soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
