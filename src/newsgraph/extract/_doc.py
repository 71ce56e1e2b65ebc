"""Doc extension attributes shared by the newsgraph components, and helpers over them.

Every component stores plain Python data (lists of dicts and tuples) on ``doc._.newsgraph_*`` so a
Doc pickles across processes (``nlp.pipe(n_process=2)``) without custom serializers.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span

__all__ = [
    "EXTENSIONS",
    "ensure_extensions",
    "content_paragraphs",
    "paragraph_at",
    "in_content",
    "entity_at",
    "sentence_of",
    "record_failure",
]

CONTENT_KINDS = frozenset({"body", "heading"})

#: name -> what it holds
EXTENSIONS: dict[str, str] = {
    "newsgraph_meta": "dict: published (YYYY-MM-DD or None), title, url, source",
    "newsgraph_paragraphs": "list[(start, end, kind)] from clean.py",
    "newsgraph_related": "list[dict(text, url, start, end)]",
    "newsgraph_headings": "list[str]",
    "newsgraph_entities": "list[dict] in the record's Entity shape",
    "newsgraph_mentions": "list[(start, end, entity_id)] sorted by start",
    "newsgraph_quotes": "list[dict] in the record's Quote shape",
    "newsgraph_amounts": "list[dict] in the record's Amount shape",
    "newsgraph_changes": "list[dict] in the record's Change shape",
    "newsgraph_times": "list[dict] in the record's Time shape",
    "newsgraph_places": "list[dict] in the record's Place shape",
    "newsgraph_events": "list[dict] in the record's Event shape",
    "newsgraph_errors": "list[str]: 'component: reason' for each component that failed on this doc",
}


def ensure_extensions() -> None:
    """Register the ``doc._.newsgraph_*`` attributes once (idempotent; called by every factory)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _paragraphs(doc: Doc) -> list[tuple[int, int, str]]:
    pars = doc._.newsgraph_paragraphs
    if pars is None:  # a Doc that did not go through newsgraph_clean: one body paragraph
        return [(0, len(doc.text), "body")]
    return list(pars)


def content_paragraphs(doc: Doc) -> list[tuple[int, int, str]]:
    """The body and heading paragraphs: the only text extractors may take facts from."""
    return [p for p in _paragraphs(doc) if p[2] in CONTENT_KINDS]


def paragraph_at(doc: Doc, char: int) -> tuple[int, int, str] | None:
    pars = _paragraphs(doc)
    starts = [p[0] for p in pars]
    i = bisect_right(starts, char) - 1
    if i >= 0 and pars[i][0] <= char < max(pars[i][1], pars[i][0] + 1):
        return pars[i]
    return None


def in_content(doc: Doc, start: int, end: int | None = None) -> bool:
    """True when [start, end) lies inside one body or heading paragraph."""
    p = paragraph_at(doc, start)
    if p is None or p[2] not in CONTENT_KINDS:
        return False
    return end is None or end <= p[1]


def entity_at(doc: Doc, start: int, end: int) -> str | None:
    """Id of the entity whose mention overlaps [start, end) the most, or None."""
    best, best_len = None, 0
    for s, e, eid in doc._.newsgraph_mentions or []:
        if s >= end:
            break
        ov = min(e, end) - max(s, start)
        if ov > best_len:
            best, best_len = eid, ov
    return best


def sentence_of(doc: Doc, char: int) -> Span | None:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    return tok.sent if tok is not None and len(tok) else None


def entity_by_id(doc: Doc) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in doc._.newsgraph_entities or []}


def record_failure(doc: Doc, component: str, exc: BaseException) -> None:
    """Note that ``component`` failed on this doc; the pipeline turns the note into an ItemError.

    Components catch their own exceptions so that one bad article cannot stop ``nlp.pipe`` (and
    with it a whole batch); the failure is reported, never swallowed.
    """
    errs = list(doc._.newsgraph_errors or [])
    errs.append(f"{component}: {type(exc).__name__}: {exc}")
    doc._.newsgraph_errors = errs
