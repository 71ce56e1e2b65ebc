"""Would a meaning-level similarity or an event-level feature help story clustering? Measured on the BASIL TUNE
half only (the check half is never scored here).

    python benchmarks/stories_semantic.py --records /work/cache/records_bf357d6 --json

Pairs are formed as the knowledge base forms them (both dated, within the window, sharing a key of the candidate
index; caps off) from the shipped settings, and scored with the shipped score plus one extra term:

- ``lsa_lead`` / ``lsa_body``: cosine of LSA vectors (scikit-learn TF-IDF, then TruncatedSVD, ``--dims``) of title +
  first 60 words, or title + whole text. The LSA model is fitted on text OUTSIDE the benchmark and outside the
  fresh check set: lines 1-1000 of allsides_world_conflict_dev and the 2,225 BBC articles (a fixed model, as the
  word weights are: a model fitted on the base would make the partition depend on what is stored);
- ``event``: 1 when the two reports share an asserted event of the same type at the same place (the extractors'
  events and places), else 0.

For each extra term and weight the threshold is chosen again on the tune half (each judged with its four
neighbours 0.005 apart, as ``eval_stories.py --tune`` does); also a conjunction rule (a pair below the bar links
when its score is at least ``lo``, its LSA cosine at least ``hi`` and the days apart at most 1).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_stories as E  # noqa: E402

NEWS = E.ROOT.parent / "shared" / "data" / "news"


def lsa_model(dims: int) -> Callable[[list[str]], Any]:
    """Text -> L2-normalized LSA vector, fitted on AllSides lines 1-1000 and the BBC articles."""
    import numpy as np
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    from newsgraph.kb import storyfeatures as sf

    docs = []
    with gzip.open(NEWS / "allsides_world_conflict_dev.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 1000):
            d = json.loads(line)
            docs.append((d.get("title") or "") + "\n" + d["text"])
    with gzip.open(NEWS / "bbc_fulltext.jsonl.gz", "rt", encoding="utf-8") as fh:
        docs += [(d.get("title") or "") + "\n" + d["text"] for d in map(json.loads, fh)]
    vec = TfidfVectorizer(analyzer=sf.analyzer(), min_df=3, max_df=0.5, sublinear_tf=True, max_features=20000)
    svd = TruncatedSVD(dims, random_state=0).fit(vec.fit_transform(docs))

    def embed(texts: list[str]) -> Any:
        z = svd.transform(vec.transform(texts))
        return z / (np.linalg.norm(z, axis=1, keepdims=True) + 1e-9)

    return embed


def run(args: argparse.Namespace) -> dict[str, Any]:
    from newsgraph.kb import storyfeatures as sf

    stories = E.read_jsonl(E.SHARED / "basil_dev.jsonl")
    recs = E.load_records(stories, "basil_dev", args.records)
    recs.update(E.load_records(E.read_jsonl(E.SHARED / "basil_dev_distractors.jsonl"), "basil_dev_distractors",
                               args.records))
    gold = {recs[r["id"]].id: r["story"] for r in stories if r["id"] in recs}
    tune = set(sorted(set(gold.values()))[:25])
    uniq = list({r.id: r for r in recs.values()}.values())
    p = sf.params()
    feats = [sf.features_of(r, p) for r in uniq]
    day = [E._ordinal(f.day) for f in feats]
    keys = [set(f.keys(p.index_terms)) for f in feats]
    embed = lsa_model(args.dims)
    lead = embed([(r.title or "") + "\n" + sf._lead(r, 60) for r in uniq])
    body = embed([(r.title or "") + "\n" + (r.body_text() or r.text) for r in uniq])
    events = [{(e.type, e.place.lower()) for e in r.events if e.place and not e.negated and not e.hypothetical}
              for r in uniq]
    pairs = []
    for i, j in itertools.combinations(range(len(uniq)), 2):
        if day[i] is not None and day[j] is not None and abs(day[i] - day[j]) <= p.window_days and keys[i] & keys[j]:
            pt = sf.score(feats[i], feats[j], p)[1]
            pt.update(lsa_lead=float(lead[i] @ lead[j]), lsa_body=float(body[i] @ body[j]),
                      event=float(bool(events[i] & events[j])), days=abs(day[i] - day[j]))
            pairs.append((i, j, pt))

    def base(pt: dict[str, float]) -> float:
        return p.w_lead * pt["lead"] + p.w_body * pt["body"] + p.w_entities * pt["entities"] + p.w_facts * pt["facts"]

    def f1(linked: Callable[[dict[str, float]], bool]) -> dict[str, float]:
        comp = E.components(len(uniq), [(i, j) for i, j, pt in pairs if linked(pt)])
        return E.bcubed({f.article_id: comp[k] for k, f in enumerate(feats)}, gold, tune)

    def sweep(fn: Callable[[dict[str, float]], float]) -> dict[str, Any]:
        ths = [x / 200 for x in range(40, 121)]
        res = [f1(lambda pt, th=th: fn(pt) >= th) for th in ths]
        k = max(range(2, len(ths) - 2), key=lambda k: (sum(m["f1"] for m in res[k - 2 : k + 3]), -k))
        return {"threshold": ths[k], "tune": res[k]}

    out: dict[str, Any] = {"dataset": "basil_dev + basil_dev_distractors, TUNE half only", "n_docs": len(uniq),
                           "pairs": len(pairs), "lsa_dims": args.dims, "shipped_threshold": p.threshold,
                           "shipped": f1(lambda pt: base(pt) >= p.threshold), "sweeps": {}, "conjunction": []}
    out["sweeps"]["shipped score"] = sweep(base)
    for term, weights in (("lsa_lead", (0.1, 0.2, 0.3, 0.5)), ("lsa_body", (0.1, 0.2, 0.3, 0.5)),
                          ("event", (0.05, 0.1, 0.2))):
        for w in weights:
            out["sweeps"][f"+ {w} {term}"] = sweep(lambda pt, w=w, term=term: base(pt) + w * pt[term])
    for lo, hi, term in itertools.product((0.15, 0.2, 0.25), (0.7, 0.8, 0.85), ("lsa_lead", "lsa_body")):
        m = f1(lambda pt, lo=lo, hi=hi, term=term: base(pt) >= p.threshold
               or (base(pt) >= lo and pt[term] >= hi and pt["days"] <= 1))
        out["conjunction"].append({"lo": lo, "hi": hi, "term": term, "tune": m})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, default=None, help="folder of records extracted earlier")
    ap.add_argument("--dims", type=int, default=128)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(args)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for name, s in res["sweeps"].items():
            print(f"{name:24s} threshold {s['threshold']:.3f} tune F1 {s['tune']['f1']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
