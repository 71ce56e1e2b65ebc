"""Round 24: words NER glued onto a name's edges that belong to the sentence, not to the name.

Seen in sport and arts reports: scores after a name ("Gaston Gaudio 5-7 6-1 6-4" FAC; "Bruins 5" LAW in the
line "Bruins 5, Devils 1:"), a conjunction closing it ("Sabres and" ORG), a preposition opening it ("of
Ireland" GPE), a bracket opened and never closed ("Greek Federation (SEGAS" ORG; not in a person's name: an
editor's "Mike (Ruddock)", whatever NER typed it, names the one person), and a clause after a
subordinating word ("American Music Awards after Swift" ORG). The name is the span without them; a name that
was one side of a score line ("Bruins 5, Devils 1") is a team, an organization.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import read_tsv
from ..name_words import is_given_name

__all__ = ["cut_glued_words", "stat_word"]

_SET_SCORES = re.compile(r"(?:\s+\d{1,2}[-–]\d{1,2})+$")  # "... 5-7 6-1 6-4": a tennis result
_LAST_NUMBER = re.compile(r"\s+\d{1,3}$")
# the other side of a score line after the name ("Bruins 5, Devils 1"), or before it ("Wild 4, Sabres 1")
_SIDE_AFTER = re.compile(r"\s*,\s+(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,3}\s*(?:[:;.\n]|$)")
_SIDE_BEFORE = re.compile(r"(?:^|\n|[.:!?]\s+)(?:[A-Z][\w.'’-]*\s+){1,3}\d{1,3}\s*,\s+$")
_CLOSERS = frozenset({"and", "or", "&"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


@lru_cache(maxsize=1)
def _stat_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_stat_words.tsv"))


def stat_word(word: str) -> bool:
    """``word`` is a noun of a player's stat line (data/entity_stat_words.tsv): "points", "goals", "assists"."""
    return word in _stat_words()


def _stat_after(text: str, end: int) -> bool:
    """A stat's noun follows ("Osas Osaro 3| goals"): the number before it is the stat's (round 25, box scores)."""
    m = _NEXT_WORD.match(text, end, min(len(text), end + 20))
    return m is not None and stat_word(m.group(1))
_OPENERS = frozenset({"of", "in", "at", "for", "from", "to", "by", "on", "with", "and", "or"})
# lower-case words that open a clause or a time phrase; no name of a body or a place goes on across them
# ("Doctors Without Borders" and "Council on Foreign Relations" use other words)
_BREAKS = frozenset({"after", "before", "during", "since", "until", "while", "when", "because", "than"})


def cut_glued_words(sp: Span) -> Span | None:
    """The name without the sentence's words glued to its edges; None when nothing is cut."""
    doc = sp.doc
    s, e, label = sp.start, sp.end, sp.label_
    if label == "WORK_OF_ART":  # a title keeps its small words ("Life after Beth")
        return None
    while s < e - 1 and doc[s].text in _OPENERS:  # lower case only: "And" may open a name
        s += 1
    for i in range(s + 1, e):
        if doc[i].text in _BREAKS:
            e = i
            break
    opened = [i for i in range(s + 1, e) if doc[i].text == "("]
    if opened and label != "PERSON" and not any(doc[i].text == ")" for i in range(opened[-1], e)) \
            and not (opened[-1] == s + 1 and is_given_name(doc[s].text)):
        e = opened[-1]
    while e - 1 > s and doc[e - 1].text in _CLOSERS:
        e -= 1
    if s >= e:
        return None
    cut = Span(doc, s, e, label=label)
    start, end = cut.start_char, cut.end_char
    text = doc.text
    if m := _SET_SCORES.search(text, start, end):
        if m.end() == end:
            end = m.start()
    elif (m := _LAST_NUMBER.search(text, start, end)) and m.end() == end and (
            _SIDE_AFTER.match(text, end, min(len(text), end + 60))
            or _SIDE_BEFORE.search(text, max(0, start - 60), start)):
        end = m.start()
        if label != "PERSON":
            label = "ORG"  # a team: one side of a score line
    elif (m := _LAST_NUMBER.search(text, start, end)) and m.end() == end and _stat_after(text, end):
        end = m.start()
        if label not in {"ORG", "GPE", "NORP"} or label == "ORG" and len(cut) >= 3:
            label = "PERSON"  # a player's stat line ("Armani Sheffield 19 points" FAC; a one-word ORG may be a team)
    if end <= start:
        return None
    out = doc.char_span(start, end, label=label, alignment_mode="contract")
    if out is None or len(out) == 0:
        return None
    if (out.start, out.end, out.label_) == (sp.start, sp.end, sp.label_):
        return None
    return out
