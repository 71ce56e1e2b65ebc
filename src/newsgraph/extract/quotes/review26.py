"""Review of round 26 (start): quotes given to the wrong voice.

The start-of-round review of ten unseen reports found these shapes (the fixes of nested colon speakers live where
the colon is read, ``colon_cues.colon_verb``):

- **A clause's subject after a conjoined cue.** In '... announced: "My brother will be joining us," and alleges
  Tom Krause then entered': "alleges" opens a new clause with its own reported clause, and Tom Krause is the
  subject of that clause ("entered"), not a speaker placed after the cue ('"...," said Tom Krause'). A cue after
  the closing mark whose speaker is the subject of another verb is no attribution of the quote
  (``clause_subject_after``). Nor is a noun of time used as an adverb ('saying "quoi? quoi?" all the time and
  self-consciously feeling ...' gave the words to 'all the time').
- **A cue joined to a relayed speech after its quote.** In 'She said he then announced: "...," and alleges Tom
  Krause then entered' the parser joins "alleges" to "announced", so the allegation took "he". A reported clause
  keeps its tense; a conjunct in another tense ("alleges" after "announced"), past a direct quote that closed the
  relayed speech, goes back to the outer report, whose subject speaks (``settle_review26``).
- **A cue inside a clause of time or cause.** 'Even when a police officer first called, Brown shrugged off the
  smell and "the officer left"' gave the words to the officer: a verb of speech in an adverbial clause opened by
  "when", "after", "because" ... (not "as") is background, and attributes no quoted words past the main verb or
  before the clause; the quote is left without a speaker (``_background_cue``).
- **"She said:" about someone the paragraph acts on.** In 'Neighbour Helen Fischer told the Gazette: "..."' and,
  a paragraph later, 'Brown ... abducted his first victim. He then took her down to his cellar. She said: "..."',
  "she" went to the neighbour, the one woman named. When the person a "he"/"she" speaker was resolved to is named
  only in an earlier paragraph, and the pronoun's own paragraph, outside quoted words, has a person of the other
  gender act on someone of that gender ("he took her"), the paragraph is about another person: the speaker is left
  unresolved (``_other_in_paragraph``).
- **The doer of the quoted words' act.** 'Brown drove her to his house where he "grabbed me by my throat"': the
  quoted words go on the clause whose subject ("he") stands before the mark, and their "me" is the one who speaks,
  not the subject. A partial quote whose first word is the verb of a subject outside the marks, that says "me",
  "my" or "I", is never that subject's: its speaker is left unresolved (``_acted_on_speaker``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...record import Quote
from .cue_clauses import SUBORDINATORS
from .cue_table import reporting_verbs
from .cues import Attr
from .speakers import Resolver

__all__ = ["clause_subject_after", "outer_subject", "settle_review26"]

# a subject pronoun and the object form of the same gender
_OBJECT_FORM = {"she": "her", "he": "him"}
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
# the cue rule's subordinators but "as" and "where" ('"...," as coach Ann Berg said afterwards' is her quote)
_BACKGROUND = SUBORDINATORS - {"as", "where"}
# nouns of time that stand as adverbs ("all the time", "every day", "this week")
_TIME_NOUNS = frozenset({"time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years",
                         "night", "nights", "morning", "evening", "while", "moment", "minute", "hour", "hours"})
_FIRST_PERSON = frozenset({"me", "my", "i", "myself", "mine"})

# marks that close quoted words
_CLOSING = frozenset({'"', "\u201d", "\u2019", "'"})


def clause_subject_after(doc: Doc, after: Attr) -> bool:
    """The cue after a quote names as its speaker the subject of a clause the cue governs ("and alleges Tom
    Krause then entered") or a noun used as an adverb ("all the time"): an inverted speaker ('"...," said Tom
    Krause') is the cue's own subject."""
    if after.speaker is None:
        return False
    span = doc[after.speaker[0] : after.speaker[1]]
    if not len(span):
        return False
    root = span.root
    if root.dep_ == "npadvmod" and (root.ent_type_ in ("DATE", "TIME") or root.lemma_.lower() in _TIME_NOUNS):
        return True  # '"quoi? quoi?" all the time and feeling ...': a noun of time is no speaker (a name the
        # parser hung there, '"...," Ramos, 58, told AFP', or 'said Oversight ranking Democrat X', still speaks)
    cue = doc[after.cue_start : after.cue_end]
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head in cue:
        return False
    # the subject's verb is a clause under the cue ("alleges X entered"), not the cue's own clause; a participle
    # after the name's comma ('said Ben Walsh, asked about ...') is the parser's slip of an inverted speaker
    verb = root.head
    if verb.tag_ in ("VBN", "VBG") or any(t.is_punct for t in doc[root.i + 1 : verb.i]):
        return False
    return verb.dep_ in ("ccomp", "xcomp") and verb.head in cue


def outer_subject(cue: Token) -> Token | None:
    """The subject of the outer report when ``cue`` is a conjunct of a relayed verb of speech whose quoted words
    (after a colon) closed before it ("She said he announced: '...', and alleges ..."), told in another tense;
    else None."""
    first = cue.head
    if cue.dep_ != "conj" or first.dep_ != "ccomp" or first.i >= cue.i or cue.tag_ == first.tag_:
        return None
    outer = first.head
    reports = reporting_verbs()
    if first.lemma_.lower() not in reports or outer.lemma_.lower() not in reports or outer.i >= first.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None  # the conjunct names its own speaker
    between = [t.text for t in cue.doc[first.i + 1 : cue.i]]
    if ":" not in between or not any(w in _CLOSING for w in between[between.index(":") + 2 :]):
        return None
    return next((c for c in outer.children if c.dep_ == "nsubj"), None)


def _background_cue(cue: Token, q: Quote) -> bool:
    """``cue`` heads an adverbial clause of time or cause ("when a police officer first called") and the quoted
    words stand outside that clause."""
    if cue.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _BACKGROUND
                                      for c in cue.children):
        return False
    lo, last = cue.left_edge.idx, cue.right_edge
    if lo <= q.start and q.end <= last.idx + len(last):
        return False
    # the words stand past the main clause's verb ("..., Brown shrugged off the smell and "..."") or before the
    # clause; right after the cue they are its words whatever the parse ('angered them when he told them "..."')
    main = cue.head
    return q.end <= lo or cue.i < main.i and main.idx < q.start


def _other_in_paragraph(doc: Doc, q: Quote, resolver: Resolver, text: str, quotes: list[Quote]) -> bool:
    """``q``'s "he"/"she" speaker resolved to a person named only in an earlier paragraph while its own paragraph
    acted on another of that gender before it (see the module's text)."""
    if q.speaker is None or q.speaker_start is None or q.speaker_end is None:
        return False
    form = _OBJECT_FORM.get(text[q.speaker_start : q.speaker_end].lower())
    if form is None:
        return False
    at = q.speaker_start
    last = max((m["end"] for m in resolver.by_id[q.speaker]["mentions"] if m["end"] <= at), default=None)
    if last is None or "\n" not in text[last:at]:
        return False
    par = text.rfind("\n", 0, at) + 1
    span = doc.char_span(par, at, alignment_mode="contract")
    if span is None:
        return False
    other = "he" if form == "her" else "she"
    # the other's act on someone of the pronoun's gender, told outside quoted words ("He then took her down")
    return any(t.lower_ == form and t.dep_ in _OBJECT_DEPS and not _in_quote(t.idx, quotes) and any(
        c.dep_ == "nsubj" and c.lower_ == other for c in t.head.children) for t in span)


def _in_quote(at: int, quotes: list[Quote]) -> bool:
    return any(q.kind in ("direct", "partial") and q.start <= at < q.end for q in quotes)


def _acted_on_speaker(doc: Doc, q: Quote, resolver: Resolver) -> bool:
    """``q`` is a partial quote whose first word is the verb of a subject before the marks, with first-person
    words inside, and its speaker is that subject (see the module's text)."""
    if q.kind != "partial" or q.speaker is None:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.pos_ != "VERB" or subj is None or subj.i >= span.start or \
            not any(t.lower_ in _FIRST_PERSON for t in span):
        return False
    return resolver.resolve(doc[subj.left_edge.i : subj.i + 1], subj) == q.speaker


def settle_review26(doc: Doc, out: list[Quote], resolver: Resolver) -> list[Quote]:
    """``out`` with the speakers of cues joined to a relayed speech set back to the outer speaker, and the
    speakers of background cues taken from quotes outside their clause (in place)."""
    text = resolver.text
    for q in out:
        if q.cue_start is None:
            continue
        span = doc.char_span(q.cue_start, q.cue_end or q.cue_start + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if q.kind == "direct" and _other_in_paragraph(doc, q, resolver, text, out) or _acted_on_speaker(doc, q, resolver):
            # (the mention goes too: the record's person repair would link it again)
            q.speaker = q.speaker_name = q.affiliation = q.speaker_start = q.speaker_end = None
            continue
        if q.kind == "indirect":
            subj = outer_subject(span[0])
            if subj is not None:
                resolver.fill(q, doc[subj.left_edge.i : subj.i + 1])
        elif q.kind in ("direct", "partial") and _background_cue(span[0], q):
            q.speaker = q.speaker_name = q.affiliation = None
            q.speaker_start = q.speaker_end = q.cue_start = q.cue_end = None
            q.cue = None
    return out
