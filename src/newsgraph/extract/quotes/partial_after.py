"""A fragment's attribution right after its closing mark (round 19).

'The event "was the first time I walked away from a rally" Sexton said in an interview.' and 'The union's backing
"came early enough," said Ms. Heiserman of the teachers.' are quoted fragments (narration comes before the opening
mark), so the rules for fragments looked only at the verbs above them and the cues before them and left them without
a speaker; the convention a direct quote follows ('"...," she said') was never read for them. Now the attribution
that stands right after the closing mark (an optional comma, an optional "as", then "X said" or "said X" with nothing
else between) names a fragment's speaker when the rules before found none.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .cue_clauses import may_speak
from .cues import _NOT_SPEAKER, Attr, Cues, cue_extent, is_verb_cue, mute, np_span, subject_of
from .marks import DOUBLE_MARKS, SINGLE_MARKS

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
# how many tokens after the closing mark the verb of speech may stand ("Heiserman of the CORE Teachers said")
_REACH = 8
_STOPS = frozenset({".", "!", "?", ";", ":"})
# the words of a description before a name ("the noted historian" Mr. X)
_DESCRIBING = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def trailing_cue(doc: Doc, t1: int, masked: list[bool], cues: Cues, credited: bool = False) -> Attr | None:
    """The attribution right after the closing mark that ends at token ``t1`` (the first token after the quoted
    words): "X said" or "said X", the speaker one that can speak; None when anything else stands between.
    ``credited``: only one opened by "as" ('..., as historian Ada Lee states'), which credits the words to its
    speaker whatever verb above them reports them (round 29: 'he must insist they resist the "impulse to ...," as
    historian X states' had given the historian's words to the one who "must insist")."""
    n, k = len(doc), t1
    # a fragment that ends its sentence inside the marks ('Doing so "was an attempt to poison the vote." She thinks
    # ...'): what follows is a sentence of its own, not the fragment's attribution, unless it is only one ("Ruiz said.")
    ended = t1 > 0 and doc[t1 - 1].text in (".", "!", "?")
    while k < n and (doc[k].text[:1] in _MARKS or doc[k].text == ","):
        k += 1
    if k < n and doc[k].lower_ == "as":
        k += 1  # '..." as Cruz said on Monday'
    elif credited:
        return None
    for v in range(k, min(n, k + _REACH)):
        tok = doc[v]
        if masked[v] or tok.text in _STOPS:
            return None
        if not is_verb_cue(tok, cues):
            continue
        subj = subject_of(tok)
        if subj is None or subj.dep_ == "nsubjpass" or masked[subj.i] or subj.ent_type_ in _NOT_SPEAKER or \
                mute(subj) or not may_speak(subj):
            return None
        if credited and subj.pos_ == "PRON":
            return None  # ('called it "a disaster," as he said last week': the same speaker, left to the verb above)
        s, e = np_span(doc, subj)
        if credited and all(t.pos_ in _DESCRIBING for t in doc[k : subj.left_edge.i]):
            # ("as the historian Mr. Abel Brandt writes": the description before the name is part of the mention)
            s, e = k, subj.right_edge.i + 1
        cs, ce = cue_extent(doc, tok)
        # "Sexton said": the subject fills the gap; "said the man who ...": the cue opens it, its subject next
        if ended and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in tok.children):
            return None
        if (s == k and e == cs) or (cs == k and s == ce):
            return Attr(cs, ce, (s, e))
        return None
    return None
