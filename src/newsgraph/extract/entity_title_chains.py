"""A person behind a long title with "for" or "of" inside (review 17: "Assistant Attorney General for National
Security John Demers said" gave no entity row; NER tagged nothing there, or "National Security John Demers", or
"State for European Affairs Jane Roe" as an organization).

A title (data/titles.tsv) followed by capitalized words joined by "for", "of", "on", "the", "and" or "&" (its
portfolio: "for National Security", "of State for European Affairs") and then a given name and one or two
capitalized words: the given name and what follows are the person, everything before is title. The portfolio
must hold "for", "of" or "on", so a title running straight into a name ("Director Dan Coats") stays with the
other rules; the name must start with a given name of the tables, so an organization named after its purpose
("Center for American Progress") is never cut.
:func:`newsgraph.extract.entities._candidates` runs :func:`cut_title_chain` on every NER span and
:func:`title_chain_persons` on the text NER left untagged.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import Lexicon
from ..name_words import is_given_name
from ._doc import doc_words

__all__ = ["cut_title_chain", "title_chain_persons"]

_JOINERS = frozenset({"for", "of", "on", "the", "and", "&"})
_PORTFOLIO = frozenset({"for", "of", "on"})  # one of them makes the long title
_MAX_CHAIN = 10  # words of title and portfolio before the name
_MAX_NAME = 3  # a given name and at most two more words


def _cap(word: str) -> bool:
    return word[:1].isupper() and any(ch.isalpha() for ch in word)


def _name_len(words: list[str], i: int, end: int) -> int:
    """Words of a person's name starting at ``i`` (a given name, then capitalized words up to ``end``), 0 when
    fewer than two."""
    if i >= end or not is_given_name(words[i]):
        return 0
    n = 1
    while i + n < end and n < _MAX_NAME and _cap(words[i + n]) and words[i + n].isalpha():
        n += 1
    return n if n >= 2 else 0


def _chain_start(words: list[str], i: int, lex: Lexicon) -> int | None:
    """Start of a title with a portfolio ending right before word ``i`` ("Assistant Attorney General for
    National Security" before "John"), None when the words before ``i`` make none."""
    j = i
    seen_joiner = False
    while j > 0 and i - j < _MAX_CHAIN and (_cap(words[j - 1]) or words[j - 1] in _JOINERS):
        j -= 1
        seen_joiner |= words[j] in _PORTFOLIO
    if not seen_joiner or words[i - 1] in _JOINERS:
        return None
    # the leftmost title in the run; the portfolio word must come after it ("Secretary of State", not "of")
    for s in range(j, i):
        if words[s] in _JOINERS:
            continue
        for n in (3, 2, 1):
            if s + n <= i and lex.title_of(words[s : s + n]) and any(w in _PORTFOLIO for w in words[s + n : i]):
                return s
    return None


def cut_title_chain(sp: Span, lex: Lexicon) -> Span | None:
    """The person at the end of ``sp`` when the words before him, in and before the span, are a title with a
    portfolio ("National Security John Demers" after "Assistant Attorney General for" → "John Demers",
    PERSON); None otherwise."""
    doc = sp.doc
    words = doc_words(doc)
    for k in range(len(sp) - 1):
        i = sp.start + k
        n = _name_len(words, i, sp.end)
        if n and i + n == sp.end and _chain_start(words, i, lex) is not None:
            return Span(doc, i, sp.end, label="PERSON") if k else None
    return None


def title_chain_persons(doc: Doc, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Span]:
    """People named after a title with a portfolio in text NER left untagged (token offsets in ``taken``
    are skipped)."""
    words = doc_words(doc)
    busy: set[int] = set()
    for s, e in taken:
        busy.update(range(s, e))
    out: list[Span] = []
    for i, w in enumerate(words):
        if w not in _PORTFOLIO or i + 2 >= len(words):
            continue
        # the name comes after the portfolio: try each given name in the next few capitalized words
        for j in range(i + 1, min(i + _MAX_CHAIN, len(words))):
            if not (_cap(words[j]) or words[j] in _JOINERS):
                break
            n = _name_len(words, j, len(words))
            if n and not busy.intersection(range(j, j + n)) and doc[j + n - 1].pos_ == "PROPN" \
                    and _chain_start(words, j, lex) is not None:
                out.append(Span(doc, j, j + n, label="PERSON"))
                busy.update(range(j, j + n))
                break
    return out
