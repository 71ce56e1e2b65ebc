"""What a statement led to is not its content (round 25, issue 18).

Round 24's stop read found a reporter's question running on into its result: "Reporters asked Trump whether he
holds Russia accountable for troubled relations between the two countries, prompting the president to launch into
a discussion about ..." listed the launch as part of what was asked. A participle of causing after a comma
("prompting", "sparking", "drawing": ``data/quote_result_participles.tsv``) tells what the question or statement
set off; the parser often hangs it inside the reported clause, so the words of an indirect quote or a question are
cut before that comma. Quoted words are never cut (the participle then is the speaker's own).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span

__all__ = ["cut_results"]

_KINDS = frozenset({"indirect", "question"})


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return frozenset(r[0].lower() for r in read_tsv("quote_result_participles.tsv"))


def cut_results(doc: Doc, out: list[Quote]) -> list[Quote]:
    """End each indirect quote or question before ", <participle of causing>" inside its words."""
    text = doc_text(doc)
    for q in out:
        span = expand_span(doc, q.start, q.end) if q.kind in _KINDS else None
        if span is None:
            continue
        for t in span[2:]:
            comma = doc[t.i - 1]
            if t.tag_ == "VBG" and t.lemma_.lower() in _participles() and comma.text == "," and \
                    not any(w.is_quote for w in doc[span.start : t.i]):
                end = comma.idx
                while end > q.start and text[end - 1].isspace():
                    end -= 1
                q.end, q.text = end, text[q.start : end]
                break
    return out
