"""Spans and speakers of attributions the start-of-round review of round 22 found wrong (class 4).

- **A dateline at the words' start.** "(CNN) President X, according to the White House, made ...": the set-off
  "according to" takes its whole sentence, dateline included; "CNN)" or "(CNN)" is the outlet's byline mark,
  never words said, and is cut off the front of any indirect quote.
- **Another speaker's "as" clause before "according to".** "As Dr. Lee noted at the time, the condition meant ...,
  according to guidance from the clinic": the "as" clause is Lee's attribution, with its own quote; the
  "according to" quote starts where that quote's words start.
- **"according to" inside dashes.** "Given that history -- and the fact that he has made 2,000 false claims,
  according to the Fact Checker -- there is every reason to doubt ...": the source vouches for the words
  between the dashes only; the writer's conclusion after the closing dash is not its words.
- **A duration as the doer.** "The prince spent 45 seconds explaining how ...": the time spent is the object of
  "spend"; its subject explains.
- **A website named a paragraph before.** "According to the website, the name of the bar is ...": a bare
  "the website" (or "site", "webpage") resolved to an organization none of whose mentions is in the quote's
  paragraph is left unresolved (the review's case: an outlet from the previous paragraph's list).
- **The hearer of "told"** (wave 2). "told cheering teachers that they weren't ...": the parser's complement
  "cheering" carried the hearer into the words; they start after the told clause's "that".
- **A quotation left open** (wave 2). 'told CNN that Roe "wrote that whole speech': a clause cut at a stop
  inside the quotation it opens runs on to the closing mark within the line.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ...record import Quote
from .._doc import doc_text, paragraph_at
from .afterpass import verb_at
from .arrays import expand_span
from .speakers import Resolver

__all__ = ["settle_attributions"]

#: "(CNN) ", "CNN) ", "(Reuters) - ": an outlet's byline mark opening the words
_DATELINE = re.compile(r"\(?[A-Z][A-Za-z]{1,15}\)\s*(?:[-\u2013\u2014]+\s*)?(?=[A-Z\"\u201c])")
_DASH = re.compile(r"\s(?:--|\u2014|\u2013|-)\s")
#: the closing marks of a quotation: a curly one, or a straight one written after a word or a stop
_CURLY_CLOSE = re.compile("\u201d")
_STRAIGHT_CLOSE = re.compile(r'(?<=[\w.,!?\u2019\'])"')
#: time nouns that measure a stretch spent ("spent 45 seconds", "spent an hour")
_SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "time", "while"})
#: bare nouns of a web page, which the review found resolved to an outlet of an earlier paragraph
_PAGES = frozenset({"website", "site", "webpage", "page"})
_MIN_WORDS = 3


def _narrow(q: Quote, text: str, start: int, end: int) -> bool:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,;"))
    piece = piece.strip(" ,;").rstrip(" ,;-\u2014\u2013")
    if len(piece.split()) < _MIN_WORDS:
        return False
    q.start, q.end, q.text = start + lead, start + lead + len(piece), piece
    return True


def _according(q: Quote) -> bool:
    return q.kind == "indirect" and (q.cue or "").lower().startswith("according")


def _dateline(q: Quote, text: str) -> None:
    m = _DATELINE.match(q.text)
    if m is not None and q.kind == "indirect":
        _narrow(q, text, q.start + m.end(), q.end)


def _as_clauses(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The indirect quotes whose cue verb is opened by "as" ("As Dr. Lee noted, ..."); neither their kind nor their
    cue changes while the attributions are settled."""
    found = []
    for p in out:
        verb = verb_at(doc, p.cue_start, p.cue_end) if p.kind == "indirect" else None
        if verb is not None and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            found.append(p)
    return found


def _after_as_clause(q: Quote, as_clauses: list[Quote], text: str) -> None:
    """Start at the words of another quote whose "as" clause ("As Dr. Lee noted, ...") opens ours before
    "according to" (only an "as" clause: "Bloomberg reports that ..., according to the Roper Center" stays whole,
    as PolNeAR's tune half marks it)."""
    if q.cue_start is None or q.cue_start <= q.start:
        return
    for p in as_clauses:
        if p is q or p.cue_start is None or p.cue_end is None:
            continue
        if q.start <= p.cue_start and p.cue_end <= p.start and q.start < p.start < q.cue_start and p.end <= q.end:
            _narrow(q, text, p.start, q.end)
            return


def _inside_dashes(doc: Doc, q: Quote, text: str) -> None:
    """ "X -- and the fact that ..., according to Y -- Z": the words between the dashes, when the clause after
    the closing dash has its subject there (the writer's own clause). Not "most Americans - 63 percent in 2014,
    according to the Academies - believe ...": the dashes interrupt the clause the source vouches for (PolNeAR
    train marks all of it)."""
    if q.cue_start is None or q.cue_end is None or not (q.start < q.cue_start and q.cue_end < q.end):
        return
    closing = _DASH.search(text, q.cue_end, q.end)
    if closing is None or "," in text[q.cue_end : closing.start()]:
        return
    after = expand_span(doc, closing.end(), q.end)
    root = after.sent.root if after is not None else None
    if root is None or root.idx < closing.end() or not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.idx >= closing.end() for c in root.children):
        return
    opening = [m for m in _DASH.finditer(text, q.start, q.cue_start)]
    if opening:
        _narrow(q, text, opening[-1].end(), q.cue_start)


def _duration_doer(doc: Doc, q: Quote, resolver: Resolver) -> None:
    """ "spent 45 seconds explaining": the subject of "spend" speaks, not the time spent."""
    if q.speaker_start is None or q.speaker_end is None:
        return
    mention = expand_span(doc, q.speaker_start, q.speaker_end)
    if mention is None or mention.root.lemma_.lower() not in _SPANS_OF_TIME:
        return
    spend = mention.root.head
    if spend.lemma_.lower() != "spend" or mention.root.dep_ not in {"dobj", "npadvmod"}:
        return
    subj = next((c for c in spend.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" and subj.lower_ in {"it", "this", "that", "which"}:
        q.speaker = q.speaker_name = q.speaker_start = q.speaker_end = None
        return
    resolver.fill(q, doc[subj.left_edge.i : subj.right_edge.i + 1])


def _hearer_inside(doc: Doc, q: Quote, verb: Token, text: str) -> None:
    """ "told cheering teachers that they weren't ...": the parser may take the hearer's participle for a
    complement of "tell" (and hang the told clause on it); the words start after the "that" of the told clause,
    never at the hearer. Not "told them to say that ...": an infinitive is what was told."""
    if verb.lemma_.lower() != "tell" or q.start <= verb.idx:
        return
    for c in verb.children:
        if c.dep_ not in ("xcomp", "dobj", "dative") or c.i < verb.i:
            continue
        mark = next((m for m in doc[c.i : c.right_edge.i + 3] if m.dep_ == "mark" and m.lower_ == "that" and
                     m.head.dep_ == "ccomp" and m.head.head.i in (c.i, verb.i) and q.start < m.idx < q.end), None)
        if mark is None:
            continue
        before = [t for t in doc[c.left_edge.i : mark.i] if t.idx >= q.start]
        if before and not any(t.lower_ == "to" or t.tag_ in ("VB", "VBD", "VBZ", "VBP") for t in before):
            _narrow(q, text, mark.idx + len(mark.text), q.end)
        return


def _close_quotation(q: Quote, text: str) -> None:
    """'Roe "wrote that whole speech': an indirect clause cut at the first stop inside the quotation it opens
    runs on to the quotation's closing mark when that closes in the same paragraph (review 22: the rest is the
    same speaker's words; a dangling opening mark is a broken span)."""
    closing = _unclosed(q.text)
    if closing is None:
        return
    line_end = text.find("\n", q.end)  # within the line: a paragraph may be one line break long
    close = closing.search(text, q.end, len(text) if line_end < 0 else line_end)
    if close is not None:
        q.end = close.end()
        q.text = text[q.start : q.end]


def _unclosed(words: str) -> re.Pattern[str] | None:
    """The pattern of the closing mark when ``words`` end inside a quotation they opened, else None."""
    curly = words.count("\u201c") - words.count("\u201d")
    if curly:  # (a curly opening closed by a straight mark, '\u201chighly significant."', is closed)
        last = words.rfind("\u201c")
        return _CURLY_CLOSE if curly == 1 and last > words.rfind("\u201d") and '"' not in words[last:] else None
    marks = [i for i, ch in enumerate(words) if ch == '"']
    if len(marks) % 2 == 0:
        return None
    last = marks[-1]  # an opening straight mark: at the start or after a space, a word right after it
    opens = (last == 0 or words[last - 1].isspace()) and last + 1 < len(words) and words[last + 1].isalnum()
    return _STRAIGHT_CLOSE if opens else None


def _far_page(doc: Doc, q: Quote, resolver: Resolver, text: str) -> None:
    """A bare "the website" resolved to an organization not mentioned in the quote's paragraph: unresolved."""
    if q.speaker is None or q.speaker_start is None or q.speaker_end is None:
        return
    mention = expand_span(doc, q.speaker_start, q.speaker_end)
    if mention is None or mention.root.lower_ not in _PAGES or mention.root.pos_ != "NOUN":
        return
    if any(t.dep_ == "poss" or t.pos_ == "PROPN" for t in mention):
        return  # "WikiLeaks' website", "the Kremlin website": the owner is named
    par = paragraph_at(doc, q.speaker_start)  # the cleaned paragraphs every extractor reads
    if par is None:
        return
    ent: dict[str, Any] = resolver.by_id.get(q.speaker, {})
    if not any(par[0] <= m["start"] < par[1] for m in ent.get("mentions", [])):
        q.speaker = None
        q.speaker_name = text[q.speaker_start : q.speaker_end]


def settle_attributions(doc: Doc, out: list[Quote], resolver: Resolver) -> list[Quote]:
    """The spans and speakers of the module's text set right, in place."""
    text = doc_text(doc)
    as_clauses: list[Quote] | None = None  # read once, when a quote first asks
    for q in out:
        if q.kind != "indirect":
            continue
        _dateline(q, text)
        _close_quotation(q, text)
        if _according(q):
            if as_clauses is None:
                as_clauses = _as_clauses(doc, out)
            _after_as_clause(q, as_clauses, text)
            _inside_dashes(doc, q, text)
            _far_page(doc, q, resolver, text)
        elif (verb := verb_at(doc, q.cue_start, q.cue_end)) is not None:
            _duration_doer(doc, q, resolver)
            _hearer_inside(doc, q, verb, text)  # (the cue's verb: _duration_doer changes only the speaker)
    return out


