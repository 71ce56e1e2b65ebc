"""The public record: one news article turned into evidence-linked facts.

Field names here are a public contract (schema_version "2"): fields may be added, never renamed, and
every field added after version "1" is optional with a default, so version-1 records still load.
Every ``start``/``end`` pair is a character offset into :attr:`Article.text`.
This module imports nothing else from newsgraph (and never spaCy) so that consumers can depend on it alone;
the extractors return these models, so each fact kind has this one definition.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SCHEMA_VERSION",
    "Span",
    "Paragraph",
    "RelatedLink",
    "Mention",
    "Entity",
    "Quote",
    "Amount",
    "Change",
    "Time",
    "PlaceMention",
    "Place",
    "Party",
    "Event",
    "ExtractionFailure",
    "Article",
    "Item",
    "ItemError",
    "article_id",
    "measure_key",
    "normalize_measure_object",
    "json_schema",
]

SCHEMA_VERSION = "2"

ParagraphKind = Literal["body", "heading", "related", "boilerplate", "byline", "dateline", "caption"]
#: Paragraph kinds whose text feeds the extractors; the other kinds are kept but never mined for facts.
CONTENT_KINDS: frozenset[str] = frozenset({"body", "heading"})


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    start: int
    end: int


class Paragraph(Span):
    kind: ParagraphKind


class RelatedLink(_Model):
    text: str
    url: str | None = None
    start: int | None = None
    end: int | None = None


class Mention(Span):
    text: str


class Entity(_Model):
    id: str = Field(description='"E1", "E2"... in order of first mention')
    name: str = Field(description="canonical name")
    type: str = Field(description="spaCy/OntoNotes label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT...")
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    mentions: list[Mention] = Field(default_factory=list)


class Quote(Span):
    id: str
    text: str
    kind: Literal["direct", "partial", "indirect", "block", "document", "question"] = Field(
        description="direct: a quoted sentence; partial: quoted words inside the reporter's sentence; indirect: "
        "reported speech without marks; block: a paragraph of a letter, email or statement set out after "
        "'wrote:'; document: words quoted from a law or document, no human speaker; question: a reporter's "
        "question, the asker as speaker")
    speaker: str | None = None
    speaker_name: str | None = None
    affiliation: str | None = Field(default=None, description="entity id of the organization a titled speaker "
                                    "speaks for ('National Economic Council Director Larry Kudlow')")
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None


Number = int | float


class Amount(Span):
    value: Number
    text: str
    kind: Literal["count", "money", "percent", "measure"]
    object: str | None = None
    unit: str | None = None
    currency: str | None = None
    approx: str | None = None
    low: Number | None = None
    high: Number | None = None
    measure: str | None = None
    owner: str | None = None
    location: str | None = None
    time: str | None = None
    change: str | None = None


class Change(Span):
    id: str
    object: str | None = None
    owner: str | None = None
    location: str | None = None
    from_value: Number | None = None
    to_value: Number | None = None
    from_approx: str | None = None
    to_approx: str | None = None
    delta: Number | None = None
    pct: Number | None = None
    direction: Literal["increase", "decrease"] | None = None
    verb: str | None = None
    time: str | None = None
    measure: str | None = None


class Time(Span):
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None
    mod: str | None = None
    anchor: Literal["published", "text", "absolute"] | None = None


class PlaceMention(Mention):
    pass


class Place(_Model):
    id: str
    name: str
    entity: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    geonames_id: int | None = None
    population: int | None = None
    score: float | None = None
    mentions: list[PlaceMention] = Field(default_factory=list)


class Party(_Model):
    name: str
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None


class Event(Span):
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actors: list[Party] = Field(default_factory=list)
    targets: list[Party] = Field(default_factory=list)
    place: str | None = None
    time: str | None = None
    negated: bool = False
    hypothetical: bool = False
    source_quote: str | None = None
    text: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    confidence: float | None = None


class ExtractionFailure(_Model):
    """One extractor family that failed on an article: its facts are missing, the others are kept."""

    family: str = Field(description='the family whose facts are missing: "entities", "quotes", "amounts"...')
    message: str = Field(description="the exception class and message (the traceback goes to the log)")


class Article(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="first 16 hex digits of sha256 over the NFC, whitespace-collapsed text")
    url: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD or null")
    source: str | None = None
    language: str | None = None
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    related_links: list[RelatedLink] = Field(default_factory=list)
    headings: list[str] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    changes: list[Change] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    extraction_errors: list[ExtractionFailure] = Field(
        default_factory=list, description="families that failed on this article (new in schema_version 2)")

    def span_text(self, span: Span | Mention) -> str:
        """The evidence text of any fact with start/end offsets."""
        return self.text[span.start : span.end]

    def body_text(self) -> str:
        """Body paragraphs joined by blank lines (headings, promos and boilerplate left out)."""
        return "\n\n".join(self.text[p.start : p.end] for p in self.paragraphs if p.kind == "body")


@dataclass
class Item:
    """One input article before extraction: the text and its metadata (see ``newsgraph.pipeline.to_item``)."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    ref: str | None = None  # the caller's own id, used to name the item in errors


class ItemError(_Model):
    """An input item that could not be turned into an :class:`Article` (returned, not raised, in batches)."""

    index: int = Field(description="0-based position of the item in the batch")
    item: str | None = Field(default=None, description="the item's own id, url or title when it has one")
    reason: str
    error: str = Field(description="the exception class name")


def article_id(text: str) -> str:
    """First 16 hex digits of sha256 over the NFC-normalized, whitespace-collapsed text."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def _measure_synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    raw = resources.files("newsgraph").joinpath("data/measure_synonyms.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, words = line.partition("\t")
        for w in words.split("|"):
            table[w.strip().lower()] = key.strip()
    return table


_WORD = re.compile(r"[a-z][a-z\-']*")


def normalize_measure_object(obj: str | None) -> str:
    """Map a counted object ("US troops", "service members") to its measure name ("troops"); "-" if unknown.

    The synonym table (data/measure_synonyms.tsv) is tried on the whole phrase, then on its
    trailing words (the head noun comes last in English noun phrases), then on each word from the end.
    """
    if not obj:
        return "-"
    table = _measure_synonyms()
    words = _WORD.findall(obj.lower().replace("’", "'"))
    if not words:
        return "-"
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if phrase in table:
            return table[phrase]
    for w in reversed(words):
        if w in table:
            return table[w]
    head = words[-1]
    return head if head.isalpha() else "-"


def measure_key(obj: str | None, owner: str | None = None, location: str | None = None) -> str:
    """The key that lines a figure up across reports: ``object:owner:location``, e.g. ``troops:USA:IRQ``."""
    return f"{normalize_measure_object(obj)}:{owner or '-'}:{location or '-'}"


def json_schema() -> dict[str, Any]:
    """The JSON schema of :class:`Article` (what ``newsgraph schema`` prints)."""
    schema = Article.model_json_schema()
    schema["$id"] = f"https://newsgraph.invalid/schema/article-{SCHEMA_VERSION}.json"
    return schema


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(json_schema(), indent=2))
