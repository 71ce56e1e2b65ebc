"""Review 20: a parenthetical cue after a fronted adverbial is no part of the words.

"For this reason, the mayor said, bicycles are not allowed inside the city hall" and "Although the ban is
facially legitimate, the majority says, it is not bona fide": the parser hangs the cue on the main clause, which
starts after it, so the indirect quote held the whole sentence with the speaker and the cue inside. Review 19's
cut (``span_cuts``) only stops words that are a whole clause before the cue; here what stands before the cue is
an adverbial (a prepositional phrase, an adverb, a subordinate clause) and the clause said is the one after it.
One span cannot skip the cue, so the words are the main clause after it: its subject, verb and the rest.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span

__all__ = ["cut_fronted"]

# how a fronted piece hangs on the main verb: a phrase or clause that sets the scene, not the verb's subject
_ADVERBIAL = frozenset({"prep", "advcl", "advmod", "npadvmod", "mark", "punct", "cc"})
_MIN_WORDS = 3


def _cut(doc: Doc, q: Quote) -> None:
    if q.cue_start is None or q.cue_end is None or q.speaker_start is None or \
            not (q.start < q.speaker_start < q.cue_end < q.end):
        return
    span = expand_span(doc, q.start, q.end)
    if span is None:
        return
    root = span.root
    if root.idx < q.cue_end or root.pos_ not in ("VERB", "AUX"):
        return
    lead = [t for t in span if t.idx < q.speaker_start]
    # the pieces before the speaker hang on the main verb as adverbials, and end with a comma
    tops = [t for t in lead if t.head.i == root.i]
    if not lead or lead[-1].text != "," or any(t.dep_ not in _ADVERBIAL for t in tops) or \
            not any(t.dep_ in _ADVERBIAL - {"punct", "cc"} for t in tops):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.idx > q.cue_end for c in root.children):
        return  # the main clause's subject stands after the cue: the words said start there
    rest = doc_text(doc)[q.cue_end : q.end]
    lstrip = len(rest) - len(rest.lstrip(" ,"))
    piece = rest.strip(" ,")
    if len(piece.split()) >= _MIN_WORDS:
        q.start = q.cue_end + lstrip
        q.end = q.start + len(piece)
        q.text = piece


def cut_fronted(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The indirect quotes with a fronted adverbial's parenthetical cue cut out (in place)."""
    for q in out:
        if q.kind == "indirect":
            _cut(doc, q)
    return out
