"""Times: time expressions normalized to TimeML TIMEX3 values against the publication date.

* ``tagger.find_times(text, published, tense)``: the tagger, pure (regular-expression rules written
  here, no dateparser), and ``tagger.normalize(text, published, tense)`` for one expression;
* ``normalize``: the calendar arithmetic (months and weekdays resolved by tense, seasons, shifts);
* ``component``: tense from the dependency parse, the dateline date, and the ``newsgraph_times``
  spaCy component filling ``doc._.newsgraph_times``.
"""

from __future__ import annotations

from .component import TimesComponent, dateline_date, extract_times, make_times, tense_at
from .tagger import Timex, find_times, normalize

__all__ = [
    "Timex",
    "TimesComponent",
    "dateline_date",
    "extract_times",
    "find_times",
    "make_times",
    "normalize",
    "tense_at",
]
