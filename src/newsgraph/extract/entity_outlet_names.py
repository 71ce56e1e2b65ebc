"""Entities: a channel or paper named with a time word is one organization, and a photo agency's credit is no
mention (review 20).

NER reads "Russia" of "told Russia Today" as the country; the names of data/time_word_names.tsv ("Russia Today",
"Fox News Sunday") are whole names, so a candidate lying inside one of them is widened to the whole name and made
an ORG. A credit line joins agencies with a hyphen ("EPA-EFE", "AFP-JIJI"): an all-capital candidate that is one
half of such a pair is the picture's source, not a body the report speaks of, so it is dropped."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_tsv
from ._doc import doc_text
from .entity_base import _Cand

__all__ = ["outlet_names"]

# two all-capital words joined by a hyphen: a photo agencies' credit when one is an agency ("EPA-EFE")
_CREDIT = re.compile(r"\b([A-Z]{2,7})-([A-Z]{2,7})\b")


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    return frozenset(row[0].strip() for row in read_tsv("entity_photo_agencies.tsv") if row and row[0].strip())


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], ...]:
    rows = sorted((row[0] for row in read_tsv("time_word_names.tsv") if row and row[0].strip()), key=len,
                  reverse=True)
    return tuple(re.compile(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])") for n in rows)


def outlet_names(cands: list[_Cand]) -> list[_Cand]:
    """The candidates with programme names made whole ORGs and agency-credit halves dropped (a candidate that
    is the whole name already keeps NER's label: "Good Morning America" may be a WORK_OF_ART)."""
    if not cands:
        return cands
    doc = cands[0].span.doc
    text = doc_text(doc)  # (Doc.text rebuilds the whole text on every read)
    spans = [(m.start(), m.end()) for p in _names() for m in p.finditer(text)]
    credits = [(m.start(), m.end()) for m in _CREDIT.finditer(text) if {m.group(1), m.group(2)} & _agencies()]
    out: list[_Cand] = []
    kept: set[tuple[int, int]] = set()  # (a set: a scan of ``out`` per candidate was quadratic on a long report)
    for c in cands:
        if c.text.isupper() and any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in credits):
            continue  # "EPA" of "EPA-EFE": the credit of a picture
        whole = next(((s, e) for s, e in spans if s <= c.start and c.end <= e and (s, e) != (c.start, c.end)), None)
        if whole is not None:
            span = doc.char_span(whole[0], whole[1], alignment_mode="expand")
            if span is None:
                continue
            c = _Cand(whole[0], whole[1], text[whole[0]:whole[1]], "ORG", span)
        if (c.start, c.end) not in kept:
            kept.add((c.start, c.end))
            out.append(c)
    return out
