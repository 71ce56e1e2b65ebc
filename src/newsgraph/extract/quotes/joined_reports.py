"""Two reports joined in one sentence: the first one's words end where the second speaker begins (issue 18, r29).

'Republicans said the agency mishandled the inquiry and Democrats said the party was stoking the issue.' The
parser often reads "the inquiry and Democrats" as one subject, so the first report's clause ran to the end of the
sentence and gave the Democrats' words to the Republicans; the second report was never read. The same in polls
('74 percent said they are set on him, while 22 percent said they might change their minds') and in contrasts
('what Kerr says her plan would do and how experts say it would shape the law').

A clause of reported words is cut before "and", "but", "while" or "whereas" (a comma before it too) when what
follows is a short noun phrase (after an optional "how", "what", "why" or "whether") and a finite verb of speech
outside quote marks: a second speaker and their own report. The words after that verb (past a "that") become the
second report's, its speaker that noun phrase (not a personal pronoun: the same speaker going on, or a report
inside the first; not a verb of a mind, "and whether any of them knew ..."). The words before the join must hold a clause of their own
(a finite verb): in 'X said Lowe and Dunn told her ...' the join is inside the report's own subject. Left alone: a report whose cue comes after its words or is "according to" (the second report is told inside
the first speaker's account: "A and the Saudis have announced B, Karako said"), "and that ..." (a second clause
of the same report),
a verb with no subject before it ("and added that ...", the same speaker going on), an infinitive ("and to say
..."), and a join whose second report would hold fewer than three tokens or opens on a quote mark that no
quote of that verb holds (nothing is cut: the words stay with the first report).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...record import Quote
from .._doc import doc_text
from .cues import Cues, is_verb_cue
from .speakers import Resolver
from .unsaid import _minds

__all__ = ["split_joined_reports"]

_JOINS = frozenset({"and", "but", "while", "whereas"})
_WH = frozenset({"how", "what", "why", "whether"})
# what a speaker's noun phrase is made of ("more than 4 in 10", "his supporters", "other voters", "Democrats")
_NP_POS = frozenset({"DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ", "ADP", "PART", "CCONJ"})
# a personal pronoun after the join is mostly the same speaker going on ("and he feels he can win"), or a report
# told inside the first ("a boss invited her to lunch and she thought ..."): PolNeAR train keeps one content there
_PERSONAL = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_HEADS = frozenset({"PROPN", "NOUN", "PRON", "NUM"})
_MAX_NP = 6
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_HAVE = frozenset({"have", "has", "had"})
_KINDS = frozenset({"indirect", "stance"})
_MIN_WORDS = 3
# words that open a clause inside the reported words: a join after one of them and a bare noun joins subjects
_OPENERS = frozenset({"because", "since", "as", "if", "when", "while", "although", "though", "after", "before",
                      "until", "unless", "that", "whether"})


def _clause_before(doc: Doc, lo: int, c: int) -> bool:
    """Whether the words before the join, from the last clause opening ("because", "if", a comma ...) or ``lo``,
    hold a finite verb: "because Congress and the president agreed" joins two subjects, not two reports."""
    k = c - 1 - (doc[c - 1].text == ",")  # (the comma before the join is the join's)
    while k > lo and doc[k].lower_ not in _OPENERS and doc[k].text not in (",", ";", "—", "--"):
        k -= 1
    return any(t.tag_ in _FINITE or t.tag_ == "MD" for t in doc[k:c])


def _second_report(doc: Doc, span: Span, masked: list[bool], cues: Cues) -> tuple[int, int, Token] | None:
    """(join token, first token of the second speaker, its verb of speech) inside ``span``, or None."""
    for c in span:
        if c.lower_ not in _JOINS or c.i == span.start or masked[c.i]:
            continue
        if not _clause_before(doc, span.start, c.i):
            continue  # "said Lowe and Dunn told her ...": the report's own subject, no clause yet to end
        j = c.i + 1
        if j < span.end and doc[j].lower_ in _WH:
            j += 1
        k = j
        while k < span.end and k - j < _MAX_NP and doc[k].pos_ in _NP_POS and not masked[k] and \
                doc[k].lower_ != "that":
            k += 1
        if k == j or not any(doc[i].pos_ in _HEADS for i in range(j, k)) or k >= span.end - 1:
            continue
        if doc[k].lower_ in _HAVE and doc[k + 1].tag_ == "VBN":
            k += 1  # "his supporters have accused ..."
        elif doc[k].tag_ not in _FINITE:
            continue
        v = doc[k]
        if doc[j].lower_ in _PERSONAL or doc[k - 1].pos_ == "CCONJ" or v.lemma_.lower() in _minds()[0]:
            continue  # (a mind, "and whether any of them knew ...", is no second speaker's words)
        if not masked[v.i] and is_verb_cue(v, cues):
            return c.i, j, v
    return None


def _words_start(doc: Doc, v: Token, hi: int) -> int:
    """The first token of the second report's words: past the one told ("told her the vote was off") and a
    "that"."""
    lo = v.i + 1
    told = [c for c in v.children if c.dep_ in ("dative", "dobj", "iobj") and c.i == lo]
    if told and any(c.dep_ == "ccomp" and c.i > told[0].i for c in v.children):
        lo = told[0].right_edge.i + 1
    return lo + (lo < hi and doc[lo].lower_ == "that")


def split_joined_reports(doc: Doc, quotes: list[Quote], masked: list[bool], cues: Cues,
                         resolver: Resolver) -> list[Quote]:
    """The quotes with each joined report cut in two (see the module's docstring)."""
    text = doc_text(doc)
    cue_starts = {q.cue_start for q in quotes}
    out = list(quotes)
    for q in quotes:
        if q.kind not in _KINDS or (q.cue or "").lower().startswith("according") or \
                q.cue_start is not None and q.cue_start >= q.end:
            continue  # ("According to X, A and she asked B", "A and the Saudis have announced B, Karako said": the
            # second report is inside the first speaker's account, told before its cue)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        found = _second_report(doc, span, masked, cues) if span is not None and len(span) > 4 else None
        if span is None or found is None:
            continue
        c, who, v = found
        last = c - 1
        while last > span.start and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if last <= span.start:
            continue
        lo = _words_start(doc, v, span.end)
        hi = span.end
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        made = hi - lo >= _MIN_WORDS and not masked[lo]
        if not made and v.idx not in cue_starts:
            continue  # no second report to hold those words: the first keeps them
        q.end = doc[last].idx + len(doc[last])
        q.text = text[q.start : q.end]
        if not made or v.idx in cue_starts:
            continue  # (another quote already holds the second report)
        a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        rec = Quote(id="", text=text[a:b], kind="indirect", start=a, end=b, cue=v.text, cue_start=v.idx,
                    cue_end=v.idx + len(v), modality="asserted")
        resolver.fill(rec, doc[who:v.i if doc[v.i - 1].lower_ not in _HAVE else v.i - 1])
        out.append(rec)
    return out
