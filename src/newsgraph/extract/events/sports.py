"""Round 23 (issue 19, the end review's NHL roundup): a game report is no violence. "Minnesota beat Buffalo",
"fired a shot at the goalie", "won a battle with the champion": on a sports page these are results and play, and
PLOVER codes no games. A sentence reads as a game report when it, or another sentence of its paragraph, holds a
word of the sports class given (goalie, season, league, playoff...) or a score ("won 4-1", "Wild 4, Sabres 1") that
is not a tally of votes or judges ("a 5-4 ruling", "a 52-48 vote"). The sense rows of data/event_senses.tsv call
this as the condition ``game=CLASS``; it is tried only on the few lemmas those rows name, so it costs nothing
elsewhere."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..scores import has_score

__all__ = ["game_report"]


def _paragraph(sent: Span) -> list[Span]:
    """The sentences of ``sent``'s paragraph: those not parted from it by a blank line or a line break."""
    doc = sent.doc
    text = doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    end = len(text) if end < 0 else end
    return [s for s in doc.sents if s.start_char < end and s.end_char > start]


def game_report(tok: Token, in_class: Callable[[Token], bool]) -> bool:
    """``tok``'s sentence or paragraph reads as a game report: a sports word (``in_class``) or a score."""
    for sent in _paragraph(tok.sent):
        if any(in_class(t) for t in sent) or has_score(sent.text):
            return True
    return False
