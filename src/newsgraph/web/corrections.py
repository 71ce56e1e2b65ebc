"""Analyst corrections over HTTP (issue 16 rule 7): merge and split entities, under the write token.

Thin: each route calls :mod:`newsgraph.kb.judgements`; unknown ids answer 404, equal ids or an
unknown alias 422, each with a one-line message.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from ..kb import judgements as j

__all__ = ["router", "MergeIn", "SplitIn"]

router = APIRouter(prefix="/api", tags=["corrections"])


class MergeIn(BaseModel):
    """Merge entity ``other`` into the entity of the path (``other`` then redirects to it)."""

    other: int
    by: str = Field(default="analyst", min_length=1, max_length=200)


class SplitIn(BaseModel):
    """Split the report entities named ``alias`` off the entity of the path, into a new entity."""

    alias: str = Field(min_length=1, max_length=500)
    by: str = Field(default="analyst", min_length=1, max_length=200)


async def _apply(request: Request, fn: Any, *args: Any, by: str) -> dict[str, Any]:
    ctx = request.app.state.ctx
    ctx.check_write(request)
    try:
        return await ctx.run(fn, *args, by=by, db=ctx.store)
    except j.JudgementError as exc:
        raise HTTPException(exc.status, str(exc)) from None


@router.post("/entities/{entity_id}/merge")
async def merge(request: Request, entity_id: int, body: MergeIn) -> dict[str, Any]:
    """Merge another entity into this one: later, repeated and rebuilt ingests keep it. Needs the write token."""
    return await _apply(request, j.merge_entities, entity_id, body.other, by=body.by)


@router.post("/entities/{entity_id}/split")
async def split(request: Request, entity_id: int, body: SplitIn) -> dict[str, Any]:
    """Split an alias off this entity into its own entity. Needs the write token."""
    return await _apply(request, j.split_entity, entity_id, body.alias, by=body.by)


@router.get("/entities/{entity_id}/history")
async def history(request: Request, entity_id: int) -> list[dict[str, Any]]:
    """The merges and splits that touched this entity, oldest first: what, by whom and when."""
    ctx = request.app.state.ctx
    return await ctx.run(j.entity_history, entity_id, db=ctx.store)
