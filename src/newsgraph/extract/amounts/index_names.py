"""A market wrap's figure takes the index its verb moves (round 24, issue 17): in "the S&P 500 gained 12 points"
and "the STOXX 600 index fell 1.2%" the figure is the index's, while the parse gives no object or the head word
'index' (the name is cut at its digits). The index is the subject of the figure's verb of change; its name is a
word of data/measure_indexes.tsv's "names" row, written with a capital, before an optional number. The number
is left out of the object as elsewhere ("the FTSE 100 fell 1%" is keyed by "FTSE"), unless the synonym table
keys that name under another number ("FTSE 250" is no `ftse_100`: no object then)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import canonical_object
from .changes import trigger_direction

__all__ = ["name_indexes", "moving_verb", "moved_subject", "names_index"]

_GENERIC = frozenset({"index", "indexes", "indices"})
# verbs that report where an index ended, beside the verbs of change
_LEVEL_VERBS = frozenset({"close", "end", "finish", "gain", "add", "lose", "shed", "trade"})
# "the index was off 1%", "was up 3%", "was higher by 20 points"
_BE_MOVED = frozenset({"off", "up", "down", "higher", "lower"})
_BE_DEPS = frozenset({"advmod", "prt", "acomp"})
# a subject's head that stands for the index named inside it (crude futures are oil's, round 24 r24-mobj)
_SUBJECT_HEADS = frozenset({"index", "average", "composite", "futures"})


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    rows = {r[0]: [w.strip() for w in r[1].split("|") if w.strip()] for r in read_tsv("measure_indexes.tsv")}
    names = sorted((w for w in rows.get("names", []) if w.lower() not in _GENERIC), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in names)
    # "Standard & Poor's" first: the synonym table keys it whole ("standard poor's")
    return re.compile(rf"(?i)(?<![\w&])(standard[ \t]+&[ \t]+poor['’]s|(?:hang[ \t]+)?(?:{alt}))(?![\w&])"
                      r"(?:[ \t]+(\d+))?")


def name_indexes(doc: Doc, amounts: list[dict[str, Any]]) -> None:
    """Give each figure with no object, or the object 'index', the index named as the subject of its verb."""
    for a in amounts:
        obj = a.get("object")
        if obj and str(obj).lower() not in _GENERIC:
            continue
        span = doc.char_span(int(a["start"]), int(a["end"]), alignment_mode="expand")
        if span is None:
            continue
        verb = _verb(span.root)
        subj = _subject(verb) if verb is not None else None
        if subj is None:
            continue
        name = _index_name(doc, subj)
        if name is not None:
            a["object"] = name


def names_index(text: str) -> bool:
    """Whether the text names a stock index of data/measure_indexes.tsv, written with a capital ("the FTSE 250")."""
    m = _name_pattern().search(text)
    return m is not None and m.group(1)[:1].isupper()


def moved_subject(verb: Token) -> Token | None:
    """The subject of a verb of change or of closing (public for :mod:`.share_prices`)."""
    return _subject(verb)


def moving_verb(tok: Token) -> Token | None:
    """The verb of change or of a closing level that governs a figure's token (public for :mod:`.share_prices`)."""
    return _verb(tok)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it completes ("was off 1% to close at 2,689": close's is the
    index)."""
    for v in (verb, verb.head):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or v.dep_ not in ("advcl", "xcomp", "conj"):
            return subj
    return None


def _verb(tok: Token) -> Token | None:
    """The verb of change or of a closing level that governs the figure, at most three steps up."""
    for _ in range(3):
        if tok.head is tok:
            break
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            moved = trigger_direction(tok) in ("increase", "decrease") or tok.lemma_.lower() in _LEVEL_VERBS or (
                tok.lemma_ == "be" and any(c.lower_ in _BE_MOVED for c in tok.children if c.dep_ in _BE_DEPS))
            return tok if moved else None
    return None


def _index_name(doc: Doc, subj: Token) -> str | None:
    """The index the subject is: its head is the name ("the Dow", "the FTSE 100"), a head word of an index
    ("the STOXX 600 index") or the index's futures; "shares outside the FTSE 100" are no index."""
    lo = subj.left_edge.idx
    m = _name_pattern().search(doc.text, lo, subj.right_edge.idx + len(subj.right_edge))
    if m is None or not m.group(1)[:1].isupper():
        return None
    if not (m.start() <= subj.idx < m.end() or subj.lower_ in _SUBJECT_HEADS):
        return None
    name = m.group(1)
    canon = canonical_object(name) or ""
    tail = canon.rsplit("_", 1)[-1]
    if m.group(2) and tail.isdigit() and tail != m.group(2):
        return None  # "the FTSE 250" is not the table's FTSE 100
    return name
