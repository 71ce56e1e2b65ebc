"""How sure a flagged conflict is that its two figures state one fact: positive evidence, weighed.

The rules of :mod:`newsgraph.kb.conflicts` only *remove* pairs (two sites, two groups, a part and its whole...):
a pair that none of them removes is flagged whether or not anything ties its two figures to one happening. Judged
on pairs no rule was written from, that gave 6 real of 30 and 7 of 15 (BENCHMARKS.md, round 16): most false pairs
are two happenings in one country, or one's part against another's whole. So each flagged pair also carries the
evidence that its figures state the same fact, and a *confidence* from it, shown with each pair. Round 17 listed
the pairs at or over :data:`DEFAULT_MIN_CONFIDENCE`; judged on pairs it was not fitted to, that gave 1 real of 14
(BENCHMARKS.md, round 17b): evidence of one story does not tell one fact. Listings now follow
:mod:`newsgraph.kb.conflict_listed` by default; the bar lists on request (``min_confidence``, ``--min-confidence``),
every pair the rules leave at 0 (``--all``). Nothing is deleted.

The evidence (each read from what the base already stores; no NLP):

- *one story*: both reports carry one kb story id (:mod:`newsgraph.kb.stories` clusters the reports of one
  happening, by any outlets): where disagreement between outlets lives;
- *one stated day*: both figures carry a time of their own (not "as of publication") naming the same calendar
  day ("on August 21", "Tuesday"); the same coarser time ("in January", "last week") counts less;
- *one anchor*: the two figures' sentences name a common entity of the kb that is neither a country, a people
  (demonym), a news outlet nor the key's own owner: the city, site, person or organization of the happening
  ("Damascus", "the Boston Marathon", "Kabul").

Weights (:data:`WEIGHTS`) were chosen on the judged pairs of rounds 11-16 (BENCHMARKS.md, round 17), a tune
figure: a pair with no evidence stays at the floor; one story, or one stated day, alone does not reach the bar;
two kinds of evidence do.

Within one story a figure without a time of its own (stated as of its report's day) stands for the story's
happening as told that day, so it is compared with the story's other figures told that same day
(:func:`story_same_time`), which the plain rule (two figures without a time of their own are never compared)
does not. Until round 20 the story rule reached :data:`STORY_DAYS` days back; issue #17 compares a figure
without a time only with figures of its own publication day, and ``--all`` obeys it too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from ..lexicon import load_lexicon
from ..store import schema as t
from .query import Point

__all__ = ["Evidence", "EvidenceReader", "DEFAULT_MIN_CONFIDENCE", "WEIGHTS", "STORY_DAYS", "story_same_time",
           "story_pairs", "confidence_of", "confidence_in", "stated_day", "sentence_span"]

#: round 17's bar: the pairs it lists when asked (``min_confidence``); the default listing is kb.conflict_listed
DEFAULT_MIN_CONFIDENCE = 0.7
#: what each kind of evidence adds to the floor (a pair the removal rules leave, with no evidence)
WEIGHTS = {"floor": 0.2, "story": 0.3, "day": 0.3, "time": 0.15, "anchor": 0.3}
#: how far apart, in publication days, two figures of one story without their own times may be compared
STORY_DAYS = 7

_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")


@dataclass(frozen=True)
class Evidence:
    """What ties two flagged figures to one fact: one story, one stated time ("day": the same calendar day;
    "time": the same coarser value), the anchors both sentences name."""

    story: bool = False
    time: str = ""
    anchors: tuple[str, ...] = field(default_factory=tuple)

    @property
    def confidence(self) -> float:
        return confidence_of(self)

    def reason(self) -> str:
        """How a conflict's reason ends: the evidence and the confidence (:func:`confidence_in` reads it back)."""
        return f"evidence: {self.describe()} (confidence {self.confidence:.2f})"

    def describe(self) -> str:
        """The evidence in words, as the conflict's reason ends: "one story; the same day; both name Kabul"."""
        words = (["one story"] if self.story else []) + (
            ["the same stated day"] if self.time == "day" else ["the same stated time"] if self.time else [])
        if self.anchors:
            words.append("both name " + ", ".join(self.anchors))
        return "; ".join(words) or "no evidence of one fact"


def confidence_of(ev: Evidence) -> float:
    """The floor plus the weight of each kind of evidence (:data:`WEIGHTS`), at most 1."""
    w = WEIGHTS
    score = w["floor"] + (w["story"] if ev.story else 0.0) + (w["anchor"] if ev.anchors else 0.0)
    score += w["day"] if ev.time == "day" else w["time"] if ev.time else 0.0
    return round(min(score, 1.0), 2)


_CONFIDENCE = re.compile(r"\(confidence (\d+(?:\.\d+)?)\)$")


def confidence_in(reason: str) -> float | None:
    """The confidence a stored conflict's reason ends with (:meth:`Evidence.reason`); None for a reason written
    before conflicts carried one."""
    m = _CONFIDENCE.search(reason or "")
    return float(m.group(1)) if m else None


def stated_day(p: Point) -> str | None:
    """The calendar day a figure's own time names ("2013-08-21", "2013-04-19TNI"), None for a figure as of
    publication or a time coarser than a day."""
    if p.as_of_publication or not p.time:
        return None
    m = _DAY.match(p.time)
    return m.group(1) if m else None


def _stated_time(p: Point, q: Point) -> str:
    if p.as_of_publication or q.as_of_publication or not p.time or not q.time:
        return ""
    dp, dq = stated_day(p), stated_day(q)
    if dp and dp == dq:
        return "day"
    return "time" if p.time == q.time and not dp else ""


def _pub(p: Point) -> dt.date | None:
    return dt.date.fromisoformat(str(p.published)[:10]) if p.published else None


def story_same_time(p: Point, q: Point) -> bool:
    """Two figures of one story's reports taken as told of one moment. A figure without a time of its own
    stands at its publication day and is compared only with figures of that same day (issue #17, item 7):
    two such figures of one story published on one day, or one such figure and a figure stated for exactly
    that day. Two stated times: the plain rule decides. The caller checks that the reports share a story.
    (Rounds 17-20 took a week of publication days as one moment; "30 killed" told on July 1 and "50 killed"
    on July 3 are two moments of a toll that grows.)"""
    if p.as_of_publication == q.as_of_publication:
        if not p.as_of_publication:
            return False  # two stated times: the plain rule decides
        a, b = _pub(p), _pub(q)
        return a is not None and a == b
    told, own = (p, q) if p.as_of_publication else (q, p)
    day = _pub(told)
    if day is None or own.day is None:
        return False
    first, last = dt.date.fromisoformat(own.day), dt.date.fromisoformat(own.last_day or own.day)
    return first == last == day


def story_pairs(series: list[Point], reader: EvidenceReader) -> list[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of a series whose reports share a story and that
    :func:`story_same_time` takes as told of one moment; the plain rule's candidates come from elsewhere."""
    by_story: dict[int, list[int]] = {}
    for i, p in enumerate(series):
        sid = reader.story(p.article_id)
        if sid is not None:
            by_story.setdefault(sid, []).append(i)
    out = []
    for members in by_story.values():
        # pairs of two reports only: a report's own points, however many, are never paired with each other
        by_report: dict[str, list[int]] = {}
        for i in members:
            by_report.setdefault(series[i].article_id, []).append(i)
        groups = list(by_report.values())
        found = []
        for g, first in enumerate(groups):
            for second in groups[g + 1:]:
                for i in first:
                    for j in second:
                        a, b = (i, j) if i < j else (j, i)
                        if story_same_time(series[a], series[b]):
                            found.append((a, b))
        out += sorted(found)  # one story's pairs in the order of a loop over them
    return out


class EvidenceReader:
    """Story ids of reports and the anchors of figures' sentences, read once each from the base."""

    def __init__(self, conn: Any, text_of: Any) -> None:
        self.conn = conn
        self.text_of = text_of  # Point -> its article's text (shared with the conflict rules' readings)
        self.stories: dict[str, int | None] = {}
        self.anchors: dict[tuple[str, int, int], dict[int, str]] = {}

    def load_stories(self, ids: Any) -> None:
        """Read the story ids of many reports at once (the candidate loop asks for every point's)."""
        a = t.articles
        todo = sorted({i for i in ids if i not in self.stories})
        for k in range(0, len(todo), 500):
            part = todo[k:k + 500]
            got = dict(self.conn.execute(sa.select(a.c.id, a.c.story_id).where(a.c.id.in_(part))).all())
            self.stories.update({i: got.get(i) for i in part})

    def story(self, article_id: str) -> int | None:
        if article_id not in self.stories:
            self.load_stories([article_id])
        return self.stories[article_id]

    def same_story(self, p: Point, q: Point) -> bool:
        sp = self.story(p.article_id)
        return sp is not None and sp == self.story(q.article_id)

    def anchors_of(self, p: Point, key: str) -> dict[int, str]:
        """The kb entities the figure's sentence names, less countries, peoples, outlets and the key's owner:
        entity id -> name."""
        at = (p.article_id, p.start, p.end)
        if at not in self.anchors:
            self.anchors[at] = self._read_anchors(p, key)
        return self.anchors[at]

    def _read_anchors(self, p: Point, key: str) -> dict[int, str]:
        lo, hi = sentence_span(self.text_of(p), p.evidence, p.start)
        m, e = t.mentions, t.entities
        rows = self.conn.execute(sa.select(e.c.id, e.c.name, e.c.actor, m.c.text).join(e, e.c.id == m.c.entity_id)
                                 .where(m.c.article_id == p.article_id, m.c.start >= lo, m.c.end <= hi)).all()
        owner = (key.split(":") + ["-"])[1]
        return {eid: name for eid, name, actor, said in rows if not _no_anchor(name, said, actor, owner)}

    def of(self, key: str, p: Point, q: Point) -> Evidence:
        shared = self.anchors_of(p, key).keys() & self.anchors_of(q, key).keys()
        names = tuple(sorted({self.anchors_of(p, key)[i] for i in shared}))
        return Evidence(story=self.same_story(p, q), time=_stated_time(p, q), anchors=names)


def _no_anchor(name: str, said: str, actor: str | None, owner: str) -> bool:
    """A name that ties nothing: a country or a people (the key already holds them), a news outlet, the key's
    owner."""
    lex = load_lexicon()
    if any(lex.country_of(x) or lex.demonym_of(x) for x in (name, said)):
        return True
    return bool(lex.outlet_of(name) or lex.outlet_of(said)) or (owner != "-" and actor == owner)


def sentence_span(text: str, sentence: str, start: int) -> tuple[int, int]:
    """Where the figure's evidence sentence lies in its report (the occurrence that holds the figure's start);
    the figure alone when the sentence is not found."""
    if sentence:
        i = text.rfind(sentence, 0, start + len(sentence))  # the last occurrence starting at or before it
        if i >= 0 and i + len(sentence) >= start:
            return i, i + len(sentence)
    return start, start
