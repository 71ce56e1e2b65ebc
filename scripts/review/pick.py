"""The fixed rule that draws unseen allsides dev reports for reviews and check pages (round 27 on).

Allsides dev reports of 250-1,500 words whose id appears nowhere in the repository, ranked by
sha1("r27:" + id). Ranks are 1-based; ``pick.py FIRST LAST`` prints those reports as JSONL. Ids only
ever join the repository (golds, notes), so a rank can only move to a lower number: ranks past the
last one read stay unread.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", REPO.parent / "shared"))
DATA = SHARED / "data" / "news" / "allsides_world_conflict_dev.jsonl.gz"


def _repo_text() -> str:
    files = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    parts = []
    for name in files:
        try:
            parts.append((REPO / name).read_text(encoding="utf-8", errors="ignore"))
        except OSError:
            continue
    return "\n".join(parts)


def ranked(data: Path = DATA) -> list[dict]:
    text = _repo_text()
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    keep = [r for r in rows if 250 <= len(r["text"].split()) <= 1500 and r["id"] not in text]
    return sorted(keep, key=lambda r: hashlib.sha1(("r27:" + r["id"]).encode()).hexdigest())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("first", type=int)
    ap.add_argument("last", type=int)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args()
    for rank, row in enumerate(ranked(args.data)[args.first - 1:args.last], start=args.first):
        sys.stdout.write(json.dumps({**row, "rank": rank}) + "\n")


if __name__ == "__main__":
    main()
