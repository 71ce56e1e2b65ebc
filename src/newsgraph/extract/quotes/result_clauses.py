"""Where a statement's words end: before what it led to, and before a new clause the parser hung on them (round 25).

Round 24's stop read found a reporter's question running on into its result: "Reporters asked Trump whether he
holds Russia accountable for troubled relations between the two countries, prompting the president to launch into
a discussion about ..." listed the launch as part of what was asked. A participle of causing after a comma
("prompting", "sparking", "drawing": ``data/quote_result_participles.tsv``) tells what the question or statement
set off; the parser often hangs it inside the reported clause, so the words of an indirect quote or a question are
cut before that comma. Quoted words are never cut (the participle then is the speaker's own).

The same stop read found 'When Trump said he couldn't see any reason why Russia "would" have been involved in the
election what he meant to say was "wouldn't."' (no comma in the source) listed with the words running on to the
opening mark of the main clause's quote. The parser made "what he meant to say was" a relative clause of "reason" (or a complement of a verb inside the
words);
"what" opens no relative clause with an antecedent in English, so such a "relative clause" is the start of another
clause of the sentence (here its subject), and the words end before it. Only where the words break a quotation
(an odd number of quote marks in them), the sign that they ran past their clause: an extraposed "what" clause
inside the words ("said it was a shame what happened to her") is theirs, and stays.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span

__all__ = ["cut_results"]

_KINDS = frozenset({"indirect", "question"})
_CLAUSES = frozenset({"relcl", "ccomp"})


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return frozenset(r[0].lower() for r in read_tsv("quote_result_participles.tsv"))


def cut_results(doc: Doc, out: list[Quote]) -> list[Quote]:
    """End each indirect quote or question before ", <participle of causing>" or a "what" clause inside its words."""
    text = doc_text(doc)
    for q in out:
        span = expand_span(doc, q.start, q.end) if q.kind in _KINDS else None
        if span is None:
            continue
        broken = sum(w.is_quote for w in span) % 2 == 1
        for t in span[2:]:
            comma = doc[t.i - 1]
            result = t.tag_ == "VBG" and t.lemma_.lower() in _participles() and comma.text == "," and \
                not any(w.is_quote for w in doc[span.start : t.i])
            if result or broken and _free_relative(t, span.start):
                stop = comma if result else t.left_edge
                end = stop.idx
                while end > q.start and text[end - 1].isspace():
                    end -= 1
                q.end, q.text = end, text[q.start : end]
                break
    return out


def _free_relative(t: Token, lo: int) -> bool:
    """``t`` heads a clause hung inside the words that opens with "what" after their first words (a new clause
    misparsed: a relative clause, or a complement of a verb inside the words)."""
    first = t.left_edge
    return t.dep_ in _CLAUSES and first.lower_ == "what" and first.i > lo + 1 and first.i < t.i
