"""Spread keep-alive connections over the server's worker processes (issue 21, web API under load).

``uvicorn --workers N`` has its workers share one listening socket, and asyncio accepts every connection
waiting in a loop: the worker that wakes first takes them all. A client that opens its keep-alive
connections at once (8 clients starting together, a browser opening its 6) is then served by one worker
while the others idle; measured with ``ss -tnp`` under ``benchmarks/serve.py --workers 2``: all 8
connections on one worker pid for the whole run.

:class:`SpreadConnections` ends a connection now and then, only while its worker is busy with other
requests: the answer says ``Connection: close``, the client opens a new connection, and a worker idle in
``accept()`` is the likeliest to take it. A worker with nothing else in flight never closes, so a single
client (or a single worker) keeps its connection.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["SpreadConnections"]

_CLOSE = (b"connection", b"close")
_MAX_TRACKED = 4096  # connections counted at once; past it the counts start over (a bound, not a cache)


class SpreadConnections:
    """Every ``every``-th answer on a connection closes it, when the worker has other requests in flight."""

    def __init__(self, app: ASGIApp, every: int = 16) -> None:
        self.app, self.every = app, max(1, every)
        self.counts: dict[tuple[str, int], int] = {}
        self.in_flight = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if scope["type"] != "http" or not client:
            await self.app(scope, receive, send)
            return
        key = (str(client[0]), int(client[1]))  # one client port is one connection
        seen = self.counts.get(key, 0) + 1
        close = seen >= self.every and self.in_flight > 0
        if close:
            self.counts.pop(key, None)
        else:
            if len(self.counts) >= _MAX_TRACKED and key not in self.counts:
                self.counts.clear()
            self.counts[key] = seen

        async def closing(msg: Message) -> None:
            if close and msg["type"] == "http.response.start":
                msg["headers"] = [*(msg.get("headers") or []), _CLOSE]
            await send(msg)

        self.in_flight += 1
        try:
            await self.app(scope, receive, closing)
        finally:
            self.in_flight -= 1
