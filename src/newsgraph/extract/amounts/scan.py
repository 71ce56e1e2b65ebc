"""Scanning plain text for figures: every number, what it is, or why it is not an amount.

Pure functions, no spaCy. ``scan(text)`` returns every number with a ``skip`` reason where it is not an
amount; ``amounts_in(text)`` keeps the amounts. Ranges ("between 10 and 20", "500-5,500km") become one
quantity with ``low``/``high``; "from X to Y" pairs are left as two quantities linked by ``pair`` so that the
Doc layer can read them as a change (a change verb, or X > Y) or a range.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ...lexicon import hedge_bounds, hedge_suffixes, read_tsv
from ..designators import designated, postal_code, service_number, street_number
from ..times.patterns import clipped_year
from .certainty import certainty
from .frame_phrases import duration_ranges, gallery_counter, split_in_parts, weighing_phrase
from .grammar import (
    _CURRENCY_PREFIX,
    _CURRENCY_WORDS,
    _MONTHS,
    _NUM_WORDS,
    _SCALES,
    _SHORT_SCALES,
    _TIME_UNITS,
    ATTACHED_LETTER_SYMBOLS,
    Number,
    Quantity,
    parse_digits,
    parse_spelled,
    scaled,
    tables,
    to_number,
)
from .level_pairs import level_pair, pair_gap
from .million_heads import million_head_after
from .number_forms import clause_opening_count, mixed_fraction, split_shares, won_by

__all__ = ["AGE_AFTER", "scan", "amounts_in"]

_WORD_ALT = "|".join(sorted(_NUM_WORDS, key=len, reverse=True))
_NUM_RX = re.compile(
    # a letter currency symbol may stand against the figure ("Rs500", "RM6.2 million"): see ATTACHED_LETTER_SYMBOLS
    r"(?P<dig>(?:(?<![\w.,])|(?<=\bRs)|(?<=\bRs\.)|(?<=\bRM)|(?<=\bRp))(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)"
    r"|(?<![\w.,\d])\.\d+(?!\d))"
    r"|(?P<sp>\b(?:half\s+an?\s+(?:dozen|hundred|thousand|million|billion|trillion)\b"
    rf"|an?\s+(?:dozen|hundred|thousand|million|billion|trillion)(?:(?:\s+and\s+|\s+|-)(?:{_WORD_ALT}))*\b"
    rf"|(?:{_WORD_ALT})(?:(?:\s+and\s+|\s+|-)(?:{_WORD_ALT}))*\b))",
    re.I,
)
_SCALE_AFTER = re.compile(r"(?:[ \t]+|-)?(thousand|million|billion|trillion|lakhs?|crores?)\b", re.I)
_SHORT_AFTER = re.compile(r"[ \t]?(bn|mn|mln|tn|trn|k|m|b)\b(?!['’]\w)")
# after a currency sign the short scales may be capitals and "T" is a trillion: "€10M", "$2.174T"
_SHORT_AFTER_CUR = re.compile(r"[ \t]?(bn|mn|tn|[kmbt])\b(?!['’]\w)", re.I)
_PERCENT = re.compile(r"[ \t]?(%|percent\b|per[ \t]+cent\b|percentage[ \t]+points?\b|pct\b|\[(?:percent|per[ \t]+cent)\])",
                      re.I)  # (a quotation's editor wrote "20 [percent]": round 27)
# (a currency word an editor put in brackets is the same unit: "it was 100 million (euros)", round 30)
_CUR_WORD_RX = re.compile(
    r"[ \t]+(?P<open>[(\[])?(?P<word>" + "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True))
    + r")\b(?(open)[)\]])", re.I
)
# "5 million pounds"; after a scale word the singular too, as an adjective ("a 39 billion pound bill", issue 17)
_POUNDS = re.compile(r"[ \t]+pounds?\b", re.I)
_PENCE = re.compile(r"p(?![\w'’])")  # "113.5p", lower case only ("8.5P" is no shorthand for pence)
_SCREEN_LINES = frozenset({240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
# "15% year-on-year", "2% month on month", "4% quarter-over-quarter": the period a rate compares, no duration
_PERIOD_ON_PERIOD = rf"(?![ \t-]+(?:on|over)[ \t-]+(?:the[ \t]+)?(?:{_TIME_UNITS})\b)"
_DURATION = re.compile(rf"(?:[ \t]+|-)(?:{_TIME_UNITS})\b{_PERIOD_ON_PERIOD}|-year-old\b|[ \t]+years?[ \t]+old\b", re.I)
_PER_DAY = re.compile(r"[ \t]+(?:a|per)[ \t]+day\b|/day\b", re.I)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_TIME_AFTER = re.compile(
    r":\d\d|[ \t]?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|ET\b|EST\b|EDT\b|BST\b|CET\b|o'clock\b|hrs\b|GMT)", re.I
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}[ \t]+(?:\d{{1,2}}[ \t]*[-–][ \t]*)?$")  # and a range's end, "June 8-9"
_MONTH_AFTER = re.compile(rf"(?:[ \t]*[-–][ \t]*\d{{1,2}})?(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTHS}(?!\w)")
_MULTIPLIER = re.compile(
    r"[ \t]*-?fold\b|[ \t]+times[ \t]+(?:the|as|more|less|larger|bigger|greater|higher|faster|over|that|than|"
    r"its|their|his|her|our|what)\b|[ \t]+times[ \t]+[\w.]+['’]s\b",  # round 32: "six times Britain's might"
    re.I,
)
_HYPHEN_WORD = re.compile(r"-([A-Za-z]+)")
# "a 15-point jump", "a 10-percent rise": a hyphened size of a movement noun is a figure, not a kind of thing
_POINT_MOVE = re.compile(r"-(?:points?|percent|per[ \t]cent)[ \t]+(?:jump|rise|increase|gain|drop|fall|decline|"
                         r"surge|slide|plunge|dip|decrease|swing|climb)s?\b", re.I)
_SUFFIX_HEDGE = re.compile(r"(?:-some\b|[ \t]+or[ \t]+so\b|-plus\b|[ \t]*\+(?!\d)|[ \t]+or[ \t]+more\b|-odd\b)", re.I)
_LIST_MARK = re.compile(r"[.)][ \t]")
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[-. ]\d{2,4}){2,}|\d(?:-\d){2,}")
_CONNECT_RANGE = re.compile(r"[ \t]*(?:-|–|—|to)[ \t]*$")
_BETWEEN = re.compile(r"\bbetween[ \t]+$", re.I)
# "from X to Y", also with the level named before X ("from the current $100,000 to $150,000", "from an initial 10
# percent to 25 percent": round 25's start review saw the first read as a range)
_FROM = re.compile(r"\bfrom[ \t]+(?:(?:the|its|their|an?)[ \t]+)?(?:(?:current|present|existing|previous|former|old|"
                   r"original|initial|earlier|prior)[ \t]+(?:level[ \t]+of[ \t]+)?)?$", re.I)
_AGE_BEFORE = re.compile(r"[A-Z][\w.'’-]+,[ \t]*$|[A-Z][\w.'’-]+[ \t]+\($"  # round 29: "Aki B. (pseudonym), 23,"
                         r"|[A-Z][\w.'’-]+[ \t]+\([a-z][a-z \t]{0,24}\),[ \t]*$")
AGE_AFTER = re.compile(r"[ \t]*(?:[,);]|\.(?!\d)|[—–]|--)")  # "Avi Stern, 58;" "..., 55." "Lu Wei, 23 —" (r32)


_SENT_START = re.compile(r"(?:^|[.!?:;\n\"“‘(—–]\s*|^\s*)$")
# review 16: a comma and a word that is no further number ("Three, four or five soldiers" is a count)
_ENUMERATOR_AFTER = re.compile(
    r",[ \t]+(?!(?:or|and|to|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|dozen|\d)\b)[A-Za-z]", re.I)


@lru_cache(maxsize=1)
def _idioms() -> re.Pattern[str]:
    """The words after a number that make it a fixed phrase (data/amount_idioms.tsv)."""
    rows = [r[0] for r in read_tsv("amount_idioms.tsv") if r and r[0]]
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in rows) + r")\b", re.I)


def _idiom_after(after: str) -> bool:
    return bool(_idioms().match(after))


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([#&\w.]+)[ \t]*$", text[max(0, pos - 30) : pos])  # "&": "S&P 500"
    return m.group(1).lower() if m else ""


def _currency_before(text: str, s: int) -> tuple[int, str] | None:
    before = text[max(0, s - 5) : s]
    for sym, iso in _CURRENCY_PREFIX:
        for sep in ("", " "):
            pre = sym + sep
            # a bare code glued to digits is no prefix ("USD100" is left to the code rule), but a dollar sign
            # with its country's letters is ("US$50m", "HK$176", "A$4.50": round 25, all were counts), and so are
            # the letter symbols written against the figure ("Rs500", "RM6.2 million": ATTACHED_LETTER_SYMBOLS)
            if sym[0].isalpha() and sep == "" and sym not in ATTACHED_LETTER_SYMBOLS and not sym.endswith("$"):
                continue
            if before.endswith(pre):
                at = s - len(pre)
                if sym[0].isalpha() and at > 0 and text[at - 1].isalpha():
                    continue
                if sym in ("US$", "A$", "C$", "HK$", "NZ$", "S$", "AU$", "CA$", "R$"):
                    return at, iso
                if sym == "$" and at > 0 and text[at - 1].isalpha():
                    continue  # "US$" and the like, matched above
                return at, iso
    return None


def _skip_reason(text: str, ns: int, ne: int, q: Quantity, spelled: bool) -> str | None:
    """Why the number at ``ns:ne`` is not an amount (a year, code, date, phone, age...), else None."""
    after = text[ne : ne + 40]
    before = text[max(0, ns - 40) : ns]
    if _idiom_after(after) or (spelled and (weighing_phrase(text[ns:ne], before, after) or split_in_parts(before, after))):
        return "idiom"  # "with one arm tied behind its back", "on one hand": a fixed phrase, no count (review 16)
    if spelled and _SENT_START.search(before) and _ENUMERATOR_AFTER.match(after):
        return "list"  # "Three, Iran can escalate": a spelled number opening its sentence counts the writer's points
    if q.kind == "percent" and _fraction_before().search(text, max(0, q.start - 40), q.start):
        return "fraction base"  # "half of one percent": the base of the share, not the share (nor "one")
    if spelled:
        why = _spelled_skip(text[ns:ne], before, after)
    else:
        why = _mark_skip(text, ns, ne, before, after) or _shape_skip(text, ns, ne, q, before, after)
    return why or mixed_fraction(text, ne) or _context_skip(text, ns, ne, q, spelled, before, after)


# a scale word with no number of its own before it ("several thousand", "a few hundred", "many million"): the
# number is vague, not one thousand ("a thousand", "half a million" have their number, and so has a scale word
# after a determiner: "the dozen officials", "that dozen", "the other dozen" are twelve)
_BARE_SCALES = frozenset({"hundred", "dozen"} | {w for w in _SCALES if not w.startswith(("lakh", "crore"))})
_WORD_HYPHEN = re.compile(r"(?<![\w-])[A-Za-z]{2,}-$")  # "high-" ("twenty-five" is read whole before this)
_OWN_NUMBER_BEFORE = re.compile(r"(?i)\b(?:a|an|one|the|that|this|these|those|other|every|each)[ \t]+$")


def _spelled_skip(word: str, before: str, after: str) -> str | None:
    if word.lower() in ("one",):
        return "pronoun"
    if word.split()[0].lower() in _BARE_SCALES and not _OWN_NUMBER_BEFORE.search(before):
        return "vague"
    if word[0].isupper() and not _SENT_START.search(before) and not clause_opening_count(word, before, after):
        return "name"  # "Gang of Seven", "the Two-Way"
    if _WORD_HYPHEN.search(before):
        return "compound"  # "a high-five", "a top-ten finish": a word, as "F-16" is a code (review 29)
    return None


def _mark_skip(text: str, ns: int, ne: int, before: str, after: str) -> str | None:
    """Digits that the characters around them make a code, phone number, date or clock time."""
    if _ORDINAL.match(after):
        return "ordinal"
    if clipped_year(text, ns, ne):
        return "year"  # "in ’16", "the class of '98": a year with its century clipped, no count (review 17)
    if ns > 0 and (text[ns - 1].isalpha() or (text[ns - 1] == "-" and ns > 1 and text[ns - 2].isalpha())):
        if _currency_before(text, ns) is not None:
            return None  # "RM6.2 million": a letter symbol against its figure (ATTACHED_LETTER_SYMBOLS)
        return "code"  # F-16, COVID-19, G7 (a letter-glued number never reaches here)
    if ns > 0 and text[ns - 1] == "+":
        return "phone"
    if re.match(r"\([a-z]\)", after):
        return "code"  # "the 287(g) program", "Section 702(b)": a law's section
    if after[:1] == "/" and after[1:2].isdigit() or (before[-1:] == "/" and before[-2:-1].isdigit()):
        return "date"  # 9/11, 24/7, 9/11/2012
    if _TIME_AFTER.match(after) or re.search(r"\d:$", before):
        return "time"  # "10:30", and the "30" of it; "02:14" (a video's length)
    for pm in _PHONE.finditer(text[max(0, ns - 8) : ne + 16]):
        a, b = pm.start() + max(0, ns - 8), pm.end() + max(0, ns - 8)
        if a <= ns < b and pm.group().count("-") + pm.group().count(".") + pm.group().count(" ") >= 2:
            digits = sum(ch.isdigit() for ch in pm.group())
            if digits >= 7 or re.fullmatch(r"\d(?:-\d){2,}", pm.group()):
                return "phone"
    return None


def _shape_skip(text: str, ns: int, ne: int, q: Quantity, before: str, after: str) -> str | None:
    """Digits that their own shape and place make a code, list marker, year, age or day of a month."""
    if after[:1].isalpha() and q.kind == "count" and not q.unit and q.value == parse_digits(text[ns:ne]):
        if re.match(r"s\b", after) and re.fullmatch(r"\d{2,4}", text[ns:ne]):
            return "year"  # 1990s, 80s
        return "code"  # 5G, 737MAX
    line_start = text.rfind("\n", 0, ns) + 1
    if not text[line_start:ns].strip(" \t•*-") and _LIST_MARK.match(after) and q.value <= 100:
        return "list"
    if (before.endswith("(") and after[:1] == ")") and not text[line_start : ns - 1].strip() and q.value <= 20:
        return "list"
    raw = text[ns:ne]
    if (
        re.fullmatch(r"\d{4}", raw) and 1800 <= q.value <= 2100 and q.kind == "count" and not q.unit
        and q.end == ne and not re.match(r"[ \t]+(?:troops|people|soldiers|members|men|women)\b", after)
    ):
        return "year"
    if _AGE_BEFORE.search(before) and AGE_AFTER.match(after) and isinstance(q.value, int) and (
        1 <= q.value <= 120 and q.end == ne
    ):
        return "age"  # "John Smith, 45, said": an age in apposition to a name
    if isinstance(q.value, int) and 1 <= q.value <= 31 and q.end == ne:
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return "date"
    return None


def _context_skip(text: str, ns: int, ne: int, q: Quantity, spelled: bool, before: str, after: str) -> str | None:
    """Numbers, written either way, that the words next to them make a rate base, code, duration, ratio,
    multiplier or modifier."""
    if _prev_word(text, q.start) == "per":
        return "rate base"  # "per 100,000 people" is the base of the figure before it
    if designated(text, q.start):
        return "code"
    if not spelled and q.end == ne and (street_number(text, ns, ne) or service_number(text, ns, ne)
                                        or postal_code(text, ns, ne)):
        return "address"  # "near 1909 Jolinda Drive", "911 calls": a building's number or a line to call (round 24)
    if _DURATION.match(text, q.end if q.end > ne else ne):
        return "duration"
    if spelled and re.match(r"(?i)an?\s", text[ns:ne]) and re.search(r"(?i)\b(?:in|of)\s+$", before):
        return "ratio"  # "one part in a million", "one in a thousand"
    if _MULTIPLIER.match(after):
        return "multiplier"
    if certainty(text, q):
        return "idiom"  # "A hundred percent no", "100 percent sure": a speaker's certainty, no share
    hm = _HYPHEN_WORD.match(text, q.end)
    if hm and hm.group(1).lower() not in ("some", "plus", "odd", "strong") and not _POINT_MOVE.match(text, q.end) \
            and hm.group(1).lower() not in _counted_singulars():
        return "modifier"  # two-state solution, 2-chlorobenzylidene, 100-member ("a 40-strong team" counts 40)
    return _frame_skip(before, after, q)


@lru_cache(maxsize=1)
def _counted_singulars() -> frozenset[str]:
    """One-word singulars of data/measure_synonyms.tsv: "a 40,000-troop drawdown" counts troops (review 18), as
    "a 40-strong team" counts the team; "a two-state solution" stays a modifier."""
    words = (w.strip().lower() for r in read_tsv("measure_synonyms.tsv") for w in r[1].split("|"))
    return frozenset(w for w in words if w.isalpha() and not w.endswith("s"))


@lru_cache(maxsize=1)
def _fraction_before() -> re.Pattern[str]:
    """A fraction word of data/amount_fractions.tsv and "of" right before a figure."""
    words = sorted((r[0].strip().lower() for r in read_tsv("amount_fractions.tsv") if r and r[0].strip()),
                   key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(rf"(?i)\b(?:{alt})[ \t]+of[ \t]+$")


# "Slideshow (18 Images)": a gallery's count; "38 North", "10 Downing Street": names; "1950-53": the end year
_GALLERY = re.compile(r"[ \t]+(?:images|photos|pictures|videos|slides)\)", re.I)
_NAME_AFTER = re.compile(r"[ \t]+(?:North|South|East|West|Street|Avenue|Road)\b(?![ \t-]*[A-Z])")
_NAME_BEFORE = re.compile(r"\b(?:Group|Gang|Club)[ \t]+of[ \t]+$")
_YEAR_SPAN_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d[-–]$")
_UNIT_OR_BEFORE = re.compile(rf"(?i)\b(?:{_TIME_UNITS})s?[ \t]+or[ \t]+$")


def _frame_skip(before: str, after: str, q: Quantity) -> str | None:
    """Numbers whose frame, not their value, says they are no amount."""
    if q.end != q.num_end or q.kind != "count":
        return None
    if (before.endswith("(") and _GALLERY.match(after)) or gallery_counter(before, after):
        return "caption"  # "Slideshow (18 Images)", "Image 1 of 2" (round 20)
    if not q.spelled and (_NAME_AFTER.match(after) or _NAME_BEFORE.search(before)):
        return "name"  # "38 North", "the Group of 20 nations"
    if not q.spelled and _YEAR_SPAN_BEFORE.search(before) and q.num_end - q.num_start == 2:
        return "year"
    if q.spelled and _UNIT_OR_BEFORE.search(before):
        return "duration"  # "a year or two"
    return None


def _one(text: str, m: re.Match[str]) -> Quantity | None:
    """The quantity starting at a raw number match: scale, currency, percent, unit, hedges, skip reason."""
    q = _number_at(m)
    if q is None:
        return None
    ns, ne = q.num_start, q.num_end
    end = _scale_and_currency(text, q)
    if q.kind == "count":
        end = _percent_or_unit(text, q, end)
    q.end = end
    _sign(text, q)
    _hedge(text, q, end)
    q.skip = _skip_reason(text, ns, ne, q, q.spelled)
    q.text = text[q.start : q.end]
    return q


def _number_at(m: re.Match[str]) -> Quantity | None:
    """Phase 1: the bare number of a raw match, as a count spanning just its digits or words."""
    ns, ne = m.start(), m.end()
    spelled = m.group("sp") is not None
    raw = m.group()
    value: Number | None = parse_spelled(raw) if spelled else parse_digits(raw)
    if value is None and spelled:
        # the greedy word run was two numbers ("two three"): keep the first word
        first = re.match(r"[A-Za-z]+", raw)
        if first is None:
            return None
        ne = ns + first.end()
        value = parse_spelled(first.group())
    if value is None:
        return None
    return Quantity(start=ns, end=ne, value=value, text="", num_start=ns, num_end=ne, spelled=spelled)


def _scale_and_currency(text: str, q: Quantity) -> int:
    """Phase 2: a scale word or short scale after the digits, a currency sign or word around them; returns
    where the quantity now ends."""
    ns, ne, value = q.num_start, q.num_end, q.value
    end = ne
    if not q.spelled:
        sm = _SCALE_AFTER.match(text, end)
        if sm:
            q.value = scaled(value, _SCALES[sm.group(1).lower()])
            end = sm.end()
    cur = _currency_before(text, ns)
    if not q.spelled and end == ne:
        short = _SHORT_AFTER.match(text, end) or (_SHORT_AFTER_CUR.match(text, end) if cur else None)
        # "m"/"b" alone may be metres or bytes; before a currency word they are scales ("134.7m euros")
        if short and (cur or short.group(1) not in ("m", "b") or _CUR_WORD_RX.match(text, short.end())
                      or (short.group(1) == "m" and million_head_after(text, short.end()))):
            q.value = scaled(value, _SHORT_SCALES[short.group(1).lower()])
            end = short.end()
    if cur:
        q.start, q.currency, q.kind = cur[0], cur[1], "money"
        return end
    pence = _PENCE.match(text, end) if end == ne and not q.spelled else None
    if pence and q.value not in _SCREEN_LINES:
        # "shares rose 8.5p to 113.5p": pence sterling, kept as written (GBX, the market's code for pence),
        # not a code glued to a letter; "1080p" is a screen's lines, not money
        q.currency, q.kind = "GBX", "money"
        return pence.end()
    cw = _CUR_WORD_RX.match(text, end)
    if cw and not won_by(text, cw.group("word"), cw.end()):
        q.currency, q.kind, end = _CURRENCY_WORDS[cw.group("word").lower()], "money", cw.end()
    elif end > ne and _POUNDS.match(text, end):  # "5 million pounds": money; "200 pounds": weight
        pm = _POUNDS.match(text, end)
        assert pm is not None
        q.currency, q.kind, end = "GBP", "money", pm.end()
    return end


def _percent_or_unit(text: str, q: Quantity, end: int) -> int:
    """Phase 3 (counts only): a percent sign or word, or a unit of measure; returns the new end."""
    pc = _PERCENT.match(text, end)
    inner = _SUFFIX_HEDGE.match(text, end) if pc is None else None
    if inner is not None:  # "75-plus percent", "30-odd percent": the hedge stands inside the share (round 30)
        pc = _PERCENT.match(text, inner.end())
        if pc:
            q.extra["inner_hedge"] = inner.group()
    if pc:
        q.kind = "percent"
        if "point" in pc.group(1).lower():
            q.unit = "percentage point"
        return pc.end()
    um = tables().unit_rx.match(text, end)
    if um:
        unit = next(n for s, n in tables().units if s.lower() == um.group(1).lower())
        q.kind, q.unit, end = "measure", unit, um.end()
        pd = _PER_DAY.match(text, end)
        if pd and unit == "barrel":
            q.unit, end = "barrel per day", pd.end()
        elif um.group(1).lower() == "bpd":
            q.unit = "barrel per day"
        return end
    if not q.spelled and _SHORT_AFTER.match(text, end) and text[end : end + 2].strip().lower() == "m":
        mm = _SHORT_AFTER.match(text, end)
        assert mm is not None
        q.kind, q.unit, end = "measure", "metre", mm.end()
    return end


# "a balance of minus 10", "fell to minus 9": a figure below zero written as a word (a survey's balance, an index);
# "plus or minus 3 points", "plus-minus 3%" are a margin of error, no sign
_MINUS_BEFORE = re.compile(r"(?<![\w-])minus[ \t]+$", re.I)
_PLUS_MINUS = re.compile(r"plus(?:[ \t]+or[ \t]+|[ \t]*[-/][ \t]*)minus[ \t]+$", re.I)


def _sign(text: str, q: Quantity) -> None:
    """Phase 3b: "minus" right before a count or percent makes it negative; the span takes the word."""
    before = text[max(0, q.start - 24) : q.start]
    m = _MINUS_BEFORE.search(before)
    if m is None or _PLUS_MINUS.search(before) or q.kind not in ("count", "percent") or q.spelled:
        return
    q.value = -q.value
    q.start -= len(before) - m.start()


def _hedge(text: str, q: Quantity, end: int) -> None:
    """Phase 4: a hedge written before the figure ("at least") or after it ("or so", "-plus") and the bound
    it sets; a suffix hedge extends the span."""
    sh = _SUFFIX_HEDGE.match(text, end)
    inner = q.extra.get("inner_hedge")
    hm = tables().hedge_rx.search(text[max(0, q.start - 30) : q.start])
    if hm:
        phrase = hm.group(1).lower()
        norm, bound = next((n, b) for p, n, b in tables().hedges if p == phrase)
        q.approx = norm
        q.extra["hedge_start"] = q.start - (len(text[max(0, q.start - 30) : q.start]) - hm.start(1))
    elif sh or inner:
        word = sh.group() if sh else str(inner)
        q.approx = hedge_suffixes().get(word.strip(" \t-").lower(), "about")
        bound = hedge_bounds().get(q.approx, "")
    else:
        return
    if bound == "low":
        q.low = q.value
    elif bound == "high":
        q.high = q.value
    if sh and q.approx and not hm:
        q.end = sh.end()


def _is_tally(text: str, a: Quantity, b: Quantity, gap: str) -> bool:
    """Two bare integers written "226-183" (hyphen or dash, no space), the first the larger: a vote or a score; or
    equal ("drew 6-6": a draw; a range has two ends, round 23)."""
    plain = all(q.kind == "count" and not q.unit and not q.spelled and q.end == q.num_end and isinstance(q.value, int)
                for q in (a, b))
    return plain and gap in ("-", "–") and a.value >= b.value and text[a.num_start:a.num_end].isdigit()


def _merge_range(text: str, a: Quantity, b: Quantity) -> Quantity:
    """'500-5,500km', '$3-5 billion', 'between 10 and 20': one quantity, value = low, low/high set."""
    lo, hi = a.value, b.value
    # "rose $1.64 to $47.10": the two figures as written, should the parse show a move, not a range
    parts = (dataclasses.replace(a, extra=dict(a.extra)), dataclasses.replace(b, extra=dict(b.extra)))
    if a.kind == "count" and b.kind != "count":
        a.kind, a.unit, a.currency = b.kind, b.unit, b.currency
    if b.value != _as_written(text, b) and a.value == _as_written(text, a):
        # the scale written once after the second number applies to both: "$3-5 billion"
        mult = b.value / (_as_written(text, b) or 1)
        if mult > 1 and lo * mult <= hi:
            lo = scaled(lo, to_number(mult))
    r = Quantity(
        start=a.start, end=b.end, value=lo, text=text[a.start : b.end], kind=a.kind, unit=a.unit or b.unit,
        currency=a.currency or b.currency, approx=a.approx, low=lo, high=hi, num_start=a.num_start,
        num_end=b.num_end, spelled=a.spelled, extra=dict(a.extra),
    )
    r.extra["range"] = True
    if text[a.end : b.start].strip() == "to":
        r.extra["to_parts"] = parts
    return r


def _as_written(text: str, q: Quantity) -> Number | None:
    """The number's own digits or words, before any scale word after it ("three" of "three to five million": a
    spelled range takes its scale from the second number as "$3-5 billion" does; review 18)."""
    written = text[q.num_start : q.num_end]
    if not q.spelled:
        return parse_digits(written)
    bare = re.sub(r"[\s-]+(?:thousand|million|billion|trillion)$", "", written, flags=re.I)
    return parse_spelled(bare or written)


def scan(text: str) -> list[Quantity]:
    """Every number in ``text`` in order; ``skip`` is None for amounts.

    Arbitrary text never raises (the property tests feed it random text); a bug that does raise reaches the
    component, which reports it under the pipeline's failure policy instead of losing it here."""
    return _scan(text if isinstance(text, str) else str(text))


def _share_units(text: str, raw: list[Quantity]) -> None:
    """"flew 260 and 170 miles": a bare number joined to a measured one takes its unit."""
    for a, b in zip(raw, raw[1:], strict=False):
        if (a.kind == "count" and a.skip is None and b.kind == "measure" and a.end == a.num_end and not a.spelled
                and re.fullmatch(r"[ \t]+(?:and|or)[ \t]+", text[a.end : b.start])):
            a.kind, a.unit = "measure", b.unit


def _numbers(text: str) -> list[Quantity]:
    """Every number of ``text`` read as a quantity, in order (before units are shared and ranges merged)."""
    raw: list[Quantity] = []
    pos = 0
    while True:
        m = _NUM_RX.search(text, pos)
        if m is None:
            return raw
        q = _one(text, m)
        if q is None:
            pos = m.end()
            continue
        raw.append(q)
        pos = max(q.num_end, m.start() + 1) if q.end <= q.num_end else q.end


def _scan(text: str) -> list[Quantity]:
    raw = _numbers(text)
    _share_units(text, raw)
    duration_ranges(text, raw)  # (round 20: "six to 24 months")
    out: list[Quantity] = []
    i = 0
    while i < len(raw):
        a = raw[i]
        b = raw[i + 1] if i + 1 < len(raw) else None
        if b is not None and a.skip is None and b.skip is None:
            gap = text[a.end : b.start]
            hs = int(a.extra.get("hedge_start", a.start))
            lead = text[max(0, hs - 12) : hs]
            if re.fullmatch(r"[ \t]*and[ \t]*", gap) and _BETWEEN.search(lead) and a.value < b.value:
                out.append(_merge_range(text, a, b))
                i += 2
                continue
            if _spoken_sum(text, a, b, gap):
                out.append(_join_sum(text, a, b))
                i += 2
                continue
            if _zero_to_sixty(text, a, b, gap):
                a.skip = b.skip = "idiom"
                out += [a, b]
                i += 2
                continue
            if pair_gap(gap) and (_FROM.search(
                    text, max(0, hs - 40), hs) or level_pair(text, a, hs)):  # (round 33: "from a high of 779 to 122")
                a.pair, a.pair_role = len(out) + 1, "from"
                b.pair, b.pair_role = len(out), "to"
                out += [a, b]
                i += 2
                continue
            split_shares(text, a, b, gap)  # "voted by 52-48 percent": both are shares (round 32)
            if _is_tally(text, a, b, gap):
                # "a 226-183 vote", "a 5-4 ruling", "won 3-1": a tally, higher first, not a range nor two counts
                a.skip = b.skip = "tally"
                out += [a, b]
                i += 2
                continue
            by_to = gap.strip() == "to" and re.search(r"\bby[ \t]+$", lead)  # "fell by 200 to 1,300": a change
            if _CONNECT_RANGE.match(gap) and gap.strip() in ("-", "–", "—", "to") and a.value < b.value and not by_to and (
                gap.strip() != "to" or a.kind == b.kind or a.kind == "count"
            ) and not (a.spelled != b.spelled) and not (a.kind == b.kind == "percent" and a.unit != b.unit):
                # "rising 1.43 percentage points to 7.53 percent": a move in points to a level, not a range
                out.append(_merge_range(text, a, b))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_SCALE_END = re.compile(r"\b(thousand|million|billion|trillion)$", re.I)
_SCALE_RANK = {"thousand": 1, "million": 2, "billion": 3, "trillion": 4}


def _spoken_sum(text: str, a: Quantity, b: Quantity, gap: str) -> bool:
    """"a billion 400 million dollars" (a total said aloud, $1.4 billion): a round figure ending in a scale word,
    one space, and a figure of a smaller scale (its own scale word after it) are one number."""
    ea = _SCALE_END.search(text[a.num_start:a.end].strip())
    eb = re.search(r"\b(thousand|million|billion)\b", text[b.num_start:b.end], re.I)
    if not (ea and eb and re.fullmatch(r"[ \t]+", gap) and a.kind == "count" and not a.currency):
        return False
    big, small = _SCALE_RANK[ea.group(1).lower()], _SCALE_RANK[eb.group(1).lower()]
    return small < big and isinstance(a.value, int | float) and 0 < b.value < 1000 ** big


def _join_sum(text: str, a: Quantity, b: Quantity) -> Quantity:
    return dataclasses.replace(b, start=a.start, value=a.value + b.value, text=text[a.start:b.end],
                               num_start=a.num_start, spelled=a.spelled, extra=dict(b.extra))


def _zero_to_sixty(text: str, a: Quantity, b: Quantity, gap: str) -> bool:
    """"from zero to 60" (a car's acceleration, said of anything that grew fast): no figures, no change; only
    when no noun or unit follows (a preposition, punctuation or the end does: "zero to 60 in eight months")."""
    return a.value == 0 and b.value == 60 and gap.strip() in ("to", "-") and not b.unit and b.kind == "count" \
        and re.match(r"[ \t]*(?:$|[,.;:)!?]|(?:in|within|over|under|after|since|and|overnight)\b)",
                     text[b.end:b.end + 12]) is not None


def amounts_in(text: str) -> list[Quantity]:
    """The amounts of a text (``scan`` without the skipped numbers)."""
    return [q for q in scan(text) if q.skip is None]
