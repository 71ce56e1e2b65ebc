"""The FastAPI application: JSON API under /api, server-rendered pages elsewhere.

Security model (see README "Security"): the server binds to 127.0.0.1 by default; every read is
public to whoever can reach it; writes (``POST /api/extract``, ``POST /api/ingest``) need the token
from ``NEWSGRAPH_TOKEN`` in an ``Authorization: Bearer`` header, except on a loopback-bound server
started with ``--open``. Request bodies over ``max_body`` bytes are refused with 413 before they are
read whole. Article text is untrusted: templates autoescape, and nothing from an article is executed.
"""

from __future__ import annotations

import asyncio
import hmac
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..record import listed_quote
from ..store import Store, open_store
from .guard import BodyLimit, SecurityHeaders, WriteGuard, web_url
from .spread import SpreadConnections

__all__ = ["Settings", "create_app", "from_env", "LOOPBACK"]

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


@dataclass
class Settings:
    db: str | None = None
    host: str = "127.0.0.1"
    token: str | None = field(default_factory=lambda: os.environ.get("NEWSGRAPH_TOKEN") or None)
    open_writes: bool = False  # only honoured on a loopback host
    max_body: int = 2_000_000  # bytes; an article is rarely over 200 kB, HTML pages over 1 MB
    max_page_size: int = 200
    query_timeout: float = 10.0  # seconds per request's database work
    # Host names this server answers to besides loopback and --host (a DNS name in front of it)
    allowed_hosts: tuple[str, ...] = ()
    # a busy worker closes a keep-alive connection after this many answers, so an idle one takes it (0: never)
    spread_every: int = 16

    def writes_open(self) -> bool:
        return self.open_writes and self.host in LOOPBACK


def _templates() -> Jinja2Templates:
    from .highlight import mark_snippet

    path = Path(str(resources.files("newsgraph").joinpath("web/templates")))
    templates = Jinja2Templates(directory=str(path))
    templates.env.filters["marked"] = mark_snippet
    templates.env.filters["web_url"] = web_url  # links only for http(s) URLs: never javascript: or data:
    templates.env.globals["listed_quote"] = listed_quote  # the quotes an article's table lists (record.listed_quote)
    return templates


class Ctx:
    """What route handlers share: the store, the settings, the templates."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store: Store = open_store(settings.db)
        self.templates = _templates()

    async def run(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run blocking database work in a thread, bounded by the query timeout (503 past it)."""
        try:
            return await asyncio.wait_for(run_in_threadpool(fn, *args, **kwargs), self.settings.query_timeout)
        except TimeoutError:
            raise HTTPException(503, f"query took longer than {self.settings.query_timeout:g} s") from None

    async def run_cancellable(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Like :meth:`run` for work that takes ``cancel`` (an extraction): past the timeout the event is
        set, so the worker thread stops at its next step instead of running on unseen."""
        cancel = threading.Event()
        try:
            return await asyncio.wait_for(run_in_threadpool(fn, *args, cancel=cancel, **kwargs),
                                          self.settings.query_timeout)
        except TimeoutError:
            cancel.set()
            raise HTTPException(503, f"extraction took longer than {self.settings.query_timeout:g} s; "
                                     "it was cancelled") from None

    def check_write(self, request: Request) -> None:
        if self.settings.writes_open():
            return
        token = self.settings.token
        if not token:
            raise HTTPException(403, "writes are disabled: set NEWSGRAPH_TOKEN (or use --open on loopback)")
        got = request.headers.get("authorization", "")
        if not (got.startswith("Bearer ") and hmac.compare_digest(got[7:].encode(), token.encode())):
            raise HTTPException(401, "missing or wrong token (Authorization: Bearer <NEWSGRAPH_TOKEN>)")


def create_app(settings: Settings | None = None) -> FastAPI:
    """The web application over one knowledge base."""
    settings = settings or Settings()
    ctx = Ctx(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ctx.store.close()

    # /docs and /redoc are served by .docs from packaged assets (FastAPI's own pages load a CDN)
    app = FastAPI(title="newsgraph", version="1", description="Evidence-linked facts from news reports.",
                  lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.ctx = ctx
    _add_error_handlers(app, ctx)
    _add_routes(app)
    _add_middleware(app, settings)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or "application/json" in request.headers.get("accept", "")


def _add_error_handlers(app: FastAPI, ctx: Ctx) -> None:
    """Errors as JSON for the API (and clients asking for JSON), as an error page for the pages."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if _wants_json(request):
            return JSONResponse({"error": str(exc.detail), "status": exc.status_code}, status_code=exc.status_code)
        return ctx.templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "message": str(exc.detail)},
                                              status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Any:
        msgs = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        if not _wants_json(request):  # a page's filter form: say what is wrong in a page
            return ctx.templates.TemplateResponse(request, "error.html", {"status": 422, "message": f"invalid request: {msgs}"},
                                                  status_code=422)
        return JSONResponse({"error": f"invalid request: {msgs}", "status": 422}, status_code=422)

    @app.exception_handler(OverflowError)
    async def out_of_range(request: Request, exc: OverflowError) -> JSONResponse:
        # a number no 64-bit id can be, in a query parameter (path segments are refused by the guard)
        return JSONResponse({"error": "no such item: a number out of range", "status": 404}, status_code=404)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": f"internal error: {type(exc).__name__}", "status": 500}, status_code=500)


def _add_routes(app: FastAPI) -> None:
    from . import api, corrections, index_pages, pages, stories
    from .docs import add_docs

    add_docs(app)  # before /static: its assets live under /static/docs
    app.mount("/static", StaticFiles(directory=str(resources.files("newsgraph").joinpath("web/static"))), name="static")
    app.include_router(api.router)
    app.include_router(corrections.router)
    app.include_router(pages.router)
    app.include_router(index_pages.router)
    app.include_router(stories.api_router)
    app.include_router(stories.page_router)


def _add_middleware(app: FastAPI, settings: Settings) -> None:
    # outermost last: security headers on every answer, then Host/Origin/token before the body is read
    app.add_middleware(BodyLimit, limit=settings.max_body)
    app.add_middleware(WriteGuard, settings=settings)
    app.add_middleware(SecurityHeaders)
    if settings.spread_every:  # outermost: keep-alive connections spread over uvicorn workers (see .spread)
        app.add_middleware(SpreadConnections, every=settings.spread_every)


def from_env() -> FastAPI:
    """The app over the base named by ``NEWSGRAPH_DB``: a factory for ``uvicorn --factory --workers N``,
    where each worker process builds its own app (and its own database connections)."""
    return create_app(Settings(db=os.environ.get("NEWSGRAPH_DB") or None))


def html(ctx: Ctx, request: Request, name: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
    return ctx.templates.TemplateResponse(request, name, data, status_code=status)
