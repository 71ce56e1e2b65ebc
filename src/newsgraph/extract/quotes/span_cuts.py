"""Review 19: the words of an indirect quote end where its speaker's words end.

- **The cue inside the words.** "The war will be long, Kerry said, partly because the army must be rebuilt": the
  parser can hang the whole sentence on the parenthetical "said", so the quote's words held their own speaker and
  cue. When the clause is whole before the speaker's mention (its verb and subject there), the words stop before
  it; a cue between a subject and its verb ("Acts of protest, Ruiz said, are acts of courage") leaves them whole
  (all of it is said, and PolNeAR marks it so).
- **A writer's clause after a dash.** "The White House noted that the paper broke the story - Smith was reportedly
  called in just to handle the fallout", "it will make the files available to a few members — an offer that the
  unions have so far refused": after a single dash (none closing it inside the words) a clause with its own
  subject, or words that open the next sentence ("... of the CIA - on Monday, Jones called him ...": hung on its
  verb, or a few words with no verb before its comma), are the writer's, not the speaker's; the words stop at the dash. A second half that opens with "and",
  "but", "or" or "that", or with a preposition or subordinator other than "as" ("- beyond the fact that it has
  the means", "- unless the talks fail"), continues what was said and stays (integration, round 19).
- **Words before a dash are no later cue's.** Words standing before their cue are all the cue's, dash or not
  ("... the month - something you would not know from his rivals, Obama said"), except when the dash ends
  another sentence, with its own speaker and verb of saying, and only a few words open the cue's own ("Officials
  stress that Smith is a veteran - on Monday, Jones called him ..."): what stands before the dash is not Jones's,
  and the quote is dropped ("... had more cash -- nearly $38 million, according to figures" stays).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span

__all__ = ["cut_spans"]

_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})
_GOES_ON = frozenset({"and", "but", "or", "that", "nor"})
_MIN_WORDS = 3
# at most this many tokens after the dash and before a comma open the next sentence ("- on Monday, ...")
_OPENER = 4


def _set(q: Quote, text: str, start: int, end: int) -> bool:
    """Narrow ``q`` to [start, end) with the trailing punctuation and spaces off; False when too little is left."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,;"))
    piece = piece.strip(" ,;").rstrip(" ,;-\u2014\u2013")
    if len(piece.split()) < _MIN_WORDS:
        return False
    q.start = start + lead
    q.end = q.start + len(piece)
    q.text = piece
    return True


def _cue_inside(doc: Doc, text: str, q: Quote) -> None:
    """Stop the words before a parenthetical cue when the clause is whole before it ("The war will be long, Kerry
    said, partly because ..."); a cue between a subject and its verb ("Acts of protest, Ruiz said, are acts of
    courage") leaves the words as they are: they are all said, and one span cannot skip the cue."""
    if q.cue_start is None or q.cue_end is None or not (q.start < q.cue_start and q.cue_end <= q.end):
        return
    cut = q.cue_start
    if q.speaker_start is not None and q.start <= q.speaker_start < cut:
        cut = q.speaker_start  # "..., Kerry said": the speaker's mention too
    span = expand_span(doc, q.start, q.end)
    root = span.root if span is not None else None
    if root is None or root.idx >= cut or root.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and q.start <= c.idx < cut for c in root.children):
        return
    _set(q, text, q.start, cut)


def _spaced_dash(doc: Doc, text: str, t: Token) -> bool:
    """A dash between spaces (a no-break space too), not a hyphen inside a word ("20-year")."""
    return t.text in _DASHES and 0 < t.idx and text[t.idx - 1].isspace() and \
        (t.i + 1 == len(doc) or text[t.idx + len(t.text)].isspace())


def _opener(span: Span, dash: Token) -> bool:
    """A few words after the dash with no verb, then the comma of the next sentence: "... - on Monday, Jones ..."."""
    rest = span.doc[dash.i + 1 : span.end]
    return 0 < len(rest) <= _OPENER and span.end < len(span.doc) and span.doc[span.end].text == "," and \
        not any(t.pos_ in ("VERB", "AUX") for t in rest)


def _writers_tail(span: Span, dash: Token) -> bool:
    """The words after ``dash`` are the writer's: a clause with its own subject, or words hung on a verb outside."""
    rest = span.doc[dash.i + 1 : span.end]
    if not len(rest) or rest[0].lower_ in _GOES_ON or any(t.is_quote for t in rest):
        return False  # "... and that ...": the words go on; '- "my new best friend."': the speaker's own marks
    if _opener(span, dash):
        return True  # "- on Monday, Jones called him": the parser joined the next sentence's words
    if rest[0].pos_ in ("ADP", "SCONJ") and rest[0].lower_ != "as":
        return False  # "no evidence of it - beyond the fact that it has the means": the claim goes on ("- as
        # have many others" is the writer's comparison)
    if any(not t.is_punct and not span.start <= t.head.i < span.end for t in rest):
        return True  # words hung on a verb outside the quote's words: the writer's
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i for c in t.children)
               for t in rest)


def _lone_dash(doc: Doc, text: str, q: Quote) -> tuple[Span, Token] | None:
    span = expand_span(doc, q.start, q.end)
    dashes = [t for t in span if _spaced_dash(doc, text, t)] if span is not None else []
    return (span, dashes[0]) if span is not None and len(dashes) == 1 else None


def _holds_attribution(doc: Doc, q: Quote, out: list[Quote]) -> bool:
    """Another quote's verb cue and its speaker stand inside ``q``'s words ("Officials stress that ...")."""
    for o in out:
        if o is q or o.cue_start is None or o.speaker_start is None or not q.start <= o.cue_start < q.end or \
                not q.start <= o.speaker_start < q.end:
            continue
        cue = expand_span(doc, o.cue_start, o.cue_end or o.cue_start)
        if cue is not None and any(t.pos_ == "VERB" for t in cue):
            return True
    return False


def _settled(doc: Doc, text: str, q: Quote, out: list[Quote]) -> bool:
    """``q`` with its words cut (in place); False when the quote is another sentence's and goes."""
    before = q.cue_start is not None and q.end <= q.cue_start  # (read before the cue-inside cut moves the end)
    _cue_inside(doc, text, q)
    found = _lone_dash(doc, text, q)
    if found is None or q.cue_start is None:
        return True
    span, dash = found
    if before:
        # words before their cue are all the cue's ("X - something you would not know, Obama said"), unless
        # the dash ends another sentence: "Officials stress ... - on Monday, Jones called him ..."
        return not (_opener(span, dash) and _holds_attribution(doc, q, out))
    if q.start >= q.cue_start and _writers_tail(span, dash):
        _set(q, text, q.start, dash.idx)  # (too little before the dash: left as it was)
    return True


def cut_spans(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The indirect quotes with review 19's span classes settled (see the module's text)."""
    text = doc_text(doc)
    return [q for q in out if q.kind != "indirect" or _settled(doc, text, q, out)]
