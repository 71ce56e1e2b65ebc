"""Round 35 (issue 18 point 5): listed quotes that nobody said, and documents named as their sources.

An independent review of unseen reports found listed quotes that are no statement, in a few classes:

* **A naming or usage practice read as speech.** "a group sometimes referred to as X", "the plan, known as X"
  (passive or participial, no agent): no one is quoted, so no quote. "Officials refer to it as X" is a habit of
  usage, not words said on an occasion: kind ``stance`` (stored with its holder, never listed). A negated naming
  ("does not call it a war") is already unlisted (modality ``negated``).
* **A verb of signs, not words.** "The minister signaled that ...": kind ``stance``.
* **A bare noun phrase as content.** "sounds another warning", "offering advice", "compared to Obama": the verb
  names a thing raised or done, no words: kind ``stance``, as ``thing_objects`` keeps the topic of speech.
* **The writer's own aside.** "As they say, ...", "You can argue that ...", "It's telling that ...": a saying, a
  generalisation or an aside of the writer, no speaker: no quote.

The cue verbs are data (``data/quote_usage_cues.tsv``). Stances keep PolNeAR's attributions matched (its
measure counts them); only the listing changes.

A quote whose source is a document ("Polls show ...", "The complaint says ...", '"...," the statement said') and
whose speaker name is still empty gets the document's words as its name, and the document's issuer entity where
``document_issuers`` finds one the report names (issue 18: a document's words are no one's statement, but a
reader should see which document they come from rather than nothing).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...lexicon import first_words, read_tsv
from ...record import Quote, listed_quote
from .afterpass import verb_at
from .cue_clauses import may_speak
from .document_issuers import own_issuer
from .kinds import AUTHORED_NOUNS
from .speaker_words import GROUP_NOUNS, person_nouns

if TYPE_CHECKING:  # pragma: no cover
    from .speakers import Resolver

__all__ = ["settle_usage_cues", "name_documents"]

# subjects of a saying or a generalisation the writer makes ("as they say", "you can argue", "one could say")
_GENERIC = frozenset({"they", "you", "one", "people"})
_HABIT = frozenset({"often", "usually", "routinely", "sometimes", "always", "commonly", "frequently", "generally",
                    "typically", "still", "now"})
_CAN = frozenset({"can", "could", "might", "may"})
# quote marks: a span holding quoted words is someone's words even with a bare noun phrase around them
_MARKS = frozenset('"“”‘’\'')


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("quote_usage_cues.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def _texts() -> frozenset[str]:
    return first_words("quote_issued_texts.tsv") | AUTHORED_NOUNS


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _stranded_to_as(verb: Token) -> bool:
    """"referred to as X" with nothing after "to": the passive usage, however the parser took the verb ("The
    group, sometimes referred to as X, ..." is often read as a finite verb with the group as subject)."""
    doc = verb.doc
    nxt = doc[verb.i + 1 : verb.i + 3]
    return len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].lower_ == "as"


def _passive_naming(verb: Token) -> bool:
    """"referred to as X", "known as X", "is called X" with no agent and no subject that names: a label."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "refer" and _stranded_to_as(verb) or lemma == "know" and verb.doc[verb.i + 1 : verb.i + 2].text == "as":
        return True
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return False  # "what Zarate called a war economy": an active naming by its subject
    # "a policy called X" (right after its noun) or "is called X"; not "Brennan, who ..., on Thursday called
    # Trump's denials "hogwash"", an active verb the parser took for a participle
    return verb.dep_ in ("acl", "amod") and verb.head.i == verb.i - 1 or \
        any(c.dep_ == "auxpass" for c in verb.children)


def _as_phrase(verb: Token) -> bool:
    """An "as" phrase on the verb or on its "to" ("refer to them as X")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "prep" and g.lower_ == "as" for g in c.children):
            return True
    return False


def _bare_np(doc: Doc, q: Quote) -> bool:
    """The quote's words are a noun phrase: no verb of a clause, no quoted words."""
    if any(ch in _MARKS for ch in q.text):
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return span.root.pos_ in ("NOUN", "PROPN", "PRON", "NUM")  # (a relative clause inside it is the noun's)


def _writer_aside(verb: Token) -> bool:
    """"As they say", "you can argue that", "It's telling that": the writer's saying, no one's statement."""
    subj = _subject(verb)
    if subj is None:
        return False
    low = subj.lower_
    if low in _GENERIC and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return True  # "as they say, ..."
    if low in ("you", "one") and any(c.dep_ == "aux" and c.lower_ in _CAN for c in verb.children):
        return True  # "you can argue that ...", "one could say ..."
    # "It's telling that ...": an adjective of the writer, not "it" (a body) telling someone
    return verb.lemma_.lower() == "tell" and low == "it" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("dative", "dobj", "iobj") for c in verb.children)


def _act_subject(verb: Token) -> bool:
    """The sign comes from an act or a thing ("the deployment signaled that ...", "was signaled by the move"),
    not from a speaker: "Moscow signaled it would leave the treaty" is a government's message (round 31)."""
    subj = _subject(verb)
    if subj is None or subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if subj.dep_ == "nsubjpass":
        return True
    if any(c.dep_ == "poss" for c in subj.children):  # "the minister's decision": the decision, not the minister
        return subj.lemma_.lower() not in person_nouns() and subj.lower_ not in GROUP_NOUNS
    return not may_speak(subj)


def _habitual(verb: Token) -> bool:
    """A usage, not an occasion: the present tense ("officials refer to it as X") or an adverb of habit ("has
    often referred to them as X"); "referred to the protesters as thugs in a speech" tells what was said once."""
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "advmod" and c.lower_ in _HABIT for c in verb.children)


def _verdict(doc: Doc, q: Quote, verb: Token) -> str | None:
    """"drop", "stance" or None (keep) for a listed quote whose cue ends in ``verb``."""
    if _writer_aside(verb):
        return "drop"
    cls = _cues().get(verb.lemma_.lower()) or _cues().get(verb.lower_)
    if cls == "naming":
        if verb.lemma_.lower() in ("refer", "know") or verb.lower_ in ("called", "dubbed", "termed", "nicknamed"):
            if _passive_naming(verb):
                return "drop"
        if verb.lemma_.lower() == "refer" and _as_phrase(verb) and q.kind == "indirect" and _habitual(verb):
            return "stance"
        return None
    if cls == "nonspeech" and q.kind == "indirect" and _act_subject(verb):
        return "stance"
    if cls == "topic" and q.kind == "indirect" and _bare_np(doc, q):
        # "compared the tax to a theft" likens, in words; "shook hands, compared to Obama in 2009" contrasts
        if verb.lemma_.lower() == "compare" and _subject(verb) is not None:
            return None
        return "stance"
    return None


def settle_usage_cues(doc: Doc, out: list[Quote]) -> list[Quote]:
    """Drop the writer's asides and unheld labels; make usages, signs and bare topics stances."""
    kept = []
    for q in out:
        verb = verb_at(doc, q.cue_start, q.cue_end) if listed_quote(q.kind, q.modality) else None
        verdict = _verdict(doc, q, verb) if verb is not None else None
        if verdict == "drop":
            continue
        if verdict == "stance":
            q.kind = "stance"
        kept.append(q)
    return kept


def _mention(doc: Doc, q: Quote) -> Span | None:
    if q.speaker_name or q.speaker_start is None or q.speaker_end is None:
        return None
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or len(span) == 0 or len(span) > 12:
        return None
    if doc.text[q.speaker_end : q.speaker_end + 1] == ":":
        return None  # "Report: Governor to speak": a headline's label, no document named
    if len(span) == 1 and span.root.tag_ == "NN":
        return None  # a bare singular noun ("Story highlights", a page's label) names no document
    root = span.root
    return span if root.pos_ == "NOUN" and (root.lemma_.lower() in _texts() or root.lower_ in _texts()) else None


def _document_name(doc: Doc, span: Span) -> str:
    """The mention's words, with the text it is a copy or part of ("a copy of the letter") and no quote marks."""
    end = span.end
    for c in span.root.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == end:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _texts() and obj.i - end < 5:
                end = obj.i + 1
    words = "".join(t.text_with_ws for t in doc[span.start : end] if not t.is_quote)
    return " ".join(words.split())


def name_documents(doc: Doc, out: list[Quote], res: Resolver) -> None:
    """A quote told by a document with no speaker name gets the document's words as its name (in place)."""
    for q in out:
        span = _mention(doc, q)
        if span is None:
            continue
        q.speaker_name = _document_name(doc, span)
        if q.speaker is None:
            eid, _name = own_issuer(res, span.root)
            q.speaker = eid
