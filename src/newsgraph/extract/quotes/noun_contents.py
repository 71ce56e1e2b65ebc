"""The "that"-clause of a noun for words or a view, where no other pass reads it (round 26, issue 18).

"The suggestion that the vote was rigged drew scorn", "complaints that the line was too long", "the idea that tax
cuts pay for themselves", "his belief that the deal will hold": the clause is what someone said or holds. Round 12
kept only a noun for words with an owner (``statements.noun_claims``: "his claim that ...", an indirect quote);
without an owner, or for a noun of a view, nothing was kept. PolNeAR counts the clause as an attribution (with the
owner as Source, or none).

It is kept as kind ``stance``: stored, never listed as words said (``record.listed_quote``), the owner ("his
belief", "Trump's hope", "fears from investors") its holder. A noun with no owner gives nothing: the report leaves
the holder open ("Christie bristled at the suggestion that ...": not Christie's view), and PolNeAR's Source there is
mostly the answering subject, so a holderless stance cost train speaker accuracy (BENCHMARKS "Round 26,
attributions"). The nouns are the ``said`` and ``content`` rows of ``data/quote_statement_nouns.tsv``; nouns of a
fact or a prospect ("the fact that", "the possibility that", "evidence that") tell nobody's view and are not among
them. Not kept: a clause inside quotation marks, a noun inside a quote already found, a heading, and a clause a
quote already holds.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .cues import np_span
from .open_holders import open_holder
from .passive_views import _set_off, free_stances
from .speakers import Resolver
from .statements import _owner, _that_clause, said_nouns

__all__ = ["content_nouns", "noun_contents"]

_NOUN = frozenset({"NOUN"})


@lru_cache(maxsize=1)
def content_nouns() -> frozenset[str]:
    """Nouns whose "that"-clause is what someone said or holds: the ``said`` and ``content`` rows."""
    return said_nouns() | frozenset(r[1] for r in read_tsv("quote_statement_nouns.tsv") if r[0] == "content")


def _clause(noun: Token) -> tuple[int, int, Token] | None:
    """(first, end token, clause verb) of the "that"-clause of a noun of ``content_nouns``."""
    if noun.lemma_.lower() not in content_nouns():
        return None
    c = _that_clause(noun)
    if c is None:
        return None
    first = c.left_edge.i
    if first <= noun.i:
        return None
    return first, _set_off(noun.doc, c.i, c.right_edge.i + 1), c


def noun_contents(doc: Doc, found: list[Quote], masked: list[bool], pars: list[tuple[int, int]],
                  resolver: Resolver) -> list[Quote]:
    """Stances of the shape above that no pass found (module docstring)."""
    text = doc_text(doc)
    out: list[Quote] = []
    for noun, _got, (a, b) in free_stances(doc, found, masked, pars, _NOUN, _clause, out):
        rec = Quote(id="", text=text[a:b], kind="stance", start=a, end=b, cue=noun.text, cue_start=noun.idx,
                    cue_end=noun.idx + len(noun))
        owner = _owner(noun)
        if owner is None:
            # "Christie bristled at the suggestion that ...", "despite complaints that ...": the report leaves the
            # holder open; PolNeAR then marks the clause's subject (who answers the view) as Source in 70 of 103
            # train cases, so a stance with no holder is a wrong speaker there (train speaker accuracy 0.9155 ->
            # 0.9120 with these kept, 0.9136 keeping only those whose clause has no person subject): left out,
            # except where no one answers it (round 33: "despite complaints that ...", "there were fears that ...")
            if open_holder(noun):
                out.append(rec)
            continue
        ss, se = np_span(doc, owner)
        resolver.fill(rec, doc[ss:se])
        out.append(rec)
    return out
