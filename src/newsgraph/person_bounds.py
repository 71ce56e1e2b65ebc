"""Where a person mention ends: photo credits, datelines and hover cards (issue 16, rule 5).

A picture's credit line names who took it, and NER runs the photographer's name into the agency and the
next caption or headline ("Chip Somodevilla Getty Images Government Shutdown", "Previous Next Suhaib
Salem Reuters Landov", "M. Scott Mahaskey/Politico Government Shutdown ‘Feel"). :func:`credit_spans`
finds the name of every credit of a text by its shape:

* "Photo: NAME", "Photo by NAME", "Credit: NAME", "Image: NAME";
* "(AP Photo/NAME)";
* "NAME/AGENCY" and "NAME AGENCY" for a photo agency or outlet ("Evan Vucci/AP", "Saul Loeb AFP",
  "Chip Somodevilla Getty Images").

A mention that runs over a credit's name is cut to it (:func:`trim_to_credit`): the photographer stays
a person, the agency and the caption do not join the name. A credit written in capitals ("YVES
HERMAN/REUTERS") or a wire dateline ("UNITED NATIONS/WASHINGTON (Reuters) -") holds no name a person
row can carry: a mention inside one is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from .record import Mention

__all__ = ["credit_spans", "dateline_spans", "trim_to_credit", "in_credit", "is_credit_word", "hover_cards", "in_card",
           "trim_hover"]

_NAME = r"[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){1,4}"
_AGENCY = (r"(?:Getty(?: Images)?|AFP|AP|Reuters|REUTERS|EPA|Landov|LANDOV|Politico|POLITICO|Bloomberg|Zuma|ZUMA|"
           r"Sipa|SIPA|Shutterstock|NurPhoto|Anadolu|Xinhua|TASS|Pool|POOL|Redux|Corbis|Polaris|UPI|AAP)")
_AGENCY_WORD = re.compile(rf"\b(?:{_AGENCY}|Images|Photos?|Press|Presse|Agence|News|Agency|Staff)\b")
_CREDITS = (
    re.compile(rf"\b(?:Photo(?:graph)?s?|Images?|Credit|Pictures?)(?: by|:|\s?/)\s?({_NAME})"),
    re.compile(rf"\((?:AP|AFP|Reuters|EPA|UPI) Photo\s?/\s?({_NAME})"),
    re.compile(rf"({_NAME})\s?/\s?{_AGENCY}\b"),
    re.compile(rf"({_NAME}) (?:Getty Images|Reuters Landov|AFP(?:/| via )Getty|AP Photo)\b"),
)
# what each credit shape cannot match without, read before it (a shape that opens with a name is tried at every
# capital of the text: most texts hold no credit, and the needle is found far faster than the shape fails)
_NEEDS: tuple[Callable[[str], object], ...] = (
    lambda t: any(w in t for w in ("Photo", "Image", "Credit", "Picture")),
    lambda t: "Photo" in t,
    re.compile(rf"/\s?{_AGENCY}\b").search,
    lambda t: any(w in t for w in ("Getty Images", "Reuters Landov", "AFP/Getty", "AFP via Getty", "AP Photo")),
)
# words of a slideshow's buttons or a credit's label, before the photographer's name
_LABEL = frozenset({"previous", "next", "photo", "photos", "image", "images", "credit", "caption", "close", "view",
                    "slideshow", "gallery"})
_DATELINE = re.compile(r"(?m)^\s*([A-Z][A-Z.'’ /-]+?),?\s+\((?:Reuters|AP|AFP|CNN|UPI|Bloomberg)\)")


@lru_cache(maxsize=4)
def credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the photographer's name in every photo credit of a text. Cached for the last few
    texts: a record's repair asks once to decide whether it is needed and again while it runs, and a
    record is repaired again when it is stored; the text is scanned once."""
    out = set()
    for rx, needs in zip(_CREDITS, _NEEDS, strict=True):
        for m in rx.finditer(text) if needs(text) else ():
            start, end = m.span(1)
            for w in re.finditer(r"\S+", text[start:end]):
                # the name starts after a button or label word and after a word ending a sentence
                # ("Monday. Previous Next Aaron Favila/AP"); an initial ("M. Scott") ends none
                if w.group(0).lower().strip(":") in _LABEL or len(w.group(0)) > 3 and w.group(0).endswith("."):
                    start = m.start(1) + w.end() + 1
            name = text[start:end].strip()
            if end - start >= 3 and " " in name and not _AGENCY_WORD.search(name):  # "Photo: Getty Images"
                out.add((start, end))
    return tuple(sorted(out))


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the places of a wire dateline ("UNITED NATIONS/WASHINGTON (Reuters) -")."""
    return [m.span(1) for m in _DATELINE.finditer(text)]


def trim_to_credit(m: Mention, credits: Sequence[tuple[int, int]], datelines: Sequence[tuple[int, int]]) -> Mention | None:
    """The mention cut to the credit's name it runs over; None for a mention that is a name in capitals
    inside a credit or a place of a dateline (no person's row); the mention itself elsewhere."""
    if any(lo <= m.start and m.end <= hi for lo, hi in datelines):
        return None
    for lo, hi in credits:
        if m.start < hi and lo < m.end:
            start, end = max(m.start, lo), min(m.end, hi)
            text = m.text[start - m.start:end - m.start]
            if text.isupper():
                return None
            if (start, end) == (m.start, m.end):
                return m
            return Mention(start=start, end=end, text=text)
    return m


def in_credit(m: Mention, credits: Sequence[tuple[int, int]]) -> bool:
    """Whether the mention is a credit's name: a person's name by its place, whatever its words are."""
    return any(lo <= m.start and m.end <= hi for lo, hi in credits)


def is_credit_word(text: str) -> bool:
    """A credit's label word taken alone as a person ("Images" of "Platt/Getty Images"); agencies that
    are also surnames ("Bloomberg", "Zuma") or organizations ("Xinhua") are left to the other rules."""
    return text.strip().lower() in _LABEL


# A hover card (The Hill): the link word, the person's full name, and the surname again glued to the
# next headline: "President Trump Donald John TrumpGOP senators balk...". The card is no mention: a
# mention running into it is cut where it begins, one inside it is the card's glued surname.
_HOVER = re.compile(r"\b([A-Z][\w'’-]+) ((?:[A-Z][\w.'’-]* ){1,3})\1(?=[A-Z0-9])")


def hover_cards(text: str) -> list[tuple[int, int]]:
    """(start of the card's name, end of its glued surname) of every hover card of a text."""
    return [(m.start(2), m.end()) for m in _HOVER.finditer(text)] if text else []


def in_card(m: Mention, cards: list[tuple[int, int]], text: str) -> Mention | None:
    """A mention inside a card stands for the card's glued surname ("Hillary Diane Rodham ClintonTrump..."
    → "Clinton"): the legal name would add middle names no report uses; None when not in a card."""
    for lo, hi in cards:
        if lo <= m.start < hi:
            sur = _HOVER.match(text, text.rfind(" ", 0, lo - 1) + 1)
            word = sur.group(1) if sur else ""
            return Mention(start=hi - len(word), end=hi, text=word) if word else m
    return None


def trim_hover(m: Mention, cards: list[tuple[int, int]]) -> Mention:
    """A mention that runs into a hover card ends where the card begins: "Trump Donald" → "Trump"."""
    for lo, _hi in cards:
        if m.start < lo < m.end:
            cut = m.text[:lo - m.start].rstrip()
            if cut:
                return Mention(start=m.start, end=m.start + len(cut), text=cut)
    return m
