"""When a lone "one" counts something (split from core.py, round 37, to keep it under ~600 lines).

"one woman was arrested" counts; "one of them", "no one", "the one that", "at any one time" do not. The frames and
pronoun words are data files (data/amount_one_frames.tsv, data/amount_one_pronoun.tsv).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from .grammar import Quantity

__all__ = ["one_counts"]


def one_counts(doc: Doc, q: Quantity) -> bool:
    """'one woman was arrested' counts; 'one of them', 'no one', 'the one that' do not."""
    sp = doc.char_span(q.num_start, q.num_end)
    if sp is None or len(sp) != 1:
        return False
    tok = sp[0]
    if tok.i > 0 and tok.nbor(-1).lower_ == "at" and tok.head.lemma_.lower() in ("point", "stage", "time"):
        return False  # "at one point Friday": a moment, not a count
    if _one_frame(tok):
        return False  # "at any one time", "from one theater to another": no count of one (review 17)
    if tok.i + 1 < len(doc) and tok.nbor(1).lower_ in _one_pronoun_words():
        return False  # "a threat, one distinct from Paris": the pronoun, whatever the parse says
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and {"poss", "nummod"} <= {k.dep_ for k in g.children} for g in c.children)
            for c in tok.children):
        return True  # "one of its two members": one of a whole the text counts (not "one of them")
    return tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1


@lru_cache(maxsize=1)
def _one_frames() -> tuple[tuple[str, str], ...]:
    """(word before "one", word later in its sentence or "") of data/amount_one_frames.tsv."""
    return tuple((r[0].lower(), r[1].lower() if len(r) > 1 else "") for r in read_tsv("amount_one_frames.tsv") if r and r[0])


def _one_frame(tok: Token) -> bool:
    """"one" in a frame that makes it "whichever" or a member of a kind ("any one", "from one ... to another")."""
    if tok.i == 0:
        return False
    before = tok.nbor(-1).lower_
    later = {t.lower_ for t in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 8)]}
    return any(before == w and (not then or ("to" in later and then in later)) for w, then in _one_frames())


@lru_cache(maxsize=1)
def _one_pronoun_words() -> frozenset[str]:
    """Adjectives after which "one" restates a noun (data/amount_one_pronoun.tsv)."""
    return frozenset(row[0].lower() for row in read_tsv("amount_one_pronoun.tsv"))
