"""The evidence sentence around a figure, cut where a sentence ends and not at an abbreviation's stop.

Stored records carry no sentence bounds, so the knowledge base reads them from the text: a stop, "!" or "?"
(closing quotes and brackets may follow) and a space end a sentence, and so does a line break; a stop does not
when the next word starts in lower case or with a digit ("the U.S. has", "Aug. 21"), nor after dotted initials
("U.S.", "U.N.", "D.C."), a single capital ("John F. Kennedy") or an abbreviated title of data/titles.tsv
("Gen.", "Sen.") or the few abbreviations listed here (months, "Mr.", "St.", "Inc.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import title_abbreviations

__all__ = ["sentence_of", "ends_sentence"]

_SENT_END = re.compile(r"[.!?][\"”’)]*\s+|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
# abbreviations no title file holds: months, forms of address, company suffixes, street and mountain words
_OTHER = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms messrs dr st mt ft no jr sr inc "
                   "corp co ltd bros vs etc approx est".split())


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w[:-1].lower() for w in title_abbreviations()) | _OTHER


def ends_sentence(text: str, m: re.Match[str]) -> bool:
    """Whether the stop matched by ``m`` (of the pattern above) ends a sentence."""
    if "\n" in m.group():
        return True
    stop = text[m.start()]
    nxt = text[m.end():m.end() + 1]
    if nxt and (nxt.islower() or nxt.isdigit()):
        return False
    if stop != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
    if before is None:
        return True
    word = before.group(1)
    return not (_INITIALS.match(word) or word.lower() in _abbreviations())


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around characters [start, end): the evidence a reader needs to check a figure."""
    left = 0
    for m in _SENT_END.finditer(text, max(0, start - 600), start):
        if ends_sentence(text, m):
            left = m.end()
    right = len(text)
    for m in _SENT_END.finditer(text, end):
        if ends_sentence(text, m):
            right = m.start() + len(m.group().rstrip())
            break
    return text[left:right].strip()
