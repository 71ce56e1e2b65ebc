"""Indirect quotes: the clause a reporting verb governs, or the one "according to X" introduces.

"McKenzie said that the United States has decided ..." gives the clause after "that" (text without
the complementizer) with "McKenzie" as the speaker mention and "said" as the cue; "..., sources said"
works the same way from the parse. A clause that overlaps a direct quote is that quote's, not a new
one, and a reporting verb inside quoted words reports nothing of the article's own.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from ...record import Quote
from .cues import Cues, cue_extent, is_verb_cue, np_span, phrase_at, subject_of
from .speakers import Resolver, speaker_mention

__all__ = ["indirect_quotes"]

# A reported clause shorter than this many words is an object ("said so", "said yes"), not a statement.
_MIN_CLAUSE_WORDS = 3
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _trim(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].is_punct or doc[s].is_space or (doc[s].lower_ in _COMPLEMENTIZERS and doc[s].dep_ == "mark")):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space) and doc[e - 1].text not in ("?", "!", ")"):
        if doc[e - 1].is_quote and any(t.is_quote for t in doc[s : e - 1]):
            break  # the closing mark of a quote inside the clause stays
        e -= 1
    return s, e


def indirect_quotes(doc: Doc, cues: Cues, masked: list[bool], marked: list[tuple[int, int, str]],
                    pars: list[tuple[int, int]], resolver: Resolver) -> list[Quote]:
    out: list[Quote] = []

    par_starts = [s for s, _e in pars]

    def in_body(tok: Token) -> bool:
        k = bisect_right(par_starts, tok.idx) - 1
        return k >= 0 and tok.idx < pars[k][1]

    def overlaps_direct(a: int, b: int) -> bool:
        # a clause that overlaps a direct quote, or lies inside any quote's marks, is that quote
        return any(a < de and ds < b if kind == "direct" else ds <= a and b <= de for ds, de, kind in marked)

    def add(cs: int, ce: int, s: int, e: int, spk: Token | None) -> None:
        s, e = _trim(doc, s, e)
        if e - s < _MIN_CLAUSE_WORDS:
            return
        span = doc[s:e]
        if overlaps_direct(span.start_char, span.end_char) or any(masked[cs:ce]):
            return
        if any(r.start < span.end_char and span.start_char < r.end for r in out):
            return  # a clause nested in one already reported ("said that X told him that ...")
        cue = doc[cs:ce]
        rec = Quote(id="", text=span.text, kind="indirect", start=span.start_char, end=span.end_char,
                          cue=cue.text, cue_start=cue.start_char, cue_end=cue.end_char)
        if spk is not None:
            ss, se = np_span(doc, spk)
            sp = doc[ss:se]
            rec.speaker_start, rec.speaker_end = speaker_mention(sp)
            rec.speaker = resolver.resolve(sp)
            rec.speaker_name = resolver.name_of(rec.speaker)
        out.append(rec)

    for tok in doc:
        if masked[tok.i] or not in_body(tok):
            continue
        n = phrase_at(doc, tok.i, cues)
        if n and tok.lower_ == "according":
            sent = tok.sent
            sub = list(tok.subtree)
            a, b = sub[0].i, sub[-1].i + 1
            obj = next((c for c in doc[tok.i + n - 1].children if c.dep_ == "pobj"), None)
            if a - sent.start <= 1:
                add(tok.i, tok.i + n, b, sent.end, obj)
            else:
                add(tok.i, tok.i + n, sent.start, a, obj)
            continue
        if not is_verb_cue(tok, cues):
            continue
        subj = subject_of(tok)
        if subj is None or subj.lower_ in ("it", "there"):
            continue
        for c in tok.children:
            if c.dep_ != "ccomp" or c.i == subj.i:
                continue
            cs, ce = cue_extent(doc, tok)
            add(cs, ce, c.left_edge.i, c.right_edge.i + 1, subj)
    return out
