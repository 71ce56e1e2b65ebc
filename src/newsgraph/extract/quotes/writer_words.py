"""Quoted words that are the writer's own, not anyone's statement (review 17): a translation the writer gives in
marks ('shouted Allahu Akbar, or "God is great"', '"Allahu Akbar," Arabic for "God is great"'). A one- or
two-word scare quote on a noun ('armed "moderate" rebels') is read by ``_is_scare`` but not dropped: attributed,
such words were the speaker's on real reports (see ``is_writer_words``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .marks import DOUBLE_MARKS, SINGLE_MARKS

__all__ = ["is_writer_words"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
# Words right before a quoted gloss that give it as the meaning of what came before.
_GLOSS_WORDS = frozenset({"meaning", "translated", "translates", "literally"})  # not "means": a clause verb
# Verbs that name something with the quoted words: "called them "moderate" rebels" quotes the caller.
_NAMING = frozenset({"call", "dub", "label", "brand", "describe", "term", "deem"})


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


def _is_scare(doc: Doc, t0: int, t1: int, text: str) -> bool:
    """One or two lower-case words that modify a noun after the closing mark ('"moderate" rebels'), with no
    naming verb before them ('called them "moderate" rebels' stays the caller's)."""
    words = text.strip().strip("".join(_MARKS) + ".,;:!?").split()
    if not words or len(words) > 2 or any(not w.islower() for w in words):
        return False
    toks = [t for t in doc[t0:t1] if not (t.is_punct or t.is_space)]
    if not toks or toks[-1].dep_ not in ("amod", "compound") or toks[-1].head.i < t1:
        return False
    head = toks[-1].head
    return not any(a.lemma_.lower() in _NAMING for a in [head, head.head, *head.ancestors][:3])


def is_writer_words(doc: Doc, t0: int, t1: int, text: str, kind: str) -> bool:
    """Whether the quoted words (tokens ``t0``..``t1``, text ``text``) are the writer's gloss or scare quote."""
    # (the scare rule alone is not applied: on allsides reports 41-80 all 8 one- or two-word partials it took on
    # a noun were the speaker's own words, 'the "very volatile" situation', 'a "visual" inspection'; round 17c)
    return kind == "partial" and _is_gloss(doc, t0)
