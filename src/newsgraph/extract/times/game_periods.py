"""Round 25 (round 24's end review): a game's quarter is no calendar quarter. "Schröder got a technical foul in the
third quarter" of a basketball report was dated XXXX-Q3. A quarter named without a year in a sentence with a word
of a game's play (data/time_game_words.tsv), in a report that reads as a game's (``scores.game_text``), is a period
of play: no time."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import read_tsv
from ..scores import game_text

__all__ = ["game_period"]


@lru_cache(maxsize=1)
def _play_words() -> re.Pattern[str]:
    words = sorted((row[0].lower() for row in read_tsv("time_game_words.tsv")), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def _sentence(text: str, start: int, end: int) -> str:
    """The text from the last sentence end (or line break) before ``start`` to the next one after ``end``."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start))
    ends = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end)) if i >= 0]
    return text[left + 1:min(ends) if ends else len(text)]


@lru_cache(maxsize=8)
def _game_report(text: str) -> bool:
    return game_text(text)


def game_period(text: str, start: int, end: int) -> bool:
    """The quarter at ``start:end`` is a period of play (see the module's note)."""
    sent = _sentence(text, start, end).lower()
    if "basis point" in sent or not _play_words().search(sent):
        return False
    return _game_report(text)
