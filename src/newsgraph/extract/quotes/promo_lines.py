"""Links to other stories set inside a report's body (review of round 27).

Two layouts put another story's headline between a report's paragraphs, and its "X says ..." was read as a
statement of this report:

- **A headline followed by "Read more".** 'Julian Assange: US justice department says he faces five years in
  jail – live updates Read more': a line of a few words ending on the words "Read more" is a link (all 120 such
  lines among the 5,000 allsides dev reports were one). Nothing on it is a quote.
- **A headline in capitals.** 'TRUMP SAYS CHINA 'MOVING TROOPS' TO HONG KONG BORDER': a line past the report's
  first paragraph whose every letter is a capital is a related story's headline (all 43 such lines with a verb
  of saying on allsides dev were). A quote that lies on the line and is told by a cue on the line is dropped;
  words in capitals that a cue outside the line attributes ('Trump tweeted:' and then a shouted line) stay.
- **"Also on" another page.** '( Also on SITE: Mayor praises arrest in harbor theft)': a line that opens on
  "Also on" and a site's name with a colon is another story's headline set between paragraphs (round 36: 18 such
  lines on 680 read allsides reports, every one a link); nothing on it is a quote or a stance.
- **A headline closing the report.** 'Ex-aide testifies Stone gave updates' as the last line: a short last line
  with no stop at its end is a link or a heading left at the foot of the page (cleaning reads every other such
  line as a heading, and no pass reads a heading's sentence), not the report's last sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...record import Quote
from .._doc import content_paragraphs, doc_text

__all__ = ["drop_promo_lines"]

# a link line is a headline: a few words (the longest on allsides dev had 25)
_MAX_WORDS = 30
_READ_MORE = re.compile(r"\bRead more\s*$")
# "( Also on POLITICO: ...)", "Also on CNN: ...": a site's link to another story (round 36)
_ALSO_ON = re.compile(r"^\(?\s*Also (?:on|at) [A-Z][\w.&' -]{1,30}:")
# a line in capitals has a few words and enough letters to tell its case
_MIN_CAPS_WORDS = 4
_MIN_LETTERS = 10
# a heading's length, as cleaning reads one (clean._is_heading), and the marks a sentence or a quote ends on
_HEADING_WORDS = 14
_ENDS = tuple(".!?:;\"'\u201d\u2019)]")


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= _MIN_CAPS_WORDS and len(letters) >= _MIN_LETTERS and all(c.isupper() for c in letters)


def _promo_lines(doc: Doc, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(the "Read more" link lines, the capitals lines past the first paragraph) as character spans."""
    links: list[tuple[int, int]] = []
    caps: list[tuple[int, int]] = []
    pars = content_paragraphs(doc)
    for k, (lo, hi, _kind) in enumerate(pars):
        line = text[lo:hi].strip()
        if len(line.split(None, _MAX_WORDS)) > _MAX_WORDS:
            continue
        if _READ_MORE.search(line) or _ALSO_ON.match(line) or k == len(pars) - 1 > 0 and _foot_heading(line):
            links.append((lo, hi))
        elif k > 0 and _capitals(line):
            caps.append((lo, hi))
    return links, caps


def _foot_heading(line: str) -> bool:
    """A short line with no stop at its end, and no quotation marks in it."""
    return bool(line) and len(line.split()) <= _HEADING_WORDS and not line.endswith(_ENDS) and \
        not any(c in line for c in "\"\u201c\u201d")


def _inside(q: Quote, spans: list[tuple[int, int]], cue_too: bool) -> bool:
    for lo, hi in spans:
        if lo <= q.start and q.end <= hi:
            # the cue that tells the words: on the line (or none), else the words are attributed from outside
            return not cue_too or q.cue_start is None or lo <= q.cue_start < hi
    return False


def drop_promo_lines(doc: Doc, out: list[Quote]) -> list[Quote]:
    """``out`` without the quotes that lie on another story's link line (see the module's text)."""
    text = doc_text(doc)  # (kept once per Doc: ``doc.text`` joins every token on each read)
    links, caps = _promo_lines(doc, text)
    if not links and not caps:
        return out
    return [q for q in out if not _inside(q, links, False) and not _inside(q, caps, True)]
