"""Local web app and REST API over a knowledge base (FastAPI; server-rendered pages, light JS).

    newsgraph serve --db newsgraph.db            # http://127.0.0.1:8000
"""

from __future__ import annotations

from .app import LOOPBACK, Settings, create_app

__all__ = ["Settings", "create_app", "serve", "LOOPBACK"]


def serve(settings: Settings, port: int = 8000, log_level: str = "warning") -> None:
    """Run the app with uvicorn in the foreground until Ctrl-C."""
    import uvicorn

    uvicorn.run(create_app(settings), host=settings.host, port=port, log_level=log_level)
