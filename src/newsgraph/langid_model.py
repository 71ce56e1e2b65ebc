"""py3langid's language identifier, its model read from an uncompressed copy in the user cache.

py3langid ships its model LZMA-compressed; decompressing it takes about 0.7 s CPU each time a process
loads it, and ``newsgraph ingest`` loads it before its workers start, where nothing else runs in
parallel. The decompressed arrays are kept in newsgraph's cache directory (the gazetteer's), named after
py3langid's version and a digest of its model file, and read back in about 0.1 s: the same arrays, so the
same identifier. The copy is made through py3langid's own reader and constructor, whose shapes are known
for the versions in ``TESTED``; with another version, or without a writable cache, the identifier is
loaded the usual way.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from importlib import metadata
from pathlib import Path
from typing import Any

from .cachefile import write_pickle

__all__ = ["identifier", "cache_path"]

#: py3langid versions whose ``modelio.load_model`` result and ``LanguageIdentifier`` constructor this reads
TESTED = ("0.4.0",)

log = logging.getLogger(__name__)


def _version() -> str | None:
    try:
        return metadata.version("py3langid")
    except metadata.PackageNotFoundError:
        return None


def cache_path(model_file: Path) -> Path:
    from .extract.places.gazetteer import cache_dir

    digest = hashlib.sha1(model_file.read_bytes()).hexdigest()[:10]
    return cache_dir() / f"langid-{_version()}-{digest}.pickle"


def identifier() -> Any:
    """A ``LanguageIdentifier`` with normalized probabilities (what :func:`newsgraph.detect_language` uses)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    if _version() not in TESTED:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    import numpy as np

    model_file = Path(MODEL_DIR) / MODEL_FILE
    path = cache_path(model_file)
    parts = _read(path)
    if parts is None:
        from py3langid.modelio import load_model

        parts = load_model(model_file)
        _write(path, parts)
    ptc, pc, classes, nextmove, row, output = parts
    # as LanguageIdentifier.from_model_file builds it from the same six parts
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True,
                              tk_row=row)


def _read(path: Path) -> tuple[Any, ...] | None:
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            parts = pickle.load(fh)
        if isinstance(parts, tuple) and len(parts) == 6:
            return parts
        raise ValueError("not six parts")
    except Exception as exc:  # a truncated or foreign file is made again, never trusted
        log.warning("language model cache %s unreadable (%s): made again", path, exc)
        return None


def _write(path: Path, parts: tuple[Any, ...]) -> None:
    write_pickle(path, parts, "langid-*.pickle")  # a read-only home still works, only without the copy
