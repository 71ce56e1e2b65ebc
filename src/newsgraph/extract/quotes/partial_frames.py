"""A quoted fragment deep under a characterising verb (issue 18, round 29).

``fragment_attribution._characterised`` reads only the nearest verb above a fragment ('he dubbed Rubio "the little
senator"'). The fragment often hangs lower, under a verb form with no subject of its own or a copular relative
clause on the verb's object:
- 'the governor lauded Park in her address for helping develop "bold plans"' (a gerund under "for");
- 'Lee ripped the director for acting as "the judge and the jury"' (the same);
- 'Ward compared Brown to a coach who is "working the referees"' (a relative clause on the object of "to");
- 'Rich derided and insulted "the professional right"' (a verb joined to the first, sharing its subject).
Here the climb passes such verbs up to the first verb with a subject of its own; when that verb characterises in
its subject's words (data/characterising_verbs.tsv) its subject speaks. Any other finite verb on the way stops the
climb ('Trump, who has postured as the "law and order candidate", has taken ...' gives nothing), and so does a
verb of the quoted words themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .arrays import sent_of
from .cues import Attr, attr_from_cue, characterising_verbs, cue_extent

if TYPE_CHECKING:
    from .extract import _Q

__all__ = ["framed_fragment"]

# verb forms that take the subject of the clause they hang on: gerunds, bare infinitives, participles
_NONFINITE = frozenset({"VBG", "VB", "VBN"})
# the relations of such a form to the verb above it ("for helping", "to develop", "acting as")
_CLIMB = frozenset({"pcomp", "xcomp", "advcl", "pobj", "conj", "ccomp"})
# the most verbs passed before the characterising one
_MAX_VERBS = 4


def _own_subject(v: Token) -> Token | None:
    """The verb's own nominal subject (an active one, or a passive one: either way the climb stops there)."""
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)


def _copular_relative(v: Token) -> bool:
    """'a coach who is "working the referees"': a relative clause of being on a noun, its words the noun's
    description in the characterising subject's words."""
    return v.dep_ == "relcl" and v.lemma_ == "be" or (
        v.dep_ == "relcl" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in v.children) and v.tag_ == "VBG")


def framed_fragment(doc: Doc, q: _Q, masked: list[bool]) -> Attr | None:
    """The subject of a characterising verb above the fragment, past verbs with no subject of their own."""
    verbs = characterising_verbs()
    passed = 0
    for anc in doc[q.t0].ancestors:
        if q.t0 <= anc.i < q.t1 or anc.pos_ not in ("VERB", "AUX"):
            continue  # the quoted words' own tokens, and the nouns and prepositions between verbs
        if masked[anc.i]:
            return None
        if anc.lemma_.lower() in verbs:
            subj = _subject(anc)
            if subj is None or subj.dep_ != "nsubj" or masked[subj.i]:
                return None
            s, e = cue_extent(doc, anc)
            sent = sent_of(anc)
            a = attr_from_cue(doc, s, e, anc, sent.start, sent.end)
            return a if a is not None and a.speaker is not None else None
        passed += 1
        if passed > _MAX_VERBS:
            return None
        if _copular_relative(anc):
            continue
        if _own_subject(anc) is not None or anc.tag_ not in _NONFINITE or anc.dep_ not in _CLIMB:
            return None
    return None


def _subject(v: Token) -> Token | None:
    """The verb's subject, or for a verb joined to another ("derided and insulted"), the first verb's."""
    own = _own_subject(v)
    while own is None and v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
        own = _own_subject(v)
    return own
