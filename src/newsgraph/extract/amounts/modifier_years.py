"""A year that names which thing a figure counts, not when the figure held (issue 17, item 4; round 34).

"a $4.75 trillion 2020 budget" sent in March 2019: 2020 names the budget (its fiscal year), so the figure's time is
the sending's, not 2020. Only a year inside the noun phrase of the figure's own head is left out: a year naming an
event the figure hangs on keeps dating it ("the 2015 Paris attacks, which left 130 people dead": 2015; "the first
11 months of the 2018 fiscal year, 90 percent ...": 2018), as read reports showed for every such event noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["modifier_year"]

# what may stand right before a year that names a thing: an article or a possessive ("the/its/Trump's 2020
# budget"), an adjective ("the next 2020 race") or the figure itself ("a $4.75 trillion 2020 budget")
_BEFORE_POS = frozenset({"DET", "ADJ", "PRON", "NUM", "SYM"})
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})


def _named_noun(year: Token) -> Token | None:
    """The noun a year stands before inside one noun phrase ("the 2016 presidential election": election), or None
    ("In 2016 Trump won": after a preposition; "in 2016, 63 million": no noun follows)."""
    doc = year.doc
    if year.i == 0 or year.dep_ == "pobj" or year.i + 1 >= len(doc):
        return None
    prev = doc[year.i - 1]
    if prev.pos_ not in _BEFORE_POS and prev.tag_ != "POS":
        return None
    j = year.i + 1
    while j + 1 < len(doc) and doc[j].dep_ in _NAME_DEPS and doc[j].pos_ in ("ADJ", "NOUN", "PROPN"):
        j += 1
    noun = doc[j]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ not in _NAME_DEPS else None


def modifier_year(sp: Span, fig: Token) -> bool:
    """``sp`` is a bare year (one token of four digits) inside the noun phrase of a noun after it, and that noun is
    the figure's head (or the figure's own token)."""
    if len(sp) != 1 or not (len(sp[0].text) == 4 and sp[0].text.isdigit()):
        return False
    noun = _named_noun(sp[0])
    if noun is None:
        return False
    # the figure's heads, up to the noun, stay inside the noun's phrase ("$4.75 trillion" may hang on the year)
    cur = fig
    for _ in range(8):
        if cur.i == noun.i:
            return True
        if cur.head.i == cur.i or not noun.left_edge.i <= cur.head.i <= noun.i:
            return False
        cur = cur.head
    return False
