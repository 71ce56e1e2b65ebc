"""The cue table: the reporting expressions of ``data/quote_cues.tsv`` (verb lemmas, phrases, weak verbs, "made"
words), the first names the resolver reads genders from and the attribution frames, loaded once
(:func:`load_cues`; moved out of cues.py, which re-exports both names), and the table's verbs of speech whose
reported clause holds another speaker's words (:func:`reporting_verbs`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy
from spacy.strings import get_string_id

from ...lexicon import read_tsv

__all__ = ["Cues", "load_cues", "reporting_verbs"]


@dataclass
class Cues:
    verbs: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    first_names: dict[str, str] = field(default_factory=dict)
    #: lemma -> relations whose dependent holds what the verb attributes ("criticize": dobj, prep:for)
    frames: dict[str, frozenset[str]] = field(default_factory=dict)
    #: adjectives that report the clause after them as the complement of "make" ("made clear that ...")
    made: frozenset[str] = frozenset()
    by_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict, init=False, compare=False)
    _ids: numpy.ndarray | None = field(default=None, init=False, compare=False, repr=False)
    _made_ids: numpy.ndarray | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for p in self.phrases:  # longest first, as they are stored
            self.by_first.setdefault(p[0], []).append(p)

    def lemma_ids(self) -> numpy.ndarray:
        """String-store ids of every cue and frame lemma (as written and capitalized), sorted."""
        if self._ids is None:
            words = set(self.verbs) | set(self.frames)
            self._ids = numpy.array(sorted({get_string_id(v) for w in words for v in (w, w.capitalize())}),
                                    dtype=numpy.uint64)
        return self._ids

    def made_ids(self) -> numpy.ndarray:
        """String-store ids of the "made" adjectives (lower case, as ``DocArrays.lower`` holds them), sorted."""
        if self._made_ids is None:
            self._made_ids = numpy.array(sorted({get_string_id(w) for w in self.made}), dtype=numpy.uint64)
        return self._made_ids

    def to_dict(self) -> dict[str, Any]:
        return {"verbs": sorted(self.verbs), "weak": sorted(self.weak),
                "phrases": [list(p) for p in self.phrases], "first_names": self.first_names,
                "frames": {k: sorted(v) for k, v in self.frames.items()}, "made": sorted(self.made)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Cues:
        return cls(frozenset(d["verbs"]), frozenset(d["weak"]), tuple(tuple(p) for p in d["phrases"]),
                   dict(d["first_names"]), {k: frozenset(v) for k, v in d.get("frames", {}).items()},
                   frozenset(d.get("made", ())))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    verbs: set[str] = set()
    weak: set[str] = set()
    made: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for row in read_tsv("quote_cues.tsv"):
        if len(row) < 2:
            continue
        kind, expr = row[0], row[1].lower()
        if kind == "verb":
            verbs.add(expr)
        elif kind == "weak":
            weak.add(expr)
        elif kind == "phrase":
            phrases.append(tuple(expr.split()))
        elif kind == "made":
            made.add(expr)
    names: dict[str, str] = {}
    for row in read_tsv("first_names.tsv"):
        if len(row) >= 2:
            for n in row[1].split():
                names[n.lower()] = row[0]
    frames: dict[str, set[str]] = {}
    for row in read_tsv("attribution_frames.tsv"):
        if len(row) >= 2:
            frames.setdefault(row[0].lower(), set()).add(row[1])
    # longest phrases first so that "was quoted as saying" wins over "quoted as saying"
    phrases.sort(key=len, reverse=True)
    return Cues(frozenset(verbs), frozenset(weak), tuple(phrases), names,
                {k: frozenset(v) for k, v in frames.items()}, frozenset(made))


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs of speech (kind ``reports``) whose reported clause is another speaker's: a cue inside it reports that
    speaker's words ("declared that he didn't want to talk about ..."). Not every cue verb: "hope" and "continue"
    take infinitives, which are no reported clause."""
    return frozenset(r[1] for r in read_tsv("quote_cues.tsv") if len(r) > 1 and r[0] == "reports")
