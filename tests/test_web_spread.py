"""SpreadConnections (issue 21): a busy worker ends a keep-alive connection now and then, an idle one never."""

from __future__ import annotations

import asyncio
from typing import Any

from newsgraph.web.spread import SpreadConnections


class _App:
    """An ASGI app that answers 200, or holds its answer until ``release`` is set for path /hold."""

    def __init__(self) -> None:
        self.release = asyncio.Event()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["path"] == "/hold":
            await self.release.wait()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"ok"})


def _scope(port: int, path: str = "/") -> dict[str, Any]:
    return {"type": "http", "method": "GET", "path": path, "client": ("127.0.0.1", port), "headers": []}


async def _get(app: Any, port: int, path: str = "/") -> list[tuple[bytes, bytes]]:
    got: list[tuple[bytes, bytes]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(msg: dict[str, Any]) -> None:
        if msg["type"] == "http.response.start":
            got.extend(msg["headers"])

    await app(_scope(port, path), receive, send)
    return got


def _closes(headers: list[tuple[bytes, bytes]]) -> bool:
    return (b"connection", b"close") in headers


def test_an_idle_worker_keeps_every_connection() -> None:
    app = SpreadConnections(_App(), every=4)

    async def run() -> list[bool]:
        return [_closes(await _get(app, 5000)) for _ in range(20)]

    assert asyncio.run(run()) == [False] * 20  # nothing else in flight: moving the client gains nothing


def test_a_busy_worker_closes_every_nth_answer_of_a_connection() -> None:
    inner = _App()
    app = SpreadConnections(inner, every=4)

    async def run() -> list[bool]:
        held = asyncio.create_task(_get(app, 6000, "/hold"))  # another connection's request in flight
        await asyncio.sleep(0)
        out = [_closes(await _get(app, 5000)) for _ in range(8)]
        inner.release.set()
        assert not _closes(await held)
        return out

    # the 4th and 8th answers on port 5000 say Connection: close, and the count starts over after each
    assert asyncio.run(run()) == [False, False, False, True, False, False, False, True]


def test_the_app_closes_nothing_when_spreading_is_off(tmp_path: Any) -> None:
    from newsgraph.web.app import Settings, create_app

    app = create_app(Settings(db=str(tmp_path / "kb.db"), spread_every=0))
    assert not any(m.cls is SpreadConnections for m in app.user_middleware)
    app = create_app(Settings(db=str(tmp_path / "kb.db")))
    assert app.user_middleware[0].cls is SpreadConnections  # outermost


def test_newsgraph_serve_runs_one_process_without_spreading(tmp_path: Any, monkeypatch: Any) -> None:
    import uvicorn

    from newsgraph import web
    from newsgraph.web.app import Settings

    seen: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.append(app))
    web.serve(Settings(db=str(tmp_path / "kb.db")))
    assert not any(m.cls is SpreadConnections for m in seen[0].user_middleware)
