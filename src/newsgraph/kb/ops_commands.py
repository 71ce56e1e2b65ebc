"""The operations commands of the ``newsgraph`` CLI: verify, backup and delete (retraction).

Thin wrappers over :mod:`newsgraph.kb.maintenance`; ``register(app)`` adds them.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from .console import plain_console

__all__ = ["register"]

DbOpt = Annotated[Optional[str], typer.Option("--db", help="database URL or SQLite path (default ./newsgraph.db)")]
out = plain_console()
err = plain_console(stderr=True)


def verify(db: DbOpt = None,
           as_json: Annotated[bool, typer.Option("--json", help="print the checks as JSON")] = False) -> None:
    """Check the base: integrity (SQLite) and cross-table consistency. Exit 1 when a check fails."""
    from .maintenance import verify as run

    checks = run(db)
    if as_json:
        sys.stdout.write(json.dumps([c.to_dict() for c in checks], indent=2) + "\n")
    else:
        for c in checks:
            out.print(f"{'ok  ' if c.ok else 'FAIL'} {c.name}: {c.detail}", soft_wrap=True)
            for p in c.problems[:10]:
                out.print(f"       {p}", soft_wrap=True)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)


def backup(path: Annotated[str, typer.Argument(help="the new SQLite file to write")], db: DbOpt = None) -> None:
    """Copy a SQLite base with the online backup API (safe while it is served or written)."""
    from .maintenance import backup as run

    res = run(path, db=db)
    out.print(f"backup {res['path']}: {res['bytes']:,} bytes, integrity_check {res['integrity']}")
    if res["integrity"] != "ok":
        raise typer.Exit(1)


def delete(
    article_id: Annotated[str, typer.Argument(help="the article's id (16 hex digits)")],
    db: DbOpt = None,
    reason: Annotated[Optional[str], typer.Option(help="why (kept in the retractions table)")] = None,
) -> None:
    """Retract an article: it and every fact, point and story membership derived from it (audited)."""
    from .maintenance import delete_article

    audit = delete_article(article_id, db=db, reason=reason)
    rows = ", ".join(f"{k} {v}" for k, v in sorted(audit["removed"].items()))
    out.print(f"deleted {article_id} ({audit['title'] or 'no title'}): {rows or 'no fact rows'}; "
              f"recorded in retractions by {audit['client']} at {audit['at']}", soft_wrap=True)


def register(app: typer.Typer) -> None:
    for fn in (verify, backup, delete):
        app.command(name=fn.__name__)(fn)
