"""Review 19: the words of an indirect quote end where its speaker's words end.

- **The cue inside the words.** "The war will be long, Kerry said, partly because the army must be rebuilt": the
  parser can hang the whole sentence on the parenthetical "said", so the quote's words held their own speaker and
  cue. What is said never holds its own cue (as README's "a directive that he said would return ..."): the words
  stop before the speaker's mention, or, when what stands before it is too short to be a statement ("Meanwhile,
  he said, ..."), start after the cue.
- **A writer's clause after a dash.** "The White House noted that the paper broke the story - Smith was reportedly
  called in just to handle the fallout", "it will make the files available to a few members — an offer that the
  unions have so far refused": after a single dash (none closing it inside the words) a clause with its own
  subject, or words that open the next sentence ("... of the CIA - on Monday, Jones called him ...": hung on its
  verb, or a few words with no verb before its comma), are the writer's, not the speaker's; the words stop at the dash. A second half that opens with "and",
  "but", "or" or "that" continues what was said and stays.
- **Words before a dash are no later cue's.** When the words of a cue stood before it and ran over such a dash
  ("Officials stress that Smith is a veteran - on Monday, Jones called him ..."), what is left before the dash is
  another sentence ("Officials stress ..."), not Jones's: the quote is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ...record import Quote
from .._doc import doc_text

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


def _cue_inside(text: str, q: Quote) -> None:
    if q.cue_start is None or q.cue_end is None or not (q.start < q.cue_start and q.cue_end <= q.end):
        return
    cut = q.cue_start
    if q.speaker_start is not None and q.start <= q.speaker_start < cut:
        cut = q.speaker_start  # "..., Kerry said": the speaker's mention too
    after = max(q.cue_end, q.speaker_end or 0) if q.speaker_start is not None and q.speaker_start > q.cue_start \
        else q.cue_end  # "..., said Kerry, ...": after the inverted speaker as well
    end = q.end
    if not _set(q, text, q.start, cut):
        _set(q, text, after, end)


def _spaced_dash(doc: Doc, t: Token) -> bool:
    return t.text in _DASHES and t.i > 0 and bool(doc[t.i - 1].whitespace_) and bool(t.whitespace_)


def _writers_tail(span: Span, dash: Token) -> bool:
    """The words after ``dash`` are the writer's: a clause with its own subject, or words hung on a verb outside."""
    rest = span.doc[dash.i + 1 : span.end]
    if not len(rest) or rest[0].lower_ in _GOES_ON:
        return False
    if any(not t.is_punct and not span.start <= t.head.i < span.end for t in rest):
        return True  # "- on Monday, Jones called him": the parser joined the next sentence's words
    if len(rest) <= _OPENER and span.end < len(span.doc) and span.doc[span.end].text == "," and \
            not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return True  # the same, with the opener hung inside the words: "... of the CIA - on Monday, Jones ..."
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > dash.i for c in t.children)
               for t in rest)


def _dash_cut(doc: Doc, text: str, q: Quote) -> bool | None:
    """Cut ``q`` at a single dash before a writer's tail: True when cut, None when nothing is left."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return False
    dashes = [t for t in span if _spaced_dash(doc, t)]
    if len(dashes) != 1 or not _writers_tail(span, dashes[0]):
        return False
    return True if _set(q, text, q.start, dashes[0].idx) else None


def cut_spans(doc: Doc, out: list[Quote]) -> list[Quote]:
    """The indirect quotes with review 19's span classes settled (see the module's text)."""
    text = doc_text(doc)
    kept: list[Quote] = []
    for q in out:
        if q.kind == "indirect":
            _cue_inside(text, q)
            cut = _dash_cut(doc, text, q)
            before_cue = q.cue_start is not None and q.end <= q.cue_start
            if cut is None or cut and before_cue:
                continue  # what stood before the dash is another sentence, not this cue's words
        kept.append(q)
    return kept
