"""Review 20: quoted words that name a work or are discussed as words, not words anyone said.

- **Titles after a naming participle.** 'a two-day event called "Is Ohio surrendering to France?"', 'a talk called
  "..." and another called "..."': a thing called or titled so is named, whatever its words look like (a question,
  a full sentence). "called" as a participle with no auxiliary and no speaking subject names; 'Trump called the
  plan "a disaster"' and 'he has called it "a hoax"' keep their words. Words sung ('sang "Free the Miners"') are a
  song's, not a statement. Topics set out as examples ('speakers addressing topics such as "How the movement is
  sabotaging the church"') are the titles of talks.
- **Words discussed as words.** In 'The court reads "plainly" as modifying "lawful" but not "good faith"' the one-
  or two-word quotes are terms of a text under discussion (the reading of a statute or order), hung on a verb of
  reading or modifying ("reads X as ...", "as modifying X"): not a statement of the one whose sentence holds them.
  (A quote that merely repeats an earlier one is not dropped: another speaker may say the same word.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span

__all__ = ["drop_named_words"]

_NAMING = frozenset({"called", "titled", "entitled", "named", "dubbed", "subtitled"})
# verbs whose quoted one- or two-word object is a term read, not words said
_TERM_VERBS = frozenset({"modify", "read", "interpret", "construe", "define", "qualify"})
# nouns whose examples are titles ("topics such as ...")
_TOPICS = frozenset({"topic", "title", "talk", "session", "lecture", "panel", "theme", "subject", "seminar"})
_MARKS = "\"'\u201c\u201d\u2018\u2019"
_MAX_TERM_WORDS = 2
_JOIN_GAP = 10


def _before(doc: Doc, q: Quote) -> Token | None:
    """The word right before the quote's opening mark."""
    first = expand_span(doc, q.start, q.end)
    if first is None:
        return None
    j = first.start - 1
    while j >= 0 and (doc[j].is_space or all(ch in _MARKS for ch in doc[j].text)):
        j -= 1
    return doc[j] if j >= 0 else None


def _titled(doc: Doc, q: Quote) -> bool:
    """'an event called "..."', 'another called "..."', 'sang "..."'."""
    before = _before(doc, q)
    if before is None:
        return False
    if before.lemma_.lower() == "sing":
        return True
    if before.lower_ == "as" and before.i >= 2 and doc[before.i - 1].lower_ == "such" and \
            doc[before.i - 2].lemma_.lower() in _TOPICS:
        return True  # 'topics such as "..."': the titles of talks
    # a naming participle the tagger read as a past tense ("the documents, later called "..."", "a guy called
    # "..."": VBD hung as a modifier, with no subject and no conjunct's): a name all the same (round 21)
    participle = before.tag_ == "VBN" or before.tag_ == "VBD" and _bare_participle(before)
    if before.lower_ not in _NAMING or not participle:
        return False
    # "has called it", "was called": a speaker's act, not a name
    return not any(c.dep_ in ("aux", "auxpass") or c.dep_ == "nsubj" and (
        c.ent_type_ == "PERSON" or c.pos_ == "PRON" and c.lower_ not in ("another", "one")) for c in before.children)


def _bare_participle(verb: Token) -> bool:
    """A naming verb tagged past tense that modifies what stands right before it (its adverbs aside): the noun
    ("a guy called ...") or a comma after it ("the documents, later called ..."); "who Beck on Wednesday called
    ..." has a subject between and is Beck's."""
    j = verb.i - 1
    while j >= 0 and verb.doc[j].dep_ == "advmod" and verb.doc[j].head.i == verb.i:
        j -= 1
    if j < 0:
        return False
    prev = verb.doc[j]
    return verb.dep_ == "acl" and prev.i == verb.head.i or verb.dep_ == "dep" and prev.text == ","


def _term_read(doc: Doc, q: Quote) -> bool:
    """A one- or two-word quote hung (through "but not", "or") on a verb of reading or modifying terms."""
    span = expand_span(doc, q.start, q.end)
    if span is None:
        return False
    t = span.root
    for _ in range(3):
        if t.dep_ == "conj" or t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep":
            t = t.head
            continue
        break
    head = t.head
    if head.dep_ == "pcomp" and head.lemma_.lower() in _TERM_VERBS:
        return True  # '"lawful" but not "good faith"' under "as modifying"
    return head.lemma_.lower() in _TERM_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children)


def _words(q: Quote) -> str:
    return " ".join(q.text.strip(_MARKS + " .,;:!?").lower().split())


def drop_named_words(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The quotes without titles, songs and terms discussed as words (see the module's text)."""
    kept: list[Quote] = []
    title: Quote | None = None  # the last title dropped, for 'called "A" and "B"'
    for q in sorted(out, key=lambda r: r.start):
        short = q.kind == "partial" and 0 < len(_words(q).split()) <= _MAX_TERM_WORDS
        if q.kind in ("direct", "partial") and (_titled(doc, q) or _joined(doc, title, q)):
            title = q
        elif not (short and _term_read(doc, q)):
            kept.append(q)
    return kept


def _joined(doc: Doc, title: Quote | None, q: Quote) -> bool:
    """'topics such as "A" and "B"': the second title of a pair joined by "and" or "or"."""
    if title is None or not 0 <= q.start - title.end < _JOIN_GAP:
        return False
    return doc_text(doc)[title.end : q.start].strip(_MARKS + " ,.").lower() in ("and", "or")
