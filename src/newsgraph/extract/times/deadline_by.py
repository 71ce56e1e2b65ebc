"""A weekday after "by" that bounds an act still to be done lies ahead (round 35, issue 17 point 5).

"The court ordered the state to submit a new map by Friday", "Democrats said they hoped to pass the bill by
Friday", "a decision was expected by Friday": the clause above is told in the past (the order, the hope), so
the weekday had become the one before the report, a deadline already gone. The act "by" bounds is an
infinitive under a verb of ordering, wanting or planning (data/time_by_deadline_governors.tsv), a participle
those verbs take ("wanted the report finished by Friday"), or an expectation in the passive ("was expected by
Friday"): each is still to come when it is asked for, so the weekday is the coming one. Told in the past perfect
("had ordered them to leave by Friday") the order may be long over: no change. "By Friday, the toll had risen"
(a bound on a past act) and "failed to reach a deal by Friday" (an outcome) keep their tense.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import first_words

__all__ = ["deadline_by_ahead"]

_EXPECT_PASSIVE = frozenset({"expect", "due", "require", "need", "want"})


def _governors() -> frozenset[str]:
    return first_words("time_by_deadline_governors.tsv")


def _governs(tok: Token) -> bool:
    """The verb is one of the governors (by lemma, or by a regular inflected form the lemmatizer missed: the
    model gives "hoped" the lemma "hop")."""
    lemma, form = tok.lemma_.lower(), tok.lower_
    if lemma in _governors():
        return True
    return any(form in {g + "d", g + "ed", g + "s", g + "es"} for g in _governors() if form.startswith(g[:3]))


def _pluperfect(tok: Token) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in tok.children)


def deadline_by_ahead(date: Token) -> bool:
    """Whether the weekday ``date`` after "by" bounds an act asked for, hoped for or expected (see above)."""
    by = date.head
    if date.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in {"prep", "agent"}:
        return False
    act = by.head
    if act.pos_ not in {"VERB", "AUX"} or _pluperfect(act):
        return False
    if act.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in act.children):
        return act.lemma_.lower() in _EXPECT_PASSIVE  # "a decision was expected by Friday"
    infinitive = act.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
    participle = act.tag_ == "VBN" and act.dep_ == "ccomp"  # "wanted the report finished by Friday"
    if not (infinitive or participle) or act.dep_ not in {"xcomp", "ccomp"}:
        return False
    gov = act.head
    return gov.pos_ in {"VERB", "AUX"} and _governs(gov) and not _pluperfect(gov)
