"""Titles are no events (review 20): 'a talk called "How Islam is destroying Ohio from within"', 'an event titled
"Is Ohio surrendering?"'. The quoted words name a talk, a show or an occasion; nobody destroys or surrenders.

A trigger inside quote marks whose opening mark comes right after a naming participle (the quote layer's
``NAMING_WORDS``: "titled", "entitled", "headlined", and "called", "named", "dubbed" as a participle on a noun), or
after "topics (titles, themes, talks ...) such as", or in a title listed after such a title ('"A" and "B"'), yields
no event. "called the plan "a disaster"" is no title (the object stands between the verb and the marks), and a
finite "called" ("Smith called "stop the war"") is a speaker's words, not a name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .._doc import per_doc
from ..quotes.kinds import NAMING_WORDS
from ..quotes.marks import DOUBLE_MARKS

__all__ = ["in_title", "opening_mark"]

_PASSIVE = frozenset({"aux", "auxpass"})
_ALWAYS = frozenset({"titled", "entitled", "headlined", "subtitled"})
#: nouns whose examples are titles ("speakers addressing topics such as "..."")
_TOPIC_NOUNS = frozenset({"topic", "title", "theme", "subject", "talk", "lecture", "session", "panel", "seminar"})
_LISTING = frozenset({"and", "or", ","})


def opening_mark(tok: Token) -> Token | None:
    """The opening double mark of the quote ``tok`` stands in within its paragraph, or None when it is outside
    marks. Straight marks alternate; a curly opening or closing mark says which it is. The paragraph, not the
    sentence: a question mark inside a title ends the parser's sentence ('"9/11 forgotten? Is Ohio ...?"')."""
    at = per_doc(tok.doc, _OPENINGS_KEY, _openings)[tok.i]
    return tok.doc[at] if at >= 0 else None


_OPENINGS_KEY = "newsgraph_title_openings"


def _openings(doc: Doc) -> list[int]:
    """For every token, the index of the opening mark it stands after within its paragraph (-1: none), in one
    pass over the Doc: scanning back to the paragraph's start for each trigger made a long one-paragraph input
    (a 3 MB line) quadratic."""
    out = [-1] * len(doc)
    opening = -1
    for t in doc:
        out[t.i] = opening
        if t.text in DOUBLE_MARKS:
            if t.text == "“":
                opening = t.i
            elif t.text == "”":
                opening = -1
            else:
                opening = -1 if opening >= 0 else t.i
        if "\n" in t.text or "\n" in t.whitespace_:
            opening = -1  # a new paragraph starts after this token
    return out


def _naming(word: Token) -> bool:
    low = word.lower_
    if low not in NAMING_WORDS:
        return False
    # "called", "named", "dubbed" name only as a bare participle ("a talk called", "and another called"); "he was
    # called "a traitor"" is a label told of a person
    return low in _ALWAYS or word.tag_ == "VBN" and not any(c.dep_ in _PASSIVE for c in word.children)


def _topics_such_as(before: Token) -> bool:
    """'topics such as "..."': the quoted words are examples of a talk's or a meeting's titles or topics."""
    doc = before.doc
    return before.lower_ == "as" and before.i >= 2 and doc[before.i - 1].lower_ == "such" and \
        doc[before.i - 2].lemma_.lower() in _TOPIC_NOUNS


def in_title(tok: Token, depth: int = 0) -> bool:
    """``tok`` is a word of a quoted title that a naming participle or "topics such as" introduces, or of one
    listed after such a title ('called "A" and "B"')."""
    mark = opening_mark(tok)
    if mark is None or mark.i == 0:
        return False
    doc = tok.doc
    before = doc[mark.i - 1]
    if _naming(before) or _topics_such_as(before):
        return True
    # 'such as "A" and "B"': a title listed after a title
    if depth < 3 and before.lower_ in _LISTING and mark.i >= 3 and doc[mark.i - 2].text in DOUBLE_MARKS:
        return in_title(doc[mark.i - 3], depth + 1)
    return False
