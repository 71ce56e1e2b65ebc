"""Round 35 (issue 18 item 5): the names of shows and works, and defined terms, set in marks.

A reviewer of unseen reports found names in marks listed as quotes: '... Rogers told "Fox News Sunday."' made the
show's name a direct quote; 'in an interview with Fox News' "Tucker Carlson Tonight,"', 'the military blog "This
Ain't Hell,"' and PolNeAR's 'his "Keepin' It Real" radio program' made partial quotes of titles. Nobody says these
words. Dropped here, whatever the attribution (the marks stand next to the speaker's own cue), when the words in
marks are a short title-case name and one of these places makes them a name:

- **the hearer of "told"**: 'told "Fox News Sunday."' (two words or more: '"No," he told' is the other order);
- **an owner's possessive just before the marks**: 'Fox News' "First 100 Days"', 'CBS' "60 Minutes"';
- **a work noun just before or just after** (``work`` of ``data/quote_work_names.tsv``, with a ``medium`` word
  between: 'radio program'): 'the blog "...,"', '"..." radio program';
- **no speaker at all**, two title-case words or more after a lower-case word of running text: 'a founding member
  of "The Panel Hour,"', 'will set up a "Space Guard Force"' (a headline's capitals are not read as a name).

A phrase in marks that the text then defines ('a "targeted employment area," which is defined as ...') is the term
being defined, not anyone's words (verbless, at most five words). Lower-case words ('the "right to work" law',
'called it "a disaster"') and anything ending in "?" or "!" are never touched.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...lexicon import words_by_kind
from ...record import Quote
from .._doc import doc_text

__all__ = ["drop_work_names"]

_MAX_WORDS = 6
_SMALL = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "for", "with", "at", "or", "by", "&"})
_WORD = re.compile(r"[\w&][\w'’.&-]*")
_OPEN = "\"“‘'"
_CLOSE = "\"”’'"
# the opening mark and the spaces before the quoted words, read backwards from the words' start
_BEFORE_OPEN = re.compile(r"[" + _OPEN + r"]\s*$")
_TOLD = re.compile(r"\b(?:told|tells|tell|telling)\s*[" + _OPEN + r"]\s*$", re.I)
# 'Fox News' "', 'CBS’s “': a capitalised owner, its possessive, the opening mark
_OWNED = re.compile(r"\b[A-Z][\w.&-]*(?:['’]s|['’])\s*[" + _OPEN + r"]\s*$")
_DEFINED = re.compile(r"^[\s,." + _CLOSE + r"]*(?:(?:which|that)\s+(?:is|are|was|were)\s+)?defined\s+as\b")


def _kinds() -> dict[str, frozenset[str]]:
    return words_by_kind("quote_work_names.tsv")


def _title_case(words: list[str]) -> bool:
    """Every word capitalised or a number, but for small words inside ('Meet the Press')."""
    if not words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words)


def _work_before(before: str) -> bool:
    """'the military blog "', 'radio program, "': a work noun, a comma maybe, then the opening mark."""
    m = re.search(r"([a-z]+)\s*,?\s*[" + _OPEN + r"]\s*$", before)
    return m is not None and m.group(1) in _kinds().get("work", frozenset())


def _work_after(after: str) -> bool:
    """'" radio program', '" show': the closing mark, a medium word maybe, then a lower-case work noun."""
    m = re.match(r"[\s," + _CLOSE + r"]*([a-z]+)(?:\s+([a-z]+))?", after)
    if m is None:
        return False
    kinds = _kinds()
    first, second = m.group(1), m.group(2)
    return first in kinds.get("work", frozenset()) or \
        first in kinds.get("medium", frozenset()) and second in kinds.get("work", frozenset())


def _named(text: str, q: Quote) -> bool:
    """Whether the marked words of ``q`` are a show's or a work's name by their place (see the module's text)."""
    body = text[q.start : q.end].strip().strip(_OPEN + _CLOSE + " ")
    if body[-1:] in ("?", "!"):
        return False
    words = _WORD.findall(body.rstrip(".,;:"))
    if len(words) > _MAX_WORDS or not _title_case(words):
        return False
    before = text[max(0, q.start - 60) : q.start]
    # the quote's span may start at its opening mark or right after it
    if not _BEFORE_OPEN.search(before) and text[q.start : q.start + 1] in _OPEN:
        before = text[max(0, q.start - 60) : q.start + 1]
    after = text[q.end : q.end + 40]
    if _TOLD.search(before):
        return len(words) >= 2
    if bool(_OWNED.search(before)) or _work_before(before) or _work_after(after):
        return True
    return q.kind == "partial" and len(words) >= 2 and not (q.speaker or q.speaker_name) and _in_lower_text(before)


def _in_lower_text(before: str) -> bool:
    """Whether the word before the opening mark is lower case: running text, not a headline in title case."""
    m = re.search(r"([A-Za-z]+)\W*$", before)
    return m is not None and m.group(1).islower()


def _defined(text: str, q: Quote) -> bool:
    """'a "targeted employment area," which is defined as ...': the term the text defines."""
    words = _WORD.findall(text[q.start : q.end])
    return q.kind == "partial" and 0 < len(words) <= 5 and bool(_DEFINED.match(text[q.end : q.end + 40]))


def drop_work_names(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes without the names of shows and works and without defined terms set in marks."""
    text = doc_text(doc)
    return [q for q in out if q.kind not in ("direct", "partial") or not (_named(text, q) or _defined(text, q))]
