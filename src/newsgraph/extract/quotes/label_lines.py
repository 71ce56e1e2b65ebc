"""Round 30 (issue #18, quotes on real reports, allsides ranks 309-348): a name with a description before the
colon that opens a quote, as roundups print their voices ('Lowe, a Democrat who represents Gary, Indiana: "..."',
'Kerr, President Smith's former chief strategist: "..."').

``colon_name`` read only a bare name before the colon ("McKenzie:", "Rep. Tom Hale (R-Ohio):"), so such a quote
was left without a speaker, or took the label of the quote before it in the paragraph. Here the label is a name of
one to four proper nouns (one of them a person's name to the entity layer) that opens the line or follows the
previous quote's closing mark, then a comma and a description of at most 20 words with no verb of speech and no
quoted words in it: the name speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .cue_table import reporting_verbs
from .marks import DOUBLE_MARKS, SINGLE_MARKS

__all__ = ["described_label"]

_NAME_WORDS = 4
_DESCRIPTION_WORDS = 20
_ENDS = frozenset({".", "!", "?", ";"})
_MARKS = DOUBLE_MARKS | SINGLE_MARKS | {"``", "''"}


def _label_start(doc: Doc, lo: int, colon: int) -> int:
    """The first token of the label: after the last closing mark or sentence end before the colon, from ``lo``."""
    for k in range(colon - 1, lo - 1, -1):
        if doc[k].text in _MARKS or doc[k].text in _ENDS or doc[k].text == "\n" or "\n" in doc[k].text:
            return k + 1
    return lo


def described_label(doc: Doc, lo: int, colon: int) -> tuple[int, int] | None:
    """The name of a 'Name, description:' label ending at the colon token ``colon`` (see the module text)."""
    start = _label_start(doc, lo, colon)
    while start < colon and doc[start].is_space:
        start += 1
    end = start
    while end < colon and end - start < _NAME_WORDS and doc[end].pos_ == "PROPN":
        end += 1
    if end == start or end >= colon or doc[end].text != "," or \
            not any(doc[k].ent_type_ == "PERSON" for k in range(start, end)):
        return None
    described = doc[end + 1 : colon]
    if not 0 < len(described) <= _DESCRIPTION_WORDS or any(
            t.text in _MARKS or t.text == ":" or t.lemma_.lower() in reporting_verbs() for t in described):
        return None
    return start, end
