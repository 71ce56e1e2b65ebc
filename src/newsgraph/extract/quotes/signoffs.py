"""Quotes whose speaker signs off after them: a dash and a name in the quote's paragraph, or a roundup's byline
paragraph. Split from ``extract.py``: these read only the raw text around the closing mark, not the parse."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...record import Quote
from .cues import Attr, adjacent_np
from .marks import DOUBLE_MARKS, SINGLE_MARKS, QuotedSpan
from .roundup_credits import credited_names, dash_credit, lead_in_ok

if TYPE_CHECKING:
    from .speakers import Resolver

__all__ = ["DASHES", "byline", "dash_signoff", "signed_posts", "tok_index"]

_MARKS = DOUBLE_MARKS | SINGLE_MARKS
DASHES = "-—–―"  # the dashes that set off a sign-off or a speaker name


def tok_index(doc: Doc, starts: list[int], char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    return bisect_left(starts, char)


def dash_signoff(doc: Doc, span: QuotedSpan, text: str, par: tuple[int, int], starts: list[int]) -> Attr | None:
    """'"...." ― Ana Ruiz' in the same paragraph: a dash and a name right after the closing mark."""
    close_end = span.close_mark + span.close_width
    rest = text[close_end : par[1]]
    lead = len(rest) - len(rest.lstrip())
    if rest[lead : lead + 1] not in DASHES or not rest[lead:].strip():
        return None
    name_at = close_end + lead + 1
    while name_at < par[1] and text[name_at].isspace():
        name_at += 1  # "― Ana Ruiz" is often written with a no-break space after the dash
    a = tok_index(doc, starts, name_at)
    b = tok_index(doc, starts, par[1])
    name = adjacent_np(doc, a, 1, a, min(b, a + 6))
    if name is None or doc[name[0]].pos_ != "PROPN" or not any(doc[k].pos_ == "PROPN" for k in range(*name)):
        return None
    # the name closes the sign-off: the paragraph, a full stop or the next quote follows it, or the outlet it was
    # said to ("— Ana Ruiz to Politico", round 30)
    after = doc[name[1]] if name[1] < len(doc) else None
    if after is not None and name[1] < b and not (after.is_punct or after.text[:1] in _MARKS or
                                                  _to_outlet(doc, name[1], b)):
        return None
    if _dated_venue(doc, name, b):
        return None
    dash = tok_index(doc, starts, close_end + lead)
    return Attr(dash, dash + 1, name)


def _dated_venue(doc: Doc, name: tuple[int, int], end: int) -> bool:
    """'"..." — BBC, March 5, 1975', '— Daily Telegraph, Jan. 1976': a source line of a quotation list names
    where and when the words appeared, not who said them (round 30, allsides ranks 309-348: Thatcher's words went
    to the BBC). Only a name that is no person, followed by a comma and a date."""
    if any(doc[k].ent_type_ == "PERSON" for k in range(*name)) or name[1] + 1 >= end:
        return False
    return doc[name[1]].text == "," and doc[name[1] + 1].ent_type_ == "DATE"


_OUTLET_WORDS = 6  # the most words of "to the Atlanta Journal-Constitution" after a sign-off's name


def _to_outlet(doc: Doc, i: int, end: int) -> bool:
    """Tokens ``i`` to ``end`` (the paragraph's rest) are "to" and a name of an outlet, nothing else: "to Politico",
    "to the Atlanta Journal-Constitution" (round 30, allsides ranks 309-348: the roundup's "— Kenneth Rogoff to
    Politico" left its quote without a speaker, or with the one of the quote before)."""
    rest = [t for t in doc[i + 1 : end] if not (t.is_punct and t.i == end - 1)]
    return doc[i].lower_ == "to" and 0 < len(rest) <= _OUTLET_WORDS and any(t.pos_ == "PROPN" for t in rest) and \
        all(t.pos_ == "PROPN" or t.lower_ == "the" or t.text in "-–&." for t in rest)


# A byline paragraph of a roundup: "Max Boot, Washington Post", "Kathy Gilsinan & Peter Nicholas, The Atlantic"
# (capitalized words, at least one comma, nothing else).
_CAP = r"[A-Z][\w.'’-]*"
_BYLINE = re.compile(rf"({_CAP}(?:\s+(?:{_CAP}|&|and|of|de|van|von))*)"
                     rf"(?:\s*,\s*(?:and\s+|&\s+)?{_CAP}(?:\s+(?:{_CAP}|&|and|of|the))*)+")
_BYLINE_WORDS = 14
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"})


def byline(doc: Doc, span: QuotedSpan, text: str, pars: list[tuple[int, int]], starts: list[int]) -> Attr | None:
    """A quote that fills its paragraphs, followed by a byline paragraph ('"..." / Max Boot, Washington Post'): the
    name before the byline's first comma speaks (the roundup's convention; the byline's comma is the cue)."""
    close_end = span.close_mark + span.close_width
    k = bisect_right([p[0] for p in pars], span.open_mark) - 1
    if k < 0 or not lead_in_ok(doc, text, pars[k][0], span.open_mark, starts):
        return None  # the reporter's own attribution opens the paragraph (a short lead-in may: round 36)
    # the next line of the raw text (the body paragraphs leave a title-case byline out)
    gap = len(text) - close_end - len(text[close_end:].lstrip(" \n\t\u00a0."))
    lo = close_end + gap
    if "\n" not in text[close_end:lo]:
        return None  # the reporter's words follow the quote in its paragraph
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi].rstrip()
    m = _BYLINE.fullmatch(line)
    if m is None or len(line.split()) > _BYLINE_WORDS:
        credited = dash_credit(doc, line, lo, starts) if text[pars[k][0]] in _MARKS else None
        return None if credited is None else Attr(credited[0] - 1, credited[0], credited)
    named = credited_names(line, m.end(1))  # all the writers listed, or the paper of its editorial board
    a = tok_index(doc, starts, lo + named[0])
    b = tok_index(doc, starts, lo + named[1])
    if b <= a or doc[a].pos_ != "PROPN" and doc[a].ent_type_ not in ("PERSON", "ORG") or \
            doc[a].ent_type_ in _PLACE_OR_TIME:
        return None  # "Paris, France" after a quote is a dateline, not a byline
    comma = tok_index(doc, starts, lo + (line.rfind(",") if named[0] else line.find(",", named[1])))
    return Attr(comma, comma + 1, (a, b))  # the byline's comma is the cue


# Review 17: an embedded post whose scrape keeps its signature line: "... — Ana Ruiz (@anaruiz) May 14, 2018" at
# the end of the post's paragraph, or alone on the line after it. The post's words are its author's (no marks, no
# cue: the signature is the attribution); round 14 only stopped a block quote at such a line.
_SIGNATURE = re.compile(r"(?:^|\s)[-–—―]\s*(?P<name>[^()\n\-–—―]{2,60}?)\s*\(@\w{1,30}\)\s*"
                        r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?[ \t]*$", re.M)
_POST_LINK = re.compile(r"\s*(?:(?:https?://|pic\.twitter\.com/)\S+\s*)+$")
_POST_MIN_WORDS = 4


def signed_posts(doc: Doc, text: str, pars: list[tuple[int, int]], starts: list[int],
                 masked: list[bool], resolver: Resolver) -> list[Quote]:
    """The embedded posts signed by their author, kind ``block``, the signature's name as speaker."""
    out: list[Quote] = []
    for m in _SIGNATURE.finditer(text):
        line_lo = text.rfind("\n", 0, m.start()) + 1
        s, e = line_lo, m.start()
        if not text[s:e].strip():  # the signature alone: the post is the body paragraph before it
            before = [p for p in pars if p[1] <= line_lo]
            if not before or text[before[-1][0] : before[-1][1]].rstrip().endswith(":"):
                continue  # (a writer's introduction: "She posted:" before a post the scrape left out)
            s, e = before[-1]
        body = _POST_LINK.sub("", text[s:e].rstrip())
        s += len(body) - len(body.lstrip())
        e = s + len(body.strip())
        t0, t1 = tok_index(doc, starts, s), tok_index(doc, starts, e)
        if len(body.split()) < _POST_MIN_WORDS or t1 <= t0 or all(masked[t0:t1]):
            continue  # a link alone, or a post already quoted in marks ('"..." — Ana Ruiz (@ana)')
        a, b = tok_index(doc, starts, m.start("name")), tok_index(doc, starts, m.end("name"))
        if b <= a or doc[a].pos_ != "PROPN" and doc[a].ent_type_ not in ("PERSON", "ORG"):
            continue
        dash = tok_index(doc, starts, m.start("name")) - 1
        rec = Quote(id="", text=text[s:e], kind="block", start=s, end=e, cue=doc[dash].text,
                    cue_start=doc[dash].idx, cue_end=doc[dash].idx + len(doc[dash].text))
        resolver.fill(rec, doc[a:b])
        out.append(rec)
    return out
