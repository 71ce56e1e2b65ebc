"""Local web app and REST API over a knowledge base (FastAPI; server-rendered pages, light JS).

    newsgraph serve --db newsgraph.db            # http://127.0.0.1:8000
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .app import LOOPBACK, Settings, create_app

__all__ = ["Settings", "create_app", "serve", "serving", "LOOPBACK"]


def serve(settings: Settings, port: int = 8000, log_level: str = "warning") -> None:
    """Run the app with uvicorn in the foreground until Ctrl-C (one process)."""
    from dataclasses import replace

    import uvicorn

    # one process: no other worker would take a closed connection (see .spread), so none is closed
    uvicorn.run(create_app(replace(settings, spread_every=0)), host=settings.host, port=port, log_level=log_level)


@contextmanager
def serving(settings: Settings, timeout: float = 30.0) -> Iterator[str]:
    """Run the app on a free loopback port in a background thread; yields its base URL, stops on exit.

    For tests, screenshots and benchmarks that drive a real server from the same process.
    """
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="error"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + timeout
    while not srv.started and th.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not srv.started:
        srv.should_exit = True
        raise RuntimeError(f"the web server did not start within {timeout:g} s")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        th.join(timeout=10)
