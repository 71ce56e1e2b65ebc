"""Written forms of a number that the scanner's word-shape rules misread (round 31).

A capitalised spelled number inside a sentence is read as part of a name ("Gang of Seven", "the Two-Way",
"Ocean's Eleven"). After a comma that closes an opening phrase, though, writers (and copy that lost its case)
start the clause with a capital: "On the road north, Two soldiers were hurt." There the word is followed by a
lower-case word it counts, which a name's number never is ("Group of Seven leaders" has no comma before it).

A mixed number ("2 1/2", "2-1/2", "2½") is one number; the scanner reads its whole part alone (2, with the
fraction left over as the object: "½-year-old war"). Before a hyphenated word it sizes a kind ("a 2 1/2-year-old
war", as "a 2-year-old war" is a modifier already); with a fraction glyph the value read would be wrong whatever
follows. Either way an empty answer beats the whole part alone.

The entity tagger sometimes marks a capitalised spelled number alone as a name (PRODUCT, ORG: "In the north,
Twelve houses burned." tags "Twelve" alone), though the parse makes it the numeric modifier of the lower-case plural
noun right after it. A name made of one number word that counts the common noun after it is no name; a name's
number comes with its other words ("Ocean's Eleven", "Group of Seven"), so the entity then covers more than the
number and the count stays dropped. Digits are left alone ("737 jets" may be a model's name).

"won" after a number is Korea's currency ("50 million won"), but "won by" is the passive verb: "the one million
won by the Greens" are votes, no sum of money.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .grammar import Quantity

__all__ = ["clause_opening_count", "lone_number_name", "mixed_fraction", "split_shares", "won_by"]

# the comma closes the words before; the number is followed by a lower-case word (the thing it counts or a verb:
# "Two soldiers", "Three were hurt"), never by a capitalised name word or a hyphen ("Two-Way")
_COMMA_BEFORE = re.compile(r",[ \t]+$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
# a fraction glyph against the whole part ("2½", "2 ½"), or a written fraction joined by a space or hyphen and
# followed by a hyphenated word ("2 1/2-year-old", "2-1/2-mile")
_GLYPH_AFTER = re.compile(r"[ \t]?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_WRITTEN_FRACTION_MODIFIER = re.compile(r"[ \t-][1-9]/[1-9][0-9]?-[A-Za-z]")
_BY_AFTER = re.compile(r"[ \t]+by\b", re.I)


def clause_opening_count(word: str, before: str, after: str) -> bool:
    """``word`` (a capitalised spelled number) opens a clause after a comma and counts the lower-case word after
    it, so it is no name."""
    return word[:1].isupper() and bool(_COMMA_BEFORE.search(before)) and bool(_LOWER_AFTER.match(after))


def mixed_fraction(text: str, end: int) -> str | None:
    """Why the digits ending at ``end`` are only the whole part of a mixed number, else None."""
    if _GLYPH_AFTER.match(text, end):
        return "fraction"
    if _WRITTEN_FRACTION_MODIFIER.match(text, end):
        return "modifier"
    return None


def won_by(text: str, word: str, end: int) -> bool:
    """The currency word ``word`` ending at ``end`` is the verb "won" with its agent after it ("won by")."""
    return word.lower() == "won" and bool(_BY_AFTER.match(text, end))


def lone_number_name(doc: Doc, num: tuple[int, int], ents: list[tuple[int, int, str]], spelled: bool) -> bool:
    """The name entity over the spelled number ``num`` is that word alone, and the word counts the lower-case
    plural noun right after it ("Twelve houses"), so the entity label is the tagger's slip, not a name."""
    if not spelled or not any((s, e) == num for s, e, _lab in ents):
        return False
    span = doc.char_span(num[0], num[1])
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.dep_ != "nummod" or tok.i + 1 >= len(doc) or tok.head.i != tok.i + 1:
        return False
    noun = tok.head
    return noun.tag_ == "NNS" and noun.text.islower() and not noun.ent_type_


def split_shares(text: str, a: Quantity, b: Quantity, gap: str) -> None:
    """"Britain voted by 52-48 percent": a bare integer, a hyphen and a smaller percent written after it split a
    whole between two sides, so the first is a percent too (round 32; it had been a count with no object). A
    range is written low first ("10-15 percent" shares the unit through the range merge)."""
    bare = a.kind == "count" and not a.unit and not a.spelled and a.end == a.num_end and text[a.num_start:a.num_end].isdigit()
    if bare and b.kind == "percent" and gap in ("-", "–") and isinstance(a.value, int) and b.value < a.value <= 100:
        a.kind, a.unit = b.kind, b.unit
