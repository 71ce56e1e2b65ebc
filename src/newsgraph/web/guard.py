"""ASGI middleware that guards every request before any route runs (issue 15, web hardening).

- :class:`SecurityHeaders`: a Content-Security-Policy without inline script (every page, the API docs
  included, loads its scripts from /static), ``nosniff``, ``frame-ancestors 'none'`` (and the older
  ``X-Frame-Options``), no referrer.
- :class:`WriteGuard`: for every write, the ``Host`` must name this server and an ``Origin`` (when the
  browser sends one) must be the same host: a page on another site, or a DNS name rebound to
  127.0.0.1, cannot drive a loopback server started with ``--open``. The token is checked here too,
  before the body is read, so a bad body from a client without the token gets 401, not 422. When the
  server listens beyond loopback, the Host check applies to every request.
- :class:`BodyLimit`: 413 for a body over the limit, declared (Content-Length) or streamed (chunked).
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["SecurityHeaders", "WriteGuard", "BodyLimit", "CSP", "host_of", "web_url"]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# ReDoc's bundle puts its styles in inline <style> elements (styled-components); only its page lets them in.
# Scripts stay 'self' there too, so an injected script still cannot run.
REDOC_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") + "; worker-src 'self' blob:"
_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
WILDCARD = frozenset({"0.0.0.0", "::", ""})


def web_url(url: Any) -> str | None:
    """``url`` when it is an http(s) URL with a host, else None: only those become links (no javascript:)."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def host_of(value: str) -> str:
    """The host name of a Host header or an Origin (port, brackets and case dropped)."""
    if "://" in value:
        try:
            return (urlsplit(value).hostname or "").lower()
        except ValueError:
            return ""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers") or []}


async def _send_json(send: Send, status: int, error: str, **extra: Any) -> None:
    body = json.dumps({"error": error, "status": status, **extra}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Adds the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                policy = REDOC_CSP if scope.get("path") == "/redoc" else CSP
                msg["headers"] = _secured(msg.get("headers") or [], policy)
            await send(msg)

        await self.app(scope, receive, with_headers)


def _secured(headers: Iterable[tuple[bytes, bytes]], policy: str) -> list[tuple[bytes, bytes]]:
    out = [(k, v) for k, v in headers if k.lower() not in (b"content-security-policy", b"x-frame-options")]
    out += [(b"content-security-policy", policy.encode()), (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
    return out


class WriteGuard:
    """Host and Origin checks (writes always; every request beyond loopback) and the token, before the body."""

    def __init__(self, app: ASGIApp, settings: Any) -> None:
        self.app, self.settings = app, settings

    def allowed_hosts(self) -> set[str]:
        from .app import LOOPBACK

        s = self.settings
        hosts = {h.lower() for h in LOOPBACK} | {h.lower() for h in getattr(s, "allowed_hosts", ()) or ()}
        if s.host not in WILDCARD:
            hosts.add(s.host.lower())
        return hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = _out_of_range(scope) or self.refusal(scope)
        if refusal is not None:
            await _send_json(send, refusal[0], refusal[1])
            return
        await self.app(scope, receive, send)

    def refusal(self, scope: Scope) -> tuple[int, str] | None:
        from .app import LOOPBACK

        h = _headers(scope)
        write = scope.get("method", "GET").upper() in _WRITE_METHODS
        beyond_loopback = self.settings.host not in LOOPBACK
        check_host = write or (beyond_loopback and (self.settings.host not in WILDCARD
                                                    or bool(getattr(self.settings, "allowed_hosts", ()))))
        allowed = self.allowed_hosts()
        if (scope.get("client") or ("",))[0] == "testclient":
            allowed.add("testserver")  # Starlette's in-process TestClient, never a network peer
        if check_host:
            host = host_of(h.get(b"host", b"").decode("latin-1"))
            if host not in allowed:
                return 403, f"Host {host or '(none)'!r} is not this server (see --allowed-host)"
        if not write:
            return None
        origin = h.get(b"origin")
        if origin is not None and host_of(origin.decode("latin-1")) not in allowed:
            return 403, "cross-origin write refused"
        if h.get(b"sec-fetch-site", b"") == b"cross-site":
            return 403, "cross-site write refused"
        if self.settings.writes_open():
            return None
        token = self.settings.token
        if not token:
            return 403, "writes are disabled: set NEWSGRAPH_TOKEN (or use --open on loopback)"
        got = h.get(b"authorization", b"").decode("latin-1")
        if not (got.startswith("Bearer ") and hmac.compare_digest(got[7:].encode(), token.encode())):
            return 401, "missing or wrong token (Authorization: Bearer <NEWSGRAPH_TOKEN>)"
        return None


_BIG_NUMBER = re.compile(r"-?\d{19,}")
_INT64 = 2**63 - 1


def _out_of_range(scope: Scope) -> tuple[int, str] | None:
    """404 for a path segment that is a number no database id can be (SQLite and PostgreSQL ids are
    64-bit): ``/api/entities/99999999999999999999999`` used to reach the driver and answer 500."""
    for seg in str(scope.get("path", "")).split("/"):
        if _BIG_NUMBER.fullmatch(seg) and abs(int(seg)) > _INT64:
            return 404, f"no such item: id {seg[:30]} is out of range"
    return None


class BodyLimit:
    """413 for a declared or streamed body larger than ``limit`` bytes.

    A streamed body is cut when it passes the limit: the 413 is sent at once, the route sees the client
    as gone, and whatever the route sends afterwards is dropped (FastAPI turns any error raised while it
    reads a body into a 400, so raising would not do).
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _headers(scope).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            if declared.isdigit():
                await _send_json(send, 413, "request body too large", limit_bytes=self.limit)
            else:
                await _send_json(send, 400, "bad Content-Length")
            return
        seen = 0
        refused = False

        async def limited() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    refused = True
                    await _send_json(send, 413, "request body too large", limit_bytes=self.limit)
                    return {"type": "http.disconnect"}
            return msg

        async def guarded_send(msg: Message) -> None:
            if not refused:
                await send(msg)

        try:
            await self.app(scope, limited, guarded_send)
        except Exception:
            if not refused:
                raise
