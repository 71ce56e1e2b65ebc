"""Entity quality: exact-span PER/ORG/LOC F1 on a CoNLL-2003-format file, raw spaCy vs newsgraph.

    python benchmarks/eval_entities.py --data benchmarks/data/entities_sample.conll --json

The file has 4 columns (token, POS, chunk, IOB NER tag); ``-DOCSTART-`` lines separate documents
and blank lines separate sentences. Each document becomes one text (tokens joined by spaces, one
sentence per line). spaCy labels map PERSON→PER, ORG→ORG and GPE/LOC/FAC→LOC; NORP and MISC are
not scored. newsgraph is scored on its entity mentions with the same mapping.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

LABELS = ("PER", "ORG", "LOC")
SPACY_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}

Span = tuple[int, int, str]


def read_conll(path: Path) -> list[tuple[str, set[Span]]]:
    """Documents as (text, gold spans)."""
    docs: list[tuple[str, set[Span]]] = []
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []

    def flush_doc() -> None:
        if cur:
            sents.append(list(cur))
            cur.clear()
        if sents:
            docs.append(_build(sents))
            sents.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            flush_doc()
            continue
        if not line.strip():
            if cur:
                sents.append(list(cur))
                cur.clear()
            continue
        cols = line.split()
        cur.append((cols[0], cols[-1]))
    flush_doc()
    return docs


def _build(sents: list[list[tuple[str, str]]]) -> tuple[str, set[Span]]:
    parts: list[str] = []
    gold: set[Span] = set()
    pos = 0
    for si, sent in enumerate(sents):
        if si:
            parts.append("\n")
            pos += 1
        open_span: list | None = None
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                parts.append(" ")
                pos += 1
            start, end = pos, pos + len(tok)
            parts.append(tok)
            pos = end
            kind = tag[2:] if len(tag) > 2 else ""
            if tag.startswith("B-") or (tag.startswith("I-") and (open_span is None or open_span[2] != kind)):
                if open_span:
                    gold.add(tuple(open_span))  # type: ignore[arg-type]
                open_span = [start, end, kind]
            elif tag.startswith("I-") and open_span is not None:
                open_span[1] = end
            else:
                if open_span:
                    gold.add(tuple(open_span))  # type: ignore[arg-type]
                open_span = None
        if open_span:
            gold.add(tuple(open_span))  # type: ignore[arg-type]
    return "".join(parts), {g for g in gold if g[2] in LABELS}


def prf(gold: Iterable[Span], pred: Iterable[Span]) -> dict[str, float]:
    g, p = set(gold), set(pred)
    tp = len(g & p)
    prec = tp / len(p) if p else 0.0
    rec = tp / len(g) if g else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}


def score(gold_docs: list[set[Span]], pred_docs: list[set[Span]]) -> dict[str, float]:
    gold = {(i, *s) for i, d in enumerate(gold_docs) for s in d}
    pred = {(i, *s) for i, d in enumerate(pred_docs) for s in d}
    out = {f"micro_{k}": v for k, v in prf(gold, pred).items()}  # type: ignore[arg-type]
    for lab in LABELS:
        out[f"{lab}_f1"] = prf({x for x in gold if x[3] == lab}, {x for x in pred if x[3] == lab})["f1"]  # type: ignore[arg-type]
    return out


def evaluate(path: Path, model: str | None = None) -> dict:
    import spacy

    import newsgraph
    from newsgraph import nlp as ng_nlp

    docs = read_conll(path)
    texts = [t for t, _ in docs]
    gold = [g for _, g in docs]

    raw = spacy.load(ng_nlp.resolve_model(model))
    raw(texts[0])  # warm-up, outside the timers (both sides)
    t0 = time.perf_counter()
    raw_pred = [{(e.start_char, e.end_char, SPACY_MAP[e.label_]) for e in d.ents if e.label_ in SPACY_MAP}
                for d in raw.pipe(texts)]
    raw_s = time.perf_counter() - t0

    newsgraph.extract(texts[0], model=model)  # loads the pipeline and the language model
    t0 = time.perf_counter()
    recs = list(newsgraph.extract_many(texts, model=model))
    ng_s = time.perf_counter() - t0
    ng_pred = []
    for rec in recs:
        spans: set[Span] = set()
        for e in getattr(rec, "entities", []):
            lab = SPACY_MAP.get(e.type)
            if lab:
                spans.update((m.start, m.end, lab) for m in e.mentions)
        ng_pred.append(spans)

    return {
        "dataset": str(path),
        "n_docs": len(docs),
        "metrics": score(gold, ng_pred),
        "docs_per_s": round(len(docs) / ng_s, 2),
        "peer": {"spacy_raw": {**score(gold, raw_pred), "docs_per_s": round(len(docs) / raw_s, 2)}},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).parent / "data" / "entities_sample.conll")
    ap.add_argument("--model", default=None)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    res = evaluate(args.data, args.model)
    if args.json:
        print(json.dumps(res))
    else:
        print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
