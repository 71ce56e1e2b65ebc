"""CLI commands of issue 16: ``rebuild``, ``merge-entities`` and ``split-entity`` (thin wrappers)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from .console import plain_console

__all__ = ["register"]

DbOpt = Annotated[Optional[str], typer.Option("--db", help="database URL or SQLite path (default ./newsgraph.db)")]
ByOpt = Annotated[str, typer.Option("--by", help="who made the judgement (kept with it)")]
out = plain_console()
err = plain_console(stderr=True)


def rebuild(db: DbOpt = None) -> None:
    """Re-derive entities (and every registered cross-report table) from the stored records, without NLP."""
    from .rebuild import rebuild as run

    out.print(str(run(db)))


def merge_entities(
    survivor: Annotated[int, typer.Argument(help="the entity id that stays")],
    absorbed: Annotated[int, typer.Argument(help="the entity id merged into it (then redirects to it)")],
    db: DbOpt = None,
    by: ByOpt = "analyst",
) -> None:
    """Merge two entities: a judgement that later, repeated and rebuilt ingests respect."""
    from .judgements import JudgementError
    from .judgements import merge_entities as run

    try:
        j = run(survivor, absorbed, by=by, db=db)
    except JudgementError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(1) from None
    out.print(f"merged {j['other_id']} ({j['other_name']}) into {j['entity_id']} ({j['name']}), by {j['by']}")


def split_entity(
    entity_id: Annotated[int, typer.Argument(help="the entity that holds the alias")],
    alias: Annotated[str, typer.Option("--alias", help="the alias (a name of other reports) to split off")],
    db: DbOpt = None,
    by: ByOpt = "analyst",
) -> None:
    """Split an alias off an entity into its own entity; it never joins that entity again."""
    from .judgements import JudgementError
    from .judgements import split_entity as run

    try:
        j = run(entity_id, alias, by=by, db=db)
    except JudgementError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(1) from None
    out.print(f"split {j['other_name']!r} off {j['entity_id']} ({j['name']}) as {j['other_id']}, by {j['by']}")


def register(app: typer.Typer) -> None:
    app.command("rebuild")(rebuild)
    app.command("merge-entities")(merge_entities)
    app.command("split-entity")(split_entity)
