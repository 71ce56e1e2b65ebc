"""What story clustering knows of one article: its day, outlet, weighted words and facts.

Text similarity is a cosine over TF-IDF vectors of the title and lead, tokenized by scikit-learn's
English analyzer and weighted by a FIXED document-frequency table (``data/story_idf.tsv``, learned once
from news corpora outside the benchmark, see ``scripts/build_story_idf.py``). A weight that depended on
the articles already stored would make the partition depend on the order they arrive in.

Entities by knowledge-base id: the reference actor's key (``a:BARACK_OBAMA``, ``a:USA``, see
:mod:`newsgraph.actors`) when the name has one, else the type group and normalized name. Each article keeps
a vector of them weighted by mentions (1 + log count), and the pair score adds its cosine. Reference keys
come from fixed data, so "Barack Obama", "President Obama" and "Obama" in another report of the same
person meet on one key whatever was stored before (a kb *row* id would depend on arrival order).

Facts: places by GeoNames id (or name and country), event types and measure keys (weight 0 today).
Entities and the heaviest words are the keys of the candidate index.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..lexicon import outlet_of, read_tsv
from ..record import Article, measure_key

__all__ = ["Features", "Params", "params", "analyzer", "idf_table", "tfidf", "features_of", "text_cosine",
           "fact_overlap", "score", "normalize_outlet", "entity_vector"]


@dataclass(frozen=True)
class Params:
    """The clustering's settings; the defaults are overridden by ``data/story_params.tsv``, which
    ``benchmarks/eval_stories.py --tune`` writes from the first half of the dev stories."""

    window_days: int = 3  # two reports link only when published at most this many days apart
    threshold: float = 0.27  # a pair links when its score reaches this
    w_lead: float = 0.5  # weight of the cosine of title + lead
    w_body: float = 0.5  # weight of the cosine of the body's heaviest words
    w_entities: float = 0.1  # weight of the cosine of the knowledge-base entity vectors
    w_facts: float = 0.0  # weight of the overlap of places, event types and measures
    lead_words: int = 40  # words of the body that count as the lead
    title_weight: float = 2.0  # a title word counts this many times
    body_terms: int = 64  # heaviest body words kept (the vector is renormalized)
    index_terms: int = 12  # heaviest title + lead words that go into the candidate index
    undated_threshold: float = 2.0  # a pair with an undated side links at this score (above 1: never)
    undated_cap: int = 200  # an undated lookup reads at most this many reports per word key
    undated_min_idf: float = 4.0  # only words at least this rare (fixed table) link undated reports
    key_cap: int = 0  # a dated lookup reads at most this many reports per key on each side of its day (0: all)
    candidate_cap: int = 0  # at most this many candidates are scored: those sharing the most keys (0: all)
    density: float = 0.0  # the dated bar rises by this x log((1 + c1)(1 + c2)), c = a report's candidates
    density_cap: int = 20  # a report's candidate count stops raising the bar here

    def bar(self, c1: int, c2: int) -> float:
        """The score a dated pair must reach when its reports have ``c1`` and ``c2`` candidates (dated
        reports of their windows sharing an index key): higher in a busy window, where every next
        happening of an affair has a report, than on a quiet day (BENCHMARKS.md, Stories, round 11)."""
        if not self.density:
            return self.threshold
        cap = self.density_cap
        return self.threshold + self.density * math.log((1 + min(cap, c1)) * (1 + min(cap, c2)))

    def to_tsv(self) -> str:
        return "".join(f"{k}\t{v}\n" for k, v in self.__dict__.items())


@lru_cache(maxsize=1)
def params() -> Params:
    """The settings in ``data/story_params.tsv`` (defaults for keys it lacks)."""
    try:
        raw = resources.files("newsgraph").joinpath("data/story_params.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        return Params()
    kw: dict[str, object] = {}
    types = {k: type(v) for k, v in Params().__dict__.items()}
    for line in raw.splitlines():
        k, _, v = line.strip().partition("\t")
        if k in types and not k.startswith("#"):
            kw[k] = types[k](v)
    return Params(**kw)  # type: ignore[arg-type]
#: Entity types that identify a story (dates, numbers and nationalities do not).
_STORY_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})


@dataclass
class Features:
    """One article as the clustering sees it (stored as JSON in ``story_features``)."""

    article_id: str
    day: str | None
    outlet: str | None
    terms: dict[str, float] = field(default_factory=dict)  # L2-normalized TF-IDF of title + lead
    body: dict[str, float] = field(default_factory=dict)  # the same over the whole text, heaviest words
    entities: list[str] = field(default_factory=list)  # "a:<reference actor>" or "group:normalized name"
    facts: list[str] = field(default_factory=list)  # "p:<place>", "v:<event type>", "m:<measure>"
    ents: dict[str, float] = field(default_factory=dict)  # the entities weighted by mentions, L2-normalized

    def keys(self, n_terms: int) -> list[str]:
        """The candidate-index keys: the ``n_terms`` heaviest title + lead words and every entity id."""
        return sorted(set(self.word_keys(n_terms)) | {f"e:{e}" for e in self.entities})

    def word_keys(self, n_terms: int) -> list[str]:
        return sorted(f"t:{w}" for w in _top(self.terms, n_terms))

    def undated_keys(self, p: Params) -> list[str]:
        """What an undated report is looked up by, and what a pair with an undated side must share: its
        heaviest title + lead words that are rare in the fixed table. Without a date there is no window,
        so common words ("said", "president") and entities ("a:USA") would bring every year's reports;
        the rarity bar comes from fixed data, so both sides of a pair apply the same one."""
        idf, unknown = idf_table()
        return [k for k in self.word_keys(p.index_terms) if idf.get(k[2:], unknown) >= p.undated_min_idf]

    def to_json(self) -> dict[str, object]:
        return {"terms": {k: round(v, 5) for k, v in sorted(self.terms.items())},
                "body": {k: round(v, 5) for k, v in sorted(self.body.items())},
                "entities": self.entities, "facts": self.facts,
                "ents": {k: round(v, 5) for k, v in sorted(self.ents.items())}}

    @classmethod
    def from_json(cls, article_id: str, day: str | None, outlet: str | None, d: dict[str, Any]) -> Features:
        return cls(article_id, day, outlet, dict(d.get("terms") or {}), dict(d.get("body") or {}),
                   list(d.get("entities") or []), list(d.get("facts") or []), dict(d.get("ents") or {}))


def _top(vec: dict[str, float], n: int) -> dict[str, float]:
    # ties broken by the word, so the kept words never depend on dict order
    return dict(sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def score(a: Features, b: Features, p: Params) -> tuple[float, dict[str, float]]:
    """The pair score and its parts (lead, body and entity cosines, facts overlap)."""
    parts = {"lead": text_cosine(a.terms, b.terms), "body": text_cosine(a.body, b.body),
             "entities": text_cosine(a.ents, b.ents), "facts": fact_overlap(a.facts, b.facts)}
    total = (p.w_lead * parts["lead"] + p.w_body * parts["body"] + p.w_entities * parts["entities"]
             + p.w_facts * parts["facts"])
    return total, parts


#: the words of a text: 2+ characters starting with a letter (numbers are left out: outlets round and write
#: them differently); scikit-learn's CountVectorizer token_pattern, which the story parameters were fitted with
_TOKEN = re.compile(r"(?u)\b[^\W\d_][\w'-]*\w\b")


@lru_cache(maxsize=1)
def analyzer() -> Callable[[str], list[str]]:
    """The word analyzer: lowercase, :data:`_TOKEN` words, English stop words removed. The same words as
    scikit-learn's ``CountVectorizer(stop_words="english", token_pattern=...).build_analyzer()`` (a test
    holds them equal), without importing scikit-learn and SciPy (3 s of CPU in every ingest)."""
    stop = frozenset(row[0] for row in read_tsv("story_stopwords.tsv"))
    find = _TOKEN.findall

    def words(text: str) -> list[str]:
        return [w for w in find(text.lower()) if w not in stop]

    return words


@lru_cache(maxsize=1)
def idf_table() -> tuple[dict[str, float], float]:
    """Word -> inverse document frequency, and the weight of a word the table does not know (rarest)."""
    raw = resources.files("newsgraph").joinpath("data/story_idf.tsv").read_text(encoding="utf-8")
    n = 1
    df: dict[str, int] = {}
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        w, _, c = line.partition("\t")
        if w == "__N__":
            n = int(c)
        else:
            df[w] = int(c)
    idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
    return idf, math.log((1 + n) / 1.0) + 1.0


_WS = re.compile(r"\s+")


def _lead(rec: Article, n_words: int) -> str:
    return " ".join(_lead_words(rec, n_words))


def _lead_words(rec: Article, n_words: int) -> list[str]:
    body = rec.body_text() or rec.text
    title = (rec.title or "").strip()
    n_title = len(title.split())
    # split no further than needed: the whole of a 20 MB body as a list of words took 200 MB (issue 15)
    words = _WS.split(body.strip(), maxsplit=n_title + n_words)[: n_title + n_words]
    if title and words and " ".join(words[:n_title]) == " ".join(title.split()):
        words = words[n_title:]  # the title repeated as the first line of the text
    return words[:n_words]


def _body(rec: Article) -> Iterator[str]:
    """The words of ``_lead(rec, everything)`` in pieces of about 64,000 characters, each cut at a space, so
    that a long report is never one list of millions of words; the analyzer finds the same tokens."""
    text = (rec.body_text() or rec.text).strip()
    title = (rec.title or "").strip()
    n_title = len(title.split())
    if title and text:
        spans = [m.span() for _k, m in zip(range(n_title), re.finditer(r"\S+", text), strict=False)]
        if " ".join(text[a:b] for a, b in spans) == " ".join(title.split()):
            text = text[spans[-1][1]:] if spans else text
    pos = 0
    while pos < len(text):
        end = pos + 65_536
        if end < len(text):
            m = _WS.search(text, end)
            end = m.start() if m else len(text)
        yield text[pos:end]
        pos = max(end, pos + 1)


def tfidf(title: str, lead: str | Iterable[str], *, title_weight: float = 2.0,
          keep: int | None = None) -> dict[str, float]:
    """L2-normalized TF-IDF weights of the title's and lead's words (title words count ``title_weight``);
    ``lead`` is a text or the pieces of one (cut between words)."""
    words = analyzer()
    tf: dict[str, float] = {}
    for w in words(title):
        tf[w] = tf.get(w, 0.0) + title_weight
    for piece in [lead] if isinstance(lead, str) else lead:
        for w in words(piece):
            tf[w] = tf.get(w, 0.0) + 1.0
    idf, unknown = idf_table()
    vec = {w: (1.0 + math.log(c)) * idf.get(w, unknown) for w, c in tf.items()}
    if keep is not None:
        vec = _top(vec, keep)
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {w: v / norm for w, v in vec.items()}


def _day(published: str | None) -> str | None:
    """The day a report is placed by, or None (undated) when ``published`` is not a calendar day: a date
    no window can hold ("2024-13-40", "2024-05") links by content, like a missing one."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).isoformat()
    except ValueError:
        return None


def entity_vector(rec: Article) -> dict[str, float]:
    """The record's story entities by knowledge-base key, weighted 1 + log(mentions), L2-normalized.

    The key is the reference actor's (fixed data: the same for every report whatever the base holds),
    else "type group:normalized name". Not the kb's entity row id: which row a name resolves to can
    depend on the reports stored before it ("Bloomberg" the man or the company), and a link that
    depended on arrival order would make the partition depend on it too.
    """
    from ..actors import actor_for
    from .entities import normalize_name, type_group

    counts: dict[str, int] = {}
    for e in rec.entities:
        if e.type not in _STORY_ENTITY_TYPES:
            continue
        actor = actor_for(e.name, e.type, e.country)
        key = f"a:{actor.key}" if actor else f"{type_group(e.type)}:{normalize_name(e.name)}"
        counts[key] = counts.get(key, 0) + max(1, len(e.mentions))
    vec = {k: 1.0 + math.log(c) for k, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {k: v / norm for k, v in vec.items()}


def features_of(rec: Article, p: Params | None = None) -> Features:
    """The features of one record (see the module docstring)."""
    p = p or params()
    ents = entity_vector(rec)
    facts: set[str] = set()
    for pl in rec.places:
        facts.add(f"p:{pl.geonames_id}" if pl.geonames_id else f"p:{pl.name.lower()}:{pl.country or '-'}")
    for ev in rec.events:
        if not ev.negated and not ev.hypothetical:
            facts.add(f"v:{ev.type}")
    for a in rec.amounts:
        if a.object:
            facts.add(f"m:{measure_key(a.object, a.owner, a.location)}")
    title = rec.title or ""
    return Features(rec.id, _day(rec.published), normalize_outlet(rec.source),
                    tfidf(title, _lead(rec, p.lead_words), title_weight=p.title_weight),
                    tfidf(title, _body(rec), title_weight=p.title_weight, keep=p.body_terms),
                    sorted(ents), sorted(facts), ents)


def text_cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def fact_overlap(a: Iterable[object], b: Iterable[object]) -> float:
    """Overlap coefficient |A∩B| / min(|A|, |B|) (0 when either is empty)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def normalize_outlet(source: str | None) -> str | None:
    """The outlet's one name from ``data/outlets.tsv`` ("Fox Online News" -> "Fox News"); else the
    source as given, trimmed. None stays None."""
    if source is None or not source.strip():
        return None
    return outlet_of(source) or " ".join(source.split())
