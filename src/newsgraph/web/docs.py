"""API documentation pages that work offline: Swagger UI at /docs and ReDoc at /redoc.

The JavaScript and CSS come from the ``fastapi-offline`` package (a PyPI dependency) and are served by
this app under /static/docs; nothing is fetched from a CDN. The pages hold no inline script (Swagger UI
starts from /static/swagger-init.js) and are served with a Content-Security-Policy that allows this
server only (``script-src 'self'``).
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


# Everything from this server: ReDoc's sidebar would otherwise load its logo from the vendor's CDN, which
# this policy stops in the browser before any request leaves (the pages work without it). Styles are
# inline in both bundles (CSS-in-JS); ReDoc starts a worker from a blob.
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'")


def _assets_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def add_docs(app: FastAPI) -> None:
    """Serve the documentation assets and the /docs and /redoc pages (the app is made with docs_url=None)."""
    app.mount(ASSETS, StaticFiles(directory=str(_assets_dir())), name="docs-assets")
    openapi = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def swagger() -> HTMLResponse:
        return HTMLResponse(_SWAGGER.format(assets=ASSETS, openapi=openapi), headers={"Content-Security-Policy": _CSP})

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return HTMLResponse(_REDOC.format(assets=ASSETS, openapi=openapi), headers={"Content-Security-Policy": _CSP})
