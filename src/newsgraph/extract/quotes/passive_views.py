"""Views held by people the report leaves unnamed, told by an agentless passive (round 23, issue 18).

"Trump is expected to win the state", "The Fed's move, which is widely expected to come in December", "The
plan is seen as a concession to the left", "Pigs are considered unclean", "The sheriff is known for his hard
line", "The plan was widely criticized as sloppy": someone expects, regards or judges it so, and the report does
not say who. Earlier rounds kept nothing here (``unsaid.held_view``: the passive subject holds no view), so the
clause was lost. PolNeAR counts it as an attribution with no Source; on train 109 of 127 such new stances overlap
one (the rest read as views too, unmarked).
It is kept as kind ``stance`` with no speaker: stored, never listed, searched or exported as a quote
(``record.listed_quote``); what someone said stays with the passes of words said.

The words are the ``passive_view`` rows of ``data/quote_minds.tsv`` with the complement that carries the view (an
infinitive, an "as" phrase, a predicative complement, "for" for a reputation; for an act of judging, ``judged``,
its reason after "for" or its verdict after "as"). The stance is the whole clause,
its subject included ("Trump is expected to ..."; a relative clause from its relative word), as PolNeAR marks it;
"it" as a subject ("it was not expected to be close") is left out of the words. Not kept: a passive with a "by"
phrase naming the holders (their view, read by the other passes), a modal ("can be seen as", "might be expected
to": the writer's reasoning), a participle that modifies a noun ("the expected nominee", "a bill seen as ..."),
a cue inside quotation marks (the quoted speaker's words), and a clause a quote already holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TypeVar

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .._doc import doc_text, overlap_test
from .arrays import tokens_with_pos

__all__ = ["free_stances", "passive_views"]

_VERB = frozenset({"VERB"})


@lru_cache(maxsize=1)
def _verbs() -> dict[str, str]:
    """Verb lemma -> the complement that carries the view (``to``, ``as``, ``for``, ``judged`` or ``any``)."""
    return {r[1]: r[2] for r in read_tsv("quote_minds.tsv") if r[0] == "passive_view" and len(r) > 2}


def _complement(verb: Token, wants: str) -> Token | None:
    """The infinitive, "as" phrase or predicative complement of a passive ``verb`` that carries the view."""
    for c in verb.children:
        if c.i < verb.i:
            continue
        if wants in ("to", "any") and c.dep_ == "xcomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
        if wants in ("as", "any", "judged") and c.dep_ == "prep" and c.lower_ == "as" or \
                wants in ("for", "judged") and c.dep_ == "prep" and c.lower_ == "for":
            return c
        if wants == "any" and c.dep_ in ("oprd", "acomp", "attr") or wants == "any" and c.dep_ == "xcomp":
            return c
    return None


def _holder_by(t: Token) -> bool:
    """A "by" phrase that names who holds the view, wherever the parser hung it ("are considered a nuisance by
    the farmers", "viewed as likable by half of all voters"); not a time ("by now", "by Friday")."""
    if t.lower_ != "by" or t.dep_ not in ("agent", "prep"):
        return False
    ob = next((c for c in t.children if c.dep_ == "pobj"), None)
    return ob is not None and ob.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and ob.ent_type_ not in ("DATE", "TIME")


def _view(verb: Token) -> tuple[int, int, bool] | None:
    """(first, end token, negated) of the clause an agentless passive of a verb of regarding tells."""
    wants = _verbs().get(verb.lemma_.lower())
    if wants is None or verb.tag_ != "VBN" or verb.dep_ == "acl":
        return None
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is None and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "expl") for c in kids):
        # "She is moving to Los Angeles but is expected to ...": the first conjunct's subject
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    # a modal ("can be seen as", "might be expected to") is the writer's reasoning, no view anyone holds
    if subj is None or not any(c.dep_ == "auxpass" for c in kids) or any(
            c.dep_ == "agent" or c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
        return None
    # "it is expected that ...", "it has been known for some time that ...": the clause put after the verb
    # (not "it is not known how ...": what nobody knows is no one's view)
    extraposed = next((c for c in kids if c.dep_ == "ccomp" and c.i > verb.i), None) \
        if subj.lower_ == "it" and wants not in ("for", "judged") else None
    comp = extraposed if extraposed is not None else None if subj.lower_ == "it" and wants != "to" else \
        _complement(verb, wants)
    if comp is None or any(_holder_by(t) for t in verb.subtree if t.i > verb.i):
        return None
    # the clause: from the subject (a relative clause from its relative word) to its last dependent that is no
    # conjunct or set-off clause (", as the others ...", ", though ..."); "it" is no part of what is expected
    first = subj.left_edge.i if subj.lower_ != "it" else comp.left_edge.i
    tail = [c for c in kids if c.i > verb.i and c.dep_ not in ("cc", "conj", "punct") and
            not (c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children))]
    end = max(c.right_edge.i for c in tail) + 1 if extraposed is None else extraposed.right_edge.i + 1
    negated = any(c.dep_ == "neg" for c in kids)
    return first, _set_off(verb.doc, comp.i, end), negated


# Marks that set off what follows the view: an aside, a participle, a relative clause ("is expected to sign the
# measure, potentially teeing up a new law"; "to cut 277 jobs -- the first wave of 600 --")
_SET_OFF = frozenset({",", ";", "-", "--", "—", "–"})


def _set_off(doc: Doc, lo: int, hi: int) -> int:
    """The end of the view before the first mark after ``lo`` that sets off an aside; a mark inside a list
    ("visit Paris, Berlin and Rome") goes on."""
    for k in range(lo + 1, hi - 1):
        # (a dash inside a word, "al-Sharia", sets off nothing)
        glued = doc[k].text != "," and not doc[k - 1].whitespace_ and not doc[k].whitespace_
        if doc[k].text in _SET_OFF and doc[k + 1].dep_ not in ("conj", "cc") and not glued:
            return k
    return hi


def free_span(doc: Doc, lo: int, hi: int, masked: list[bool], pars: list[tuple[int, int]],
              found_at: Callable[[int, int], bool], out: list[Quote]) -> tuple[int, int] | None:
    """The characters of tokens ``lo:hi`` as a stance no quote holds, trailing marks and a conjunction left before a
    cut aside dropped ("... foreign policy and, in fact, ..."); None when empty, masked, held by a quote found
    before or already kept, or outside the body's paragraphs (a heading)."""
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"):
        hi -= 1
    if hi <= lo or any(masked[lo:hi]):
        return None
    a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
    if found_at(a, b) or any(q.start < b and a < q.end for q in out) or not any(s <= a and b <= e for s, e in pars):
        return None
    return a, b


R = TypeVar("R", bound=tuple)


def free_stances(doc: Doc, found: list[Quote], masked: list[bool], pars: list[tuple[int, int]],
                 pos: frozenset[str], read: Callable[[Token], R | None],
                 out: list[Quote]) -> Iterator[tuple[Token, R, tuple[int, int]]]:
    """(verb, reading, (start, end)) for each unmasked verb of part of speech ``pos`` that ``read`` takes (a
    reading opens with the token bounds lo, hi of the stance) and whose stance is free (free_span) of the quotes
    ``found`` and of those the caller has appended to ``out`` so far. The one loop of passive_views and
    writer_hedges (round 23's two speakerless-stance passes)."""
    found_at = overlap_test([(q.start, q.end) for q in found])
    for verb in tokens_with_pos(doc, pos):  # (this walk runs four times per Doc: over the arrays, issue 18)
        if masked[verb.i]:
            continue
        got = read(verb)
        if got is None:
            continue
        span = free_span(doc, got[0], got[1], masked, pars, found_at, out)
        if span is not None:
            yield verb, got, span


def passive_views(doc: Doc, found: list[Quote], masked: list[bool], pars: list[tuple[int, int]]) -> list[Quote]:
    """Stances of the shape above that no pass found (module docstring)."""
    text = doc_text(doc)
    out: list[Quote] = []
    for verb, (_lo, _hi, negated), (a, b) in free_stances(doc, found, masked, pars, _VERB, _view, out):
        aux = [c for c in verb.children if c.dep_ in ("auxpass", "neg") or c.dep_ == "advmod" and c.i < verb.i]
        cs = min([verb.i] + [c.i for c in aux])
        cue_a, cue_b = doc[cs].idx, verb.idx + len(verb)
        out.append(Quote(id="", text=text[a:b], kind="stance", start=a, end=b, cue=text[cue_a:cue_b],
                         cue_start=cue_a, cue_end=cue_b, modality="negated" if negated else "asserted"))
    return out
