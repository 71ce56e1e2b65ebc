"""Numbers that the words around them fix as no count (round 24, issue 17):

* the number of "Standard & Poor's 500", an index's name (the apostrophe keeps it from the designator table);
* a set phrase of data/amount_set_phrases.tsv ("one country, two systems"): a formula names a principle;
* the lower end of a rough range told with a comma ("three, four years ago", "two, three people"): the speaker
  gives one guess with its neighbour, so only the upper figure stays;
* a product's model number before a singular product noun of data/amount_product_nouns.tsv ("the 7610 phone"),
  and the same number elsewhere in the text ("reports of 7610 owners"): "7610 phones" with a plural still counts;
  so too a number its maker or variant names ("Boeing's 787", "787-9", "777x"), one with a capitalised model
  name before a product noun ("its popular 737 Max jet") or right after a count ("400 737 Max jets"), and the
  variant after a lettered model ("A350-900"; round 25);
* a capitalised spelled number inside a name, right after a capitalised word in running text and before a
  lower-case word ("some Xbox One users", "Air Force One landed"; round 30): a title-case heading ("Trump Meets
  Two Leaders") and a number opening a sentence ("Two died") keep their count;
* a number that names a pact or a law after a determiner, before its singular noun ("the 123 agreement", "the 1325
  accord"; the nouns of kinds ``pact`` and ``law`` in data/event_party_words.tsv; round 30): "the 123
  agreements" counts them, and a round hundred or a year keeps its reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import read_tsv
from ..events.party_words import party_words
from .grammar import _TENS, _UNITS, Quantity

__all__ = ["fixed_number"]

# the spelled numbers one to twenty, from the amounts grammar's own table (no second list of number words)
_VALUE = {w: v for w, v in {**_UNITS, **_TENS}.items() if 1 <= v <= 20}
_NEXT_SPELLED = re.compile(r"[ \t]*,[ \t]*([a-z]+)\b(?![ \t]*,)", re.I)
# a word before the first number that makes the pair a list of labels or a choice, not a rough guess
_NO_RANGE_BEFORE = re.compile(r"(?i)\b(?:the|of|chapter|round|stage|phase|level|number|no\.|page)[ \t]+$")
_POORS = re.compile(r"(?i)\bpoor['’]s[ \t]+$")
# a model number: plain digits, three to five, after a definite determiner, a possessive or a capitalised brand
_MODEL = re.compile(r"(?<![\w,.$£€-])(\d{3,5})[ \t]+([a-z]+)\b(?![-'’])")
# round 25: a model number told by its maker or its variant ("Boeing's 787", "787-9", "777x"), a model number
# with a capitalised model name before a singular product noun ("its popular 737 Max jet") and a number right
# after a count and before a capitalised name ("400 737 Max jets", "five 787 Dreamliner sales")
_MAKER = re.compile(r"(?i)\b(?:boeing|airbus|embraer|bombardier|airbus[ \t]+a)(?:[ \t]*['’]s)?[ \t]+(\d{3,4})\b(?!,\d)")
_VARIANT = re.compile(r"(?<![\w$£€.,-])(\d{3,4})(?:-\d(?![\d,.])|[xX]\b)")
_NAMED_MODEL = re.compile(r"(?<![\w$£€.,-])(\d{3,5})[ \t]+[A-Z][a-z]+[ \t]+([a-z]+)\b(?![-'’])")
_AFTER_COUNT = re.compile(r"(?i:\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds))"
                          r"[ \t]+(\d{3,4})[ \t]+[A-Z][a-z]")
# the variant after a lettered model ("A350-900", "A321-200"): a label at that place only (a round hundred)
_LETTERED_BEFORE = re.compile(r"\b[A-Z]{1,3}\d{2,4}-$")
# a capitalised word (after a lower-case word or a comma, so not a sentence's first) right before the figure
_NAME_BEFORE = re.compile(r"[a-z,;][ \t]+(?:[A-Z][\w-]*[ \t]+){1,3}$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
# (a determiner, perhaps with an opening quotation mark: what is known as a "123 agreement")
_THE_BEFORE = re.compile(r"(?i)\b(?:the|an?)[ \t]+[\"“]?$")
_SINGULAR_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![-'’])")
# ("a" and "an" are left out: "a 250 plane order" counts planes, written without its hyphen)
_MODEL_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|my|your|our|this|that|new|old)|'s|’s|\b(?!An?\b)[A-Z][\w&]+)"
                           r"[ \t]+$")


@lru_cache(maxsize=1)
def _set_phrases() -> re.Pattern[str] | None:
    rows = [r[0].strip() for r in read_tsv("amount_set_phrases.tsv") if r and r[0].strip()]
    if not rows:
        return None
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(rows, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alt})\b")


@lru_cache(maxsize=1)
def _product_nouns() -> frozenset[str]:
    return frozenset(w.strip().lower() for r in read_tsv("amount_product_nouns.tsv") for w in r[0].split("|")
                     if w.strip())


def fixed_number(text: str, q: Quantity) -> str | None:
    """Why the words around figure ``q`` make it no count ("set phrase", "rough range", "model"), or None."""
    if q.kind != "count" or q.end != q.num_end:
        return None
    at, end = q.num_start, q.num_end
    pat = _set_phrases()
    if pat is not None and any(m.start() <= at < m.end()
                               for m in pat.finditer(text, max(0, at - 60), min(len(text), end + 60))):
        return "set phrase"
    if _POORS.search(text, max(0, at - 12), at):
        return "index name"  # "Standard & Poor's 500": the index's name, as "S&P 500" (data/amount_designators.tsv)
    if _rough_range(text, q):
        return "rough range"
    raw = text[at:end]
    if q.spelled and raw[:1].isupper() and _LOWER_AFTER.match(text, end) and \
            _NAME_BEFORE.search(text, max(0, at - 40), at):
        return "name"
    if raw.isdigit() and len(raw) >= 3 and _label_like(raw) and _names_pact(text, at, end):
        return "name"
    if raw.isdigit() and (raw in _model_numbers(text) or _LETTERED_BEFORE.search(text, max(0, at - 8), at)):
        return "model"
    return None


def _names_pact(text: str, at: int, end: int) -> bool:
    """"the 123 agreement": the digits stand between a determiner and a singular noun of a pact or a law."""
    nxt = _SINGULAR_AFTER.match(text, end)
    if nxt is None or not _THE_BEFORE.search(text, max(0, at - 6), at):
        return False
    words = party_words()
    return nxt.group(1) in words["pact"] | words["law"]


def _rough_range(text: str, q: Quantity) -> bool:
    """"three, four years ago": a spelled number right before a comma and the next number up."""
    first = _VALUE.get(text[q.num_start:q.num_end].lower())
    nxt = _NEXT_SPELLED.match(text, q.num_end)
    if first is None or nxt is None or _VALUE.get(nxt.group(1).lower()) != first + 1:
        return False
    return not _NO_RANGE_BEFORE.search(text, max(0, q.num_start - 12), q.num_start)


def _model_numbers(text: str) -> frozenset[str]:
    """The numbers that the text uses as a product's model ("the 7610 phone"): not a round hundred and not a
    year, so that "the 100 car pile-up" and "the 2004 model" keep their reading."""
    found = set()
    for m in _MODEL.finditer(text):
        digits, noun = m.group(1), m.group(2).lower()
        value = int(digits)
        if noun not in _product_nouns() or value % 100 == 0 or 1800 <= value <= 2100:
            continue
        if _MODEL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            found.add(digits)
    for pat in (_MAKER, _VARIANT, _AFTER_COUNT):
        found.update(m.group(1) for m in pat.finditer(text) if _label_like(m.group(1)))
    found.update(m.group(1) for m in _NAMED_MODEL.finditer(text)
                 if m.group(2).lower() in _product_nouns() and _label_like(m.group(1)))
    return frozenset(found)


def _label_like(digits: str) -> bool:
    """Not a round hundred (a count read elsewhere in the text too) and not a year."""
    value = int(digits)
    return value % 100 != 0 and not 1800 <= value <= 2100
