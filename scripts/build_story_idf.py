"""Build src/newsgraph/data/story_idf.tsv: document frequencies of words in general news text.

    .venv/bin/python scripts/build_story_idf.py      # reads ../shared/data/news (allsides + BBC)

Story clustering weighs words by a FIXED inverse document frequency: a table learned once from
corpora that are not the stories benchmark, so a word's weight never depends on which articles a base
happens to hold (the partition must not depend on ingest order). Only counts are written, no text.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"
OUT = ROOT / "src" / "newsgraph" / "data" / "story_idf.tsv"
MIN_DF = 3


def main() -> int:
    from newsgraph.kb.storyfeatures import analyzer

    words = analyzer()
    df: Counter[str] = Counter()
    n = 0
    for name in ("allsides_world_conflict_dev.jsonl.gz", "bbc_fulltext.jsonl.gz"):
        with gzip.open(NEWS / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                df.update(set(words((doc.get("title") or "") + "\n" + (doc.get("text") or ""))))
                n += 1
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"# document frequency of words in {n} news articles (allsides world/conflict dev + BBC), "
                  f"df >= {MIN_DF}; built by scripts/build_story_idf.py\n")
        out.write(f"__N__\t{n}\n")
        for w, c in sorted(df.items(), key=lambda kv: (-kv[1], kv[0])):
            if c >= MIN_DF:
                out.write(f"{w}\t{c}\n")
    print(f"{OUT}: {n} documents, {sum(1 for c in df.values() if c >= MIN_DF)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
