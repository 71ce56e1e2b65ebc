"""How a roundup or press review credits the excerpt above its credit line (round 36, issue 18).

``signoffs.byline`` reads the credit line itself; this module widens three of its shapes, found on read allsides
roundups where the excerpt's speaker was left empty or given a generic name:

- the excerpt need not open its paragraph: a short lead-in of the compiler's ("Regarding Corbyn,", "Some argue,",
  "Many posit that") or an earlier excerpt joined by an ellipsis ("… \u200d “...”") may stand before it;
- a credit line listing several writers ("A, B, and C, Vox") credits all of them, not the first one alone;
- "Editorial Board, New York Times" credits the paper: an editorial board with no outlet names nobody;
- a credit line of its own after a dash ("—President John Quincy Adams (1767-1848)") names the excerpt's author.
Only raw text and the parse are read; nothing here guesses a speaker the credit line does not name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

__all__ = ["lead_in_ok", "credited_names", "dash_credit"]

_LEAD_WORDS = 8  # "Regarding Trump's threat to sanction Iraq," is the longest lead-in read
_LEAD_ENDS = (",", ":", " that")
_OPENERS = "“\"‘'"
_JOINERS = " \t\u200d\u00a0"
# a subject that names its own speaker ("Smith argued,", "He said that"): that speaker's words, not the byline's
_OWN_SUBJECT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_NAMED_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
_BOARDS = frozenset({"editorial board", "the editorial board", "editors", "the editors", "editorial staff",
                     "the editorial staff", "board of editors"})


def _tok(starts: list[int], char: int) -> int:
    return bisect_left(starts, char)


def lead_in_ok(doc: Doc, text: str, par_lo: int, open_mark: int, starts: list[int]) -> bool:
    """The words between the paragraph's start and the excerpt's opening mark leave the excerpt the byline's: the
    compiler's short lead-in with no speaker of its own, or an earlier excerpt of the same paragraph."""
    lead = text[par_lo:open_mark]
    if not lead.strip():
        return True
    bare = lead.rstrip(_JOINERS)
    if lead.lstrip()[:1] in _OPENERS:  # an earlier excerpt, joined by the roundup's ellipsis
        return bare.endswith(("…", "...")) and bare.count("\n") == 0
    if any(c in lead for c in "“”\"‘") or len(lead.split()) > _LEAD_WORDS:  # (an apostrophe may stand)
        return False
    if not bare.endswith(_LEAD_ENDS):
        return False
    for t in doc[_tok(starts, par_lo) : _tok(starts, open_mark)]:
        if t.dep_ in ("nsubj", "nsubjpass") and (t.ent_type_ in _OWN_SUBJECT_ENTS or t.pos_ == "PROPN" or
                                                  t.lower_ in _NAMED_PRONOUNS):
            return False
    return True


def credited_names(line: str, first_end: int) -> tuple[int, int]:
    """Character span (within ``line``) of who the credit line credits: all the writers of "A, B, and C, Vox"
    (a list closed by "and" or "&" after a comma), the paper of "Editorial Board, New York Times", else the
    name before the first comma (``first_end``)."""
    if line[:first_end].strip().lower() in _BOARDS:
        last = line.rfind(",")
        lo = last + 1 + len(line[last + 1 :]) - len(line[last + 1 :].lstrip())
        return lo, len(line.rstrip())
    listed = re.search(r",\s*(?:and|&)\s+[A-Z]", line)
    last = line.rfind(",")
    if listed is not None and listed.start() < last:
        return 0, last
    return 0, first_end


# "—President John Quincy Adams (1767-1848)", "— Edmund Burke": a dash, an optional title and a name, optional
# years, nothing else on the line
_DASH_CREDIT = re.compile(r"[-—–―]{1,2}\s*(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von)){1,5})"
                          r"(?:\s*\(\s*\d{3,4}\s*[-–—]\s*\d{2,4}\s*\))?\s*")


def dash_credit(doc: Doc, line: str, lo: int, starts: list[int]) -> tuple[int, int] | None:
    """The token span of the person a dash credit line names, or None when the line is no such credit (a
    reporter's "— Kaitlan Collins contributed reporting" has words after the name; a section title no person)."""
    m = _DASH_CREDIT.fullmatch(line)
    if m is None:
        return None
    a = _tok(starts, lo + m.start("name"))
    b = _tok(starts, lo + m.end("name"))
    if b <= a or not any(doc[k].ent_type_ == "PERSON" for k in range(a, b)):
        return None
    return a, b
