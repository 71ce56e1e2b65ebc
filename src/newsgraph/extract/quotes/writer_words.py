"""Quoted words that are the writer's own, not anyone's statement (review 17): a translation the writer gives in
marks ('shouted Allahu Akbar, or "God is great"', '"Allahu Akbar," Arabic for "God is great"'). A one- or
two-word scare quote on a noun ('armed "moderate" rebels') is not dropped: a rule for it (commit 834e212) removed 8
attributed partials on real reports, all the speaker's own words (see ``is_writer_words``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .marks import DOUBLE_MARKS, SINGLE_MARKS

__all__ = ["is_writer_words"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
# Words right before a quoted gloss that give it as the meaning of what came before.
_GLOSS_WORDS = frozenset({"meaning", "translated", "translates", "literally"})  # not "means": a clause verb


def _before(doc: Doc, t0: int) -> int:
    """The index of the last token before the opening marks of a quote starting at ``t0`` (-1 if none)."""
    j = t0 - 1
    while j >= 0 and (doc[j].is_space or all(ch in _MARKS for ch in doc[j].text)):
        j -= 1
    return j


def _is_gloss(doc: Doc, t0: int) -> bool:
    """The quote glosses the words before it: ", or "...", "meaning "...", "Arabic for "..."."""
    j = _before(doc, t0)
    if j < 1:
        return False
    w = doc[j].lower_
    if w in _GLOSS_WORDS or w == "as" and doc[j - 1].lower_ in ("translated", "translates"):
        return True
    if w == "for" and doc[j - 1].ent_type_ in ("NORP", "LANGUAGE"):
        return True  # "Arabic for "God is great""
    return w == "or" and doc[j - 1].text in (",", "\u2014", "-") and doc[j - 1].i > 0 and \
        doc[j - 2].text[:1] not in _MARKS and doc[j - 2].text != "?"  # 'Allahu Akbar, or "..."'


def is_writer_words(doc: Doc, t0: int, kind: str) -> bool:
    """Whether the quoted words starting at token ``t0`` (kind ``kind``) are the writer's gloss."""
    # (no scare rule: on allsides reports 41-80 all 8 one- or two-word partials on a noun it took were the
    # speaker's own words, 'the "very volatile" situation', 'a "visual" inspection'; round 17c)
    return kind == "partial" and _is_gloss(doc, t0)
