"""Review 19: a part of a text that speaks ("Key findings in today's report concluded ...") is the text.

The findings, conclusions or a section of a report are no person and no group: before review 19 "Key findings"
was kept as a speaker of its own, a description naming nobody. The words are the text's, so they take the text's
author when the report names one (as "the report" would: ``documents.text_author``), else no speaker and kind
``document``, as a report's words with no author named are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...record import Quote
from .absolutes import settle_absolutes
from .arrays import expand_span
from .documents import text_author
from .hedged_holders import settle_hedged_holders
from .kinds import AUTHORED_NOUNS, as_document

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_text_parts"]

# nouns for a part of a text, not for a speaker ("Key findings in the report", "the report's conclusions")
_PART_NOUNS = frozenset({"finding", "conclusion", "section", "chapter", "summary", "passage", "excerpt", "page"})
_PART_PREPS = frozenset({"in", "of", "from"})


def _text_of(root: Token) -> Token | None:
    """The text noun a part noun belongs to: its possessor or the object of "in"/"of"/"from"."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in _PART_NOUNS:
        return None
    for c in root.children:
        if c.dep_ == "poss" and c.lemma_.lower() in AUTHORED_NOUNS:
            return c
        if c.dep_ == "prep" and c.lower_ in _PART_PREPS:
            return next((p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in AUTHORED_NOUNS), None)
    return None


def settle_text_parts(doc: Doc, out: list[Quote], resolver: Resolver) -> None:
    """Give the quotes whose speaker mention is a part of a text to the text's author, or to no one (in place);
    then the words of a "with X warning ..." phrase to X (``absolutes``) and a hedged view of a mind to its holder
    (``hedged_holders``; round 24: one pass after the speakers)."""
    settle_absolutes(doc, out, resolver)
    settle_hedged_holders(doc, out, resolver)  # "Obama seemed to recognize ...": Obama's view (round 24)
    for q in out:
        if q.speaker_start is None or q.speaker_end is None or q.speaker is not None or q.kind in ("stance", "question"):
            continue  # (a stored stance made a document would be listed: review of round 19)
        span = expand_span(doc, q.speaker_start, q.speaker_end)
        text = _text_of(span.root) if span is not None else None
        if text is None:
            continue
        author = text_author(resolver, doc[text.left_edge.i : text.i + 1], text)
        if author is None:
            as_document(q)
            continue
        q.speaker, q.speaker_name = author, resolver.by_id[author]["name"]
