"""API documentation pages that work offline: Swagger UI at /docs and ReDoc at /redoc.

The JavaScript and CSS come from the ``fastapi-offline`` package (a PyPI dependency) and are served by
this app under /static/docs; nothing is fetched from a CDN. The pages hold no inline script (Swagger UI
starts from /static/swagger-init.js), so the strict Content-Security-Policy every page gets
(:mod:`newsgraph.web.guard`) allows them; the same policy stops ReDoc's one reference to its vendor's
CDN (a logo) in the browser before any request leaves.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["add_docs", "ASSETS"]

ASSETS = "/static/docs"

_SWAGGER = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph API</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css"><link rel="icon" href="{assets}/favicon.png"></head>
<body><div id="swagger-ui" data-openapi="{openapi}"></div>
<script src="{assets}/swagger-ui-bundle.js"></script><script src="/static/swagger-init.js"></script>
</body></html>"""

_REDOC = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph API</title>
<link rel="icon" href="{assets}/favicon.png"></head>
<body><redoc spec-url="{openapi}"></redoc><script src="{assets}/redoc.standalone.js"></script></body></html>"""


def _assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def add_docs(app: FastAPI) -> None:
    """Serve the documentation assets and the /docs and /redoc pages (the app is made with docs_url=None)."""
    app.mount(ASSETS, StaticFiles(directory=str(_assets_dir())), name="docs-assets")
    openapi = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def swagger() -> HTMLResponse:
        return HTMLResponse(_SWAGGER.format(assets=ASSETS, openapi=openapi))

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return HTMLResponse(_REDOC.format(assets=ASSETS, openapi=openapi))
