"""The writer's hedged views: "X seems to ...", "X appeared ready to ...", "It appears that ..." (round 23, issue 18).

"The plan seems to have stalled", "Cruz seemed lost", "It appears that the talks failed": the writer tells a view
and hedges it. Every stance rule before this one left the writer out (``unsaid``: the writer's "I think" is no
statement), so the clause was lost; PolNeAR counts it as an attribution with no Source (about 120 train golds).
It is kept like the views of people left unnamed (``passive_views``): kind ``stance``, **no speaker**, stored and
never listed (``record.listed_quote``).

The words are the ``hedge`` rows of ``data/quote_minds.tsv``. The stance is the clause from the verb's subject
(a relative clause from its relative word, "it" left out) to its last dependent, cut before a set-off aside; after
"It seems that ..." the clause put after the verb. Not kept: a verb with no complement that carries a view
("appeared on Fox News", "appeared in court"), a holder named ("seems to me", "appears to investigators": their
view, if any pass reads it), a cue inside quotation marks (the quoted speaker's words), a clause a quote already
holds. A modal or a negation ("may seem", "doesn't appear to") is kept, marked in ``modality``: PolNeAR marks those
too (measured on train, BENCHMARKS.md).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text
from .passive_views import _set_off, free_stances

__all__ = ["writer_hedges"]

_VERBS = frozenset({"VERB", "AUX"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Verb lemmas of a hedge ("seem", "appear")."""
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "hedge" and len(r) > 1)


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """Adjectives of a hedge after "be" with an infinitive ("is likely to win")."""
    return frozenset(r[1] for r in read_tsv("quote_minds.tsv") if r[0] == "hedge_adj" and len(r) > 1)


def _likely(verb: Token) -> Token | None:
    """The adjective of "X is likely to ...", when it holds an infinitive."""
    if verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in _adjectives() and any(
        x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in c.children)), None)


def _complement(verb: Token) -> Token | None:
    """The infinitive or predicative complement that carries the view ("seems to have", "seemed lost")."""
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "xcomp" and (any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or c.pos_ == "ADJ"):
            return c
        if c.dep_ in ("acomp", "oprd") or c.dep_ == "attr" and verb.lemma_.lower() == "seem":
            return c
    return None


def _holder(verb: Token) -> bool:
    """"seems to me", "appears to investigators", "seemed to many": the view is someone's the clause names."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                o.dep_ == "pobj" and o.pos_ in ("PRON", "PROPN", "NOUN", "ADJ", "NUM") for o in c.children):
            return True
    # the parser may hang "to investigators" inside the infinitive ("appears to investigators to have been ...")
    doc = verb.doc
    return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "to" and \
        doc[verb.i + 2].pos_ in ("PRON", "PROPN", "NOUN", "DET")


_NOT_SUBJECTS = frozenset({"i", "we", "you", "what", "whatever"})


def _hedge(verb: Token) -> tuple[int, int, Token] | None:
    """(first, end token, complement) of the clause a hedging verb tells."""
    adj = _likely(verb)
    if adj is None and verb.lemma_.lower() not in _verbs() or verb.dep_ in ("acl", "amod") or _holder(verb):
        return None
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "expl")), None)
    if subj is None and verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in kids):
        # "who has been squabbling with Airbnb and appeared to capitulate": the first conjunct's subject
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    # the writer's own "we seem closer ..." and a free relative "what seems a stream of drivel" name no clause a
    # reader is told; "can't seem to" is an inability, no view
    if subj is None or subj.lower_ in _NOT_SUBJECTS or any(
            c.dep_ == "aux" and c.lower_ in ("ca", "can", "cannot") for c in kids) and any(
            c.dep_ == "neg" for c in kids):
        return None
    # "It appears that ...", "it seemed as if ...": the clause put after the verb ("it and Assad appeared to ..."
    # is a subject like any other)
    bare_it = subj.lower_ == "it" and not any(c.dep_ == "conj" for c in subj.children)
    if bare_it:
        comp = next((c for c in kids if c.i > verb.i and (c.dep_ == "ccomp" or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "though") for m in c.children))), None)
        if comp is not None:
            return comp.left_edge.i, _set_off(verb.doc, comp.i, comp.right_edge.i + 1), comp
    comp = adj if adj is not None else _complement(verb)
    # "For a while, it seemed possible": what "it" stands for is told elsewhere, the words hold no view
    if comp is None or bare_it and comp.dep_ != "xcomp":
        return None
    first = comp.left_edge.i if bare_it else subj.left_edge.i
    tail = [c for c in kids if c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") and
            not (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))]
    end = max(c.right_edge.i for c in tail) + 1
    return first, _set_off(verb.doc, comp.i, end), comp


def writer_hedges(doc: Doc, found: list[Quote], masked: list[bool], pars: list[tuple[int, int]]) -> list[Quote]:
    """Stances of the shape above that no pass found (module docstring)."""
    text = doc_text(doc)
    out: list[Quote] = []
    for verb, (_lo, _hi, _comp), (a, b) in free_stances(doc, found, masked, pars, _VERBS, _hedge, out):
        kids = list(verb.children)
        aux = [c for c in kids if c.dep_ in ("aux", "neg") and c.i < verb.i]
        cs = min([verb.i] + [c.i for c in aux])
        last = _comp if _comp.dep_ == "acomp" and verb.lemma_.lower() == "be" else verb  # "is likely"
        cue_a, cue_b = doc[cs].idx, last.idx + len(last)
        negated = any(c.dep_ == "neg" for c in kids)
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids)
        out.append(Quote(id="", text=text[a:b], kind="stance", start=a, end=b, cue=text[cue_a:cue_b],
                         cue_start=cue_a, cue_end=cue_b,
                         modality="negated" if negated else "hypothetical" if modal else "asserted"))
    return out
