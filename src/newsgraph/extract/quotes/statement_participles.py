"""A participle of speech on a noun of one's own words: 'X released a statement saying ...' (issue 18, round 29).

The parser hangs "saying" on "statement" (``acl``), and a verb in that relation is never a cue
(``cues._NOT_CUE_DEPS``: "the so-called plan" and "a man named Lee" are no reports), so 'His office put out a
statement saying the country "cannot vet every refugee"' kept neither the clause nor a speaker for the fragment in
it. ``extract._noun_source`` reads the shape for a direct quote since round 19 (``cue_clauses.issuer``: the subject
of the verb whose object is the statement, letter, post ...); here the same issuer speaks
- a fragment under such a participle (``speaking_participle``, for ``fragment_attribution``), and
- the participle's clause, kept as an indirect quote where no other pass found words (``participle_reports``).
A participle on any other noun ("protesters chanting that ...", "reports saying ...") is left as it was, and so is
one whose noun has no issuer ("a statement saying ..." as a subject, or in a passive).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text, overlap_test
from .arrays import arrays_of, dep_ids, tokens_of
from .cue_clauses import issuer
from .cues import Attr, Cues, is_verb_cue, np_span
from .speakers import Resolver

__all__ = ["participle_reports", "speaking_participle"]

# the fewest tokens of a clause kept as words said
_MIN_WORDS = 3


def _issued(tok: Token, cues: Cues) -> Token | None:
    """The issuer of the noun that the speech participle ``tok`` hangs on, or None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ != "NOUN" or tok.head.i > tok.i or \
            tok.lemma_.lower() not in cues.verbs:
        return None
    return issuer(tok.head)


def speaking_participle(doc: Doc, t0: int, t1: int, masked: list[bool], cues: Cues) -> Attr | None:
    """The issuer of a statement whose speech participle governs the fragment [t0, t1)."""
    for anc in doc[t0].ancestors:
        if t0 <= anc.i < t1:
            continue
        who = _issued(anc, cues)
        if who is None and (masked[anc.i] or is_verb_cue(anc, cues)):
            return None  # another report inside the statement ("saying aides told him ...") speaks for it
        if who is not None and not masked[who.i]:
            return Attr(anc.i, anc.i + 1, np_span(doc, who))
    return None


def participle_reports(doc: Doc, found: list[Quote], masked: list[bool], cues: Cues,
                       resolver: Resolver) -> list[Quote]:
    """The clauses of speech participles on issued statements that no pass found, as indirect quotes."""
    text = doc_text(doc)
    taken = overlap_test([(q.start, q.end) for q in found])
    out: list[Quote] = []
    acl = dep_ids("acl")
    toks = tokens_of(doc)
    # the relation read from the Doc's arrays: only the few "acl" tokens are taken from the token list (issue 18)
    for i, dep in enumerate(arrays_of(doc).dep):
        if dep not in acl or masked[i] or toks[i].tag_ != "VBG":
            continue
        tok = toks[i]
        who = _issued(tok, cues)
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if who is None or clause is None or masked[who.i]:
            continue
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        if doc[lo].lower_ == "that":
            lo += 1
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        if hi - lo < _MIN_WORDS or masked[lo]:
            continue
        a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])
        if taken(a, b):
            continue  # (a quote already holds these words)
        rec = Quote(id="", text=text[a:b], kind="indirect", start=a, end=b, cue=tok.text, cue_start=tok.idx,
                    cue_end=tok.idx + len(tok), modality="asserted")
        s, e = np_span(doc, who)
        resolver.fill(rec, doc[s:e])
        out.append(rec)
    return out
