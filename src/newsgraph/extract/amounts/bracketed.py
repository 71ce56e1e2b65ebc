"""A counted noun after an editor's bracketed insertion (issue 17, review 29): "five or six [THAAD] batteries",
"three (Navy) ships". Inside a quotation an editor adds a word in brackets between the figure and its noun; the
parser then hangs the figure on the bracket, which is no noun, and the count lost its object. The noun right
after the closing bracket is what the figure counts; a figure coordinated with the first ("five or six") counts
it too. Only a short insertion without a figure of its own is read ("14 (of 20) members" is a share, left as it
was)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["bracketed_noun"]

_CLOSE = {"[": "]", "(": ")"}
_PAIR_WORDS = frozenset({"or", "to", "and", "-", "–"})  # "five or six", "five to six", "five-six"
_LONGEST = 4  # tokens inside the brackets: a word or a short name, not a clause


def bracketed_noun(doc: Doc, span: Span) -> Token | None:
    """The noun after a bracketed insertion that follows the figure ``span`` (or its coordinated partner)."""
    j = span.end
    while j + 1 < len(doc) and doc[j].lower_ in _PAIR_WORDS and doc[j + 1].like_num:
        j += 2  # "five or six [THAAD] batteries": the first figure of the pair reads past the second
    if j >= len(doc) or doc[j].text not in _CLOSE:
        return None
    close = next((k for k in range(j + 1, min(len(doc), j + _LONGEST + 2)) if doc[k].text == _CLOSE[doc[j].text]), None)
    if close is None or close == j + 1 or close + 1 >= len(doc):
        return None
    if any(t.like_num or t.is_punct for t in doc[j + 1 : close]):
        return None  # "14 (of 20) members", "12 (see below)": no inserted name
    noun = doc[close + 1]
    if noun.pos_ != "NOUN" or noun.tag_ not in ("NNS", "NN"):
        return None
    for _ in range(3):  # "[THAAD] missile batteries": the compound's last noun
        if noun.dep_ != "compound" or noun.head.i <= noun.i or noun.head.pos_ != "NOUN":
            break
        noun = noun.head
    return noun
