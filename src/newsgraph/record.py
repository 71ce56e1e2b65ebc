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
    "UNSAID_QUOTE_KINDS",
    "QuoteModality",
    "listed_quote",
    "Amount",
    "Change",
    "Time",
    "PlaceMention",
    "Place",
    "Party",
    "Event",
    "EventSpan",
    "EVENT_MIN_CONFIDENCE",
    "ExtractionFailure",
    "Article",
    "Item",
    "ItemError",
    "article_id",
    "measure_key",
    "normalize_measure_object",
    "canonical_object",
    "unit_suffix",
    "dimension_of",
    "amount_key",
    "is_series",
    "counts_who_only",
    "series_object",
    "key_parts",
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


#: Quote kinds that hold no words anyone said: a ``stance`` is what a position its speaker took is aimed at
#: ("condemned the launch", "endorsed Clinton"); a ``topic`` is what an act of speech, attention or deliberation
#: was about, with no position ("discussed the next steps", "did not mention Israel", "is considering a run", round
#: 36); an ``impersonal`` view is a stance nobody is said to hold ("is expected to", "seems to", "a file photo
#: shows", round 37); a ``term`` is a short verbless phrase in quotation marks that nobody is said to have said (a
#: label, slogan or scare quote: 'presumed "the community of nations"', round 37); all four stored, never listed or
#: searched as a quote (round 14).
UNSAID_QUOTE_KINDS = frozenset({"stance", "topic", "impersonal", "term"})
#: A quote's modality: ``asserted`` (words said), ``negated`` (what someone refused or declined to say: "declined to
#: say whether ...") or ``hypothetical`` (words someone might say). Only asserted quotes are listed (round 18).
QuoteModality = Literal["asserted", "negated", "hypothetical"]


def listed_quote(kind: str | None, modality: str | None) -> bool:
    """The quote is listed, highlighted, counted and exported as words said: no stance, and asserted (a record
    or row made before the field existed has no modality and was asserted)."""
    return kind not in UNSAID_QUOTE_KINDS and modality in (None, "asserted")


class Quote(Span):
    id: str
    text: str
    kind: Literal["direct", "partial", "indirect", "block", "document", "question", "stance", "topic",
                  "impersonal", "term"] = Field(
        description="direct: a quoted sentence; partial: quoted words inside the reporter's sentence; indirect: "
        "reported speech without marks; block: a paragraph of a letter, email or statement set out after "
        "'wrote:'; document: words quoted from a law or document, no human speaker; question: a reporter's "
        "question, the asker as speaker; stance: what a position the speaker took is aimed at ('condemned the "
        "launch', 'endorsed Clinton'), no words said (never listed as a quote); topic: what an act of speech, "
        "attention or deliberation was about, no position and no words ('discussed the next steps', 'is "
        "considering a run'; never listed); impersonal: a view told with no holder, the writer's hedge or "
        "unnamed people's view ('is expected to win', 'seems to have stalled'), never listed; term: a short "
        "verbless phrase in quotation marks that nobody is said to have said, a label, slogan or scare quote ('presumed \"the community of "
        "nations\"'), never listed")
    speaker: str | None = None
    speaker_name: str | None = None
    affiliation: str | None = Field(default=None, description="entity id of the organization a titled speaker "
                                    "speaks for ('National Economic Council Director Larry Kudlow')")
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    modality: QuoteModality = Field(
        default="asserted", description="asserted: words said; negated: what the speaker declined or refused to "
        "say ('declined to say whether ...'); hypothetical: words the speaker might say. Only asserted quotes are "
        "listed, highlighted, counted or exported as quotes (stored all the same)")


Number = int | float
#: What kind of quantity a figure is; figures of different dimensions never share a measure key.
Dimension = Literal["count", "money", "percent", "rate", "measure"]


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
    dimension: Dimension | None = Field(
        default=None, description="count, money, percent, rate (per 100,000, per capita, a day) or measure "
        "(a physical unit); None in records made before the field existed (then read from kind)")
    rate: str | None = Field(default=None, description='the base of a rate: "100k", "1k", "capita", "day"')
    added: bool | None = Field(
        default=None, description='more of the same ("two more airstrikes", "another 500 troops"): the size of '
        "an addition, no level of a series; None in records made before the field existed")
    running_total: bool | None = Field(
        default=None, description='a total running from its time to the report\'s day ("killed since 2011", '
        '"so far this year", "to date"); None in records made before the field existed')
    time_end: str | None = Field(
        default=None, description='TIMEX value of the time a stretch runs to ("between mid-April and August 27": '
        "August 27's), else None; unread while running_total is None")


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
    from_time: str | None = Field(
        default=None, description="TIMEX value stated for from_value itself (\"down from 900 in June\")")
    running_total: bool | None = Field(
        default=None, description='to_value is a total running from the change\'s time to the report\'s day '
        '("to 900 so far"); None in records made before the field existed')
    time_end: str | None = Field(
        default=None, description="TIMEX value of the time the stretch of `time` runs to (\"rose between May and "
        "July\"), else None; unread while running_total is None")
    from_time_end: str | None = Field(
        default=None, description="the same for from_time; unread while running_total is None")


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


#: How the report presents an event (docs/events_guidelines.md); ``negated`` and ``hypothetical`` follow it.
Modality = Literal["asserted", "negated", "intended", "threatened", "hypothetical", "requested", "alleged"]
#: Readers (``newsgraph.extract``, the CLI, the API, the web) show events at or above this confidence by
#: default; every event is stored. Chosen on the tune half of benchmarks/gold/events_news.jsonl.
EVENT_MIN_CONFIDENCE = 0.625
#: The modalities that make ``hypothetical`` true.
HYPOTHETICAL_MODALITIES: frozenset[str] = frozenset({"intended", "threatened", "hypothetical", "requested"})


class EventSpan(Span):
    """A further telling of an event: its extent, and the quote that tells it when one does."""

    quote: str | None = None


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
    modality: Modality = "asserted"
    spans: list[EventSpan] = Field(default_factory=list, description="further tellings of the same event in the report")


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
    story_id: int | None = Field(
        default=None, description="the story this report tells, set by the knowledge base; null from extract (new in schema_version 2)")

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


def _data_rows(name: str) -> list[list[str]]:
    raw = resources.files("newsgraph").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [[c.strip() for c in line.split("\t")] for line in raw.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _measure_synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _data_rows("measure_synonyms.tsv"):
        for w in row[1].split("|"):
            table[w.strip().lower()] = row[0]
    return table


@lru_cache(maxsize=1)
def _not_objects() -> frozenset[str]:
    return frozenset(w.strip().lower() for row in _data_rows("measure_not_objects.tsv") for w in row[0].split("|"))


_WORD = re.compile(r"[a-z][a-z\-']*")


def canonical_object(obj: str | None) -> str | None:
    """What a figure counts, canonicalized ("US troops", "service members" → "troops"); None when the phrase
    names nothing countable ("worth", "percent", "times") or has no word.

    The synonym table (data/measure_synonyms.tsv) is tried on the whole phrase, then on its trailing words
    (the head noun comes last in English noun phrases), then on each word from the end; a phrase whose head
    is in data/measure_not_objects.tsv is no object. Otherwise the head word itself is the object. Two
    coordinated nouns that canonicalize differently are joined ("people and entities" → ``people_and_entities``).
    """
    if not obj:
        return None
    table = _measure_synonyms()
    words = _WORD.findall(obj.lower().replace("’", "'"))
    if "and" in words[1:-1] and (joined := _joined_object(words)) is not None:
        return joined
    if len(words) > 1 and words[-1] in ("rate", "rates"):
        named = next((table[p] for i in range(len(words) - 1) if (p := " ".join(words[i:])) in table), None)
        if named is not None:
            return named  # "the jobless rate": a rate the table names as a whole (round 22; was "jobless")
        words = words[:-1]  # "the unemployment rate" measures unemployment
    # a two-word name the synonym table keys whole names a thing though its head alone does not ("net worth",
    # round 25: "worth" alone is no object, "a net worth of $17 million" is one)
    if len(words) > 1 and (pair := " ".join(words[-2:])) in table:
        return table[pair]
    # the head of a hyphenated word is its last part ("short-range" names a range, no object)
    if not words or words[-1] in _not_objects() or words[-1].rsplit("-", 1)[-1] in _not_objects():
        return None
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        if phrase in table:
            return table[phrase]
    head = words[-1]
    # a plural head names what is counted even when a modifier is in the table ("two nuclear weapons tests"
    # counts tests); other heads ("stationed", "there") let an earlier word speak
    if not (head.endswith("s") and head.isalpha() and len(words) > 1):
        for w in reversed(words):
            if w in table:
                return table[w]
    # a hyphenated noun is one word ("co-workers", "well-wishers"), never cut to its first part; a lone letter is
    # the tail of a word with digits ("under-18s" reads as "under-" and "s"), no word of its own (round 24)
    return head if head.replace("-", "").isalpha() and head[0] != "-" and head[-1] != "-" and len(head) > 1 else None


def _joined_object(words: list[str]) -> str | None:
    """Two coordinated nouns counted by one figure ("people and entities", round 28) key as both, joined with
    "_and_" (``people_and_entities``), so that the figure joins no series of either alone; when the second part
    ends in an outcome or another head ("passengers and crew killed" → deaths), or both parts name the same
    thing, the plain reading below stands (None here)."""
    k = len(words) - 1 - words[::-1].index("and")
    table = _measure_synonyms()
    if any(" ".join(words[i:]) in table for i in range(k)):
        return None  # the table names the pair as one thing ("killed and wounded" → casualties)
    left, right = canonical_object(" ".join(words[:k])), canonical_object(" ".join(words[k + 1 :]))
    if left is None or right is None or left == right or canonical_object(words[k + 1]) != right:
        return None
    return f"{left}_and_{right}"


def normalize_measure_object(obj: str | None) -> str:
    """:func:`canonical_object`, with "-" for no object (the key's placeholder)."""
    return canonical_object(obj) or "-"


def unit_suffix(dimension: str | None, unit: str | None = None, currency: str | None = None,
                rate: str | None = None) -> str:
    """The suffix a dimension puts on the key's object: "" (count), ".pct", ".pp" (percentage points),
    ".usd" (money, ISO 4217 lower case), ".per100k" / ".per1k" / ".percapita" (rates), ".usd.perday"
    (money a day), ".km" and the like (a physical unit)."""
    if dimension in (None, "count"):
        return ""
    if dimension == "percent":
        return ".pp" if unit == "percentage point" else ".pct"
    if dimension == "money":
        return f".{(currency or 'xxx').lower()}"
    if dimension == "rate":
        base = f".per{rate or 'x'}"
        return (f".{currency.lower()}" if currency else "") + base
    slug = re.sub(r"[^a-z0-9]+", "_", (unit or "unit").lower()).strip("_")
    return f".{slug}"


def dimension_of(am: Amount) -> str:
    """The amount's dimension; for records made before the field existed, read from its kind."""
    if am.dimension:
        return am.dimension
    return {"count": "count", "money": "money", "percent": "percent"}.get(am.kind, "measure")


def measure_key(obj: str | None, owner: str | None = None, location: str | None = None, *,
                dimension: str | None = None, unit: str | None = None, currency: str | None = None,
                rate: str | None = None) -> str:
    """The key that lines a figure up across reports: ``object[.unit]:owner:location``, e.g. ``troops:USA:IRQ``,
    ``tariffs.pct:USA:CHN``, ``aid.usd:USA:UKR``; "-" stands for a missing part."""
    canon = canonical_object(obj)
    name = f"{canon}{unit_suffix(dimension, unit, currency, rate)}" if canon else "-"
    return f"{name}:{owner or '-'}:{location or '-'}"


def amount_key(am: Amount) -> str | None:
    """The measure key of an amount (None when it counts nothing): recomputed from its fields, so that records
    made by older versions are re-keyed the same way."""
    if canonical_object(am.object) is None:
        return None
    return measure_key(am.object, am.owner, am.location, dimension=dimension_of(am), unit=am.unit,
                       currency=am.currency, rate=am.rate)


def key_parts(key: str) -> tuple[str, str, str]:
    """(object, owner, location) of a measure key; a missing part is "-"."""
    parts = key.split(":")
    parts += ["-"] * (3 - len(parts))
    return parts[0] or "-", parts[1] or "-", ":".join(parts[2:]) or "-"


@lru_cache(maxsize=1)
def _who_objects() -> frozenset[str]:
    """Objects that say who is counted, not what: the words of data/measure_who.tsv and the plural demonyms
    (data/demonyms.tsv, the last word with "s", or "men" for "man": "americans", "koreans", "frenchmen"; an
    adjective used as its own plural, "Chinese", "British", stays out, as before: its bare form also names a
    language)."""
    words = {w.strip().lower() for row in _data_rows("measure_who.tsv") if len(row) > 1 for w in row[1].split("|")}
    # demonyms.tsv is read here, not through lexicon.load_lexicon().demonyms as kb/conflicts once did: this module
    # imports nothing of newsgraph (see the module docstring), and the plurals differ on purpose: the lexicon keeps
    # singulars and "Chinese"-type adjectives (country_of a word), here only a plural that counts people is wanted
    for row in _data_rows("demonyms.tsv"):
        last = row[0].split()[-1].lower()
        if last.endswith(("ese", "sh", "ch")):
            continue
        if last.endswith("man") and last != "german":
            words.add(last[:-3] + "men")
        else:  # "swiss" is its own plural
            words.add(last if last.endswith("s") else last + "s")
    return frozenset(words)


def counts_who_only(key: str | None) -> bool:
    """The key's object says who is counted, not what: "americans:USA:-" holds two Americans killed, 300 fighting
    and 13 indicted; "americans.pct:USA:-" a share of Americans that approves and one that holds the wealth. The
    figure keeps its key (stored, searchable), but such a key is no series: its points are figures of people in
    roles the key does not hold. A toll keeps its outcome ("Two Americans were killed" → ``deaths:USA:-``)."""
    if not key:
        return False
    return key_parts(key)[0].split(".", 1)[0] in _who_objects()


def is_series(key: str | None) -> bool:
    """A series needs an object and an owner or a location: "people:-:-" is stored but never a series; nor is
    a key whose object says only who is counted (:func:`counts_who_only`: "americans:USA:-")."""
    if not key:
        return False
    obj, owner, loc = key_parts(key)
    return obj != "-" and (owner != "-" or loc != "-") and not counts_who_only(key)


def series_object(key: str) -> str:
    """The object column of a key's ``measures`` row: the key's object, "-" when the key is no series for its
    object alone (:func:`counts_who_only`), so that the listings' plain SQL (object, owner and location not "-")
    lists only series."""
    obj = key_parts(key)[0]
    return "-" if counts_who_only(key) else obj


def json_schema() -> dict[str, Any]:
    """The JSON schema of :class:`Article` (what ``newsgraph schema`` prints)."""
    schema = Article.model_json_schema()
    schema["$id"] = f"https://newsgraph.invalid/schema/article-{SCHEMA_VERSION}.json"
    return schema


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(json_schema(), indent=2))
