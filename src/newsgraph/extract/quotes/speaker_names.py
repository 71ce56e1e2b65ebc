"""What the words of a speaker mention name: the nouns a role calls its holder by (:func:`role_heads`), the list
of names that "et al." closes (:func:`et_al_list`) and where a titled name ends before its party tag
(:func:`before_tag`); moved out of speakers.py, whose resolver reads them."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

__all__ = ["before_tag", "role_heads", "role_phrase_words", "et_al_list"]

# Where a role's head noun ends: "spokeswoman for the DNC war room", "Secretary of State", "a trade expert at CFR".
_ROLE_CUT = re.compile(r"\s(?:of|for|at|in|on|with|from|to|who|which|that|since|under|by)\s|[,;(]")


@lru_cache(maxsize=1024)
def role_heads(role: str) -> frozenset[str]:
    """The nouns a role names its holder by: the last word before its first preposition, in each part joined by
    "and" ("founder and chief executive of Acme": founder, executive). "the campaign" or "the war" is then no
    description of the spokeswoman "for the Biden campaign" or "for the DNC war room"."""
    out = set()
    for part in role.lower().split(" and "):
        words = _ROLE_CUT.split(part, 1)[0].split()
        if words:
            out.add(words[-1].strip(".'’\""))
    return frozenset(out)


def role_phrase_words(role: str) -> list[list[str]]:
    """The words of each head phrase of a role, lower case, up to its head noun as :func:`role_heads` cuts it
    ("chief executive of Acme" -> [chief, executive]); read by ``office_phrases`` for offices of several words."""
    out = []
    for part in role.lower().split(" and "):
        words = [w.strip(".'’\"") for w in _ROLE_CUT.split(part, 1)[0].split()]
        if any(words):
            out.append([w for w in words if w])
    return out


def et_al_list(span: Span) -> Span | None:
    """The list of names that "et al." closes ("Jones, Smith, et al."), when the speaker span holds its "al"."""
    doc = span.doc
    al = next((t for t in span if t.lower_ == "al" and t.i > 0 and doc[t.i - 1].lower_ == "et"), None)
    if al is None:
        return None
    lo, first = al.i - 1, al.sent.start
    while lo > first and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text in (",", "and", "&")):
        lo -= 1
    while lo < al.i - 1 and doc[lo].pos_ != "PROPN":
        lo += 1
    if lo == al.i - 1:
        return None  # no name before "et al.": nobody named
    return doc[lo : al.i + 2 if al.i + 1 < len(doc) and doc[al.i + 1].text == "." else al.i + 1]


def before_tag(doc: Doc, lo: int, end: int) -> int:
    """``end`` moved before a parenthesis that closes the phrase [lo, end), the party-and-state tag after a name
    ("Speaker of the House Dan Ward (R-OH)"; round 30, PolNeAR train): the name ends the phrase before it."""
    if end - lo < 3 or doc[end - 1].text != ")":
        return end
    opening = next((k for k in range(end - 2, lo, -1) if doc[k].text == "("), None)
    return opening if opening is not None and end - opening <= 8 else end
