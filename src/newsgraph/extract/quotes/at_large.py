"""Holders at large (issue 18, round 19): beliefs and positions held by people in general or by a share of them.

"Many believe the vote was rigged", "Some fear the plan goes too far", "Most economists think the tax will slow
growth", "Sixty percent of voters support the wall": no one in particular holds these, so they were dropped
(``unsaid.vague_holder``, ``unsaid.unheld_stance``). PolNeAR counts them as attributions, with the quantified
phrase or the poll's share as Source; the reviews of real reports count none as a quote. They are kept here as
kind ``stance`` only: stored in the record and the knowledge base, never listed, counted, searched, highlighted
or exported as a quote (``record.listed_quote``), whatever the verb (a mind such as "want" or "know", which keeps
a named holder's clause as an indirect quote, gives a stance when the holder is at large).

The writer and the reader ("I think", "you want", "one wonders"), an unresolved "they", a place ("Beijing fears")
and a holder with no subject at all stay nobody's, as before. Words: ``data/quote_at_large.tsv``.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon, read_tsv
from ...record import Quote
from .speakers import Resolver

__all__ = ["at_large", "fill_holder", "held_clause", "mind_at_large"]

# Entity types of a share of people ("Sixty percent", "4 in 10", "one in five")
_SHARE_TYPES = frozenset({"PERCENT", "CARDINAL"})
_OFF = frozenset(os.environ.get("NEWSGRAPH_AT_LARGE_OFF", "").split(","))  # sizing switch (benchmarks only)


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    rows = read_tsv("quote_at_large.tsv")
    return {k: frozenset(r[1] for r in rows if r[0] == k) for k in ("word", "det", "share")}


@lru_cache(maxsize=1)
def _findings() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_statement_nouns.tsv") if r[0] == "finding")


@lru_cache(maxsize=1)
def _crowds() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "crowd")


def _share(t: Token) -> bool:
    """"Sixty percent (of voters)", "a majority of Republicans", "half of Americans", "4 in 10 (voters)"."""
    if t.lower_ in _words()["share"] or t.lemma_.lower() in _words()["share"]:
        return True
    return t.ent_type_ in _SHARE_TYPES and (t.like_num or t.lower_ in _words()["share"]) and \
        any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in t.children)


def _quoted(t: Token) -> bool:
    """``t`` stands inside quotation marks opened in its paragraph: the words are the quoted speaker's ("'Everybody
    believes in the convention,' he said")."""
    text = t.doc.text
    para = text[text.rfind("\n", 0, t.idx) + 1 : t.idx]
    return para.count("\u201c") > para.count("\u201d") or para.count('"') % 2 == 1


def _gapped(verb: Token, holder: Token) -> bool:
    """A relative or "what" pronoun before the holder in the verb's clause: what the view is about is gapped
    ("a man who many believe betrayed ...", "what people think of ...", "what many view as ...")."""
    return any(t.tag_ in ("WP", "WDT") and t.i < holder.i for t in verb.subtree)


def _polled(verb: Token) -> bool:
    """The clause is set in a poll ("In exit polls, voters were unhappy ..."): the poll holds the finding
    (``polls.poll_quotes``), not the people polled."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _findings() for o in c.children) for c in verb.children)


def at_large(holder: Token, use: str) -> bool:
    """``holder`` names people at large or a share of them, for a belief or position of the given ``use``
    ("mind", "sure", "stance", "share": sub-classes the benchmark may switch off one at a time)."""
    if use in _OFF or holder.ent_type_ in ("GPE", "LOC") or _quoted(holder) or _gapped(holder.head, holder) or \
            _polled(holder.head):
        return False
    words = _words()
    if holder.lower_ in words["word"]:
        return True  # "Many believe", "Some fear", "Others worry"
    if _share(holder):
        return "share" not in _OFF
    if holder.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("amod", "det") and c.lower_ in words["det"] for c in holder.children):
        return True  # "many voters", "most economists", "some Republicans"
    return holder.lemma_.lower() in _crowds() or load_lexicon().demonym_of(holder.text) is not None


def held_clause(rel: str, head: Token) -> bool:
    """What a mind governs is a view held, not a clause of time or cause that the parser hung on it ("many
    citizens feel stung after the crisis highlighted ...": "after" opens no belief)."""
    first = head.left_edge
    return rel != "advcl" and not (first.dep_ == "mark" and first.lower_ not in ("that", "whether", "if"))


@lru_cache(maxsize=1)
def _minds() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "mind")


def mind_at_large(cue: Span | list[Token], holder: Token | None) -> bool:
    """A mind's clause (data/quote_minds.tsv, kind ``mind``) held by people at large: a stance, never words said,
    even for a mind that keeps a named holder's clause as an indirect quote ("Many voters want the law repealed",
    "Most people know that ...")."""
    return holder is not None and any(t.lemma_.lower() in _minds() for t in cue) and at_large(holder, "mind")


def fill_holder(resolver: Resolver, rec: Quote, span: Span, holder: Token | None) -> None:
    """The speaker fields from the mention ``span`` (``Resolver.fill``); for a stance whose ``holder`` is people at
    large that no entity or name stands for ("Many believe", "Many Republicans think": a bare group word is no
    speaker), the words that name the holder, so that the stance is kept with whose it is."""
    resolver.fill(rec, span)
    if holder is not None and rec.speaker is None and not rec.speaker_name and at_large(holder, "name"):
        rec.speaker_name = span.text
        rec.speaker_start, rec.speaker_end = span.start_char, span.end_char
