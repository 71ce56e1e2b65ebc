"""One way to write a cache file in the user's cache folder (the gazetteer, the language model copy).

A cache is written to a temporary file and moved into place, so that a concurrent reader sees the old file or
the whole new one; copies made by other versions are deleted; a folder that cannot be written (a read-only
home) leaves the program working without the copy.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["write_pickle"]


def write_pickle(path: Path, obj: Any, stale: str) -> bool:
    """Pickle ``obj`` to ``path`` atomically and delete the files matching the glob ``stale`` beside it (other
    versions' copies); False when the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob(stale):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True
