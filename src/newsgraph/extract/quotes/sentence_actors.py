"""The person a paragraph's sentence is about, for a quote that follows it with no cue (issue 18, round 29).

'On Sunday, Senator Ann Kerr named young voters' fatigue with bigotry as one reason to back Lowe. "The younger
people are sick and tired of it."' No verb of speech anywhere: ``extract._floating`` found no cue in the sentence
before, and the quote took the speaker of the last quote before it, often a paragraph or more back. A news report
that tells what a named person did and then sets out words without a cue gives that person's words: the quote is
the subject's, when
- the sentence before it, in the same paragraph, ends with a stop, its verb and subject outside quote marks;
- its main verb is active, with a person's name for subject and no clause of another subject joined to it (a PERSON entity: "Police arrested X." or "The judge
  ..." name no one this rule may read, "X was sentenced" is passive);
- no direct quote earlier in the same paragraph has a speaker (that speaker goes on: ``_inherit``; a title in
  marks, "On \"Face the Nation,\" X ...", is no such quote).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .cues import Attr, np_span

__all__ = ["actor_before"]

_STOPS = frozenset({".", "!"})


def actor_before(doc: Doc, before: Span, masked: list[bool], quoted_before: bool) -> Attr | None:
    """The named person who is the active subject of the sentence ``before`` a cue-less quote, or None;
    ``quoted_before``: whether an earlier quote of the same paragraph speaks."""
    toks = [t for t in before if not t.is_space]
    if quoted_before or len(toks) < 3 or toks[-1].text not in _STOPS:
        return None
    root = toks[-1].sent.root if toks[-1].sent.start >= before.start else None
    if root is None or root.pos_ != "VERB" or not before.start <= root.i < before.end:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.dep_ != "nsubj" or subj.ent_type_ != "PERSON" or subj.pos_ != "PROPN" or \
            masked[subj.i] or masked[root.i]:
        return None  # (a title in marks elsewhere in the sentence, 'On "Face the Nation," X ...', is no matter)
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and any(k.dep_ == "nsubj" for k in c.children)
           for c in root.children):
        return None  # "X won't go that far, but Y wants ...": two people the sentence tells of
    return Attr(root.i, root.i + 1, np_span(doc, subj))
