"""Holders at large (issue 18, round 19): beliefs and positions held by people in general.

"Many believe the vote was rigged", "Some fear the plan goes too far", "Many voters want the law repealed",
"Others wonder whether ...", "Some embrace the plan": no one in particular holds these, so they were dropped
(``unsaid.vague_holder``, ``unsaid.stance_of``). PolNeAR counts them as attributions, with the quantified phrase
as Source; the reviews of real reports count none as a quote. They are kept here as kind ``stance`` only: stored in the record and the knowledge base, never listed, counted, searched, highlighted
or exported as a quote (``record.listed_quote``), whatever the verb (a mind such as "want" or "know", which keeps
a named holder's clause as an indirect quote, gives a stance when the holder is at large).

The writer and the reader ("I think", "you want", "one wonders"), an unresolved "they", a place ("Beijing fears"),
a holder with no subject at all and a count or share named by its number ("Sixty percent support ...": sized in
round 19, it lowered speaker accuracy on PolNeAR train, where the poll is often the Source; "1 in 10 Britons",
headed by the plural, reads as people at large) stay nobody's, as before; so
does a belief told by an adjective ("Many are convinced that ...": no gain on the tune half). Words:
``data/quote_at_large.tsv`` and the ``vague`` rows of ``data/quote_minds.tsv`` marked ``at_large``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...lexicon import load_lexicon, read_tsv
from ...record import Quote
from .._doc import doc_text
from .polls import finding_nouns
from .speakers import Resolver

__all__ = ["at_large", "defined_plural", "fill_holder", "held_clause", "mind_at_large", "mind_words"]


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    # the subject words are quote_minds.tsv's `vague` rows marked `at_large` (one list with the vague holders)
    marked = frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "vague" and r[2:3] == ["at_large"])
    return {"word": marked, "det": frozenset(r[1] for r in read_tsv("quote_at_large.tsv") if r[0] == "det")}


@lru_cache(maxsize=1)
def crowd_words() -> frozenset[str]:
    """Nouns of crowds ("crowd" rows of quote_minds.tsv), shared with :mod:`.unsaid`."""
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "crowd")


def _quoted(t: Token) -> bool:
    """``t`` stands inside quotation marks opened in its paragraph: the words are the quoted speaker's ("'Everybody
    believes in the convention,' he said")."""
    text = doc_text(t.doc)  # (Doc.text is rebuilt from the tokens on every access)
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
        o.dep_ == "pobj" and o.lemma_.lower() in finding_nouns() for o in c.children) for c in verb.children)


# the dependents that say which people a plural means ("the voters who ...", "his aides who ...", "two men who ...")
_NAMING = frozenset({"det", "poss", "compound", "nummod"})


def defined_plural(noun: Token, loose: bool = False) -> bool:
    """A bare plural that a relative clause defines ("arresting people who want to travel", "target countries that
    support the strike", "voters who fear a split"): any such people, no one in particular who took a view or an
    act. A determiner, a possessor, a compound or a number says which people ("the voters who ..."), and so does
    an entity ("Democrats who ..."). The one reading of :func:`at_large`, ``unsaid.stance_of`` and
    ``minds_held``; ``loose`` is at large's own: any word with a relative clause ("many who ..."), entity or not,
    and an adjective says which people too ("wealthy citizens who see ...")."""
    if not any(c.dep_ == "relcl" for c in noun.children):
        return False
    if loose:
        return not any(c.dep_ in _NAMING or c.dep_ == "amod" for c in noun.children)
    return noun.tag_ == "NNS" and not noun.ent_type_ and not any(c.dep_ in _NAMING for c in noun.children)


def at_large(holder: Token) -> bool:
    """``holder`` names people at large ("many", "others", "many voters", "Americans"), outside quotation marks,
    relative clauses and polls."""
    if holder.ent_type_ in ("GPE", "LOC") or _quoted(holder) or _gapped(holder.head, holder) or \
            _polled(holder.head) or defined_plural(holder, loose=True):
        return False
    words = _words()
    if holder.lower_ in words["word"]:
        return True  # "Many believe", "Some fear", "Others worry"
    if holder.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ in ("amod", "det") and c.lower_ in words["det"] for c in holder.children):
        return True  # "many voters", "most economists", "some Republicans"
    return holder.lemma_.lower() in crowd_words() or load_lexicon().demonym_of(holder.text) is not None


def held_clause(rel: str, head: Token) -> bool:
    """What a mind governs is a view held, not a clause of time or cause that the parser hung on it ("many
    citizens feel stung after the crisis highlighted ...": "after" opens no belief)."""
    first = head.left_edge
    return rel != "advcl" and not (first.dep_ == "mark" and first.lower_ not in ("that", "whether", "if"))


@lru_cache(maxsize=1)
def mind_words() -> frozenset[str]:
    """The verbs of a mental state (data/quote_minds.tsv, kind ``mind``)."""
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "mind")


def mind_at_large(cue: Span | list[Token], holder: Token | None) -> bool:
    """A mind's clause (data/quote_minds.tsv, kind ``mind``) held by people at large: a stance, never words said,
    even for a mind that keeps a named holder's clause as an indirect quote ("Many voters want the law repealed",
    "Most people know that ...")."""
    return holder is not None and any(t.lemma_.lower() in mind_words() for t in cue) and at_large(holder)


def fill_holder(resolver: Resolver, rec: Quote, span: Span, holder: Token | None) -> None:
    """The speaker fields from the mention ``span`` (``Resolver.fill``); for a stance whose ``holder`` is people at
    large that no entity or name stands for ("Many believe", "Many Republicans think": a bare group word is no
    speaker), the words that name the holder, so that the stance is kept with whose it is."""
    resolver.fill(rec, span)
    if holder is not None and rec.speaker is None and not rec.speaker_name and at_large(holder):
        rec.speaker_name = span.text
        rec.speaker_start, rec.speaker_end = span.start_char, span.end_char
