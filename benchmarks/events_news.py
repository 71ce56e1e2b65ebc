"""The real-report event gold: which articles, which split (the rules are code, so they cannot drift).

Articles: the first 80 articles, in file order, at file position 1000 or later of
``../shared/data/news/allsides_world_conflict_dev.jsonl.gz`` whose ``text`` has at most 360 words
(short reports, so every event of every article could be annotated by careful reading; positions 0-999
are the pre-extracted set other benchmarks use and hold the amounts gold).
Split, by article: among the first 40, the 1st, 3rd, 5th... selected article is **tune** (errors may be
read there), the 2nd, 4th, 6th... is **check** (reported; its errors are not read). Articles 41-80 of the
same rule (file positions 1793 onward) were annotated in round 2, by the same guidelines, to give the
confidence model more to learn from; all 40 are **tune** (no check article was moved or added).

PLOVER GSR dev (``../shared/data/events/plover_gsr_dev.json``, the DOCUMENT record skipped), split the
same way by record order: the 1st, 3rd, 5th... record is the **read** half (errors may be read while
writing rules), the 2nd, 4th... the **unread** half.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
NEWS = SHARED / "data" / "news" / "allsides_world_conflict_dev.jsonl.gz"
FIRST_POSITION = 1000
MAX_WORDS = 360
N_ARTICLES = 80
#: the first 40 alternate tune/check; those after are all tune
N_ALTERNATE = 40


def select_articles(path: Path = NEWS) -> list[dict[str, Any]]:
    """The 80 gold articles, in file order, each with ``split`` ("tune" or "check") and ``position``."""
    out: list[dict[str, Any]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for pos, line in enumerate(fh):
            if pos < FIRST_POSITION:
                continue
            row = json.loads(line)
            if len(str(row.get("text") or "").split()) > MAX_WORDS:
                continue
            row["position"] = pos
            row["split"] = "tune" if len(out) % 2 == 0 or len(out) >= N_ALTERNATE else "check"
            out.append(row)
            if len(out) == N_ARTICLES:
                break
    return out


def plover_half(index: int) -> str:
    """The half of the ``index``-th PLOVER record (0-based, DOCUMENT skipped): "read" or "unread"."""
    return "read" if index % 2 == 0 else "unread"
