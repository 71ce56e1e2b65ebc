"""Round 37 (issue 18 point 5): words someone would say, or has to ask, are not words said.

An independent review of unseen reports found listed quotes (and questions) that are the object of a speech verb
under a modal of a possible world: "Obama would probably say he has improved America's image", "the senator would
call for a recount if ...", "Voters might argue that ...", "one has to ask whether ...". Nobody said them; the
writer imagines them. Round 22 (``writer_voice``) read only "As Holmes would say"; the same verb as its clause's own
predicate is read here. The quote is kept (PolNeAR's scorer reads stored quotes) with modality ``hypothetical``:
never listed.

Only a "would" with a guess ("probably", "likely", "perhaps") or an "if" / "unless" clause is read: a bare "would"
is as often the past's future of a narrative ("One of the reporters would clarify that ...": said; found on unseen
reports, round 37). Left as said: a would of the past's future or habit ("would later say", "would often say",
"would go on to say", "would eventually call for"), a modal with a negation ("wouldn't say": a refusal, read by
other passes), a verb inside another's report ("said he would call for ...": his promise, read by ``afterpass``), a
verb in a clause under another verb (a relative or adverbial clause), and a direct quote (words in marks were said).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote, listed_quote
from .afterpass import verb_at

__all__ = ["settle_imagined_speech"]

_IMAGINED = frozenset({"would", "might", "could", "'d", "’d"})
# adverbs that make "would" a past's future or a habit: what follows was said
_TOLD_AFTER = frozenset({"later", "often", "always", "sometimes", "frequently", "repeatedly", "eventually", "soon",
                         "then", "subsequently", "usually", "regularly", "afterwards", "afterward", "once", "never"})
# adverbs of a guess: "would probably say", "might well argue" (round 37, narrowed on unseen pages: a bare "would"
# is as often a narrative's past future, "One of the reporters would clarify that ...", which was said)
_GUESS = frozenset({"probably", "likely", "perhaps", "surely", "doubtless", "undoubtedly", "presumably", "well",
                    "certainly", "maybe", "possibly"})
_IF = frozenset({"if", "unless"})
# verbs of a necessity put on the speaker: "has to ask", "had to wonder"
_NEED = frozenset({"have", "need"})
_SPEECH_KINDS = frozenset({"indirect", "partial", "question"})


def _imagined(verb: Token) -> bool:
    """The verb is its sentence's predicate under "would/might/could" with a guess ("probably") or an "if" clause,
    and no adverb of a later act or habit."""
    # its own sentence's predicate; a clause put before its head is one too ("Obama would say he ..., his policies
    # have ...": a run-on the parse hangs on the later verb; "she would say yes, aides said": a forecast either way)
    if verb.dep_ != "ROOT" and not (verb.dep_ == "ccomp" and verb.head.i > verb.i):
        return False
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids) or any(c.lower_ in _TOLD_AFTER for c in kids):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _IMAGINED for c in kids):
        return False
    guessed = any(c.dep_ == "advmod" and c.lower_ in _GUESS for c in kids)
    return guessed or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IF for m in c.children)
                          for c in kids)


def _has_to(verb: Token) -> bool:
    """ "One has to ask whether ...": the speech verb is the infinitive of a present "have to" / "need to"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.dep_ != "ROOT" or head.lemma_.lower() not in _NEED:
        return False
    if head.tag_ not in ("VBZ", "VBP"):  # "had to ask": a past act, perhaps said
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def settle_imagined_speech(doc: Doc, out: list[Quote]) -> None:
    """Listed indirect, partial or question quotes whose cue is imagined speech get modality ``hypothetical``."""
    for q in out:
        if q.kind not in _SPEECH_KINDS or not listed_quote(q.kind, q.modality):
            continue
        verb = verb_at(doc, q.cue_start, q.cue_end)
        if verb is None or q.start <= verb.idx < q.end:
            continue
        if _imagined(verb) or _has_to(verb):
            q.modality = "hypothetical"
