"""The number grammar: figures in plain text, without spaCy.

``parse_number`` reads one written number ("150,000", "1,50,000", "4.1 million", "three thousand",
"half a million", "a dozen"); ``scan`` finds every number in a text and says what it is: an amount
(count, money, percent, measure with its unit) or why it is not one (year, date, time, code, ordinal,
phone, list marker, duration, multiplier, modifier, pronoun "one"). Both are pure and never raise on
arbitrary text; the lexicons are data files under ``newsgraph/data``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ...lexicon import read_tsv

__all__ = [
    "Quantity",
    "parse_number",
    "parse_digits",
    "parse_spelled",
    "spell_out",
    "format_indian",
    "to_number",
    "scaled",
]

Number = int | float

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# short scales written after digits ("$3bn", "£200m", "75k")
_SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                 "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
                 "t": 1_000_000_000_000}
_NUM_WORDS = set(_UNITS) | set(_TENS) | set(_SCALES) | {"hundred", "dozen"}
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_TIME_UNITS = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|"
    r"centuries|century|weekends?|quarters?|semesters?|terms?)"
)
_CURRENCY_PREFIX = [
    ("US$", "USD"), ("USD", "USD"), ("A$", "AUD"), ("AU$", "AUD"), ("C$", "CAD"), ("CA$", "CAD"),
    ("HK$", "HKD"), ("NZ$", "NZD"), ("S$", "SGD"), ("$", "USD"), ("€", "EUR"), ("EUR", "EUR"),
    ("£", "GBP"), ("GBP", "GBP"), ("₹", "INR"), ("Rs.", "INR"), ("Rs", "INR"), ("INR", "INR"),
    ("¥", "JPY"), ("JPY", "JPY"), ("CNY", "CNY"), ("RMB", "CNY"), ("₽", "RUB"), ("RUB", "RUB"),
    ("₪", "ILS"), ("CHF", "CHF"), ("SAR", "SAR"), ("AED", "AED"), ("₩", "KRW"), ("₺", "TRY"),
    # round 25 (a Malaysian report's sums "RM6.2 million"; Brazil's and Indonesia's written the same way)
    ("RM", "MYR"), ("R$", "BRL"), ("Rp", "IDR"),
]
# letter symbols written against the figure ("Rs500", "RM6.2 million"); other letter codes need a space ("CHF 5")
ATTACHED_LETTER_SYMBOLS = frozenset({"Rs", "Rs.", "RM", "R$", "Rp"})
_CURRENCY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD", "euros": "EUR",
    "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "rupees": "INR", "rupee": "INR",
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rouble": "RUB", "riyals": "SAR", "dirhams": "AED", "shekels": "ILS", "lira": "TRY", "liras": "TRY",
    "won": "KRW", "pesos": "MXN", "rand": "ZAR", "naira": "NGN", "swiss francs": "CHF", "kronor": "SEK",
    "danish kroner": "DKK", "norwegian kroner": "NOK",
    # round 20 ("$1 bought 92,000 rials on the black market")
    "rials": "IRR", "rial": "IRR", "hryvnias": "UAH", "hryvnia": "UAH", "zlotys": "PLN", "zloty": "PLN",
    "forints": "HUF", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "reais": "BRL",
    # round 25: a dollar named by its country ("120 Hong Kong dollars" was a count of 'Hong Kong dollars')
    "hong kong dollars": "HKD", "hong kong dollar": "HKD", "australian dollars": "AUD", "australian dollar": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD", "new zealand dollars": "NZD", "new zealand dollar": "NZD",
    "singapore dollars": "SGD", "singapore dollar": "SGD", "taiwan dollars": "TWD", "taiwan dollar": "TWD",
    # round 30 ("would make around 20,000 taka a month" was a count of 'taka')
    "taka": "BDT", "afghanis": "AFN", "kyats": "MMK", "kyat": "MMK",
}


@dataclass
class Quantity:
    """One number found in a text, with what surrounds it; ``skip`` says why it is not an amount."""

    start: int
    end: int
    value: Number
    text: str
    kind: str = "count"  # count | money | percent | measure
    unit: str | None = None
    currency: str | None = None
    approx: str | None = None
    low: Number | None = None
    high: Number | None = None
    num_start: int = 0  # the bare number, without currency, hedge or unit
    num_end: int = 0
    skip: str | None = None
    spelled: bool = False
    # "from X to Y" pairs, left for the Doc layer to read as a change or a range: index of the partner
    pair: int | None = None
    pair_role: str | None = None  # "from" | "to"
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value, "text": self.text, "kind": self.kind, "unit": self.unit,
            "currency": self.currency, "approx": self.approx, "low": self.low, "high": self.high,
            "start": self.start, "end": self.end,
        }


# ----------------------------------------------------------------------------------------------
# lexicons (data files), loaded once
# ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Tables:
    units: tuple[tuple[str, str], ...]  # (surface lowercased, unit name), longest surface first
    hedges: tuple[tuple[str, str, str], ...]  # (phrase, normalized, bound)
    unit_rx: re.Pattern[str]
    hedge_rx: re.Pattern[str]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    units: list[tuple[str, str]] = []
    for row in read_tsv("amount_units.tsv"):
        for s in row[1].split("|"):
            units.append((s.strip(), row[0]))
    units.sort(key=lambda u: -len(u[0]))
    hedges: list[tuple[str, str, str]] = []
    for row in read_tsv("amount_hedges.tsv"):
        row = row + [""] * (3 - len(row))
        for s in row[2].split("|"):
            hedges.append((s.strip().lower(), row[0], row[1]))
    hedges.sort(key=lambda h: -len(h[0]))
    unit_alt = "|".join(re.escape(u) for u, _n in units)
    unit_rx = re.compile(r"[ \t]?-?[ \t]?(" + unit_alt + r")(?![\w°²])", re.I)
    hedge_alt = "|".join(re.escape(h) for h, _n, _b in hedges)
    hedge_rx = re.compile(r"(?:^|(?<=[\s(\"“—–-]))(" + hedge_alt + r")[ \t]+$", re.I)
    return _Tables(tuple(units), tuple(hedges), unit_rx, hedge_rx)


# ----------------------------------------------------------------------------------------------
# one written number
# ----------------------------------------------------------------------------------------------
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}"
_WESTERN = r"\d{1,3}(?:,\d{3})+"
_DIGITS_RX = re.compile(rf"^(?:{_INDIAN}|{_WESTERN}|\d+)(?:\.\d+)?$|^\.\d+$")


def to_number(x: float) -> Number:
    """An int when the value is whole (JSON numbers, never 5200.0), else a float rounded sensibly."""
    if x != x or x in (float("inf"), float("-inf")):
        return 0
    if float(x).is_integer() and abs(x) < 1e18:
        return int(x)
    return float(round(x, 10))


def scaled(base: Number, mult: Number) -> Number:
    """base * mult without binary noise: 4.1 million is 4100000, not 4099999.9999999995."""
    return to_number(float(Decimal(str(base)) * Decimal(str(mult))))


def parse_digits(text: str) -> Number | None:
    """'150,000' / '1,50,000' / '12,34,56,789' / '4.1' / '.5' -> number; None if not well formed."""
    t = text.strip()
    if not _DIGITS_RX.match(t):
        return None
    try:
        return to_number(float(t.replace(",", "")))
    except ValueError:
        return None


def _spelled_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-–]+", text.lower().strip()) if w]


def parse_spelled(text: str) -> Number | None:
    """'three thousand' / 'fifty-two' / 'one hundred and twenty' / 'a dozen' / 'half a million' -> number."""
    words = _spelled_words(text)
    if not words:
        return None
    if words[0] == "half" and len(words) >= 3 and words[1] in ("a", "an") and (
        words[2] in _SCALES or words[2] in ("hundred", "dozen")
    ):
        rest = parse_spelled(" ".join(["one"] + words[2:]))
        return to_number(rest / 2) if rest is not None else None
    if words[0] in ("a", "an") and len(words) >= 2:
        words = ["one"] + words[1:]
    total, current, seen, last, prev_scale = 0, 0, False, "", 0
    for w in words:
        if w == "and":
            if last not in ("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"):
                return None
            last = w
            continue
        if w in _UNITS:
            if last in _UNITS or (last in _TENS and (_UNITS[w] >= 10 or _UNITS[w] == 0)):
                return None
            current += _UNITS[w]
        elif w in _TENS:
            if last in _UNITS or last in _TENS:
                return None
            current += _TENS[w]
        elif w == "hundred":
            if current >= 100:
                return None
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALES:
            scale = _SCALES[w]
            if prev_scale and scale >= prev_scale:  # "two million three million" is two numbers
                return None
            total += (current or 1) * scale
            current, prev_scale = 0, scale
        else:
            return None
        seen, last = True, w
    if not seen or last == "and":
        return None
    return to_number(total + current)


def parse_number(text: str) -> Number | None:
    """Any one written number, digits or words, with an optional scale: '4.1 million', '3bn', '2 lakh'."""
    t = " ".join(str(text).split())
    if not t or len(t) > 200:
        return None
    m = re.match(r"^([\d.,]+)\s*([A-Za-z]+)$", t)
    if m:
        base = parse_digits(m.group(1))
        sc = m.group(2).lower()
        mult = _SCALES.get(sc) or _SHORT_SCALES.get(sc)
        if base is None or mult is None:
            return None
        return scaled(base, mult)
    v = parse_digits(t)
    if v is not None:
        return v
    return parse_spelled(t)


# ----------------------------------------------------------------------------------------------
# writing numbers (tests and documentation use these to check that parsing inverts writing)
# ----------------------------------------------------------------------------------------------
_BELOW_20 = {v: k for k, v in _UNITS.items()}
_TENS_W = {v: k for k, v in _TENS.items()}


def _spell_below_1000(n: int) -> list[str]:
    out: list[str] = []
    if n >= 100:
        out += [_BELOW_20[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        out.append(_TENS_W[(n // 10) * 10] + (f"-{_BELOW_20[n % 10]}" if n % 10 else ""))
    elif n or not out:
        out.append(_BELOW_20[n])
    return out


def spell_out(n: int) -> str:
    """0 <= n < 10**15 in English words: 1234 -> 'one thousand two hundred thirty-four'."""
    if n == 0:
        return "zero"
    parts: list[str] = []
    for scale, name in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"), (1, "")):
        chunk = (n // scale) % 1000
        if chunk:
            parts += _spell_below_1000(chunk) + ([name] if name else [])
    return " ".join(parts)


def format_indian(n: int) -> str:
    """1500000 -> '15,00,000' (lakh/crore grouping)."""
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups + [tail])
