"""Round 24 (issue 18 item 5): quoted words that name a thing, not words anyone said.

Reviews of real reports list campaign names and labels in marks as partial quotes: 'fired precision "deep strike"
missiles' (the weapon's kind, given to the militaries as their words), 'the "clean streets" program', and a name
given with no one giving it ('a bomb, nicknamed the "mother of all bombs,"'). Two shapes are no quotes:

- a **label**: the quoted words are a noun phrase set as a modifier of the noun right after the closing mark
  ('"deep strike" missiles', 'the "America First" policy'). Quoted adjectives ('a "sick and shallow"
  understanding') are a speaker's judgement and stay, and so does a label under a plain verb of saying ('said
  the "witch hunt" must end': most often the speaker's own term, as review 23's ``_label`` also leaves one with a
  speaker alone);
- a **name given by nobody**: the words follow a participle of naming with no "by" phrase ('nicknamed the
  "mother of all bombs"', 'a group called "Parents First"'); 'what he called "a disaster"' and 'called "a
  disaster" by critics' name their speaker and stay.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...record import Quote
from .afterpass import verb_at
from .arrays import expand_span
from .marks import DOUBLE_MARKS, SINGLE_MARKS

__all__ = ["settle_labels"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
# lemmas of naming verbs whose participle gives a thing its name
_NAMING = frozenset({"nickname", "dub", "name", "call", "title", "brand", "label", "christen"})
_MODIFIER_DEPS = frozenset({"compound", "nmod"})
# plain verbs of saying, under which a quoted label is most often the speaker's term
_SAYING = frozenset({"say", "tell", "state", "add", "write", "declare", "claim", "insist", "argue", "warn",
                     "announce", "tweet"})


def _is_mark(t: Token) -> bool:
    return all(ch in _MARKS for ch in t.text)


def _label(span: Span) -> bool:
    """The quoted words are a noun phrase modifying the noun right after the closing mark."""
    doc = span.doc
    j = span.end
    while j < len(doc) and (_is_mark(doc[j]) or doc[j].is_space):
        j += 1
    if j >= len(doc) or j == span.end or doc[j].pos_ not in ("NOUN", "PROPN"):
        return False
    root = span.root
    return root.pos_ in ("NOUN", "PROPN") and root.dep_ in _MODIFIER_DEPS and root.head.i == j


def _named_by_nobody(span: Span) -> bool:
    """A participle of naming with no agent right before the opening mark (an article may stand between)."""
    doc = span.doc
    j = span.start - 1
    while j >= 0 and (_is_mark(doc[j]) or doc[j].is_space or doc[j].dep_ == "det" and doc[j].head.i >= span.start):
        j -= 1
    if j < 0:
        return False
    verb = doc[j]
    return verb.tag_ == "VBN" and verb.lemma_.lower() in _NAMING and verb.dep_ in ("acl", "amod", "relcl") and \
        not any(c.dep_ == "agent" for c in verb.children)


def _said_by_cue(doc: Doc, q: Quote) -> bool:
    verb = verb_at(doc, q.cue_start, q.cue_end)
    return verb is not None and verb.lemma_.lower() in _SAYING


def settle_labels(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes without partial quotes that are labels or names given by nobody."""
    kept: list[Quote] = []
    for q in out:
        span = expand_span(doc, q.start, q.end) if q.kind == "partial" else None
        if span is not None and len(span) <= 6 and (
                _label(span) and not _said_by_cue(doc, q) or _named_by_nobody(span)):
            continue
        kept.append(q)
    return kept
