"""Round 23 (issue 19, the end review's NHL roundup): a game report is no violence. "Minnesota beat Buffalo",
"fired a shot at the goalie", "the attack pressed for a winner": on a sports page these are results and play, and
PLOVER codes no games. A sentence reads as a game report when it, or another sentence of its paragraph, holds a
word of the sports class given (goalie, season, league, playoff...) or a score ("won 4-1", "Wild 4, Sabres 1") that
is not a tally of votes or judges ("a 5-4 ruling", "a 52-48 vote"). The sense rows of data/event_senses.tsv call
this as the condition ``game=CLASS``; it is tried only on the few lemmas those rows name, so it costs nothing
elsewhere."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

__all__ = ["game_report", "has_score"]

# a score: two small numbers joined by a hyphen or dash ("4-1", "2–0"), not part of a longer figure or a date
_SCORE = re.compile(r"(?<![\d.,/-])(\d{1,3})\s?[-–](\d{1,3})(?![\d.,/-]|\s?(?:year|month|day|week|hour|minute|inch|foot|feet|mile|meter|metre|percent|per))")
# "Wild 4, Sabres 1": a name, a number, a comma, a name, a number
_LINE = re.compile(r"\b[A-Z][a-z]+ \d{1,3}, [A-Z][a-z]+ \d{1,3}\b")
# what a tally of people deciding is: "a 5-4 ruling", "voted 52-48", "a 7-2 majority"
_TALLY = frozenset({"vote", "votes", "voted", "ruling", "rulings", "decision", "decisions", "majority", "margin",
                    "verdict", "opinion", "tally", "split", "court", "justices", "senate", "house", "committee",
                    "panel", "board", "council", "jury", "ballot", "ballots"})


def has_score(text: str) -> bool:
    """``text`` holds a game score and no sign that the pair counts votes or judges."""
    low = text.lower()
    if any(w in _TALLY for w in re.findall(r"[a-z]+", low)):
        return False
    return bool(_SCORE.search(text) or _LINE.search(text))


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
