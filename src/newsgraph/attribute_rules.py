"""spaCy's ``attribute_ruler`` with a faster matcher that finds the same matches (issue 21).

The ruler of the English models maps each fine tag to its part of speech and features and fixes a few
words ("gonna", "y'all", "I" as a subject). Its ``Matcher`` tries every pattern (179 in
en_core_web_sm 3.8) at every token: 20 ms of CPU for a 1,200-token article, about an eighth of the whole
model's time and half as much as all of newsgraph's own components. Every one of those patterns is one or
two tokens long and tests only a token's fine tag, lower-case form, dependency label or whether it is
whitespace, so a token's candidate patterns can be looked up by those values and only the candidates
tested. The result is the ruler's own list of matches (same ids, spans and order), and the ruler then sets
the attributes with its own code, so the Doc comes out identical (``tests/test_attribute_rules.py``
compares both on real reports, token by token and record by record).

A ruler with any pattern this module does not read (another attribute, another operator, a quantifier) is
left as it is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["speed_up", "FastMatch", "compile_patterns"]

log = logging.getLogger(__name__)

#: the token attributes the fast matcher reads, as the Matcher names them
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: attributes a first token's candidates are looked up by, the most selective first (a word before a tag)
_INDEXED = ("LOWER", "TAG", "DEP", "IS_SPACE")
_AT = tuple(_ATTRS.index(a) for a in _INDEXED)  # where each of those is in a token's values

_Test = Callable[[Any], bool]
_Token = tuple[tuple[int, _Test], ...]  # (attribute position, test) for each condition of one token


def _test(value: Any) -> _Test | None:
    """The test one condition makes of an attribute's value, or None for a form not handled here."""
    if isinstance(value, (str, bool)):
        want = value
        return lambda v: v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            allowed = frozenset(arg)
            return (lambda v: v in allowed) if op == "IN" else (lambda v: v not in allowed)
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda v: rx.search(v) is not None  # the Matcher searches, too
    return None


def _keys(value: Any) -> list[Any] | None:
    """The attribute values a condition accepts, when they can be listed (an index's keys)."""
    if isinstance(value, (str, bool)):
        return [value]
    if isinstance(value, dict) and list(value) == ["IN"]:
        return list(value["IN"])
    return None


class _Index:
    """Patterns filed under a value their first token must have (``always``: none can be named)."""

    def __init__(self) -> None:
        self.by: dict[tuple[str, Any], list[tuple[int, list[_Token]]]] = {}
        self.always: list[tuple[int, list[_Token]]] = []

    def add(self, i: int, pattern: list[dict[str, Any]]) -> None:
        entry = (i, [tuple((_ATTRS.index(k), _test(v)) for k, v in tok.items()) for tok in pattern])
        first = pattern[0]
        attr = next((a for a in _INDEXED if a in first and _keys(first[a]) is not None), None)
        if attr is None:
            self.always.append(entry)  # type: ignore[arg-type]
            return
        for key in _keys(first[attr]) or []:
            self.by.setdefault((attr, key), []).append(entry)  # type: ignore[arg-type]

    def candidates(self, vals: tuple[Any, ...]) -> list[tuple[int, list[_Token]]]:
        cands = list(self.always)
        for attr, pos in zip(_INDEXED, _AT, strict=True):
            cands += self.by.get((attr, vals[pos]), ())
        return cands


class FastMatch:
    """``AttributeRuler.match`` for rulers whose patterns :func:`compile_patterns` reads.

    A one-token pattern's outcome depends only on the token's four values, so the one-token patterns a
    combination of values matches are worked out once (the index's candidates, each tested) and remembered:
    most tokens of an article repeat a combination seen before ("the", DT, det). Longer patterns are looked
    up by their first token and tested in full."""

    #: combinations remembered at most (then forgotten all at once): a worker's memory stays bounded
    CACHE_SIZE = 200_000

    def __init__(self, ids: dict[int, int], patterns: list[tuple[int, list[dict[str, Any]]]],
                 ruler: Any = None, n_rules: int | None = None) -> None:
        self.ids = ids  # pattern number -> the ruler's match id (the hash of the number as a string)
        # the ruler it stands in for and its rule count when compiled: a rule added later (``ruler.add``)
        # is not in ``patterns``, so then spaCy's own Matcher answers rather than ignoring the rule
        # (unpickled, the ruler may not have its state yet: the count comes along)
        self.ruler = ruler
        self.n_rules = n_rules if n_rules is not None else len(ruler.attrs) if ruler is not None else None
        self.patterns = patterns
        self.single, self.longer = _Index(), _Index()
        for i, pattern in patterns:
            (self.single if len(pattern) == 1 else self.longer).add(i, pattern)
        self.known: dict[tuple[Any, ...], tuple[tuple[int, ...], tuple[tuple[int, list[_Token]], ...]]] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        # plain data only (the tests are closures): a pipeline sent to a spawned process rebuilds them
        return FastMatch, (self.ids, self.patterns, self.ruler, self.n_rules)

    def _learn(self, vals: tuple[Any, ...]) -> tuple[tuple[int, ...], tuple[tuple[int, list[_Token]], ...]]:
        """For a token with these values: the one-token patterns it matches, and the longer ones whose first
        token it matches (remembered)."""
        def fits(toks: list[_Token]) -> bool:
            return all(test(vals[pos]) for pos, test in toks[0])

        got = (tuple(i for i, toks in self.single.candidates(vals) if fits(toks)),
               tuple(e for e in self.longer.candidates(vals) if fits(e[1])))
        if len(self.known) >= self.CACHE_SIZE:
            self.known.clear()
        self.known[vals] = got
        return got

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self.ruler is not None and len(self.ruler.attrs) != self.n_rules:
            log.warning("attribute_ruler: rules were added after the fast matcher was built; spaCy's Matcher again")
            ruler, self.ruler = self.ruler, None
            vars(ruler).pop("match", None)  # the class's own match from now on
            return ruler.match(doc)
        values = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        n, known, ids = len(values), self.known, self.ids
        found: list[tuple[int, int, int, int]] = []
        for start, vals in enumerate(values):
            singles, longer = known.get(vals) or self._learn(vals)
            found.extend((i, ids[i], start, start + 1) for i in singles)
            for i, toks in longer:
                end = start + len(toks)
                if end <= n and all(test(values[j][pos]) for j, tok in zip(range(start + 1, end), toks[1:],
                                                                             strict=True) for pos, test in tok):
                    found.append((i, ids[i], start, end))
        found.sort()  # what the ruler sorts by: its pattern number first, so later rules win
        return found


def compile_patterns(ruler: Any) -> list[tuple[int, list[dict[str, Any]]]] | None:
    """The ruler's patterns as (number, token conditions), or None if one is beyond :class:`FastMatch`."""
    out = []
    for i, spec in enumerate(ruler.patterns):
        for pattern in spec["patterns"]:
            if not pattern or any(set(tok) - set(_ATTRS) or any(_test(v) is None for v in tok.values())
                                  for tok in pattern):
                return None
            out.append((i, pattern))
    return out


#: spaCy versions (major.minor) whose ``AttributeRuler.__call__`` is known to read its matches through
#: ``self.match`` and whose Matcher the tests compare with: another version keeps spaCy's own matcher
TESTED_SPACY = ("3.8",)


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's ``attribute_ruler`` the fast matcher when its patterns allow it; True if done."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    if ".".join(spacy.__version__.split(".")[:2]) not in TESTED_SPACY:
        log.info("attribute_ruler: spaCy %s is not a tested version; left as it is", spacy.__version__)
        return False
    ruler: Any = nlp.get_pipe("attribute_ruler")  # an AttributeRuler; typed Any because its match is replaced
    patterns = compile_patterns(ruler)
    if patterns is None:
        log.info("attribute_ruler: a pattern needs spaCy's Matcher; left as it is")
        return False
    ids = {i: ruler.vocab.strings[str(i)] for i, _p in patterns}
    ruler.match = FastMatch(ids, patterns, ruler)  # the instance's own: __call__ looks it up there first
    return True
