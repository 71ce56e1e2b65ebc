"""Round 31 (issue 18): a verb of evidence whose subject is a picture or an act of force tells what is seen, not words.

"Video showed men and women fleeing", "a security camera showed a huge fireball", "the explosions showed the
militants' reach", "the deployment suggests the raid was poorly planned": no one is quoted. Reviews of real reports
(allsides ranks 297-348) judged such lines no quotes, while the same verbs with a person, a body or a text as
subject ("the minister suggested ...", "a new poll shows ...", "the cable indicated ...") report words. PolNeAR
marks most "show"/"suggest" clauses as attributions, so the quote is kept as kind ``stance`` (stored with its
subject, never listed as words said), as a picture's scene already is (``thing_objects``). A picture's "that"
clause ("The video shows that the police fired first") stays the document's finding, as round 24 ruled.

The verbs are ``data/quote_inference_verbs.tsv``. The subjects are the pictures of ``data/quote_told_acts.tsv``
(kind ``display``) and the nouns that name an act of force or of moving forces in ``data/plover_triggers.tsv``
(types ASSAULT, FIGHT, COERCE, MOBILIZE, RETREAT: "the attack", "the blasts", "the crackdown", "the deployment"),
never a text or words (``kinds.DOCUMENT_NOUNS``, ``statements.said_nouns``), a name, a person or a group
(``cue_clauses.may_speak``). Other things that show (polls, research, "the outcome", "simple math") are left as
they are: PolNeAR train holds them as statements of their makers as often as not. A quote whose speaker mention is
a named person, body or place keeps its kind whatever the parse.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .afterpass import verb_at
from .cue_clauses import may_speak
from .kinds import DOCUMENT_NOUNS
from .statements import said_nouns
from .told_acts import picture_noun

__all__ = ["settle_inferences"]

_KINDS = frozenset({"indirect", "partial", "document"})
_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_RELATIVES = frozenset({"that", "which"})
_FORCE_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "RETREAT"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_inference_verbs.tsv") if row)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, a relative "that"/"which" read as the noun it hangs on, or a joined verb's subject
    ("the blasts killed 30 and showed ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:  # "Republican figures — whose ... — both suggested": a misread apposition, no answer
        return None
    subj = subjects[0] if subjects else None
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subj = verb.head
    return subj


@lru_cache(maxsize=1)
def _force_acts() -> frozenset[str]:
    """Noun triggers of acts of force or of moving forces (data/plover_triggers.tsv, pos N)."""
    return frozenset(row[0].lower() for row in read_tsv("plover_triggers.tsv")
                     if len(row) > 2 and row[1] == "N" and row[2] in _FORCE_TYPES)


def _picture(subj: Token) -> bool:
    return picture_noun(subj.lemma_.lower()) or picture_noun(subj.lower_)


def thing_subject(subj: Token) -> bool:
    """A subject that speaks for no one: a picture or an act of force (see the module's text)."""
    if subj.ent_type_ in _ACTORS or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = subj.lemma_.lower()
    # a picture first: the tagger reads a capitalized "Video" opening a sentence as a name, which may_speak takes
    if _picture(subj):
        return not any(c.dep_ == "poss" for c in subj.children)  # "the senator's video": its maker's words
    if may_speak(subj) or lemma in said_nouns() or lemma in DOCUMENT_NOUNS:
        return False
    return lemma in _force_acts()


def _inference(doc: Doc, q: Quote) -> bool:
    if q.kind not in _KINDS:
        return False
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None or verb.lemma_.lower() not in _verbs():
        return False
    subj = _subject(verb)
    if subj is None or not thing_subject(subj):
        return False
    # a picture's "that" clause is a finding stated (round 24 keeps "The video shows that the police fired first"
    # listed as the document's); what it shows with no "that" is a scene
    return not (_picture(subj) and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                  for m in c.children) for c in verb.children))


def _actor_speaker(doc: Doc, q: Quote) -> bool:
    """The quote's speaker mention is a named person, body, place or people ("Washington signaled ...")."""
    if q.speaker_start is None or q.speaker_end is None:
        return False
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in _ACTORS  # "the Volgograd explosions": no actor


def settle_inferences(doc: Doc, out: list[Quote]) -> None:
    """Quotes whose cue is a verb of evidence with a thing for subject become stances (in place); one whose speaker
    mention is a named actor keeps its kind."""
    for q in out:
        if _inference(doc, q) and not _actor_speaker(doc, q):
            q.kind = "stance"
