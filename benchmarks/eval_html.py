"""HTML reading quality: newsgraph's HTML reader against plain ``trafilatura.extract`` defaults.

    python benchmarks/eval_html.py --data ../shared/data/news/html/scrapinghub_aeb --json
    python benchmarks/eval_html.py --data ../shared/data/news/html/trafilatura_eval_en --json

The dataset kind is recognized by its gold file:

- ``ground-truth.json`` (Scrapinghub's article-extraction benchmark): body-text word-level precision,
  recall and F1 of the extracted text against ``articleBody``, per page, averaged over pages (a page
  with nothing extracted scores 0). Words are lower-cased ``\\w+`` runs counted as a multiset.
- ``gold_en.json`` (trafilatura's evaluation set): the "with" snippets must appear in the text and
  the "without" snippets must not (snippet precision, recall, accuracy, F1 as trafilatura computes
  them), plus title and date accuracy on the pages whose gold has them (title compared after
  whitespace and case folding, date as YYYY-MM-DD).

Systems, run on the same pages in the same process:

- ``newsgraph`` — ``newsgraph.ingest.html.read_html``: our decoding, trafilatura in precision mode with
  the default-mode rescue and the title line dropped; the text an ``Item`` gets;
- ``newsgraph+clean`` — the same text keeping only the paragraphs ``newsgraph.clean`` classifies as
  body or heading (promos, bylines, captions, boilerplate set apart), i.e. what the extractors read;
- peer — ``trafilatura.extract(html, url=url, output_format="json", with_metadata=True)`` with every
  other option at its default.

Output with ``--json``: one JSON object ``{"dataset", "n_docs", "metrics", "docs_per_s", "peer"}``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

_WORD = re.compile(r"\w+")

Extracted = dict[str, Any]  # text, title, date (any may be None)


def words(text: str | None) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text or ""))


def prf(pred: str | None, gold: str) -> tuple[float, float, float]:
    p_words, g_words = words(pred), words(gold)
    overlap = sum((p_words & g_words).values())
    n_pred, n_gold = sum(p_words.values()), sum(g_words.values())
    precision = overlap / n_pred if n_pred else 0.0
    recall = overlap / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


# ---------------------------------------------------------------- systems


def ours(html: bytes, url: str | None) -> Extracted:
    from newsgraph.ingest.html import read_html
    from newsgraph.ingest.model import Options

    r = read_html("eval", html, Options(), url=url)
    if r.item is None:
        return {"text": None, "title": None, "date": None}
    return {"text": r.item.text, "title": r.item.title, "date": r.item.published}


def ours_clean(extracted: Extracted) -> Extracted:
    from newsgraph.clean import clean

    text = extracted["text"]
    if not text:
        return extracted
    kept = [text[b.start:b.end] for b in clean(text).paragraphs if b.kind in ("body", "heading")]
    return {**extracted, "text": "\n".join(kept)}


def peer(html: bytes, url: str | None) -> Extracted:
    import trafilatura

    out = trafilatura.extract(html, url=url, output_format="json", with_metadata=True)
    if not out:
        return {"text": None, "title": None, "date": None}
    doc = json.loads(out)
    return {"text": doc.get("text"), "title": doc.get("title"), "date": doc.get("date")}


# ---------------------------------------------------------------- datasets


def load(data: Path, limit: int | None) -> tuple[str, list[dict[str, Any]]]:
    """(kind, pages): each page has html bytes, url and its gold."""
    pages: list[dict[str, Any]] = []
    if (data / "ground-truth.json").exists():
        gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
        for key in sorted(gold):
            path = data / "html" / f"{key}.html.gz"
            pages.append({"name": key, "path": path, "url": gold[key].get("url"), "gold": gold[key]})
        kind = "body"
    elif (data / "gold_en.json").exists():
        gold = json.loads((data / "gold_en.json").read_text(encoding="utf-8"))
        for key in sorted(gold):
            path = data / "html" / f"{gold[key]['file']}.gz"
            pages.append({"name": key, "path": path, "url": gold[key].get("url"), "gold": gold[key]})
        kind = "snippets"
    else:
        raise SystemExit(f"{data}: neither ground-truth.json nor gold_en.json found")
    pages = pages[:limit] if limit else pages
    for p in pages:
        p["html"] = gzip.decompress(p["path"].read_bytes())
    return kind, pages


def score_body(results: list[Extracted], pages: list[dict[str, Any]]) -> dict[str, Any]:
    scores = [prf(r["text"], p["gold"]["articleBody"]) for r, p in zip(results, pages, strict=True)]
    n = len(scores)
    return {
        "precision": round(sum(s[0] for s in scores) / n, 4),
        "recall": round(sum(s[1] for s in scores) / n, 4),
        "f1": round(sum(s[2] for s in scores) / n, 4),
        "empty": sum(1 for r in results if not r["text"]),
    }


def score_snippets(results: list[Extracted], pages: list[dict[str, Any]]) -> dict[str, Any]:
    tp = fn = tn = fp = 0
    title_ok = title_n = date_ok = date_n = 0
    for r, p in zip(results, pages, strict=True):
        text = r["text"] or ""
        g = p["gold"]
        for s in g.get("with") or []:
            if s in text:
                tp += 1
            else:
                fn += 1
        for s in g.get("without") or []:
            if s in text:
                fp += 1
            else:
                tn += 1
        if g.get("title"):
            title_n += 1
            title_ok += _norm(r["title"]) == _norm(g["title"])
        if g.get("date"):
            date_n += 1
            date_ok += (r["date"] or "")[:10] == g["date"][:10]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "snippet_precision": round(precision, 4),
        "snippet_recall": round(recall, 4),
        "snippet_accuracy": round((tp + tn) / (tp + tn + fp + fn), 4),
        "snippet_f1": round(2 * precision * recall / (precision + recall) if precision + recall else 0.0, 4),
        "with_found": f"{tp}/{tp + fn}",
        "without_absent": f"{tn}/{tn + fp}",
        "title_accuracy": round(title_ok / title_n, 4) if title_n else None,
        "date_accuracy": round(date_ok / date_n, 4) if date_n else None,
        "n_title": title_n,
        "n_date": date_n,
        "empty": sum(1 for r in results if not r["text"]),
    }


def run_systems(fns: list[Callable[[bytes, str | None], Extracted]], pages: list[dict[str, Any]]
                ) -> list[tuple[list[Extracted], float]]:
    """Each system's results and pages/s. The systems take turns page by page, so that a load change
    on a shared machine slows them alike and the ratio of their speeds stays meaningful."""
    results: list[list[Extracted]] = [[] for _ in fns]
    spent = [0.0 for _ in fns]
    for p in pages:
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            results[i].append(fn(p["html"], p["url"]))
            spent[i] += time.perf_counter() - start
    return [(r, len(pages) / t if t else float("inf")) for r, t in zip(results, spent, strict=True)]


def evaluate(data: Path, limit: int | None = None, *, with_peer: bool = True) -> dict[str, Any]:
    kind, pages = load(data, limit)
    score = score_body if kind == "body" else score_snippets
    runs = run_systems([ours, peer] if with_peer else [ours], pages)
    mine, mine_speed = runs[0]
    cleaned = [ours_clean(r) for r in mine]
    result: dict[str, Any] = {
        "dataset": data.name,
        "n_docs": len(pages),
        "metrics": {"newsgraph": score(mine, pages), "newsgraph+clean": score(cleaned, pages)},
        "docs_per_s": round(mine_speed, 2),
        "peer": None,
    }
    if with_peer:
        theirs, their_speed = runs[1]
        result["peer"] = {"name": "trafilatura.extract defaults", "metrics": score(theirs, pages),
                          "docs_per_s": round(their_speed, 2)}
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="scrapinghub_aeb or trafilatura_eval_en folder")
    ap.add_argument("--limit", type=int, default=None, help="first N pages (sorted by name) only")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--no-peer", action="store_true", help="skip the trafilatura peer")
    args = ap.parse_args(argv)
    result = evaluate(args.data, args.limit, with_peer=not args.no_peer)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{result['dataset']}: {result['n_docs']} pages")
    rows = [(name, m, result["docs_per_s"]) for name, m in result["metrics"].items()]
    if result["peer"]:
        rows.append((result["peer"]["name"], result["peer"]["metrics"], result["peer"]["docs_per_s"]))
    for name, m, speed in rows:
        print(f"  {name:32s} " + "  ".join(f"{k}={v}" for k, v in m.items()) + f"  docs/s={speed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
