"""A legislator's party-state tag ("D-Calif.", "R-N.Y.", "I-Vt."), one regex for every quote rule that reads it.

The parser splits such a tag into three tokens ("D", "-", "Calif.") and often hangs the state on the party letter as a
conjunct. Read as syntax, "Sen. Ann Cole, D-Calif., and Rep. Tom Hale, R-Texas, said ..." then holds a second,
nameless coordination ("D" and "Calif."), which :mod:`.pairs` took for the latest plural thing before a "they" and so
left the pair's joint statement without a speaker (round 31, review D: 'Nancy Pelosi, D-Calif., and Chuck Schumer,
D-N.Y., charged ... "...," they said in a joint statement'). A tag names no one: the name it follows speaks.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

__all__ = ["PARTY_LABEL", "in_party_label", "tagged_names"]

# "D-N.Y.", "R-Texas", "I-Vt." (the tag's text with its tokens joined)
PARTY_LABEL = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
_PARTY_LETTERS = frozenset({"D", "R", "I"})


def in_party_label(t: Token) -> bool:
    """``t`` is one of the three tokens of a party-state tag ("D", "-" or "Calif." of "D-Calif.")."""
    doc = t.doc
    for k in range(max(0, t.i - 2), min(t.i + 1, len(doc) - 2)):
        if doc[k].text in _PARTY_LETTERS and doc[k + 1].text == "-" and not doc[k].whitespace_ \
                and not doc[k + 1].whitespace_ and PARTY_LABEL.match(doc[k : k + 3].text):
            return True
    return False


def _tag_end(doc: Doc, k: int) -> int | None:
    """The index after a party-state tag that starts at ``k`` ("(D-NY)" or ", D-N.Y.," / ", D-N.Y." before a
    verb), or None where no tag stands there."""
    if k + 1 >= len(doc) or doc[k].text not in ("(", ",") or not in_party_label(doc[k + 1]):
        return None
    j = k + 1
    while j < len(doc) and (in_party_label(doc[j]) or doc[j].text == "."):
        j += 1  # ("Vt" and "." may be split)
    if doc[k].text == "(":
        return j + 1 if j < len(doc) and doc[j].text == ")" else None
    return j + 1 if j < len(doc) and doc[j].text == "," else j


def _name_heads(sent: Span, before: int) -> list[Token]:
    """The last token of each person's name in ``sent`` before token ``before``."""
    doc = sent.doc
    return [t for t in sent if t.i < before and t.ent_type_ == "PERSON" and
            (t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON" or doc[t.i + 1].ent_iob_ == "B")]


def tagged_names(sent: Span, before: int) -> tuple[int, list[Token]] | None:
    """(index of its first name, last tokens of the names) of the last list of two or more people in ``sent`` before
    token ``before`` that each carry a party-state tag, are joined by commas and "and" (titles between allowed:
    "..., and Sen. Omar Haddad, D-Mich., ...") and run straight into a lowercase word, their predicate ("Sens. A
    (D-NY), B (D-NY) and C (D-Ohio) write"). The parser often breaks such a list (one name an apposition of the
    other, the predicate a noun), so it is read from the words; a list that does not end at a predicate or lacks
    its "and" is no subject and gives None."""
    doc = sent.doc
    heads = _name_heads(sent, before)
    found = None
    run: list[Token] = []
    for n, head in enumerate(heads):
        end = _tag_end(doc, head.i + 1)
        if end is None:
            run = []
            continue
        if run and not _joined(doc, run[-1], head):
            run = []
        run.append(head)
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.lower_ != "and" and len(run) >= 2 and \
                _joined(doc, run[-2], head, need_and=True):
            start = run[0].i
            while start > 0 and doc[start - 1].ent_type_ == "PERSON":
                start -= 1
            found = (start, list(run))
            run = []
        elif n + 1 < len(heads) and heads[n + 1].i > end + 6:
            run = []  # (the next name is too far to be this list's)
    return found


def _joined(doc: Doc, left: Token, right: Token, need_and: bool = False) -> bool:
    """Between the tag after ``left`` and the name ``right`` stand only a comma or "and" and title words."""
    k = _tag_end(doc, left.i + 1)
    if k is None:
        return False
    gap = doc[k : right.i]
    names = [t for t in gap if t.ent_type_ == "PERSON"]
    words = [t for t in gap if t.ent_type_ != "PERSON"]
    joins = [t for t in words if t.text in (",", "and")]
    titled = all(t.text in (",", "and", ".") or t.is_title or t.text.endswith(".") for t in words)
    return titled and bool(names) and (not need_and or any(t.lower_ == "and" for t in joins)) and \
        bool(joins or doc[k - 1].text in (",", "and"))
