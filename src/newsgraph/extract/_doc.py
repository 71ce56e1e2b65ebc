"""Doc extension attributes shared by the newsgraph components, and helpers over them.

Every component stores plain Python data (lists of dicts and tuples) on ``doc._.newsgraph_*`` so a
Doc pickles across processes (``nlp.pipe(n_process=2)``) without custom serializers.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import Any, TypeVar

import numpy
from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc, Token

from ..errors import ModelError

log = logging.getLogger("newsgraph.extract")
T = TypeVar("T")

__all__ = [
    "EXTENSIONS",
    "ensure_extensions",
    "doc_text",
    "doc_words",
    "token_words",
    "span_text",
    "overlap_test",
    "content_paragraphs",
    "paragraph_at",
    "in_content",
    "entity_at",
    "hyphen_start",
    "hyphen_end",
    "sentence_around",
    "record_failure",
    "guarded",
    "require",
    "family_of",
    "UPSTREAM",
    "requires_of",
    "assigns_of",
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
    "newsgraph_errors": "list[dict(family, message)]: each extractor family that failed on this doc",
}


#: family -> the families whose output its component reads: they must run before it. Amounts and events
#: read entity countries, which the places step completes, so they come after places too.
UPSTREAM: dict[str, tuple[str, ...]] = {
    "entities": (),
    "times": (),
    "places": ("entities",),
    "quotes": ("entities",),
    "amounts": ("entities", "times", "places"),
    "events": ("entities", "times", "places", "quotes"),
}
#: family -> the ``doc._`` attributes its component writes
_ASSIGNS: dict[str, tuple[str, ...]] = {
    "entities": ("entities", "mentions"),
    "places": ("places", "entities"),
    "amounts": ("amounts", "changes"),
}


def requires_of(family: str) -> list[str]:
    """The ``requires`` of a component's factory (spaCy's attribute notation)."""
    return [f"doc._.newsgraph_{u}" for u in UPSTREAM[family]]


def assigns_of(family: str) -> list[str]:
    """The ``assigns`` of a component's factory (spaCy's attribute notation)."""
    return [f"doc._.newsgraph_{a}" for a in _ASSIGNS.get(family, (family,))]


def ensure_extensions() -> None:
    """Register the ``doc._.newsgraph_*`` attributes once (idempotent; called by every factory)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# user_data key of the Doc's text, built once per Doc (see doc_text)
_TEXT_KEY = "newsgraph_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``doc.user_data``.

    spaCy rebuilds ``Doc.text`` from every token on each read (about as long as a whole quote pass over
    the Doc): the cleaning step, first in the pipeline, builds it once and later components read it here.
    A kept text whose length is not the Doc's (a Doc merged or copied with foreign user data) is rebuilt.
    """
    n = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    text = doc.user_data.get(_TEXT_KEY)
    if isinstance(text, str) and len(text) == n:
        return text
    text = doc.text
    doc.user_data[_TEXT_KEY] = text
    return text


_WORDS_KEY = "newsgraph_words"


def doc_words(doc: Doc) -> list[str]:
    """Every token's text, read once per Doc and kept in ``doc.user_data``: each ``doc[i]`` makes a new Token
    view, and the title and name lookups read the same few tokens around every mention again and again
    (thousands of views per report). A kept list whose length is not the Doc's is rebuilt."""
    words = doc.user_data.get(_WORDS_KEY)
    if isinstance(words, list) and len(words) == len(doc):
        return words
    strings = doc.vocab.strings  # from the ORTH array: no Token view made at all
    words = [strings[o] for o in doc.to_array(ORTH).tolist()]
    doc.user_data[_WORDS_KEY] = words
    return words


def token_words(doc: Doc) -> tuple[list[str], list[str]]:
    """(``t.lemma_.lower()``, ``t.lower_``) for every token of the Doc, from its arrays (each distinct
    word's string read once: words repeat)."""
    return _strings(doc, "LEMMA", str.lower), _strings(doc, "LOWER", str)


def _strings(doc: Doc, attr: str, form: Callable[[str], str]) -> list[str]:
    hashes, at = numpy.unique(doc.to_array(attr), return_inverse=True)
    words = [form(doc.vocab.strings[h]) for h in hashes.tolist()]
    return [words[k] for k in at.tolist()]


_STARTS_KEY = "newsgraph_starts"


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (start < end) cut from the Doc's text by its tokens' offsets, kept once per Doc
    (``Span.text`` makes a Token view for each of its words)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if not (isinstance(starts, list) and len(starts) == len(doc)):
        starts = doc.to_array(IDX).tolist()
        doc.user_data[_STARTS_KEY] = starts
    return doc_text(doc)[starts[start] : starts[end - 1] + len(doc_words(doc)[end - 1])]


def overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether (st, en) overlaps any of ``spans``, by bisection: the spans starting before ``en`` are a prefix
    of them sorted by start, and one overlaps iff the furthest end of that prefix passes ``st`` (scanning
    every span for every token made long reports quadratic)."""
    spans = sorted(spans)
    starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))

    def test(st: int, en: int) -> bool:
        k = bisect_left(starts, en)
        return k > 0 and reach[k - 1] > st
    return test


def per_doc(doc: Doc, key: str, build: Callable[[Doc], T], source: object = None) -> T:
    """``build(doc)``, made once per Doc and kept in ``doc.user_data`` under ``key`` (as :func:`doc_text` keeps
    the text): lookups that every fact of a report makes (its times, its nouns) must not scan the whole report
    each time, which made long reports quadratic. ``source``: what the value is built from (a list another
    component may replace); when it is no longer the same object the value is built again."""
    hit = doc.user_data.get(key)
    if isinstance(hit, tuple) and len(hit) == 2 and hit[0] is source:
        return hit[1]
    value = build(doc)
    doc.user_data[key] = (source, value)
    return value


def _paragraphs(doc: Doc) -> list[tuple[int, int, str]]:
    pars = doc._.newsgraph_paragraphs
    if pars is None:  # a Doc that did not go through newsgraph_clean: one body paragraph
        return [(0, len(doc_text(doc)), "body")]
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


def _joined(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written with no space on either side ("co-workers": co, -, workers)."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def hyphen_start(tok: Token, alpha: bool = False) -> int:
    """The index of the first part of the hyphenated word that ends at ``tok`` ("co" of "co-workers"; ``tok.i``
    when none): the tokenizer splits such a word into its parts and hyphens. ``alpha``: every part is letters."""
    doc, i = tok.doc, tok.i
    while i >= 2 and _joined(doc, i - 1) and (not alpha or doc[i - 2].is_alpha):
        i -= 2
    return i


def hyphen_end(tok: Token, alpha: bool = False) -> int:
    """The index of the last part of the hyphenated word that starts at ``tok`` (as :func:`hyphen_start`)."""
    doc, i = tok.doc, tok.i
    while i + 2 < len(doc) and _joined(doc, i + 1) and (not alpha or doc[i + 2].is_alpha):
        i += 2
    return i


# a sentence's end for a reader of the plain text (no parse needed): a stop, "!" or "?" before a space or the end
_SENTENCE_END = re.compile(r"[.!?](?:[ \t\n]|$)")


def sentence_around(text: str, at: int) -> str:
    """The sentence around character ``at`` of ``text``: the text between the nearest sentence ends, at most 400
    characters to either side (the one sentence finder of extract/; kb/sentences reads stored texts)."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
    after = _SENTENCE_END.search(text, at)
    return text[before : after.end() if after else min(len(text), at + 400)]


def entity_by_id(doc: Doc) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in doc._.newsgraph_entities or []}


def family_of(component: str) -> str:
    """The fact family of a component name: ``newsgraph_amounts`` -> ``amounts``."""
    return component.removeprefix("newsgraph_")


def record_failure(doc: Doc, component: str, exc: BaseException) -> None:
    """The failure policy: ``component``'s family failed on this doc; only its facts are lost.

    The traceback goes to the log; the doc keeps ``{family, message}``, which the pipeline copies into
    ``Article.extraction_errors`` (the article is still returned and stored with its other facts).
    Components call this from their one ``except Exception`` (or use :func:`guarded`) so that one bad
    article can stop neither ``nlp.pipe`` nor the other families.
    """
    family = family_of(component)
    meta = doc._.newsgraph_meta or {}
    where = meta.get("url") or meta.get("title") or f"{doc.text[:60]!r}"
    log.error("%s failed on %s: %s: %s", family, where, type(exc).__name__, exc, exc_info=exc)
    errs = list(doc._.newsgraph_errors or [])
    errs.append({"family": family, "message": f"{type(exc).__name__}: {exc}"})
    doc._.newsgraph_errors = errs


def guarded(doc: Doc, component: str, extract: Callable[[Doc], T]) -> T | None:
    """``extract(doc)`` under the failure policy: on an exception, record it and return None."""
    try:
        return extract(doc)
    except Exception as exc:  # any bug of one family must cost only that family, and is logged
        record_failure(doc, component, exc)
        return None


def require(doc: Doc, component: str, *upstream: str) -> None:
    """Raise a clear error when an upstream component did not run on ``doc`` (its attribute is unset).

    A family that ran and failed leaves an empty list, not None, so this fires only on a pipeline
    built without the upstream component (e.g. ``newsgraph_quotes`` added without ``newsgraph_entities``).
    """
    for up in upstream:
        if getattr(doc._, f"newsgraph_{up}") is None:
            raise ModelError(
                f"{component} needs doc._.newsgraph_{up}: add the newsgraph_{up} component before it "
                f"(see newsgraph.nlp.COMPONENTS for the order)")
