"""Round 35 (issue 18): stances that are no one's position are dropped.

Independent reviews of real reports judged only about a third of the stances right. The four kinds of stance
this pass removes are no position of anyone's (PolNeAR's tune half and train documents 0-329 mark none of them):

* an act of identifying with a noun object ("That is when the officer identified the commander", "flights to
  identify targets"): recognizing or finding someone or something is a deed, not a view on anything (round 24
  had kept "must identify products" as an act told); a denied one is a name withheld and stays;
* a holder that is a thing, an idea or a wording (``data/quote_stance_nonholders.tsv``: "All options are on the
  table to address the threat", "His phrase echoed the term ..."): the subject the parser gave the cue holds no
  position, and no person is named in its place;
* words whose object is a question or relative word left before them ("What did the brothers want to do after
  the attack?", "It is unclear what the governor is seeking to accomplish"): the aim is what the writer asks or
  does not know, so the words kept ("to do after the attack") tell no aim at all;
* a supposition, an infinitive with a "for" subject ("It's one thing for the mayor to want to ...") or a clause
  under "assuming" ("Assuming the union accepts the deal, ..."): the writer weighs what someone might want or do,
  it tells no stance taken.

A stance with no holder at all (the writer's hedges, views of people unnamed) is left to the rules that keep it
(PolNeAR marks those), unless its words lack their object as above.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import first_words
from ...record import Quote
from .afterpass import verb_at
from .arrays import expand_span

__all__ = ["drop_unheld_stances"]

_OBJECTS = frozenset({"dobj", "obj"})
# question and relative words whose gap leaves the words without an object; never "that", which the parser also
# tags as a relative pronoun where it opens a clause ("intelligence that militants plan to attack ...")
_WH = frozenset({"what", "whatever", "which", "whichever"})
_SUPPOSING = frozenset({"assuming", "supposing", "provided", "providing"})


def _identifies(verb: Token) -> bool:
    """ "identified the commander", "flights to identify targets": a noun object, no clause. A denied one ("did
    not identify the gunman", "Neither X nor Y identified the platforms") is a name withheld, which PolNeAR train
    marks as an attribution like "did not mention ...", and stays."""
    if verb.lemma_.lower() != "identify" or any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(t.lower_ in ("neither", "nor") for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
        return False
    return any(c.dep_ in _OBJECTS and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children)


def _thing_holder(doc: Doc, q: Quote) -> bool:
    """The holder's mention is headed by a noun of a thing or an idea, and no entity stands for it."""
    if q.speaker is not None or q.speaker_start is None or q.speaker_end is None:
        return False
    span = expand_span(doc, q.speaker_start, q.speaker_end)
    if span is None or not len(span):
        return False
    head = span.root
    return head.pos_ == "NOUN" and head.ent_type_ == "" and head.lemma_.lower() in first_words(
        "quote_stance_nonholders.tsv")


def _supposed(verb: Token) -> bool:
    """ "for the mayor to want to ...": an infinitive whose subject is set off by "for"; "Assuming the union
    accepts the deal, ...": a clause supposed, as "if" supposes it (quotes/conditions.py)."""
    if verb.dep_ == "ccomp" and verb.head.lower_ in _SUPPOSING and verb.head.dep_ == "advcl":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and \
        any(c.dep_ == "nsubj" for c in verb.children) and any(c.lower_ == "to" for c in verb.children)


def _gapped(doc: Doc, q: Quote) -> bool:
    """A word of the stance governs a "what" or "which" standing before the stance's words ("what the governor is
    seeking to accomplish", "the idea which the mayor appeared to back away from"): the words lack their object."""
    span = expand_span(doc, q.start, q.end)
    if span is None:
        return False
    return any(c.i < span.start and c.lower_ in _WH and c.dep_ in ("dobj", "attr", "pobj")
               for t in span for c in t.children)


def drop_unheld_stances(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes without the stances that are no one's position (see the module's text)."""
    kept: list[Quote] = []
    for q in out:
        if q.kind == "stance":
            verb = verb_at(doc, q.cue_start, q.cue_end)
            if verb is not None and (_identifies(verb) or _supposed(verb)):
                continue
            if _thing_holder(doc, q) or _gapped(doc, q):
                continue
        kept.append(q)
    return kept
