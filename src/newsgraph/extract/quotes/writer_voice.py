"""The writer's own argument and naming, told with a verb of saying or thinking (round 22, start-of-round review).

The review of round 22 found anonymous quotes that are the writer's own voice: "Which is not to say that ...",
"when you consider that ...", "Consider that ...", "As Holmes would say, '...'", "Often called miner's lung, the
disease ..." and "rallied ... to call for better pay". None reports words someone said, so none is listed; each
is stored all the same (PolNeAR's scorer reads stored quotes and counts some writers' asides):

- **"not to say that"**: the writer denies a reading of their own words: modality ``negated``;
- **a thought put to the reader** ("when you consider that ...", "if one imagines ...", an imperative "Consider
  that ..."): modality ``hypothetical`` (on PolNeAR train, "you/one consider|imagine" and an imperative
  "Consider|Remember|Imagine|Note" have 0 gold cues in 7 hits; "we remember" has 2 in 4 and is left out);
- **words someone would say** ("As Holmes would say"): modality ``hypothetical``; not "as he would later say"
  (a real, later statement) nor "as he would often say" (a habit);
- **a naming participle** ("Often called X, the disease ..."): a name given, no words said: kind ``stance``;
- **a purpose infinitive of "call for"** ("surrounded the Capitol to call for better pay"): the demand is the
  act's aim, told by the writer: modality ``hypothetical``.

A cue inside quotation marks or under another speaker's verb of saying is that speaker's words and is left alone
(the rules read only quotes with no speaker found, or a direct quote opened by "as ... would say").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .afterpass import verb_at

__all__ = ["settle_writer_voice"]

#: verbs of thinking put to the reader: "when you consider that ...", "Imagine that ..."
_PUT_TO_READER = frozenset({"consider", "imagine", "note"})
#: the reader as subject
_READER = frozenset({"you", "one"})
#: modals of words only imagined being said ("as Holmes would say")
_IMAGINED = frozenset({"would", "might", "could"})
#: verbs that give a name, as participles ("often called", "sometimes dubbed")
_NAMING = frozenset({"call", "dub", "nickname", "name"})


def _not_to_say(verb: Token) -> bool:
    """ "Which is not to say that ...", "That's not to say ...": "say" as the negated complement of "be"."""
    if verb.lemma_.lower() != "say" or verb.dep_ != "xcomp" or verb.head.lemma_.lower() != "be":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "neg" for c in (*verb.children, *verb.head.children))


def _put_to_reader(verb: Token) -> bool:
    """ "when you consider that ...", "Consider that ...": a thought the writer asks the reader to have."""
    if verb.lemma_.lower() not in _PUT_TO_READER:
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj:
        return all(s.lower_ in _READER for s in subj)
    # an imperative opening its sentence (not an infinitive: "asked them to consider" is left to unperformed.py)
    return verb.tag_ == "VB" and verb.dep_ == "ROOT" and verb.i == verb.sent.start and not any(
        c.dep_ == "aux" for c in verb.children)


def _imagined_saying(verb: Token) -> bool:
    """ "As Holmes would say": "as" + a modal, no adverb of time or habit on the verb."""
    kids = list(verb.children)
    return (any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
            and any(c.dep_ == "aux" and c.lower_ in _IMAGINED for c in kids)
            and not any(c.dep_ == "advmod" for c in kids))


def _naming(verb: Token) -> bool:
    """ "Often called miner's lung, the disease ...": a past participle that names, with no agent."""
    return (verb.lemma_.lower() in _NAMING and verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl"}
            and not any(c.dep_ in {"agent", "nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children))


def _purpose_call_for(verb: Token) -> bool:
    """ "surrounded the Capitol to call for better pay": the call is what the act was for."""
    return (verb.lemma_.lower() == "call" and verb.dep_ == "advcl" and verb.head.lemma_.lower() not in {"say", "tell"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children))


def _settle(doc: Doc, q: Quote) -> None:
    if q.modality != "asserted" or q.kind == "stance":
        return
    verb = verb_at(doc, q.cue_start, q.cue_end)
    if verb is None:
        return
    if q.kind == "direct":
        if _imagined_saying(verb):
            q.modality = "hypothetical"
        return
    if _not_to_say(verb):
        q.modality = "negated"
    elif _naming(verb):
        q.kind = "stance"
    elif q.speaker is None and (_put_to_reader(verb) or _imagined_saying(verb) or _purpose_call_for(verb)):
        # (with a speaker found, "Smith urged voters to consider that ..." is a speaker's report: left alone)
        q.modality = "hypothetical"


def settle_writer_voice(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes that are the writer's own argument or naming, stored unlisted (see the module's text)."""
    for q in out:
        _settle(doc, q)
    return out
