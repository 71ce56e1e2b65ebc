"""How many items sources hold, counted cheaply before an ingest so progress can show a total and an ETA.

Counting reads no article: a text or HTML file is one item, a JSONL file one per non-blank line
(gzip decompressed on the way, which is fast next to NLP). WARC archives and standard input give None
(unknown): counting them means reading them whole. The count follows the readers' rules only roughly
(hidden files and unknown extensions are skipped the same way), so it is an estimate for a progress bar,
never a number to check results against.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .sources import kind_of

__all__ = ["count_items"]

def _jsonl_lines(path: Path) -> int:
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


def _count_path(path: Path) -> int | None:
    if path.is_dir():
        total = 0
        for root, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".") and not os.path.islink(os.path.join(root, d))]
            for name in files:
                if name.startswith("."):
                    continue
                got = _count_file(Path(root) / name, must_know=False)
                if got is None:
                    return None
                total += got
        return total
    return _count_file(path, must_know=True)


def _count_file(path: Path, must_know: bool) -> int | None:
    kind = kind_of(path.name)
    if kind is None:
        ext = os.path.splitext(path.name.lower().removesuffix(".gz"))[1]
        if ext and not must_know:
            return 0  # the folder walk skips unknown extensions
        return None if must_know and ext else 1
    if kind == "jsonl":
        return _jsonl_lines(path)
    if kind == "warc":
        return None
    return 1


def count_items(sources: Iterable[Any]) -> int | None:
    """The number of items in ``sources`` (paths, folders, ``-``), or None when it cannot be known cheaply."""
    total = 0
    for src in sources:
        if not isinstance(src, str | os.PathLike) or str(src) == "-":
            return None
        try:
            got = _count_path(Path(src))
        except (OSError, EOFError, ValueError):
            return None
        if got is None:
            return None
        total += got
    return total
