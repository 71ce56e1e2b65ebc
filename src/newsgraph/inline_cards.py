"""Hover cards pasted inside a sentence, masked before parsing.

Some sites (The Hill above all: 95 of its 108 reports among the 5,000 allsides dev reports) put a person's card
right after the name in the body: the full legal name, glued to three or four headlines of other stories, closed by
"MORE". Scraped, it reads "President Trump Donald John TrumpGOP senators balk at ... veterans' votes MORE said
Wednesday ...": the headlines' dates, places, figures and verbs of speech became facts of the report, and the
sentence around them was parsed as one. The card is not a paragraph (``clean`` can only set whole paragraphs
apart), so it is blanked, character for character, in the text the Doc is made of: every offset stays the
record's, the record's ``text`` keeps the card, and no extractor reads it.

A card is recognized by its shape, never by the site: a surname S, then one to four name words ending in S again
(the card's full name, "Adam Bennett Schiff", glued to its first headline or before it), then " MORE" on the same
line within 700 characters. On those 5,000 reports this finds all 380 of The Hill's " MORE" closers and none of the
46 of other outlets ("READ MORE:", "LEARN MORE", all-capital headlines: rightly left), and no card elsewhere.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["card_spans", "mask_cards"]

_MORE = re.compile(r" MORE(?![A-Za-z])")
# overlapping readings (a lookahead) of "S [Jr.] Name Name S" with S glued to what follows or before a space
_CARD_NAME = re.compile(
    r"(?=\b(?P<s>[A-Z][A-Za-z'’-]*[a-z])(?P<suf>(?:,? (?:Jr|Sr)\.?|,? I{2,3}|,? IV)?) ?"
    r"(?:(?:[A-Z][\w'’.-]*|\([A-Z][\w'’.-]*\)) ){1,4}?(?P=s)(?P<after>[A-Z0-9'‘\"“ ]))"
)
_MAX_CARD = 700


class _Name(NamedTuple):
    start: int  # where the shown surname starts
    cut: int  # where the card starts: right after the shown name (and its "Jr.")
    end: int  # where the card's full name ends
    glued: bool  # the full name runs into the first headline ("SchiffGraham")


def _names(text: str) -> list[_Name]:
    return [_Name(m.start(), m.end("suf"), m.start("after"), m.group("after") != " ")
            for m in _CARD_NAME.finditer(text)]


def _pick(inside: list[_Name]) -> _Name:
    glued = [n for n in inside if n.glued]
    if glued:  # "Rex Tillerson Rex Wayne TillersonSteve ...": the glued reading, not "Rex Tillerson Rex"
        return min(glued)
    pick = min(inside)
    for n in sorted(inside):  # "Paul Ryan Paul Davis Ryan Retirees ...": the overlapping reading that ends last
        if n.start < pick.end < n.end:
            pick = n
    return pick


def card_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each hover card: from right after the name shown to the end of "MORE"."""
    if " MORE" not in text:
        return []
    names = _names(text)
    spans: list[tuple[int, int]] = []
    pos = 0
    for more in _MORE.finditer(text):
        line = text.rfind("\n", 0, more.start()) + 1
        lo = max(line, pos, more.start() - _MAX_CARD)
        pos = more.end()
        inside = [n for n in names if n.start >= lo and n.end < more.start()]
        if inside:
            spans.append((_pick(inside).cut, more.end()))
    return spans


def mask_cards(text: str) -> str:
    """``text`` with every hover card blanked by spaces (same length, so every offset holds)."""
    spans = card_spans(text)
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in spans:
        parts += [text[pos:start], " " * (end - start)]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
