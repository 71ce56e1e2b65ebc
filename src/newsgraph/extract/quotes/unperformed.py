"""Quotes whose cue reports no words said: wishes, unperformed infinitives, negated speech, glosses, coinages.

Round 20's second review of unseen reports (issue 18) counted these listed quotes as no quotes; each class is
stored, not dropped, where PolNeAR counts it as an attribution (its scorer reads stored quotes), so the benchmark
keeps them while a reader of the report no longer sees them as words said:

- **a wish** ("Obama wanted to leave a residual force", "what Republicans want to change") and disregarding
  ("ignored an appeal from China"): kind ``stance``;
- **an infinitive nobody performed**: a verb of thinking ("forces us to consider whether ...", "has to remember
  that ...", "how to address the crisis") or any cue under a verb of wanting or intending, or of needing or being
  made to in the present ("intends to assert ...", "requires him to explain ..."): modality ``hypothetical``;
- **negated speech** ("Brown never wrote that ...", "did not say anything about ...", "didn't know where ...",
  and a refused one, "refused to call the leaks 'serious'", review 27): modality ``negated``; a negated denial or
  ruling-out ("did not deny that ...") still asserts, and stays;
- **the writer's gloss** on what someone did ("..., indicating that ...", "..., referring to ..."): kind
  ``stance``;
- **the writer's coinage** ('what I call "present shock"'): dropped.

A cue inside another speaker's reported clause ("declared that he didn't want to talk about ...") reports that
speaker's words and is left alone. Quoted fragments (partials: words someone wrote down) are changed only under a
verb of musing ("to consider") or inside a negated or unperformed quote with the same cue; inside a wish or a
gloss they stay listed.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .afterpass import verb_at
from .cue_table import reporting_verbs
from .negated import negated_verb
from .possessed_relatives import unresolve_possessed_relatives
from .speaker_words import SPEECH_NOUNS

__all__ = ["settle_unperformed"]

# Verbs of thinking: as an infinitive they tell what someone should or could think, never words said
_THINKING = frozenset({"consider", "reflect", "ponder", "remember", "ignore", "address", "imagine", "portray",
                       "contemplate"})
# ... of them, those that never take quoted words as their own object (a fragment under them is no one's)
_MUSING = frozenset({"consider", "reflect", "ponder", "remember", "imagine", "contemplate"})
# Verbs whose infinitive is not (yet) done: wanting, intending ("tried to make the case that ..." and "sought to
# reassure" are done: trying to persuade is speaking, so trying is not here)
_UNDONE = frozenset({"want", "intend", "plan", "hope", "mean", "wish", "ought"})
# ... and needing or being made to, said in the present ("forces us to consider", "has to remember"); in the past
# the act was done ("had to admit that ...", "was forced to concede ...")
_OBLIGED = frozenset({"need", "require", "force", "have"})
# ... and letting, said in the present: "The delay allows the minister to say ...", "lets the mayor claim ..." tell
# what someone could now say, not what was said (round 29, review B); "allowed him to say" in the past stays
_ENABLING = frozenset({"allow", "let", "enable", "permit"})
# ... and a duty told with a modal: "he must tell his officials ...", "the governor should say that ..." are what the
# writer asks of someone, as "has to" is (round 29, review B: an editorial's prescriptions listed as words said);
# "should have said" is no duty but a reproach of words not said, left to the rules above
_DUTY = frozenset({"must", "should"})
# Participles the writer glosses an act with
_GLOSSES = frozenset({"indicating", "referring"})
# A clause reported by a verb of speech (cue_table.reporting_verbs) is another speaker's words: the cue inside it
# is theirs to report
_REPORTED = frozenset({"ccomp", "acl", "xcomp", "conj", "advcl"})


def _noun_content(verb: Token) -> bool:
    """The cue opens with "that" right after a noun ("his declaration afterward that he didn't want ..."): the
    clause is that noun's content, whatever verb the parser hung it on."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return False
    j = mark.i - 1
    while j >= 0 and mark.doc[j].dep_ in ("advmod", "npadvmod") and mark.doc[j].head.i != verb.i:
        j -= 1
    return j >= 0 and mark.doc[j].pos_ == "NOUN"


def _inside_speech(verb: Token) -> bool:
    """The cue hangs, through complements, under another verb or noun of speech ("his declaration that he did not
    want ...", "said she had never written ...")."""
    if _noun_content(verb):
        return True
    t, steps = verb, 0
    while t.dep_ in _REPORTED and t.head is not t and steps < 4:
        t, steps = t.head, steps + 1
        if t.lemma_.lower() in reporting_verbs() or t.pos_ == "NOUN" and t.lower_ in SPEECH_NOUNS:
            return True
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _duty(verb: Token) -> bool:
    """The cue is under "must" or "should" with no perfect "have"."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in _DUTY for a in aux) and "have" not in aux


def _unperformed(verb: Token, partial: bool) -> bool:
    """An infinitive of thinking, or (not for quoted fragments) one under a verb of needing or trying, or after
    "how" or "way" ("how to address ...", "the only way to maintain ...")."""
    if not partial and _duty(verb):
        return True
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _ENABLING and \
            verb.head.tag_ in ("VBZ", "VBP"):
        return True
    if not _infinitive(verb):
        return False
    if verb.lemma_.lower() in (_MUSING if partial else _THINKING):
        return True  # (a fragment under "to address" is often the words the act was about: 'to address "that person"')
    if partial:
        return False
    head = verb.head
    if any(c.lower_ == "how" for c in verb.children) or head.lower_ in ("way", "how"):
        return True
    if verb.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in _UNDONE or head.lemma_.lower() in _OBLIGED and head.tag_ not in ("VBD", "VBN")


@lru_cache(maxsize=1)
def _refusing() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("quote_refusals.tsv") if r[0] == "refuse")


def _refused(verb: Token) -> bool:
    """The cue is the infinitive of a refusal ("he refused to call the leaks 'serious'", review 27): the words are
    what was not said (data/quote_refusals.tsv)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _refusing() and not any(
        c.dep_ == "neg" for c in head.children)


def _asks(verb: Token) -> bool:
    """"wanted to know who ...": a question put, not a wish."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() == "know" for c in verb.children)


def _coinage(verb: Token) -> bool:
    """'what I call "..."', 'what we might call': the writer's own term."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children) and any(
        c.lower_ == "what" for c in verb.children)


def _settle(doc: Doc, q: Quote) -> bool:
    """Change ``q`` in place; False when it is to be dropped."""
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None or q.kind not in ("indirect", "partial", "document") or q.modality != "asserted":
        return True
    partial = q.kind == "partial"
    if _coinage(verb):
        return False
    if not partial and _refused(verb):
        q.modality = "negated"  # (first: what was refused is unsaid inside another's report too)
        return True
    if _inside_speech(verb):
        return True
    if not partial and verb.lemma_.lower() == "want" and not _asks(verb):
        q.kind = "stance"
        if negated_verb(verb):  # round 33: "didn't want to dress down the plaintiffs" is no wish held
            q.modality = "negated"
    elif q.kind == "indirect" and verb.lemma_.lower() == "ignore" and not _infinitive(verb):
        q.kind = "stance"  # "ignored an appeal from China": a stance toward the appeal (not a quote_acts row: its
        # limits drop the infinitive "continue to ignore the reality that ...", which PolNeAR counts)
    elif _unperformed(verb, partial):
        q.modality = "hypothetical"
    elif not partial and negated_verb(verb):
        q.modality = "negated"
    elif q.kind == "indirect" and verb.lower_ in _GLOSSES and verb.tag_ == "VBG" and \
            verb.dep_ in ("advcl", "acl", "pcomp"):  # (a poll's finding, kind "document", "polls indicating that", stays)
        q.kind = "stance"
    return True


def _follow(out: list[Quote], changed: list[Quote]) -> None:
    """A quoted fragment inside a negated or unperformed quote, under the same cue ('never wrote that the agent
    had "lied"'), is read as that quote is; inside a wish or a gloss it stays the words someone said ('She wants
    the candidates "first and foremost to admit ..."')."""
    by_cue: dict[tuple[int | None, int | None], list[Quote]] = {}  # the fragments by cue, indexed once per Doc
    for p in out:
        if p.kind == "partial":
            by_cue.setdefault((p.cue_start, p.cue_end), []).append(p)
    for q in changed:
        if q.kind == "stance":
            continue
        for p in by_cue.get((q.cue_start, q.cue_end), ()):
            if p.modality == "asserted" and q.start <= p.start and p.end <= q.end + 1:
                p.modality = q.modality


def settle_unperformed(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes with wishes, unperformed infinitives, negated speech and glosses stored unlisted, and the
    writer's coinages dropped (see the module's text)."""
    kept: list[Quote] = []
    changed: list[Quote] = []
    for q in out:
        old = (q.kind, q.modality)
        if not _settle(doc, q):
            continue
        kept.append(q)
        if ((q.kind, q.modality) != old and old[0] != "partial") or (q.kind == "indirect" and q.modality == "negated"):
            changed.append(q)  # (also a report negated_reports marked: its quoted fragments follow it)
    _follow(kept, changed)
    unresolve_possessed_relatives(doc, kept)  # "the North's test, which it claimed was ...": no speaker
    return kept
