"""Text every backend can store: lone surrogates and NUL characters made harmless, the same way everywhere.

A JSON string may hold an unpaired surrogate (``"\\ud800"``), which no UTF-8 encoder accepts, and a NUL,
which SQLite stores but PostgreSQL refuses in a text column. Left alone, the first crashed the article id's
hash and the second made the two backends disagree. The policy (README "Reliability"): input text is
*cleaned*, one code point for one, so every offset stays valid: a lone surrogate becomes U+FFFD (the
replacement character), a NUL becomes a space. A ready record (an ``Article`` built elsewhere) is never
changed, since its id and offsets were computed on its text: one that holds either is *refused* as one
item error.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["storable", "first_unstorable"]

_BAD = re.compile("[\x00\ud800-\udfff]")


def _swap(m: re.Match[str]) -> str:
    return " " if m.group() == "\x00" else "\ufffd"


def storable(text: str) -> str:
    """``text`` with each NUL replaced by a space and each lone surrogate by U+FFFD (same length)."""
    return _BAD.sub(_swap, text) if _BAD.search(text) else text


def first_unstorable(value: Any, path: str = "") -> str | None:
    """Where in a nested value (dicts, lists, strings) the first NUL or lone surrogate is, else None."""
    if isinstance(value, str):
        m = _BAD.search(value)
        if m is None:
            return None
        what = "a NUL character" if m.group() == "\x00" else f"a lone surrogate U+{ord(m.group()):04X}"
        return f"{path or 'value'} holds {what} at offset {m.start()}"
    if isinstance(value, dict):
        for k, v in value.items():
            found = first_unstorable(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            found = first_unstorable(v, f"{path}[{i}]")
            if found:
                return found
    return None
