"""Nested sources: an outer attribution that relays another's report.

In "Officials said the plant will close, the Times reported." and "According to the Times, officials said the plant
will close." two sources speak: the officials (the inner attribution, their clause "the plant will close") and the
Times, which reports that the officials said it. A reader needs both: the inner one says what was said, the outer
one who vouches for it. PolNeAR marks the outer one (its content is the whole relayed sentence, the inner source
and cue included), so the outer is kept as its own quote beside the inner one rather than dropped as a clause
"nested in one already reported". The inner quote is not counted twice: the outer quote's text holds it, and the
outer's speaker is never the inner's.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Protocol

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import Quote
from .cues import Attr, Cues, is_verb_cue, mute, np_span, subject_of
from .kinds import as_document, is_document_source
from .speaker_words import SPEECH_NOUNS

if TYPE_CHECKING:
    from .speakers import Resolver

_COMMA = get_string_id(",")
_ACCORDING = get_string_id("according")
_TO = get_string_id("to")


class Relay(NamedTuple):
    """An outer attribution that closes a reported clause: the comma before it, its cue's tokens [cue_start,
    cue_end), its source's head token, and whether its cue is a verb ("reported") or "according to"."""

    comma: int
    cue_start: int
    cue_end: int
    source: Token
    verb: bool



class _Span(Protocol):
    start: int
    end: int
    cue_start: int | None
    cue_end: int | None
    speaker_start: int | None


@lru_cache(maxsize=1)
def _channels() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("quote_relay_channels.tsv"))


def relayed_by_text(source: Token, speaker: str | None = None) -> bool:
    """The source of a relay is a text or the words that carried the report ("the report", "an analysis",
    "comments carried by the agency"), not a person or group who vouches for it: the relay is kept as kind
    ``document`` whatever entity the resolver found for the mention ("the report" once went to an author the
    article named for another book). A statement whose author the report told ("X said in a statement. ..., the
    statement said": ``speaker`` found by ``statement_authors``) is its author's words (round 22)."""
    if is_document_source(source):
        return True
    if speaker is not None and source.pos_ == "NOUN" and source.lower_ in SPEECH_NOUNS:
        return False
    return source.pos_ == "NOUN" and not source.ent_type_ and source.lemma_.lower() in _channels()


def relays(inner: Iterable[_Span], a: int, b: int, speaker_at: int | None) -> bool:
    """The clause [a, b) (character offsets), attributed to a source at ``speaker_at``, relays the reports
    ``inner`` that it overlaps: each of them, its cue and its speaker lie inside the clause, and the clause's
    own source lies outside it (it names who relayed them). An overlap of any other shape is no relay."""
    if speaker_at is None or a <= speaker_at < b:
        return False
    found = False
    for r in inner:
        found = True
        if r.cue_start is None or r.cue_end is None or \
                not (a <= r.start and r.end <= b and a <= r.cue_start and r.cue_end <= b):
            return False
        if r.speaker_start is not None and not a <= r.speaker_start < b:
            return False
    return found


# Verbs of an outer attribution that closes a reported clause ("..., Reuters reported").
_OUTER_VERBS = frozenset({"say", "report", "tell", "write", "add", "state", "note", "confirm", "announce", "claim"})
# Dependents that may follow an outer attribution's verb ("..., Reuters reported on Tuesday").
_ATTRIBUTION_TAIL = frozenset({"npadvmod", "advmod", "prep", "aux", "neg", "punct", "dative"})


def outer_attribution(doc: Doc, lower: list[int], s: int, e: int) -> Relay | None:
    """Where a reported clause ends before an outer attribution that closes it: in '..., the country's military
    said Monday, the Associated Press reported.' and 'According to a commander, 40 militants were killed, Reuters
    reports.' the words after the last comma name who reported the report (a nested source), and say nothing."""
    # the last comma within 12 tokens of the end, found in the lower-case ids (no Token objects)
    c = e - 1
    while c > s and e - c <= 12 and lower[c] != _COMMA:
        c -= 1
    if c <= s or e - c > 12 or lower[c] != _COMMA:
        return None
    for v in doc[c + 1 : e]:
        # a verb that reports a report, as written in the past or present ("should have insisted" is content)
        if v.pos_ != "VERB" or v.lemma_.lower() not in _OUTER_VERBS or \
                any(k.dep_ == "aux" and k.tag_ == "MD" for k in v.children):
            continue
        subj = next((k for k in v.children if k.dep_ == "nsubj"), None)
        if subj is None or not c < subj.left_edge.i or subj.right_edge.i >= e:
            continue
        # every word after the comma is the source, its verb, or the verb's adverbials ("on Tuesday")
        own = _attribution_words(v, subj)
        if all(i in own or doc[i].is_punct for i in range(c + 1, e)):
            return Relay(c, v.i, v.i + 1, subj, True)
    return _according_after(doc, lower, c, e)


def _according_after(doc: Doc, lower: list[int], c: int, e: int) -> Relay | None:
    """'..., according to two people familiar with the talks.': the phrase after the comma [c, e) names who
    relayed the clause before it; the "according" pass adds that outer attribution itself, in its turn."""
    if e - c < 4 or lower[c + 1] != _ACCORDING or lower[c + 2] != _TO:
        return None
    obj = next((k for k in doc[c + 2].children if k.dep_ == "pobj"), None)
    if obj is None or any(not (obj.left_edge.i <= i <= obj.right_edge.i or doc[i].is_punct) for i in range(c + 3, e)):
        return None
    return Relay(c, c + 1, c + 3, obj, False)


def relayed_statement(according: Token, cues: Cues) -> bool:
    """'According to Interfax, Lavrov said ...', 'Mr. Kim, according to Yonhap, said that ...': the phrase relays a
    statement whose own reporting verb names who spoke; that verb's clause is the quote (the innermost source
    speaks, as for a source that closes the sentence), not the sentence around it."""
    verb = according.head
    if according.dep_ != "prep" or not is_verb_cue(verb, cues) or \
            not any(c.dep_ == "ccomp" and not according.i <= c.i <= according.right_edge.i for c in verb.children):
        return False  # "According to the law, a board can recommend action ...": no statement of the board's inside
    subj = subject_of(verb)
    return subj is not None and subj.lower_ not in ("it", "there") and not mute(subj) and \
        not according.i <= subj.i <= according.right_edge.i


def _own_attribution(doc: Doc, after: list[Token]) -> bool:
    """The tokens ``after`` (those between a direct quote's closing mark and a comma) are the quote's own
    attribution and nothing more: a verb that reports a report, its subject, its adverbials and punctuation
    ('..." O'Malley said', '..." said Welch on Tuesday', '..." he told Sen. Ann Kerr')."""
    lo, hi = after[0].i, after[-1].i
    for v in after:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _OUTER_VERBS:
            continue
        subj = next((k for k in v.children if k.dep_ == "nsubj"), None)
        if subj is None or not lo <= subj.left_edge.i <= subj.right_edge.i <= hi:
            continue
        own = _attribution_words(v, subj)
        return all(t.i in own or t.is_punct for t in after)
    return False


def _attribution_words(verb: Token, subj: Token) -> set[int]:
    """The token ids of an attribution: the reporting verb, its subject, its adverbials and the one told."""
    own = {t.i for t in subj.subtree} | {verb.i}
    for k in verb.children:
        if k.dep_ in _ATTRIBUTION_TAIL or k.dep_ == "dobj" and verb.lemma_ == "tell":
            own.update(t.i for t in k.subtree)
    return own


def direct_relay(doc: Doc, marked: list[tuple[int, int, str]], resolver: Resolver, cue: tuple[int, int],
                 lo: int, hi: int, source: Token | None) -> Quote | None:
    """'"We are not giving up," O'Malley said, according to the Las Vegas Sun.': the tokens [lo, hi) before the
    comma of a closing "according to" (the tokens ``cue``) are a direct quote, marks included, and its own
    attribution; the phrase's ``source`` relays both, as a quote of its own whose text holds them (the direct
    quote stays O'Malley's). None where the clause is anything else (round 17)."""
    while hi > lo and doc[hi - 1].is_punct and not doc[hi - 1].is_quote:
        hi -= 1  # (the comma before "according to")
    if source is None or hi - lo < 3:
        return None
    a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    # the quote closes in the sentence and opens at its start, or before it (a quote of several sentences)
    quote = next(((ds, de) for ds, de, kind in marked if kind == "direct" and ds <= a < de < b), None)
    after = [t for t in doc[lo:hi] if t.idx >= quote[1]] if quote is not None else []
    if quote is None or not after or not _own_attribution(doc, after):
        return None
    a = quote[0]
    ca, cb = doc[cue[0]].idx, doc[cue[1] - 1].idx + len(doc[cue[1] - 1].text)
    text = resolver.text
    rec = Quote(id="", text=text[a:b], kind="indirect", start=a, end=b, cue=text[ca:cb], cue_start=ca, cue_end=cb)
    ss, se = np_span(doc, source)
    resolver.fill(rec, doc[ss:se])
    if relayed_by_text(source):
        as_document(rec)  # "..., according to a transcript of the show": the text carried the words
    return rec


def relayed_after(doc: Doc, after: Attr) -> bool:
    """'Gen. Ann Kerr told the panel, "...," according to the Post.': the cue after a direct quote is "according to"
    while a reporting verb right before the quote names who spoke; the outlet only carried her words (the relay pass
    keeps it as a quote of its own), so the verb before the quote attributes it (review 21)."""
    return doc[after.cue_start].lower_ == "according"
