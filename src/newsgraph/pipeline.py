"""Article text in, :class:`~newsgraph.record.Article` out.

``extract`` handles one article; ``extract_many`` streams many through ``nlp.pipe`` (batching and
``n_process``), yielding, in input order, an ``Article`` for each good item and an ``ItemError`` for
each bad one, so that a batch goes on and nothing is lost silently.

Failure policy: an extractor family that raises on an article loses only its own facts; the article
keeps the others and lists the failure in ``Article.extraction_errors`` (the traceback is logged by
``newsgraph.extract._doc.record_failure``). Only an unusable input becomes an ``ItemError``.

spaCy is imported on the first extraction, not with this module, so that the readers (which use
``to_item``) and the store stay cheap to import.
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .chunks import DEFAULT_CHUNK_CHARS, ChunkMerge, split_text
from .errors import EmptyTextError, ExtractionError, InputError, InvalidFieldError, NewsgraphError
from .inline_cards import mask_cards
from .record import EVENT_MIN_CONFIDENCE, Article, ExtractionFailure, Item, ItemError, article_id
from .storable import storable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["FAMILY_FIELDS", "Item", "extract", "extract_many", "detect_language", "normalize_published", "to_item"]

_FACT_FIELDS = ("entities", "quotes", "amounts", "changes", "times", "places", "events")
#: extractor family -> the record fields it fills (what a failure of the family empties)
FAMILY_FIELDS: dict[str, tuple[str, ...]] = {
    "entities": ("entities",), "times": ("times",), "places": ("places",), "quotes": ("quotes",),
    "amounts": ("amounts", "changes"), "events": ("events",),
}
# py3langid's normalized probability below which a text is not declared non-English: short or
# mixed texts (headlines, tables of numbers) are often misread, and wrongly dropping an English
# article costs more than extracting from a rare foreign one.
_LANG_MIN_PROB = 0.90
_LANG_MIN_CHARS = 40
# The most characters one spaCy batch holds (see _run): short articles go up to the batch size or this many
# characters, whichever comes first; a long article's 100,000-character chunks go one at a time. spaCy's
# memory follows the characters of the batch: at 300,000 a batch of short articles peaked at 1,192 MB and a
# 1 MB line (chunks three at a time) at 1,367 MB; at 100,000, 671 and 700 MB, in no more CPU time
# (BENCHMARKS.md, issue 15).
DEFAULT_BATCH_CHARS = 100_000


_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$")


def normalize_published(value: Any) -> str | None:
    """``YYYY-MM-DD`` from a date, a datetime or an ISO string; None for None or ""; else an error."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = _DATE.match(value)
        if m:
            try:
                return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError as exc:
                raise InvalidFieldError(f"published {value!r} is not a real date ({exc})") from exc
    raise InvalidFieldError(f"published {value!r} is not an ISO date (YYYY-MM-DD)")


def _text_field(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    raise InvalidFieldError(f"{what} must be a string, got {type(value).__name__}")


def to_item(obj: str | Mapping[str, Any] | Item) -> Item:
    """Normalize an input (text, dict with text/title/date|published/url/source, or Item)."""
    if isinstance(obj, Item):
        item = obj
    elif isinstance(obj, str):
        item = Item(text=obj)
    elif isinstance(obj, Mapping):
        text = obj.get("text")
        if not isinstance(text, str):
            raise InvalidFieldError("missing or non-string 'text' field", item=_ref_of(obj))
        published = obj.get("published", obj.get("date"))
        item = Item(
            text=text,
            title=_text_field(obj.get("title"), "title"),
            published=published,
            url=_text_field(obj.get("url"), "url"),
            source=_text_field(obj.get("source"), "source"),
            ref=_ref_of(obj),
        )
    else:
        raise InputError(f"cannot read an article from a {type(obj).__name__}")
    # NULs and lone surrogates cannot be stored everywhere (see newsgraph.storable): cleaned, length kept
    item.text = storable(item.text.replace("\r\n", "\n").replace("\r", "\n"))
    for name in ("title", "url", "source", "ref"):
        value = getattr(item, name)
        if isinstance(value, str):
            setattr(item, name, storable(value))
    if not item.text.strip():
        raise EmptyTextError("empty text", item=item.ref)
    try:
        item.published = normalize_published(item.published)
    except InvalidFieldError as exc:
        raise InvalidFieldError(exc.reason, item=item.ref) from None
    return item


def _ref_of(obj: Mapping[str, Any]) -> str | None:
    for k in ("id", "url", "title"):
        v = obj.get(k)
        if isinstance(v, (str, int)) and str(v):
            return str(v)
    return None


@lru_cache(maxsize=1)
def _langid() -> Any:
    from .langid_model import identifier  # the model read from an uncompressed copy (0.1 s, not 0.7)

    return identifier()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, "en" when the evidence for another is weak."""
    sample = text[:3000]
    if len(sample.strip()) < _LANG_MIN_CHARS:
        return "en"
    lang, prob = _langid().classify(sample)
    return str(lang) if lang != "en" and prob >= _LANG_MIN_PROB else "en"


def _base_record(item: Item, language: str) -> dict[str, Any]:
    return {
        "id": article_id(item.text),
        "url": item.url,
        "title": item.title,
        "published": item.published,
        "source": item.source,
        "language": language,
        "text": item.text,
    }


def _record_from_doc(doc: Doc, item: Item) -> Article:
    """The record of a processed Doc, validated once; a family that failed keeps no facts and is listed."""
    rec = _base_record(item, "en")
    rec["paragraphs"] = [{"start": s, "end": e, "kind": k} for s, e, k in doc._.newsgraph_paragraphs or []]
    rec["related_links"] = list(doc._.newsgraph_related or [])
    rec["headings"] = list(doc._.newsgraph_headings or [])
    errs = {(f["family"], f["message"]): f for f in doc._.newsgraph_errors or []}
    lost = {name for family, _m in errs for name in FAMILY_FIELDS.get(family, ())}
    for f in _FACT_FIELDS:
        rec[f] = [] if f in lost else list(getattr(doc._, f"newsgraph_{f}") or [])
    rec["extraction_errors"] = list(errs.values())
    return Article.model_validate(rec)


def _whole(rec: Article) -> Article:
    """A whole article's record with its persons re-grouped by the name rules (issue 16): what
    ``extract`` prints, Spark writes and the knowledge base stores then agree on who said and did what
    (a bare "Trump" the extractor gave to the nearest Trump is the one the report means)."""
    from .persons import repair_record

    return repair_record(rec)


def _record_without_nlp(item: Item, language: str) -> Article:
    """A non-English article: language set, paragraphs kept, no facts."""
    from .clean import clean

    cleaned = clean(item.text)
    rec = _base_record(item, language)
    rec["paragraphs"] = [{"start": b.start, "end": b.end, "kind": b.kind} for b in cleaned.paragraphs]
    return Article.model_validate(rec)


def _make_doc(nlp: Language, item: Item) -> Doc:
    # a hover card inside a sentence is blanked in the Doc only (same length: the record keeps the text)
    doc = nlp.make_doc(mask_cards(item.text))
    doc._.newsgraph_meta = {"published": item.published, "title": item.title, "url": item.url, "source": item.source}
    return doc


def _drop_failed(rec: Article, failures: list[dict[str, str]]) -> Article:
    """The failure policy on a merged record: each failed family's facts are empty, each failure listed once."""
    errs = {(f["family"], f["message"]): f for f in failures}
    update: dict[str, Any] = {"extraction_errors": [ExtractionFailure.model_validate(f) for f in errs.values()]}
    for family, _message in errs:
        for name in FAMILY_FIELDS.get(family, ()):
            update[name] = []
    return rec.model_copy(update=update)  # no copy of the kept facts, no validation of them again


def extract(
    text: str,
    *,
    published: str | _dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    model: str | None = None,
    cancel: threading.Event | None = None,
    min_confidence: float | None = None,
) -> Article:
    """Extract one article. Raises a :class:`~newsgraph.errors.NewsgraphError` on bad input.

    ``cancel``: when this event is set (a caller that stopped waiting, such as the web API past its
    timeout), the extraction stops at the next pipeline step and raises ExtractionError("cancelled ...").
    Events below ``min_confidence`` (default :data:`newsgraph.record.EVENT_MIN_CONFIDENCE`) are left out
    of the returned record; pass 0 to keep all. ``extract_many`` (ingest, Spark) keeps every event.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__}")
    item = to_item(Item(text=text, title=title, published=published, url=url, source=source))  # type: ignore[arg-type]
    results = _run_cancellable(item, model, cancel) if cancel is not None else _run(
        [(0, item)], model=model, n_process=1, batch_size=1)
    for out in results:
        if isinstance(out, ItemError):  # a record that fails validation: a bug, raised for this one article
            raise ExtractionError(out.reason, item=item.ref)
        floor = EVENT_MIN_CONFIDENCE if min_confidence is None else min_confidence
        if floor > 0:
            out.events = [e for e in out.events if (e.confidence or 0.0) >= floor]
        return out
    raise AssertionError("unreachable: one item in, one result out")


def _run_cancellable(item: Item, model: str | None, cancel: threading.Event) -> Iterator[Article | ItemError]:
    """One item through the pipeline one component at a time, checking ``cancel`` between steps (a
    thread cannot be stopped from outside; this is where it stops itself)."""
    from . import nlp as _nlp  # spaCy loads here, on the first extraction

    nlp = _nlp.load(model)
    lang = detect_language(item.text)
    if lang != "en":
        yield _record_without_nlp(item, lang)
        return
    limit = max(1000, min(DEFAULT_CHUNK_CHARS, nlp.max_length - 1))
    spans = [(0, len(item.text))] if len(item.text) <= limit else split_text(item.text, limit)
    long = _Long(len(spans))
    for s, e in spans:
        chunk = item if len(spans) == 1 else Item(text=item.text[s:e], title=item.title, published=item.published,
                                                  url=item.url, source=item.source, ref=item.ref)
        doc = _make_doc(nlp, chunk)
        for _name, proc in nlp.pipeline:
            if cancel.is_set():
                raise ExtractionError("cancelled: the caller stopped waiting", item=item.ref)
            doc = proc(doc)
        rec = _record_from_doc(doc, chunk if len(spans) == 1 else Item(text=doc.text, ref=item.ref))
        if len(spans) == 1:
            yield _whole(rec)
            return
        long.add(s, rec)
    yield long.result(item, 0)


def extract_many(
    items: Iterable[str | Mapping[str, Any] | Item],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    model: str | None = None,
) -> Iterator[Article | ItemError]:
    """Extract a stream of articles, yielding one ``Article`` or ``ItemError`` per input, in order."""
    return _run(_prepared(items), model=model, n_process=n_process, batch_size=batch_size)


def _prepared(items: Iterable[Any]) -> Iterator[tuple[int, Item | ItemError]]:
    for i, obj in enumerate(items):
        try:
            yield i, to_item(obj)
        except NewsgraphError as exc:
            yield i, ItemError(index=i, item=exc.item, reason=exc.reason, error=type(exc).__name__)


def _run(
    pairs: Iterable[tuple[int, Item | ItemError]], *, model: str | None, n_process: int, batch_size: int,
    chunk_chars: int = DEFAULT_CHUNK_CHARS, batch_chars: int = DEFAULT_BATCH_CHARS,
) -> Iterator[Article | ItemError]:
    from . import nlp as _nlp  # spaCy loads here, on the first extraction

    nlp = _nlp.load(model)  # before the workers fork: they inherit the loaded pipeline
    if n_process > 1:
        # workers do all of each article's work (newsgraph.parallel); this process only hands out items
        from .parallel import run_parallel

        _warm()

        return run_parallel(pairs, model=model, n_process=n_process, chunk_chars=chunk_chars,
                            batch_chars=batch_chars)
    return _Stream(nlp, pairs, n_process=1, batch_size=batch_size, chunk_chars=chunk_chars,
                   batch_chars=batch_chars).results()


def _warm() -> None:
    """Build the tables every worker builds on its first article, once, before they fork: each would
    otherwise spend its own 1.5-2 s on them (the language model and the reference-actor index, which
    the parent's person repair also reads)."""
    from .actors import _index
    from .nlp import no_collection

    with no_collection():
        _langid()
        _index()


_Meta = tuple[int, Item, int, int]  # input index, item, chunk offset, number of chunks


class _Stream:
    """Items through ``nlp.pipe`` in input order, with memory bounded by characters, not only by articles.

    A batch holds at most ``batch_chars`` characters: a short item that would pass the budget starts the
    next batch, and a long article's chunks go through spaCy ``chunk_batch`` at a time in one process
    (64 chunks of 100,000 characters in one batch took 7 GB). Items that skip the NLP (errors,
    non-English) wait in ``held`` so that output keeps input order.
    """

    def __init__(self, nlp: Language, pairs: Iterable[tuple[int, Item | ItemError]], *, n_process: int,
                 batch_size: int, chunk_chars: int, batch_chars: int) -> None:
        self.nlp, self.n_process, self.batch_size = nlp, n_process, batch_size
        self.limit = max(1000, min(chunk_chars, nlp.max_length - 1))
        self.budget = max(self.limit, batch_chars)
        self.chunk_batch = max(1, self.budget // self.limit)
        self.held: dict[int, Article | ItemError] = {}
        self.order: list[int] = []
        self.parts: dict[int, _Long] = {}  # a long article's chunk records, merged as they come
        self.stash: list[tuple[int, Item]] = []  # the item that ended the last run of short docs
        self.source = self._english(pairs)
        self.next_out = 0

    def results(self) -> Iterator[Article | ItemError]:
        while True:
            yield from self._take(self.nlp.pipe(self._short_docs(), as_tuples=True, batch_size=self.batch_size,
                                                n_process=self.n_process))
            if not self.stash:
                break
            if len(self.stash[-1][1].text) > self.limit:
                i, it = self.stash.pop()
                yield from self._take(self.nlp.pipe(self._chunk_docs(i, it), as_tuples=True,
                                                    batch_size=self.chunk_batch, n_process=1))
        while self.next_out < len(self.order):
            yield self.held.pop(self.order[self.next_out])
            self.next_out += 1

    def _english(self, pairs: Iterable[tuple[int, Item | ItemError]]) -> Iterator[tuple[int, Item]]:
        for i, it in pairs:
            self.order.append(i)
            if isinstance(it, ItemError):
                self.held[i] = it
                continue
            try:
                lang = detect_language(it.text)
                if lang != "en":
                    self.held[i] = _record_without_nlp(it, lang)
                    continue
            except Exception as exc:  # one item's failure is its own ItemError, never the batch's
                self.held[i] = ItemError(index=i, item=it.ref, reason=f"language or record: {exc}",
                                         error=type(exc).__name__)
                continue
            yield i, it

    def _short_docs(self) -> Iterator[tuple[Doc, _Meta]]:
        """Docs of short items until a long one, or one that would pass the batch's budget, comes."""
        in_batch = chars = 0
        while True:
            nxt = self.stash.pop() if self.stash else next(self.source, None)
            if nxt is None:
                return
            i, it = nxt
            n = len(it.text)
            if n > self.limit or (in_batch and chars + n > self.budget):
                self.stash.append(nxt)
                return
            yield _make_doc(self.nlp, it), (i, it, 0, 1)
            in_batch, chars = in_batch + 1, chars + n
            if in_batch >= self.batch_size:
                in_batch = chars = 0

    def _chunk_docs(self, i: int, it: Item) -> Iterator[tuple[Doc, _Meta]]:
        spans = split_text(it.text, self.limit)
        for s, e in spans:
            chunk = Item(text=it.text[s:e], title=it.title, published=it.published, url=it.url,
                         source=it.source, ref=it.ref)
            yield _make_doc(self.nlp, chunk), (i, it, s, len(spans))

    def _take(self, done: Iterable[tuple[Doc, _Meta]]) -> Iterator[Article | ItemError]:
        for doc, (i, it, offset, n_chunks) in done:
            long = self.parts.setdefault(i, _Long(n_chunks)) if n_chunks > 1 else None
            try:
                if long is None:
                    self.held[i] = _whole(_record_from_doc(doc, it))
                else:
                    long.add(offset, _record_from_doc(doc, Item(text=doc.text, ref=it.ref)))
                    if long.done():
                        self.held[i] = long.result(it, i)
            except Exception as exc:  # a record that fails validation is a bug, reported per item
                error = ItemError(index=i, item=it.ref, reason=f"record: {exc}", error=type(exc).__name__)
                if long is None:
                    self.held[i] = error
                else:  # the article's later chunks are counted and dropped; its result is this error
                    long.fail(error)
                    if long.done():
                        self.held[i] = long.result(it, i)
            if long is not None and long.done():
                self.parts.pop(i, None)
            while self.next_out < len(self.order) and self.order[self.next_out] in self.held:
                yield self.held.pop(self.order[self.next_out])
                self.next_out += 1


class _Long:
    """A long article's chunk records, merged one by one as spaCy yields them (never all held at once):
    the article's result is the merged record, or the first chunk error."""

    def __init__(self, n_chunks: int) -> None:
        self.n_chunks, self.got = n_chunks, 0
        self.merge: ChunkMerge | None = ChunkMerge()
        self.failures: list[dict[str, str]] = []
        self.errors: list[ItemError] = []

    def add(self, offset: int, rec: Article | ItemError) -> None:
        self.got += 1
        if isinstance(rec, ItemError):
            self.errors.append(rec)
            self.merge = None  # the article fails: what was merged so far is dropped
        elif self.merge is not None:
            self.failures += [e.model_dump() for e in rec.extraction_errors]
            self.merge.add(offset, rec)

    def fail(self, error: ItemError) -> None:
        """A chunk whose record could not be made."""
        self.add(0, error)

    def done(self) -> bool:
        return self.got >= self.n_chunks

    def result(self, item: Item, index: int) -> Article | ItemError:
        if self.errors or self.merge is None:
            return ItemError(index=index, item=item.ref, error=self.errors[0].error,
                             reason="; ".join(dict.fromkeys(e.reason for e in self.errors)))
        merged, self.merge = self.merge.result(), None
        # the fact objects were validated in their chunk records: the article takes them as they are
        rec = Article.model_validate({**_base_record(item, "en"), **merged})
        rec = _drop_failed(rec, self.failures) if self.failures else rec
        from .extract.amounts.totals import reread_totals  # (spaCy is loaded by now)

        return _whole(reread_totals(rec))  # a figure's time may stretch to a time of the next chunk
