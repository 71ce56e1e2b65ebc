"""Round 21 (issue 18): "they" for the group that is the subject of the clause it hangs on.

In "Republicans had called the hearing because they felt the FBI was not forthcoming" and "Democratic leaders are
wary of moving left, but they do not want to alienate Sanders's supporters", "they" is the subject of a clause
joined to (a conjunct of, or an adverbial clause under) a clause whose subject is a plural noun: that group holds
the view or says the words. Before round 21 such a "they" stayed unresolved, and a stance it holds (kept only with
whose it is) was dropped. Only within the sentence, through at most two such joins, and only for a plural noun
that names a group who could speak (not people at large, "many voters", nor a count, a text or a place); anything
else leaves "they" as it was (:mod:`.pairs` first reads people named together). The mention stays "they"; the
group's words are the ``speaker_name`` and its organization, when the resolver finds one, the ``speaker``.
Round 30: the view itself was still dropped, since ``unsaid.unheld_mind`` read every "they" holding a mind as
people at large; a "they" this module resolves now holds it, and so does a "They" opening the next sentence with a
verb of a mind for verb ("Pentagon officials reviewed the plan. They fear it will fail."; PolNeAR train: 4 more
gold attributions matched, none wrong; "They said" there kept its reading). Round 32 (allsides tune pages 500-559,
issue 18): words said by such a "They" are the group's too, when the group can speak ("US officials are keen to
stress that ... . The evidence shows ..., they say." had no speaker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ...record import Quote
from .._doc import doc_text
from .cues import np_span
from .they_clauses import inner_group

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["fill_group_they", "group_antecedent", "is_group", "lone_before"]

_JOINS = frozenset({"conj", "advcl"})
_MAX_JOINS = 2


def group_antecedent(pron: Token, said: bool = False) -> Token | None:
    """The plural noun subject of the clause that "they"'s clause is joined to, or None; ``said``: "they" is the
    speaker of words said (round 32, see :func:`_previous_group`). (The helpers import :mod:`.unsaid` late: unsaid
    imports the resolver, which imports this module.)"""
    if pron.lower_ != "they" or pron.dep_ != "nsubj":
        return None
    verb = pron.head
    if verb.dep_ == "ROOT":
        return _previous_group(pron, said)
    for _ in range(_MAX_JOINS):
        if verb.dep_ not in _JOINS or verb.head.i == verb.i:
            return None
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        return subj if is_group(subj) else None
    return None


def is_group(subj: Token) -> bool:
    """A plural noun subject that names a group who could speak: not people at large, a count, a text or a place,
    nor several things joined."""
    from .unsaid import unheld_stance, vague_holder

    return subj.pos_ in ("NOUN", "PROPN") and subj.tag_ in ("NNS", "NNPS") and subj.dep_ == "nsubj" and \
        not vague_holder(subj) and not unheld_stance(subj) and not any(c.dep_ == "conj" for c in subj.children)


def _previous_group(pron: Token, said: bool = False) -> Token | None:
    """Round 30: "They" opening a sentence as the subject of a verb of a mind ("Her advisers think she is ready.
    They believe she can win."): the plural group that is the subject of the main clause of the sentence just
    before, in the same paragraph. Only for a mind (data/quote_minds.tsv, kind ``mind``), which "they" otherwise
    leaves nobody's. Round 32 (allsides tune pages 500-559): also the words said by a "They" that no other rule
    resolved, when that group can speak (``cue_clauses.may_speak``): "Military analysts now believe ... . They note
    how long ...", "US officials are keen to stress that ... . The evidence shows ..., they say." (the reported
    clause before "they" is no subject of a clause of its own)."""
    from .at_large import mind_words
    from .cue_clauses import may_speak

    sent, verb = pron.sent, pron.head
    if not said and verb.lemma_.lower() not in mind_words() or sent.start == 0:
        return None
    told = {t.i for c in verb.children if said and c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
    # nothing before "they" that could be the subject of a clause of its own ("When the voters met, they ...")
    if any((t.pos_ == "PRON" or t.dep_ in ("nsubj", "nsubjpass")) and t.i not in told
           for t in pron.doc[sent.start:pron.i]):
        return None
    prev = pron.doc[sent.start - 1].sent
    if "\n" in doc_text(pron.doc)[prev.start_char : pron.idx] and not (said and lone_before(prev, sent, pron)):
        return None  # another paragraph
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and is_group(subj) and (not said or may_speak(subj)) else None


def lone_before(prev: Span, sent: Span, pron: Token) -> bool:
    """Round 37 (issue 18, speakers left empty though the group is named just before): web reports set one
    sentence to a paragraph, so the group a "They said" opening the next paragraph stands for is the subject of a
    paragraph of one sentence right before ("Two House Democrats circulated a letter. / They proposed ..."). Only
    for words said (a mind keeps its paragraph), only across one plain paragraph break, and only when ``prev`` is
    its paragraph's whole text and "they" stands in the first line of its own."""
    text = doc_text(pron.doc)
    if text[prev.end_char : sent.start_char].strip() or text[prev.end_char : sent.start_char].count("\n") > 2:
        return False  # a line of its own between them (a caption, "Advertisement")
    if "\n" in text[sent.start_char : pron.idx] or "\n" in prev.text.strip():
        return False
    return not text[text.rfind("\n", 0, prev.start_char) + 1 : prev.start_char].strip()


def fill_group_they(res: Resolver, rec: Quote, pron: Token) -> bool:
    """Set ``rec``'s speaker to the group "they" stands for (:func:`group_antecedent`); the mention stays "they"."""
    # (round 33: or the group whose clause holds "they"'s clause, "Democrats focused on what they said was ...")
    ante = group_antecedent(pron, said=rec.kind != "stance") or inner_group(pron, res._masked)
    if ante is None:
        return False
    start, end = rec.speaker_start, rec.speaker_end
    ss, se = np_span(pron.doc, ante)
    res.fill(rec, pron.doc[ss:se])
    rec.speaker_start, rec.speaker_end = start, end
    return bool(rec.speaker_name)
