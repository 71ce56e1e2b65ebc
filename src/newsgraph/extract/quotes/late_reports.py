"""Reports the clause passes miss because the parser hangs them oddly (round 22, issue 18).

Three shapes, each read only where no pass found a quote on the words, measured on PolNeAR train before kept:
- an answer of one word: "46 percent of voters said yes", "the candidate said no", "He said no to the war" (the
  answer and what "no" refuses); the verb's subject is the speaker, a negated "did not say yes" gives nothing;
- a question put to someone with no answer clause after it ("Asked if he was ever bullied, the candidate said
  no.", "the actress was asked if she had ever been discriminated against"): kind `question`, its asker the
  "by" agent or nobody, never the person asked;
- a plain verb of speech set off by a comma that the parser joined to the sentence as a conjunct or an aside
  instead of governing the clause ("This includes a special force, Defense Secretary Carter told a Senate panel.",
  "Whether they know it or not, she is accessible, Kaine insisted."): the words before the comma are the
  subject's; not in a relative clause ("Trump, who added a course," adds no words).
Since round 33 also an active "X asked Y if ..." whose "if" clause the parser hung as a condition (``asked_objects``).
A fourth, read from the words rather than the parse, is in ``final_cues`` (round 24): a sentence closing with
", police said." or ", said the company's chief executive, Jane Roe." where the parse hangs the verb elsewhere.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import Literal

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text, overlap_test
from .arrays import sent_of, tokens_with_pos
from .asked_objects import asked_object_if
from .cue_table import reporting_verbs
from .cues import np_span
from .final_cues import final_cues
from .speakers import Resolver

__all__ = ["late_reports"]

_Kind = Literal["indirect", "question"]
_ANSWERS = frozenset({"yes", "no"})
# Dependents a detached verb of speech may have besides its subject: a listener, a time, a place, a manner
_ASIDE_DEPS = frozenset({"nsubj", "punct", "advmod", "npadvmod", "dobj", "dative", "prep"})
# The joins by which the parser hangs such a verb on the clause that holds its words
_DETACHED = frozenset({"conj", "advcl", "parataxis"})


def _answer(t: Token) -> tuple[int, int, Token] | None:
    """(first, end token, subject) of "said yes / no (to ...)"."""
    if t.lemma_.lower() != "say":  # (before the children are read: this runs for every verb)
        return None
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if nxt is None or nxt.lower_ not in _ANSWERS or nxt.head.i != t.i or \
            subj is None or any(c.dep_ == "neg" for c in t.children):
        return None
    to = next((c for c in nxt.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    return nxt.i, (to.right_edge.i if to is not None else nxt.i) + 1, subj


def _asked(t: Token) -> tuple[int, int, Token | None] | None:
    """(first, end token, asker) of a participle or passive "asked (by X) if / whether ..."."""
    if t.lemma_.lower() != "ask" or t.tag_ != "VBN":
        return None
    clause = next((c for c in t.children if c.dep_ in ("ccomp", "advcl") and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)
    if clause is None:
        return None
    agent = next((c for c in t.children if c.dep_ == "agent"), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return clause.left_edge.i, clause.right_edge.i + 1, asker


def _detached(t: Token) -> tuple[int, int, Token] | None:
    """(first, end token, subject) of the words a detached verb of speech reports (module docstring)."""
    if t.lemma_.lower() not in reporting_verbs() or t.pos_ != "VERB" or t.dep_ not in _DETACHED or t.head.i >= t.i:
        return None
    subj = [c for c in t.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].i > t.i or any(c.dep_ not in _ASIDE_DEPS for c in t.children):
        return None
    comma = subj[0].left_edge.i - 1
    sent = sent_of(t)
    if comma <= sent.start or t.doc[comma].text != ",":
        return None
    after = t.right_edge.i + 1
    if after < sent.end and not (t.doc[after].text in ".!?" and after + 1 >= sent.end):
        return None  # the words go on after the verb: no aside at the end
    return sent.start, comma, subj[0]


_VERB = frozenset({"VERB"})


def _candidates(doc: Doc) -> Iterator[tuple[int, int, Token | tuple[int, int] | None, Token, _Kind]]:
    yield from ((lo, hi, holder, cue, "indirect") for lo, hi, holder, cue in final_cues(doc))
    for t in tokens_with_pos(doc, _VERB):  # (in text order, as sentence by sentence; issue 18)
        answer, asked = _answer(t), _asked(t)
        if answer is not None:
            yield answer[0], answer[1], answer[2], t, "indirect"
        if asked is not None:
            yield asked[0], asked[1], asked[2], t, "question"
        put = asked_object_if(t)  # "X asked Y if ...", the clause hung as a condition (round 33)
        if put is not None:
            yield put[0], put[1], put[2], t, "question"
        aside = _detached(t)
        if aside is not None:
            yield aside[0], aside[1], aside[2], t, "indirect"


def late_reports(doc: Doc, found: list[Quote], masked: list[bool], pars: list[tuple[int, int]],
                 resolver: Resolver) -> list[Quote]:
    """The quotes of the three shapes above that no pass found."""
    text = doc_text(doc)
    starts = [s for s, _e in pars]  # (sorted and apart: a span lies in a paragraph iff in the last starting by it)
    found_at = overlap_test([(q.start, q.end) for q in found])
    taken: list[tuple[int, int]] = []  # the spans of the quotes made here
    out: list[Quote] = []
    for lo, hi, holder, cue, kind in _candidates(doc):
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        if hi <= lo or any(masked[lo:hi]) or masked[cue.i]:
            continue
        a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        k = bisect_right(starts, a) - 1
        if k < 0 or b > pars[k][1] or found_at(a, b) or any(s < b and a < e for s, e in taken):
            continue  # a heading, or words a quote already holds
        rec = Quote(id="", text=text[a:b], kind=kind, start=a, end=b, cue=cue.text, cue_start=cue.idx,
                    cue_end=cue.idx + len(cue), modality="asserted")
        if holder is not None:
            ss, se = holder if isinstance(holder, tuple) else np_span(doc, holder)
            resolver.fill(rec, doc[ss:se])
        out.append(rec)
        taken.append((a, b))
    return out
