"""A weekday in the words of a document the sentence dates to an earlier year ("In a 2018 memo, the director
wrote that staff would meet on Monday") is not a day of the report's week (round 31, issue 17 item 5).

The tagger resolves a weekday against the publication date. A sentence that opens on a dated written document
("In a 2018 memo,", "In a June 2016 letter to lawmakers,") and goes on to the verb that gives that document's words
("wrote", "said", "warned") reports what was written back then, so a weekday after the verb lies in a week the text
does not name: its week is left open (XXXX-WXX-1), as ``frame_week`` does inside quotation marks. The frame is read
narrowly, since the narration comes back to the report's week often (round 31's review of the tune pages):
only a document (data/time_frame_documents.tsv) at the very start of the sentence, dated by a year before the
weekday's; not a bare year ("In 2018, ..."); and not a weekday after a second reporting verb or after a comma,
a semicolon, a colon, a bracket or a dash past the verb (", the paper reported Friday", ", and on Monday the board
agreed", ", according to papers released Friday"), where the narration may be back in the report's week.
(Quoted words after a colon are ``frame_week``'s.)"""

from __future__ import annotations

import re
from functools import lru_cache

from ...lexicon import words_by_kind
from .core import Timex
from .frame_week import week_opened

__all__ = ["open_document_weeks"]

# where a sentence starts: the text's start, a paragraph break, or an end mark with the space after it
_SENT_START = re.compile(r"(?:^|\n|[.!?][\"\u201d]?\s+)(?=\S)")
# a break after which the narration may come back to now (", and on Monday ...", ", according to papers
# released Friday", "; on Monday ...", " -- "): the document's words are read only up to the first one
_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s--\s")


@lru_cache(maxsize=1)
def _lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = words_by_kind("time_frame_documents.tsv")
    nouns = "|".join(re.escape(w) for w in sorted(kinds.get("noun", ())))
    verbs = "|".join(re.escape(w) for w in sorted(kinds.get("verb", ())))
    # "In a 2018 memo,", "In an April 2016 letter to the board,", "In his 2019 op-ed for the paper,"
    frame = re.compile(rf"(?i)[\"\u201c]?in\s+(?:an?|his|her|their|its|the)\s+(?:[a-z.]+\s+){{0,2}}?"
                       rf"((?:19|20)\d\d)\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})s?\b[^,.;!?\n]{{0,60}},")
    return frame, re.compile(rf"(?i)\b(?:{verbs})\b")


def open_document_weeks(times: list[Timex], text: str) -> None:
    """Leave the week open on weekdays in words a sentence gives from an earlier year's document (in place)."""
    for tx in times:
        found = week_opened(tx)
        if found is not None and found[1].startswith("XXXX-W") and _framed(text, tx.start, found[0]):
            tx.value, tx.anchor = found[1], None


def _framed(text: str, start: int, year: int) -> bool:
    """The sentence holding ``start`` opens on a document dated before ``year`` and reports its words, with the
    position after the one reporting verb and no new clause between."""
    sent = max((m.end() for m in _SENT_START.finditer(text, max(0, start - 400), start)), default=None)
    if sent is None:
        return False
    frame_rx, verb_rx = _lists()
    frame = frame_rx.match(text, sent, start)
    if frame is None or int(frame.group(1)) >= year:
        return False
    verbs = list(verb_rx.finditer(text, frame.end(), start))
    return len(verbs) == 1 and _BREAK.search(text, verbs[0].end(), start) is None
