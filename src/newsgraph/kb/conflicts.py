"""Conflicting figures: reports that give different values for the same series at the same time.

Two points conflict when all of these hold:

- they belong to one *series* (a key with an object and an owner or a location, see
  :func:`newsgraph.record.is_series`) and come from different articles;
- the series counts a *what*, not only a *who* (:func:`newsgraph.record.counts_who_only`, part of
  :func:`newsgraph.record.is_series` since round 22): an object of data/measure_who.tsv or a plural demonym
  ("30 Americans", "about 480 South Koreans", "six states") counts people or places in a role the key does not
  hold (killed, rescued, charged, polled...), so two reports' figures of it are no one quantity; the same for
  a share of them ("48 percent of Americans" said one thing, "23 percent of Americans" another);
- an event's outcome (deaths, injured, arrests: the outcomes of data/measure_verbs.tsv) and the other objects
  of data/measure_placed.tsv (refugees, migrants) are compared only in a series with a location: "Americans
  killed" (``deaths:USA:-``) or "Syrian refugees" (``refugees:SYR:-``) without a place hold every attack or
  every host country at once; except that such a toll, in a report of a kb story whose located tolls of that
  object name one country, is compared in that country's series (:mod:`newsgraph.kb.conflict_places`, round 23);
- they refer to the same time: the same TIMEX value, or two stretches of at most ``max_window_days`` (a day,
  a week, a month) that overlap, e.g. "in July" and "on Thursday July 15". A point without a time of its own
  stands at its article's publication day and is compared only with points of that same day that have a time
  of their own: two figures that both lack one ("It houses about 1,500 U.S. troops", "the strike killed at
  least 14") share nothing but a publication day, and are mostly of different places or events;
- a change's from-value takes part only when the report states its own time ("down from 900 in June");
- a count or sum of a stretch told before the stretch ended, or in a report with no day ("nine missile tests in
  2017" in a July report, or an undated one), counts the stretch so far: it agrees with a figure at least as
  large of that stretch or one that holds it ("16 tests in 2017" told in 2018); a larger one still conflicts. A
  share, a rate or a level (data/measure_levels.tsv: "5,200 troops in September" told on the 10th is that day's)
  is never read so;
- a running total in a report without a publication day ("Since 1967, Israel has built a dozen settlements")
  runs from its time to a day no one knows: it is no figure of its time (1967) and is compared with nothing;
- a toll (deaths, injured, arrests, displaced: the outcomes of data/measure_verbs.tsv) adds up over time, so a
  larger toll over a stretch that holds the other's stretch agrees with it ("17 dead in last week's attacks"
  and "12 killed on Wednesday"); a smaller one over the longer stretch still conflicts. Any count or sum of
  money stated as a running total or over a stretch adds up the same way ("90 airstrikes since August 8" and
  "two airstrikes on Saturday"); a share or a rate never does;
- they are told at the same site, finer than the key's country (:func:`newsgraph.sites.site_of`, from the
  text of each figure's clause, data/measure_sites.tsv): a figure told at a facility ("at Zaventem Airport,
  where 11 people were killed", "11 patients remain at the hospital") is a part of the event's whole and is
  compared only with a figure of the same facility; two figures of two different areas inside the country ("in
  a Damascus suburb", "in Aleppo") are of two places; a figure of an area and one without a site may be of one
  event ("died in the attack in Istanbul" and "the attack that killed 41"). A figure told of two places at
  once ("built about 140 settlements in the West Bank and East Jerusalem") holds the figure of either ("a dozen
  settlements in East Jerusalem") when it is at least as large, as a total over a stretch does;
- a toll counts one group: the people its stored object names besides the outcome and a nationality ("25
  fighters killed", "two U.S. troops killed", "three civilians killed", "four Americans killed") are compared
  only with the same group; anyone ("1,400 civilians killed", "1,300 people killed", "more than 200 killed":
  data/measure_anyone.tsv) only with anyone; a toll of civilians is a part of anyone's, never compared with it,
  when a sentence of the two names a combatant among the dead ("three civilians killed" against "a soldier was
  killed today, bringing to at least four the number killed": :func:`newsgraph.scope.names_combatants`, round
  22). A change's figures name no group here and are compared with any;
- a figure told as a plan or a threat ("the plan announced Thursday keeps 9,800 troops", "Obama now plans to
  keep 5,500", "his threat to hit Beijing with tariffs on $300 billion": :func:`newsgraph.scope.told_as_plan`)
  is an intention, no fact: never compared, with another plan (a version or stage) nor with a fact;
- the whole of a possessed part ("two of its five nuclear tests last year": :func:`newsgraph.scope.whole_of_part`)
  counts all the owner ever had, at no time of its clause (the time tells the part): never compared;
- an expulsion ("Germany expelled four Russian diplomats": :func:`newsgraph.scope.acting_state`) is one state's
  act, many states acting at once: two figures of expulsions are compared only when both clauses name the same
  state as the actor ("the expulsion of 60 Russian diplomats", no actor named, is compared with none);
- a toll whose own words count its attackers ("killed 14 people, including three gunmen":
  :func:`newsgraph.scope.counts_attackers`) counts another group than one that does not ("17 people dead"):
  never compared with it;
- a toll over several events ("terror attacks in Paris last week left 17 people dead":
  :func:`newsgraph.scope.several_events`; also "the attacks last week, in which 17 were killed", and a running
  toll: "killed since the start of the operation", "the toll now stands at 105") holds the toll of one of them
  ("killing 12 people" at the magazine, "30 killed on Tuesday") when it is at least as large, as a total over a
  stretch does;
- a toll told of all the country ("fighting across Egypt left 24 dead": :func:`newsgraph.scope.country_wide`)
  holds one told at an area inside it ("four killed in Cairo"), and one told at no site holds an area's figure
  that gives the rest elsewhere ("four in Cairo and two elsewhere": :func:`newsgraph.scope.rest_elsewhere`),
  or when it gives its parts at another place ("Of the 22 killed, 12 died ... in Alexandria":
  :func:`newsgraph.scope.broken_down`), when it is at least as large; a partitive part ("a dozen of the more
  than 120 companies": :func:`newsgraph.scope.partitive_part`) is held by a figure at least as large;
- their value ranges (:func:`newsgraph.kb.measures.value_range`, hedges from data/amount_hedges.tsv) do not
  overlap: an exact figure allows ±``tolerance`` (relative, default 2%); a hedged one is ``hedge`` wide
  (default 10%) on the side its hedge points to ("nearly 900" 810–900, "about 900" 810–990), except a far bound
  (a reach in data/amount_hedges.tsv: "more than 1,000" is 1,000–2,000, "up to 900" 450–900: news writes round
  bounds); "Stevens and three other Americans" counts four (the amount's low = high = 4).

Inside one kb story the time rule widens: two figures without a time of their own are compared when their reports
were published on one day (:func:`newsgraph.kb.conflict_evidence.story_same_time`; a figure without a time is never
compared across publication days). A pair these rules leave is listed
by default only when it tells one casualty toll two ways (:mod:`newsgraph.kb.conflict_listed`: a toll of the dead
or the injured counting anyone, neither report stating the other's figure, at most 15 times apart); with
``min_confidence`` given, when its evidence of one fact (one story, one stated day, an anchor both sentences name:
:mod:`newsgraph.kb.conflict_evidence`) reaches it instead (0 lists every pair the rules leave).

Each conflict carries both points (with their evidence sentences), a reason that ends with its evidence, and its
confidence.

The conflicts at the default tolerance and hedge are also kept in the ``conflicts`` table (migration
0011), refreshed by :func:`store_conflicts` wherever points change; :func:`stored_conflicts` reads a page
of them (the /conflicts list), where computing them all would compare pairs on every request.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from ..lexicon import load_lexicon, read_tsv
from ..record import canonical_object
from ..scope import (
    acting_state,
    broken_down,
    civilian_words,
    country_wide,
    counts_attackers,
    names_combatants,
    partitive_part,
    rest_elsewhere,
    several_events,
    subset_part,
    told_as_plan,
    whole_of_part,
)
from ..sites import Site, area_name, site_of
from ..store import StoreLike
from ..store import schema as t
from .conflict_evidence import EvidenceReader, story_pairs, story_same_time
from .conflict_listed import figures_by_report, held_back
from .conflict_places import points_filter, story_keys
from .conflict_text import figure_text, range_text, when_text
from .measures import is_series, value_range
from .query import Point, _points, using

__all__ = ["Conflict", "conflicts", "conflicts_in", "sites_apart", "site_holds", "group_of", "groups_apart",
           "DEFAULT_TOLERANCE", "DEFAULT_HEDGE"]

DEFAULT_TOLERANCE = 0.02
DEFAULT_HEDGE = 0.10


@dataclass
class Conflict:
    measure: str
    a: Point
    b: Point
    a_range: tuple[float, float]
    b_range: tuple[float, float]
    reason: str
    confidence: float | None = None  # how sure the pair states one fact (newsgraph.kb.conflict_evidence)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for side in ("a_range", "b_range"):  # an unbounded side: JSON has no infinity, so null
            d[side] = tuple(None if math.isinf(v) else v for v in d[side])
        return d


def _window(p: Point) -> tuple[dt.date, dt.date] | None:
    if p.day is None:
        return None
    return dt.date.fromisoformat(p.day), dt.date.fromisoformat(p.last_day or p.day)


def _same_time(p: Point, q: Point, max_days: int) -> bool:
    wp, wq = _window(p), _window(q)
    if wp is None or wq is None:
        return False
    if p.as_of_publication and q.as_of_publication:
        return False  # nothing ties two figures without a time of their own to one moment or event
    if p.as_of_publication or q.as_of_publication:
        # a point with no time of its own says "as of this report's day": only that day is comparable
        return wp[0] == wp[1] == wq[0] == wq[1]
    if p.time and q.time and p.time == q.time:
        return True
    short = (wp[1] - wp[0]).days < max_days and (wq[1] - wq[0]).days < max_days
    return short and wp[0] <= wq[1] and wq[0] <= wp[1]


def _candidates(series: list[Point], max_days: int, apart: bool = False) -> Iterator[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of a series that :func:`_same_time` may accept, in the order of a loop
    over every pair: those that share a time value, and those whose windows both last under ``max_days``
    and overlap (a point stated "as of publication" has a one-day window). Every other pair fails
    :func:`_same_time`, so leaving it out changes nothing but the cost: a series of n points costs its
    same-time pairs, not n x n. ``apart``: only pairs of two reports (the conflict search skips a report's pairs
    with itself, so a long report's many figures of one day cost next to nothing)."""
    wins = [_window(p) for p in series]
    arts = [p.article_id if apart else "" for p in series]
    # by time value, then by report: the points of each, in series order
    by_time: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, p in enumerate(series):
        if wins[i] is not None and p.time:
            by_time[p.time][arts[i]].append(i)
    span = dt.timedelta(days=max_days)
    short = sorted((w[0], i) for i, w in enumerate(wins) if w is not None and (w[1] - w[0]).days < max_days)
    starts = [d for d, _ in short]
    # run_end[k]: the end of the run of one report's points that short[k] starts or is in
    run_end = list(range(1, len(short) + 1))
    for k in range(len(short) - 2, -1, -1):
        if arts[short[k][1]] == arts[short[k + 1][1]]:
            run_end[k] = run_end[k + 1]
    for i, p in enumerate(series):
        a = arts[i]
        js: set[int] = set()
        if wins[i] is not None:
            for art, members in by_time.get(p.time or "", {}).items():
                if not (apart and art == a):
                    js.update(members[bisect_right(members, i):])
        w = wins[i]
        if w is not None and (w[1] - w[0]).days < max_days:
            # a short window overlapping [w0, w1] starts in [w0 - max_days, w1]
            k, hi = bisect_left(starts, w[0] - span), bisect_right(starts, w[1])
            while k < hi:
                j = short[k][1]
                if apart and arts[j] == a:
                    k = run_end[k]
                    continue
                if j > i:
                    js.add(j)
                k += 1
        for j in sorted(js):
            yield i, j


@lru_cache(maxsize=1)
def _tolls() -> frozenset[str]:
    """Objects that add up over time: the outcomes of data/measure_verbs.tsv (deaths, injured, arrests...)."""
    return frozenset(c for row in read_tsv("measure_verbs.tsv") if len(row) > 1
                     if (c := canonical_object(row[1])) is not None)


@lru_cache(maxsize=1)
def _placed_objects() -> frozenset[str]:
    """Objects compared only where the key names a place: an event's outcomes and data/measure_placed.tsv."""
    rows = {c for row in read_tsv("measure_placed.tsv") if (c := canonical_object(row[0])) is not None}
    return _tolls() | frozenset(rows)


@lru_cache(maxsize=4096)
def needs_a_place(key: str) -> bool:
    """The series' object belongs to the place of an event and its key names none ("deaths:USA:-"): its
    points are of many events or places, never compared (see the module's rules)."""
    parts = (key.split(":") + ["-", "-"])[:3]
    return parts[2] == "-" and parts[0].split(".", 1)[0] in _placed_objects()


def _unplaced_toll(key: str) -> bool:
    """A toll (not refugees: a count without its host is of every host) whose key names no place."""
    return needs_a_place(key) and key.split(":", 1)[0] in _tolls()


def _adds_up(key: str, p: Point, q: Point, rp: tuple[float, float], rq: tuple[float, float]) -> bool:
    """A total over a stretch that strictly holds the other's, and at least as large: a total and a part. A
    toll adds up over any stretch; any count or sum does over a running total or a stated stretch (its time
    ``2014-08-08/2014-08-21``: "90 airstrikes since August 8" holds "two airstrikes on Saturday")."""
    obj = key.split(":", 1)[0]
    toll = obj in _tolls()
    unit = obj.split(".", 1)[1] if "." in obj else ""
    summed = unit != "pct" and not unit.startswith("per")  # a count or money, never a share or a rate
    wp, wq = _window(p), _window(q)
    if wp is None or wq is None or wp == wq:
        return False
    if wp[0] <= wq[0] and wq[1] <= wp[1] and (toll or (summed and "/" in (p.time or ""))):
        return rp[1] >= rq[0]  # p holds q: p's total reaches q's part
    if wq[0] <= wp[0] and wp[1] <= wq[1] and (toll or (summed and "/" in (q.time or ""))):
        return rq[1] >= rp[0]
    return False


@lru_cache(maxsize=1)
def _levels() -> frozenset[str]:
    """Objects whose figure is a level held at a moment (data/measure_levels.tsv): never a count "so far"."""
    return frozenset(c for row in read_tsv("measure_levels.tsv") if (c := canonical_object(row[0])) is not None)


def _so_far(p: Point) -> bool:
    """A figure of a stretch that its report told before the stretch ended, or in a report with no day ("nine
    missile tests in 2017" told in July, or undated): it counts the stretch so far, not the stretch."""
    w = _window(p)
    if w is None or w[0] == w[1] or p.as_of_publication:
        return False
    return not p.published or dt.date.fromisoformat(str(p.published)[:10]) < w[1]


def _part_so_far(key: str, p: Point, q: Point, rp: tuple[float, float], rq: tuple[float, float]) -> bool:
    """``p`` counts its stretch so far and ``q``, a figure of a stretch that holds it, is at least as large:
    a part and its total (see the module's rules). A count or a sum of money only, never a share, a rate or a
    level (data/measure_levels.tsv: troops, seats, settlements...); of two figures so far, the smaller must not be the later
    told."""
    obj, _, unit = key.split(":", 1)[0].partition(".")
    if unit == "pct" or unit.startswith("per") or obj in _levels() or not _so_far(p):
        return False
    wp, wq = _window(p), _window(q)
    if wp is None or wq is None or not (wq[0] <= wp[0] and wp[1] <= wq[1]):
        return False
    if _so_far(q) and p.published and q.published and str(q.published)[:10] < str(p.published)[:10]:
        return False
    return rq[1] >= rp[0]


def sites_apart(a: Site | None, b: Site | None) -> bool:
    """Two figures told at different sites, or one at a facility and the other at none (see the module's
    rules): no one quantity."""
    if a is None or b is None:
        one = a or b
        return one is not None and one.kind == "facility"
    return a.name != b.name


class _Readings:
    """Each point's site (read from its article's text) and group (from its stored amount's object), on
    demand: only the pairs that would conflict ask, so a base's texts are not read for every point."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.texts: dict[str, str] = {}
        self.sites: dict[tuple[str, int, int], Site | None] = {}
        self.groups: dict[tuple[str, int, int], str] = {}
        self.amounts: dict[tuple[str, int, int], tuple[str | None, bool | None]] = {}
        self.scopes: dict[tuple[str, int, int], tuple[bool, bool, bool, bool]] = {}
        self.wholes: dict[tuple[str, int, int], bool] = {}
        self.actors: dict[tuple[str, int, int], str | None] = {}
        self.wides: dict[tuple[str, int, int, str], bool] = {}
        self.breakdowns: dict[tuple[str, int, int], frozenset[str]] = {}

    def _text(self, p: Point) -> str:
        if p.article_id not in self.texts:
            a = t.articles
            self.texts[p.article_id] = self.conn.execute(
                sa.select(a.c.text).where(a.c.id == p.article_id)).scalar_one_or_none() or ""
        return self.texts[p.article_id]

    def site(self, p: Point) -> Site | None:
        at = (p.article_id, p.start, p.end)
        if at not in self.sites:
            self.sites[at] = site_of(self._text(p), p.start, p.end)
        return self.sites[at]

    def scope(self, p: Point) -> tuple[bool, bool, bool, bool]:
        """(told as a plan, a total of several events, its attackers counted, a part of a whole told after it) of
        the point's figure (:mod:`newsgraph.scope`)."""
        at = (p.article_id, p.start, p.end)
        if at not in self.scopes:
            text = self._text(p)
            self.scopes[at] = (told_as_plan(text, p.start, p.end), several_events(text, p.start, p.end),
                               counts_attackers(text, p.start, p.end),
                               partitive_part(text, p.start, p.end) or subset_part(text, p.start, p.end))
        return self.scopes[at]

    def scopes_apart(self, key: str, p: Point, q: Point, rp: tuple[float, float], rq: tuple[float, float]) -> bool:
        """A plan or threat, or the whole of a possessed part, on either side; a toll that counts its attackers and
        one that does not; or a toll over several events that holds the toll of one (see the module's rules)."""
        (plan_p, many_p, own_p, part_p), (plan_q, many_q, own_q, part_q) = self.scope(p), self.scope(q)
        if plan_p or plan_q or self.whole(p) or self.whole(q) or self.acts_apart(key, p, q):
            return True
        if part_p != part_q and (rq[1] >= rp[0] if part_p else rp[1] >= rq[0]):
            return True  # "a dozen of the more than 120 companies" is held by a count of the 120
        if key.split(":", 1)[0] not in _tolls():
            return False
        if own_p != own_q:
            return True  # "14 people, including three gunmen" and "17 people dead": two groups
        if many_p == many_q:
            return False
        return rp[1] >= rq[0] if many_p else rq[1] >= rp[0]

    def country_holds(self, whole: Point, part: Point, sw: Site | None, sp: Site | None) -> bool:
        """``part`` is told at an area inside the country and ``whole`` of all the country ("across Egypt"), or at
        no site when ``part`` gives the rest elsewhere ("four in Cairo and two elsewhere"): a total and its part
        (:func:`newsgraph.scope.country_wide`, :func:`newsgraph.scope.rest_elsewhere`)."""
        if sp is None or sp.kind != "area":
            return False
        for at, fn in ((whole, country_wide), (part, rest_elsewhere)):
            k = (at.article_id, at.start, at.end, fn.__name__)
            if k not in self.wides:
                self.wides[k] = fn(self._text(at), at.start, at.end)
        if sw is None and self._parts_at(whole) - {sp.name}:
            return True  # "Of the 22 people killed Friday, 12 died ... in Alexandria" holds "2 killed ... in Cairo"
        return self.wides[(whole.article_id, whole.start, whole.end, "country_wide")] or (
            sw is None and self.wides[(part.article_id, part.start, part.end, "rest_elsewhere")])

    def _parts_at(self, p: Point) -> frozenset[str]:  # newsgraph.scope.broken_down, once per figure
        k = (p.article_id, p.start, p.end)
        if k not in self.breakdowns:
            self.breakdowns[k] = broken_down(self._text(p), p.start, p.end, area_name)
        return self.breakdowns[k]

    def actor(self, p: Point, owner: str | None) -> str | None:
        """The state whose expulsion the figure counts (:func:`newsgraph.scope.acting_state`)."""
        at = (p.article_id, p.start, p.end)
        if at not in self.actors:
            self.actors[at] = acting_state(self._text(p), p.start, p.end, owner)
        return self.actors[at]

    def acts_apart(self, key: str, p: Point, q: Point) -> bool:
        """Two expulsions not both told as one named state's act (see the module's rules)."""
        owner = (key.split(":") + ["-"])[1]
        ap = self.actor(p, None if owner == "-" else owner)
        aq = self.actor(q, None if owner == "-" else owner) if ap is not None else None
        return ap is not None and aq is not None and (ap != aq or not ap)

    def whole(self, p: Point) -> bool:
        """The figure is the whole of a possessed part ("two of its five tests"): all the owner had, at no time
        of its clause (:func:`newsgraph.scope.whole_of_part`)."""
        at = (p.article_id, p.start, p.end)
        if at not in self.wholes:
            self.wholes[at] = whole_of_part(self._text(p), p.start)
        return self.wholes[at]

    def open_ended(self, p: Point) -> bool:
        """A running total ("since 1967, Israel has built a dozen settlements") in a report with no publication
        day: its stretch runs from its time to a day no one knows, so it is no figure of its time, nor of any
        stretch another figure could share (see the module's rules)."""
        if p.published or p.role != "amount" or p.as_of_publication:
            return False
        return bool(self._amount(p)[1])

    def _amount(self, p: Point) -> tuple[str | None, bool | None]:
        """The stored amount's (object, running_total), read once per figure for the group and open-end rules."""
        at = (p.article_id, p.start, p.end)
        if at not in self.amounts:
            a = t.amounts
            row = self.conn.execute(sa.select(a.c.object, a.c.running_total).where(
                a.c.article_id == p.article_id, a.c.start == p.start, a.c.end == p.end)).first()
            self.amounts[at] = (row[0], row[1]) if row is not None else (None, None)
        return self.amounts[at]

    def civilians_of_more(self, p: Point, q: Point) -> bool:
        """One toll counts civilians, the other anyone, and a sentence of the two names a combatant among the dead
        ("three civilians killed" against "an Israeli soldier was killed today, bringing to at least four the
        number of people killed"): the civilians are a part of that toll, no point of it (round 22)."""
        if p.role != "amount" or q.role != "amount":
            return False
        words = civilian_words()
        civ = [bool(words & set((self._amount(x)[0] or "").lower().split())) for x in (p, q)]
        if civ[0] == civ[1]:
            return False
        return any(names_combatants(self._text(x), x.start, x.end) for x in (p, q))

    def group(self, p: Point) -> str | None:
        """The group a toll's figure counts ("" for anyone); None for a change's figure, whose object is the
        change's."""
        if p.role != "amount":
            return None
        at = (p.article_id, p.start, p.end)
        if at not in self.groups:  # read per pair in the inner loop: fold the object once
            self.groups[at] = group_of(self._amount(p)[0])
        return self.groups[at]


def site_holds(whole: Site | None, part: Site | None) -> bool:
    """``whole`` is told of two places at once ("in the West Bank and East Jerusalem") and ``part`` of one of
    them ("in East Jerusalem")."""
    return whole is not None and part is not None and whole.kind == "areas" and part.kind == "area" \
        and part.name in whole.name.split("|")


def _apart(reads: _Readings, key: str, p: Point, q: Point, rp: tuple[float, float], rq: tuple[float, float]) -> bool:
    """Two figures of one series at one time whose ranges disagree are still no conflict (see the module's
    rules): an open-ended running total, two sites, a total over two places and a part it holds, two groups, a
    plan, a total over several events."""
    if reads.open_ended(p) or reads.open_ended(q):
        return True
    sp, sq = reads.site(p), reads.site(q)
    # the total reaches its part; a part larger than its total still conflicts
    if site_holds(sp, sq):
        if rp[1] >= rq[0]:
            return True
    elif site_holds(sq, sp):
        if rq[1] >= rp[0]:
            return True
    elif sites_apart(sp, sq):
        return True
    if reads.country_holds(p, q, sp, sq) and rp[1] >= rq[0]:
        return True  # "across Egypt, leaving 24 dead" holds "four killed in Cairo"
    if reads.country_holds(q, p, sq, sp) and rq[1] >= rp[0]:
        return True
    if key.split(":", 1)[0] in _tolls():
        if groups_apart(reads.group(p), reads.group(q)) or reads.civilians_of_more(p, q):
            return True
    return reads.scopes_apart(key, p, q, rp, rq)


def groups_apart(a: str | None, b: str | None) -> bool:
    """Two tolls of two groups, or of one group and of anyone; a change's figure (None) is apart from none."""
    return a is not None and b is not None and a != b


def group_of(obj: str | None) -> str:
    """The group a toll's raw object names: its words less the outcome ("killed", "dead": words of a toll
    object in data/measure_synonyms.tsv) and the nationality before the head ("U.S.", "Russian"), folded to
    the singular; "" for anyone (data/measure_anyone.tsv, or no word left)."""
    words = [w for w in (obj or "").lower().replace("’", "'").split() if canonical_object(w) not in _tolls()]
    lex = load_lexicon()
    words = [w for i, w in enumerate(words) if i == len(words) - 1 or not (lex.country_of(w) or lex.demonym_of(w))]
    if not words or words[-1] in _anyone():
        return ""
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)


@lru_cache(maxsize=1)
def _anyone() -> frozenset[str]:
    return frozenset(w.strip() for row in read_tsv("measure_anyone.tsv") for w in row[0].split("|"))


def _range(p: Point, tolerance: float, hedge: float) -> tuple[float, float]:
    return value_range(p.value, p.approx, p.low, p.high, tolerance=tolerance, hedge=hedge)


def conflicts(
    *, db: StoreLike = None, measure: str | None = None, tolerance: float = DEFAULT_TOLERANCE,
    hedge: float = DEFAULT_HEDGE, max_window_days: int = 31, min_confidence: float | None = None,
) -> list[Conflict]:
    """Every conflicting pair of points (optionally of one ``measure``), ordered by measure and day: by default
    those that tell one casualty toll two ways (:mod:`newsgraph.kb.conflict_listed`); with ``min_confidence``,
    those whose evidence of one fact reaches it instead (0: every pair the rules leave)."""
    with using(db) as store, store.connect() as conn:
        return conflicts_in(conn, measure=measure, tolerance=tolerance, hedge=hedge, max_window_days=max_window_days,
                            min_confidence=min_confidence)


def conflicts_in(conn: Any, *, measure: str | None = None, tolerance: float = DEFAULT_TOLERANCE,
                 hedge: float = DEFAULT_HEDGE, max_window_days: int = 31,
                 min_confidence: float | None = None) -> list[Conflict]:
    """:func:`conflicts` over an open connection (the rebuild counts them inside its transaction)."""
    # a from-value counts only at a time stated for it
    where: Any = t.points.c.before.is_(False) | t.points.c.as_of_publication.is_(False)
    if measure:
        where = where & points_filter(measure, _unplaced_toll)
    pts = _points(conn, where)
    out: list[Conflict] = []
    seen: set[tuple[str, str, str, float, float]] = set()
    reads = _Readings(conn)
    evs = EvidenceReader(conn, reads._text)
    evs.load_stories(p.article_id for p in pts)
    by_measure: dict[str, list[Point]] = defaultdict(list)
    # a toll without a place stands in its story's one place (kb.conflict_places)
    for p, k in zip(pts, story_keys(pts, evs.story, _unplaced_toll), strict=True):
        if measure is None or k == measure:
            by_measure[k].append(p)
    for key, series in by_measure.items():
        if not is_series(key) or needs_a_place(key):
            continue
        ranges = [_range(p, tolerance, hedge) for p in series]
        told = figures_by_report(series)  # what each report states outright (conflict_listed)
        pairs = set(_candidates(series, max_window_days, apart=True)) | set(story_pairs(series, evs))
        for i, j in sorted(pairs):
            p, q = series[i], series[j]
            if q.article_id == p.article_id:
                continue
            plain = _same_time(p, q, max_window_days)  # else compared only across one story's days
            if not plain and not (evs.same_story(p, q) and story_same_time(p, q)):
                continue
            rp, rq = ranges[i], ranges[j]
            if (rp[0] <= rq[1] and rq[0] <= rp[1]) or _adds_up(key, p, q, rp, rq):
                continue
            if _part_so_far(key, p, q, rp, rq) or _part_so_far(key, q, p, rq, rp):
                continue
            if _apart(reads, key, p, q, rp, rq):
                continue
            sig = (key, p.article_id, q.article_id, p.value, q.value)
            if sig in seen:
                continue
            ev = evs.of(key, p, q)
            if not _listed(key, p, q, ev.confidence, min_confidence, reads, (told, tolerance, plain)):
                continue
            seen.add(sig)
            out.append(Conflict(
                measure=key, a=p, b=q, a_range=rp, b_range=rq, confidence=ev.confidence,
                reason=f"{figure_text(p)} vs {figure_text(q)} for {when_text(p, q)}: "
                       f"ranges {range_text(rp)} and {range_text(rq)} do not overlap; {ev.reason()}",
            ))
    return out


def _listed(key: str, p: Point, q: Point, confidence: float, min_confidence: float | None, reads: _Readings,
            pair: tuple[dict[str, list[Point]], float, bool]) -> bool:
    """A pair the removal rules leave is listed: by default when :func:`newsgraph.kb.conflict_listed.held_back`
    gives no reason; with ``min_confidence``, when its evidence reaches it. ``pair``: the series' figures by report,
    the tolerance, and whether the plain time rule compares the two (not only the story rule)."""
    if min_confidence is not None:
        return confidence >= min_confidence
    told, tolerance, plain = pair
    return held_back(key, p, q, (reads.group(p), reads.group(q)), told, tolerance, plain_time=plain) is None

