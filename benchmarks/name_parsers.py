"""Our person-name rules against nameparser, name by name (issue 16: "nameparser, or your own measured rules").

    python benchmarks/name_parsers.py --records /work/cache/records_e0b03e0 --gold ../shared/data/stories/basil_dev.jsonl

Names: every PERSON entity name, alias and mention text of the tune-half BASIL records (first 25 stories
by id) and of the distractors, cleaned as an alias (``clean_name``). Prints how many parse differently,
by which part, the CPU cost per name of each parser, and (``--show``) the differences.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from newsgraph.names import clean_name, parse_person, use_parser
from newsgraph.record import Article


def names_of(records: Path, gold: Path) -> list[str]:
    basil = [json.loads(line) for line in open(gold, encoding="utf-8")]
    stories = sorted({r["story"] for r in basil})
    tune = set(stories[:len(stories) // 2])
    ids = dict(line.rstrip("\n").split("\t", 1) for line in open(records / "basil_dev.ids.tsv", encoding="utf-8"))
    tune_ids = {ids[r["id"]] for r in basil if r["story"] in tune and r["id"] in ids}
    names: set[str] = set()
    for f in ("basil_dev", "basil_dev_distractors"):
        for line in open(records / f"{f}.jsonl", encoding="utf-8"):
            a = Article.model_validate_json(line)
            if f == "basil_dev" and a.id not in tune_ids:
                continue
            for e in a.entities:
                if e.type == "PERSON":
                    names.update([e.name, *e.aliases, *(m.text for m in e.mentions)])
    return sorted(n for n in names if clean_name(n))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    names = names_of(a.records, a.gold)
    out = {}
    for p in ("rules", "nameparser"):
        use_parser(p)
        t = time.process_time()
        for _ in range(3):
            parse_person.cache_clear()
            got = [parse_person(n) for n in names]
        out[p] = (got, (time.process_time() - t) / 3)
    use_parser("rules")
    diff = [(n, x, y) for n, x, y in zip(names, out["rules"][0], out["nameparser"][0], strict=True) if x != y]
    kinds: Counter[str] = Counter()
    for _n, x, y in diff:
        kinds["one refuses" if x is None or y is None else "surname" if x.surname != y.surname
              else "given" if x.given != y.given else "middle" if x.middle != y.middle
              else "suffix" if x.suffix != y.suffix else "title"] += 1
    print(json.dumps({"names": len(names), "differ": len(diff), "kinds": kinds,
                      "cpu_us_per_name": {p: round(v[1] / len(names) * 1e6, 1) for p, v in out.items()}}))
    if a.show:
        for n, x, y in diff:
            print(repr(n), x, y, sep=" | ")


if __name__ == "__main__":
    main()
