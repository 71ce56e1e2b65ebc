"""Game scores and win-loss records, written once for the families that read them (round 23, sports): the events
family reads a score as the sign of a game report ("Minnesota beat Buffalo 4-1" is no assault), the amounts family
keeps a score's or a record's numbers from being counts ("Wild 4, Sabres 1" counts no Sabres; "a 10-3-2 record",
"drew 6-6")."""

from __future__ import annotations

import re

__all__ = ["LINE_SCORE", "RECORD", "SCORE", "has_score", "game_text"]

# a score: two small numbers joined by a hyphen or dash ("4-1", "2–0"), not part of a longer figure or a date, nor
# a span of a unit ("3-4 percent", "10-year")
SCORE = re.compile(r"(?<![\d.,/–-])\d{1,3}\s?[-–]\d{1,3}(?![\d.,/–-]|\s?-?(?:year|month|day|week|hour|minute|inch|foot"
                   r"|feet|mile|meter|metre|percent|per))")
# a box line: a name, a number, a comma, a name, a number ("Wild 4, Sabres 1")
LINE_SCORE = re.compile(r"\b[A-Z][a-z]+ \d{1,2}, [A-Z][a-z]+ \d{1,2}\b")
# a record: three small numbers joined by hyphens or dashes ("a 10-3-2 record", "Carolina (12-4-1)")
RECORD = re.compile(r"(?<![\d.,/–-])\d{1,3}[-–]\d{1,3}[-–]\d{1,3}(?![\d.,/–-])")
# what a tally of people deciding is: "a 5-4 ruling", "voted 52-48", "a 7-2 majority"
_TALLY = frozenset({"vote", "votes", "voted", "ruling", "rulings", "decision", "decisions", "majority", "margin",
                    "verdict", "opinion", "tally", "split", "court", "justices", "senate", "house", "committee",
                    "panel", "board", "council", "jury", "ballot", "ballots"})


def has_score(text: str) -> bool:
    """``text`` holds a game score and no sign that the pair counts votes or judges."""
    if any(w in _TALLY for w in re.findall(r"[a-z]+", text.lower())):
        return False
    return bool(SCORE.search(text) or LINE_SCORE.search(text))


def game_text(text: str) -> bool:
    """Round 25: ``text`` (a whole report) reads as a game's: it holds a word of the ``sports_report`` class of
    data/event_senses.tsv (goalie, league, playoff, touchdown...) or a score. The entities family reads its teams
    and the times family its game quarters only then."""
    from .events.senses import load_senses  # (here, not at the top: the events package imports this module)

    words, _prefixes = load_senses().classes["sports_report"]
    return has_score(text) or any(w in words for w in re.findall(r"[a-z][a-z-]*", text.lower()))
