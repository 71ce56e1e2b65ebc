"""Quoted sentences the writer's words run on from (round 23).

'Tyler said, "We have three weeks to go" until the caucuses.' and '"Many would consider that an embarrassment"
if she lost, said Wasserman.' quote a whole clause of the speaker's: the words open the sentence or follow a cue,
start with a capital and hold their own subject and finite verb. The writer's words after the closing mark do not
make them a fragment of the writer's sentence (kind ``partial``); they are a direct quote, as they would be with
a comma before the run-on. A capitalized name or title ('"Crippled America" is his book') holds no verb of its
own and stays as it was.

Such a sentence names its speaker at its end, past the writer's words: '"Campaigns are having trouble raising
money" but to take the lead, says Tracey.' and '"To see the cases ... is stunning," since so many were decided by
5-to-4 votes, said Epstein.' The attribution that closes the quote's sentence after a comma ("..., said X." or
"..., X said.") gives the quote its speaker when the cue right after the closing mark found none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import _NOT_SPEAKER, Attr, Cues, cue_extent, is_verb_cue, mute, np_span, subject_of
from .marks import DOUBLE_MARKS, SINGLE_MARKS

__all__ = ["late_cue", "whole_clause"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
# how far past the closing mark the quote's sentence may end (the writer's run-on words and the attribution)
_REACH = 40
_ENDS = frozenset({".", "!", "?", ";", ":"})

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def whole_clause(doc: Doc, t0: int, t1: int) -> bool:
    """Whether the quoted tokens ``t0``..``t1`` hold a clause of their own: a finite verb whose subject is also
    inside the marks, and no quoted word the subject of the verb right after them ("''Family values people'' are
    ...": a phrase the writer's clause is about, whatever the parser made of "values")."""
    if any(t.dep_ in _SUBJECTS and t1 <= t.head.i <= t1 + 1 for t in doc[t0:t1]):
        return False
    for tok in doc[t0:t1]:
        # the finite word may be an auxiliary ("are having", "do not have")
        finite = tok.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in tok.children)
        if finite and any(c.dep_ in _SUBJECTS and t0 <= c.i < t1 for c in tok.children):
            return True
    return False


def late_cue(doc: Doc, t0: int, t1: int, masked: list[bool], cues: Cues) -> Attr | None:
    """The attribution that closes the sentence opened by the quoted words ``t0``..``t1``, after the writer's
    run-on words and a comma ("..., said X." or "..., X said."); None when the quote does not open its sentence
    ('fans chanted, "Build a wall," referring to ..., the Tribune reports': the chanters speak), when another
    quote, a sentence end or a second cue comes first, or when the cue follows the closing mark with nothing
    between (the usual path)."""
    j = t0 - 1
    while j >= 0 and doc[j].text[:1] in _MARKS:
        j -= 1
    if j >= 0 and doc[j].text not in (".", "!", "?") and "\n" not in doc[j].text:
        return None
    n, k = len(doc), t1
    if t1 > 0 and doc[t1 - 1].text in (".", "!", "?"):
        return None  # the quoted words end their sentence: what follows is a sentence of its own
    while k < n and (doc[k].text[:1] in _MARKS or doc[k].text == ","):
        k += 1
    end = k
    while end < n and end - k < _REACH and not masked[end] and doc[end].text not in _ENDS and \
            "\n" not in doc[end].text:
        end += 1
    # the sentence ends on a full stop, or at the paragraph's end on an abbreviation that took it in ("Va.")
    closed = end < n and doc[end].text in (".", "!", "?") or \
        (end >= n or "\n" in doc[end].text) and end > k and doc[end - 1].text.endswith(".")
    if not closed or end - k >= _REACH or end < n and masked[end]:
        return None
    for comma in range(k + 1, end):
        if is_verb_cue(doc[comma - 1], cues) and doc[comma - 1].dep_ != "relcl" and not _aspect(doc[comma - 1]):
            return None  # a cue of the writer's words comes first ("...," he said, adding ..., said X)
        if doc[comma].text == "," and any(t.is_alpha for t in doc[k:comma]):
            a = _cue_after(doc, comma, end, cues)
            if a is not None:
                return a
    return None


def _aspect(tok: Token) -> bool:
    """A verb that only starts or goes on with another ("donations began to pick up", round 26): no speech, though
    "began" and "continued" are cues of a quote they open ('"...," she began')."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children)


def _cue_after(doc: Doc, comma: int, end: int, cues: Cues) -> Attr | None:
    """"said X" or "X said" right after the comma at ``comma``, before ``end``, the cue taking no words of its
    own ("..., X said the vote was rigged" is a sentence of X's, not this quote's attribution)."""
    for v in range(comma + 1, end):
        tok = doc[v]
        if not is_verb_cue(tok, cues):
            continue
        subj = subject_of(tok)
        if subj is None or subj.dep_ == "nsubjpass" or not comma < subj.i < end or \
                subj.ent_type_ in _NOT_SPEAKER or mute(subj):
            return None
        s, e = np_span(doc, subj)
        cs, ce = cue_extent(doc, tok)
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > tok.i for c in tok.children):
            return None
        if (s == comma + 1 and e == cs) or (cs == comma + 1 and s == ce):
            return Attr(cs, ce, (s, e))
        return None
    return None
