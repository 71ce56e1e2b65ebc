"""Round 36 (issue 18 point 5): stances that are no position, and cues that are part of a name.

An independent review of unseen reports judged about half of the stances wrong, and a large class was verbs that
take no position: "the ministers discussed the next steps", "she spoke about the border", "he did not mention
Israel", "referring to the embassy in Riyadh", "ignoring the warnings", "is considering a run for president". The
holder talked of, passed over or weighed a matter; what he thinks of it is not told. PolNeAR counts these frames as
attributions (its train and tune halves mark almost every one), so the record is kept and scored, as kind
``topic``: what an act was about, stored and never listed, and never offered as a position
(``record.UNSAID_QUOTE_KINDS``). A deliberation with a view ("considered him a friend", "consider the land to be
occupied") is a position and stays a stance. The verbs are data (``data/quote_topic_acts.tsv``).

Two listed forms that no one said, read on fresh reports (allsides ranks 1600-1999):

* **A cue inside a name.** "reported on Weekend All Things Considered that ...": the cue is a word of a programme's
  or a work's title (a title-case word inside a named entity, mid-sentence), not a verb of anyone's: no quote.
* **"compared notes".** An idiom of sharing information; what follows is the topic, no words said: no quote.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...lexicon import read_tsv
from ...record import Quote
from .afterpass import verb_at
from .arrays import expand_span

__all__ = ["settle_topic_acts"]

# a view's second part: "considered him a friend" (oprd/ccomp), "consider it to be occupied" (xcomp)
_VIEW_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp"})
# a matter told with its worth ("talked about the importance of keeping troops", "spoke of the need for"): a view
_WORTH = frozenset({"importance", "need", "necessity", "urgency", "value", "danger", "dangers", "risk", "risks",
                    "threat", "benefit", "benefits", "merit", "merits", "wisdom", "folly"})
# named entities whose title-case words are a name's, not a verb's
_TITLE_LABELS = frozenset({"WORK_OF_ART", "ORG", "EVENT", "FAC", "PRODUCT", "LAW"})


@lru_cache(maxsize=1)
def _acts() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("quote_topic_acts.tsv") if len(row) >= 2}


def _a_view(verb: Token) -> bool:
    """"considered it a true privilege", "consider the land to be occupied", "what they consider a refuge": a second
    predicate (or a second object) tells a view. "consider" weighs an option only in its "-ing" form ("is
    considering a run"); "considers Kaine her mentor", "consider themselves liberal" are views."""
    if any(c.dep_ in _VIEW_DEPS for c in verb.children) or sum(c.dep_ == "dobj" for c in verb.children) > 1:
        return True
    return verb.lemma_.lower() == "consider" and verb.tag_ != "VBG"


def _worth(doc: Doc, q: Quote) -> bool:
    """The matter is told with its worth or need ("the importance of ...", "needing some sort of ..."): a view."""
    span = expand_span(doc, q.start, q.end)
    if span is None or not len(span):
        return False
    first = next((t for t in span if not (t.is_punct or t.lower_ in ("the", "a", "an"))), None)
    return first is not None and (first.lower_ in _WORTH or first.lemma_.lower() == "need")


def _topic(doc: Doc, q: Quote, verb: Token) -> bool:
    """The stance's verb names an act about a matter, with no position (see the module's text)."""
    cls = _acts().get(verb.lemma_.lower())
    if cls is None or _worth(doc, q):
        return False
    if cls == "deliberation":
        return not _a_view(verb)
    return True


def _in_name(doc: Doc, cue: Span) -> bool:
    """The cue is a title-case word inside a name, not at its sentence's start, in a sentence of ordinary case."""
    tok = cue[-1]
    if not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    words = [t for t in tok.sent if t.is_alpha]
    if sum(t.text[:1].islower() for t in words) * 2 < len(words):
        return False  # a headline in title case ("Trump Says He Will ..."): its cue is a verb
    return any(e.label_ in _TITLE_LABELS and e.start < tok.i < e.end for e in doc.ents)


def _compared_notes(verb: Token) -> bool:
    return verb.lemma_.lower() == "compare" and any(c.dep_ == "dobj" and c.lower_ == "notes" for c in verb.children)


def settle_topic_acts(doc: Doc, out: list[Quote]) -> list[Quote]:
    """Stances of no position become kind ``topic``; cues inside a name and "compared notes" are no quote."""
    kept: list[Quote] = []
    for q in out:
        cue = expand_span(doc, q.cue_start, q.cue_end) if q.cue_start is not None and q.cue_end is not None \
            else None
        if cue is not None and len(cue) and _in_name(doc, cue):
            continue
        verb = verb_at(doc, q.cue_start, q.cue_end)
        if verb is not None and q.kind != "stance" and _compared_notes(verb):
            continue
        if verb is not None and q.kind == "stance" and _topic(doc, q, verb):
            q.kind = "topic"
        kept.append(q)
    return kept
