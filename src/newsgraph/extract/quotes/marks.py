"""Quoted passages from raw paragraph text: quote marks paired, apostrophes told apart.

Pure string code, no spaCy: ``quoted_spans(text, paragraphs)`` returns the spans between paired
quote marks. The rules, each with the case that motivated it:

* curly marks say their direction (“ ” ‘ ’); a straight mark (" ') takes it from its neighbours:
  after a space, a paragraph start or an opening bracket it opens, before a space or punctuation it
  closes;
* ’ and ' between letters are apostrophes ("don’t"), and so is a mark before digits ("’90s");
  a mark after a word-final s ("the US' plans") closes only a single quote that is open, and is
  a possessive otherwise;
* single marks inside an open double quote are nested quotes and stay part of its text; single
  marks pair at the top level only in a paragraph without double quotes (headline style);
* a quote left open at the end of a paragraph continues when the next paragraph starts with an
  opening mark (the continuation convention of multi-paragraph quotes) and is dropped otherwise,
  so that an unbalanced mark costs that one quote, never the rest of the article;
* an opening mark while a quote is open drops the earlier, unclosed one for the same reason, unless it is of the
  other style (a curly mark inside a straight quote, or the reverse): that one opens a quote inside the open one
  (round 32); a run over paragraphs goes on only with an opener of its own style;
* a continued quote never runs across text that is not the body's (a photo's caption between two of its
  paragraphs): it ends with its own paragraph, and the next paragraph's opener starts a new quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuotedSpan", "quoted_spans", "DOUBLE_MARKS", "SINGLE_MARKS"]

DOUBLE_MARKS = frozenset('"“”„«»‟″')
SINGLE_MARKS = frozenset("'‘’‚‹›‛")
_ANY_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS | SINGLE_MARKS))) + "]")
_OPENERS_BEFORE = frozenset("([{—–-/\u2015\u2014")
# elisions written with a leading apostrophe: 'em, 'til, 'n', 'cause
_ELISIONS = ("em ", "til ", "n ", "cause ", "bout ", "tis ")


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # offset of the first character inside the opening mark
    end: int  # offset of the closing mark
    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark (== end)
    single: bool  # paired single marks
    paragraphs: int = 1  # number of paragraphs the quote runs across
    close_width: int = 1  # 2 for a closing mark written as two single marks


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _direction(text: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the mark text[i:i+width] inside the paragraph [lo, hi)."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + width] if i + width < hi else ""
    if ch in "“„«‟‘‚‹‛":
        # “ misused as a closer: "word“ followed by a space or the paragraph end
        if ch in "“‘" and prev and not _is_space(prev) and prev not in _OPENERS_BEFORE and _is_space(nxt):
            return "close"
        return "open"
    if ch in "”»’›":
        if ch in "”’" and (_is_space(prev) or prev in _OPENERS_BEFORE) and nxt and not _is_space(nxt):
            return "open"  # ” misused as an opener
        if ch == "”" and not text[lo:i].strip() and nxt:
            return "open"  # ” opening a paragraph ('” … if the president can visit'): it closes nothing
        return "close"
    # straight marks and ″
    opens = _is_space(prev) or prev in _OPENERS_BEFORE or prev in DOUBLE_MARKS | SINGLE_MARKS
    closes = _is_space(nxt) or (not nxt.isalnum())
    if opens and not _is_space(nxt):
        return "open"
    if closes and not _is_space(prev):
        return "close"
    return "either"


def _single_role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close', 'maybe-close' (s' possessive) or 'apostrophe' for a single mark."""
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    if prev.isalnum() and nxt.isalpha():
        return "apostrophe"  # don’t, O'Brien
    if nxt.isdigit() and (_is_space(prev) or prev in _OPENERS_BEFORE):
        return "apostrophe"  # ’90s
    if _is_space(prev) and text[i + 1 : i + 6].lower().startswith(_ELISIONS):
        return "apostrophe"
    d = _direction(text, i, lo, hi)
    if d == "close" and prev in "sSzZ" and text[i] in "'’":
        return "maybe-close"  # the US' plans / 'the Joneses'
    if d == "either":
        return "apostrophe"
    return d


def _paragraph_marks(text: str, lo: int, hi: int) -> tuple[list[tuple[int, str, int]], list[tuple[int, str]]]:
    """Double marks as (offset, direction, width) and single marks as (offset, role).

    Two single marks in a row ('' or ‘‘ ’’) are one double mark: some wires and archives (the
    New York Times among them) write every double quote that way.
    """
    doubles: list[tuple[int, str, int]] = []
    singles: list[tuple[int, str]] = []
    taken = lo  # offsets before this belong to a doubled single mark already read
    # only the marks are visited (a regex scan), not every character of the paragraph
    for m in _ANY_MARK.finditer(text, lo, hi):
        i = m.start()
        if i < taken:
            continue
        ch = text[i]
        if ch in SINGLE_MARKS and text[i + 1 : i + 2] == ch and i + 1 < hi:
            doubles.append((i, _direction(text, i, lo, hi, 2), 2))
            taken = i + 2
        elif ch in DOUBLE_MARKS:
            doubles.append((i, _direction(text, i, lo, hi), 1))
        else:
            role = _single_role(text, i, lo, hi)
            if role != "apostrophe":
                singles.append((i, role))
    return doubles, singles


def _starts_with_opener(text: str, lo: int, hi: int) -> int | None:
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    if i < hi and text[i] in DOUBLE_MARKS and _direction(text, i, lo, hi) != "close":
        return i
    if i + 1 < hi and text[i] in SINGLE_MARKS and text[i + 1] == text[i] and _direction(text, i, lo, hi, 2) != "close":
        return i
    return None


def _pair_singles(singles: list[tuple[int, str]]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for pos, role in singles:
        if role == "open":
            open_at = pos
        elif role in ("close", "maybe-close") and open_at is not None:
            pairs.append((open_at, pos))
            open_at = None
    return pairs


def _ended_by_paragraph(text: str, open_at: tuple[int, int], lo: int, hi: int, n_pars: int) -> QuotedSpan:
    """A quote left open at a paragraph's end whose continuation comes after text that is not the body's (a
    photo's caption, "Image copyright AFP/Getty Image caption ..."): it ends with its paragraph, so that the
    caption between is no part of it; the next paragraph's opener starts a quote of its own."""
    end = lo + len(text[lo:hi].rstrip())
    return QuotedSpan(open_at[0] + open_at[1], end, open_at[0], end, False, n_pars, 0)


def _style(text: str, pos: int) -> str:
    """'straight' for " and '' (and the double prime), 'curly' for the typographic marks."""
    return "straight" if text[pos] in "\"'″" else "curly"


class _Scan:
    """The state of the pairing over the paragraphs of a text (``quoted_spans``).

    ``open_at`` is the (offset, width) of the mark that opened the quote now open, ``n_pars`` the paragraphs it has
    run over. A quote opened with one style of mark holds quotes marked with the other style inside it
    (``nested``, an opener waiting for its closer): an excerpt set in straight marks quotes people with curly ones
    ('"The department isn’t about “Equal Justice” anymore. ...', PolNeAR train, round 32), and before this rule the
    inner opener dropped the outer quote as an unbalanced mark. The inner pairs are kept in ``inner`` and given out
    as quotes of their own only when the outer quote is dropped, so that a stray straight mark costs nothing more
    than it did before.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[QuotedSpan] = []
        self.open_at: tuple[int, int] | None = None
        self.n_pars = 1
        self.nested: tuple[int, int] | None = None
        self.inner: list[QuotedSpan] = []

    def reset(self) -> None:
        """No quote open, none nested in it."""
        self.open_at, self.nested, self.inner = None, None, []

    def drop(self) -> None:
        """The open quote is never closed: it is no quote, the quotes inside it stand alone."""
        self.out.extend(self.inner)
        self.reset()

    def close(self, pos: int, width: int) -> None:
        assert self.open_at is not None
        self.out.append(QuotedSpan(self.open_at[0] + self.open_at[1], pos, self.open_at[0], pos, False,
                                   self.n_pars, width))
        self.reset()

    def mark(self, pos: int, d: str, width: int) -> None:
        """One double mark of the paragraph, in order."""
        if self.open_at is None:
            if d in ("open", "either"):
                self.open_at, self.n_pars = (pos, width), 1
            return
        other = _style(self.text, pos) != _style(self.text, self.open_at[0])
        if other and d == "open" and pos > self.open_at[0] + self.open_at[1]:
            self.nested = (pos, width)  # a quote inside the open one (a later opener of that style replaces it)
            return
        if other and self.nested is not None and d in ("close", "either"):
            self.inner.append(QuotedSpan(sum(self.nested), pos, self.nested[0], pos, False, 1, width))
            self.nested = None
            return
        self.nested = None
        if d == "open" and pos > self.open_at[0] + self.open_at[1]:
            self.drop()  # the earlier opener was never closed
            self.open_at, self.n_pars = (pos, width), 1
            return
        if pos == self.open_at[0] + self.open_at[1] and d == "open":
            self.open_at = (pos, width)  # a doubled mark
            return
        self.close(pos, width)


def _continues(text: str, scan: _Scan, lo: int, hi: int) -> int | None:
    """The opener at the start of the paragraph [lo, hi) that carries on the quote left open, if any: a mark of the
    open quote's own style. A paragraph that opens in the other style is a quote of its own, with its own attribution
    (an excerpt in straight marks, then '“You’ve called women ...,” Kelly charged.': PolNeAR train, round 32)."""
    cont = _starts_with_opener(text, lo, hi)
    if cont is None or scan.open_at is None or _style(text, cont) != _style(text, scan.open_at[0]):
        return None
    return cont


def quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuotedSpan]:
    """Spans between paired quote marks in the given paragraphs (in order), never raising."""
    scan = _Scan(text)
    pending = False  # a quote left open at the end of the paragraph before goes on in this one
    for pi, (lo, hi) in enumerate(paragraphs):
        doubles, singles = _paragraph_marks(text, lo, hi)
        k = 0
        if pending:
            cont = _continues(text, scan, lo, hi)
            if cont is not None:
                scan.n_pars += 1
                k = 1 if doubles and doubles[0][0] == cont else 0
            else:
                scan.drop()
            pending = False
        for pos, d, width in doubles[k:]:
            scan.mark(pos, d, width)
        if scan.open_at is not None:
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            if nxt is not None and _continues(text, scan, nxt[0], nxt[1]) is not None:
                if text[hi : nxt[0]].strip():
                    scan.out.append(_ended_by_paragraph(text, scan.open_at, lo, hi, scan.n_pars))
                    scan.reset()
                else:
                    pending, scan.nested = True, None
            else:
                scan.drop()
        if not doubles:
            for a, b in _pair_singles(singles):
                scan.out.append(QuotedSpan(a + 1, b, a, b, True, 1))
    return [q for q in sorted(scan.out, key=lambda q: q.open_mark) if q.end > q.start and text[q.start : q.end].strip()]
