"""Round 25 (issue 18, round 24's end review): a denial or a subject that is nobody reverses the clause reported.

Round 24's end review of twelve unseen reports found clauses listed as words said that the sentence tells as not so:

- **A denial.** "Company leaders have denied claims that the firm misreported its sales" listed the claim as the
  leaders' content, and "X denied that he met her" lists "he met her" as X's words: the clause is what the subject
  says is false. The quote is kept with modality ``negated`` (stored, never listed, as what a negated verb of speech
  reports, ``negated.py``): a verb of denying with a "that"-clause (``clause`` rows of ``data/quote_reversals.tsv``),
  or a verb of denying or rejecting whose object is a noun of a claim carrying the clause ("denied reports that",
  "dismissed suggestions that": ``claim`` and ``noun`` rows). A denial that is itself negated ("did not deny that
  ...") asserts, and stays.
- **A subject that is nobody or nothing.** "nothing indicated that he was ...", "no one has offered any information
  about how ...", "No official said ...": no one said or showed the clause. Kept with modality ``negated``; not a
  negated verb ("nobody did not know ..."), nor a denial ("no one disputes that ...": a double negative asserts).

Only asserted quotes of kind ``indirect``, ``question`` or ``stance`` change (and, round 34, a ``document`` quote
whose text is none: "No rule says that a senator must ...") (a partial quote inside a denial,
"denied 'sensational' claims", is still the denier's word); nothing is dropped, so PolNeAR's figures, which count
every attribution, are unchanged by these rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import words_by_kind
from ...record import Quote
from .afterpass import verb_at
from .arrays import expand_span
from .cues import subject_of
from .result_clauses import cut_results

__all__ = ["denied_clause", "nobody_subject", "settle_reversals"]

_KINDS = frozenset({"indirect", "question", "stance"})
_CLAUSE_DEPS = frozenset({"ccomp", "acl", "relcl", "appos"})


def _rows() -> dict[str, frozenset[str]]:
    return words_by_kind("quote_reversals.tsv")


def _negated(v: Token) -> bool:
    return any(c.dep_ == "neg" for c in v.children)


def _overlaps(tok: Token, lo: int, hi: int) -> bool:
    """Some token of ``tok``'s subtree lies in the token range [lo, hi)."""
    left, right = tok.left_edge.i, tok.right_edge.i
    return left < hi and lo <= right


def denied_clause(v: Token, lo: int, hi: int) -> bool:
    """The quote's tokens [lo, hi) are the clause that the verb ``v`` denies: its own "that"-clause, or the clause
    of its object noun of a claim ("denied claims that ...")."""
    lemma = v.lemma_.lower()
    rows = _rows()
    if _negated(v) or _nobody(v):
        return False  # "did not deny that ...", "no one denied that ...": assert
    if lemma in rows["clause"] and any(c.dep_ == "ccomp" and _overlaps(c, lo, hi) for c in v.children):
        return True
    if lemma not in rows["claim"]:
        return False
    for obj in v.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in rows["noun"] and _overlaps(obj, lo, hi) and \
                any(c.dep_ in _CLAUSE_DEPS for c in obj.subtree if c.i != obj.i):
            return True
    return False


def _nobody(v: Token) -> bool:
    """The verb's subject, before it, is nobody or nothing ("nothing", "no one", "no official")."""
    subj = subject_of(v)
    if subj is None or subj.i > v.i:
        return False
    return subj.lower_ in _rows()["nobody"] or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def nobody_subject(v: Token) -> bool:
    """The verb's subject is nobody or nothing ("nothing indicated", "no one has offered", "no official said"), and
    the verb is neither negated nor a denial (both would assert again: "no one denied that ...")."""
    lemma = v.lemma_.lower()
    if _negated(v) or lemma in _rows()["clause"] or lemma in _rows()["claim"]:
        return False
    return _nobody(v)


def settle_reversals(doc: Doc, out: list[Quote]) -> list[Quote]:
    """Mark the asserted quotes that a denial or a nobody subject reverses with modality ``negated``, and cut the
    words of a statement before what it set off (``result_clauses``)."""
    for q in out:
        if (q.kind not in _KINDS and q.kind != "document") or q.modality != "asserted":
            continue
        v = verb_at(doc, q.cue_start, q.cue_end)
        span = expand_span(doc, q.start, q.end)
        if v is None or span is None or span.start <= v.i < span.end:
            continue
        # a text that is nobody's ("No rule says that ...", round 34) reverses its clause as a person would
        denial = q.kind not in ("stance", "document") and denied_clause(v, span.start, span.end)
        if denial or nobody_subject(v):
            q.modality = "negated"
    return cut_results(doc, out)  # "..., prompting the president to ...": what the words set off (round 25)
