"""Related-story link text pasted inside a sentence yields no events (issue 19 item 4, round 22).

Some outlets link a politician's profile in the sentence: the name, the full name run straight into the
titles of related stories, then "MORE" in capitals ("President Trump Donald John TrumpTrump faces high stakes in
meeting with X Trump threatening to fire Y: report MORE, elected ..."). The titles are other reports' headlines,
not this report's text: an event triggered between the glued name and the "MORE" is none of this report's. The
quotes family reads the same links for speakers (``quotes/link_text.py``); here only the extent matters.
"""

from __future__ import annotations

import re

__all__ = ["link_text_ranges", "in_ranges"]

# the full name glued to the first title ("TrumpTrump", "SchumerOvernight", "Clinton2020"), then, within a few
# hundred characters and no paragraph break, the closing "MORE" in capitals (before "'s", "(", ",", "." or a word)
_LINK = re.compile(r"[a-z]{2}(?=[A-Z0-9])[^\n]{1,700}?\bMORE\b(?=['’(,.\s])")
# round 24: the same link with the name said twice and no glue ("Joe Biden Joe Biden Parnas: ... MORE")
_TWICE = re.compile(r"\b([A-Z][a-z]+ [A-Z][a-z]+) \1 (?=[A-Z])[^\n]{1,700}?\bMORE\b(?=['’(,.\s])")


def link_text_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the report's pasted link text (from the glue to the end of "MORE")."""
    if "MORE" not in text:  # most reports: one substring test
        return []
    return [(m.start() + 2, m.end()) for m in _LINK.finditer(text)] + [
        (m.start() + 2 * len(m.group(1)) + 2, m.end()) for m in _TWICE.finditer(text)]


def in_ranges(at: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= at < e for s, e in ranges)
