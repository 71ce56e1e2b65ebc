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
import hashlib
import json
import re
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


# --- Round 6: a fresh check set from another news source --------------------------------------------------
BBC = SHARED / "data" / "news" / "bbc_fulltext.jsonl.gz"
#: the one candidate that round 5's amounts check set (``changes_r5.jsonl``) had read, frozen here so that the
#: rule does not move when that file changes (it was the only one of its ids among the candidates up to the 16th)
_READ_BEFORE = frozenset({"politics/265"})
FRESH_N = 16
FRESH_WORDS = (150, 350)
#: a report about force, security or war (the kind of news the events family is for): one of these words
_CONFLICT_WORDS = re.compile(
    r"\b(attack\w*|troops|soldiers?|police|arrest\w*|war|military|terror\w*|killed|bomb\w*|Iraq)\b", re.I)


def select_fresh(path: Path = BBC) -> list[dict[str, Any]]:
    """Round 6's fresh check articles (all ``split`` "fresh"): BBC ``politics`` articles of 150-350 words
    that name force, security or war (``_CONFLICT_WORDS``) and were not read by round 5's amounts check set
    (``_READ_BEFORE``, from ``changes_r5.jsonl``), in order of
    the SHA-1 of their id (hex), the first ``FRESH_N``. Annotated before the system ran on them."""
    used = _READ_BEFORE
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    lo, hi = FRESH_WORDS
    keep = [r for r in rows if r.get("category") == "politics" and r["id"] not in used
            and lo <= len(str(r.get("text") or "").split()) <= hi and _CONFLICT_WORDS.search(r["text"])]
    keep.sort(key=lambda r: hashlib.sha1(r["id"].encode("utf-8")).hexdigest())
    return [{**r, "split": "fresh", "position": i} for i, r in enumerate(keep[:FRESH_N])]
