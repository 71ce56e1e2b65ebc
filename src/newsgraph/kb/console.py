"""The consoles the kb commands print with: rich with no automatic highlighting and no ``:emoji:`` codes.

A name or quote that holds ``:flag:`` or a number prints as written, neither turned into an emoji nor recoloured.
"""

from __future__ import annotations

from rich.console import Console

__all__ = ["plain_console"]


def plain_console(stderr: bool = False) -> Console:
    """A new console to stdout (or stderr, when ``stderr``) that neither highlights nor writes emoji codes as emoji."""
    return Console(stderr=stderr, highlight=False, emoji=False)
