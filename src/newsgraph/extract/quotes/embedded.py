"""Review 18: a name inside a relative clause of another person's phrase is no pronoun's topic.

In "Jo Ruiz, the leader of the Greens, the party to whom Lee defected, was unmoved. "...," she said" the last
subject before the pronoun is Lee, of the relative clause hung on Ruiz's apposition; the sentence is about Ruiz,
its main subject. Where the genders the report gives do not tell them apart (neither "Jo" nor an unlisted first
name says "she"), the pronoun took the latest subject; now a relative clause's subject gives way to the main
subject of its own sentence named before it, when that one is compatible and established.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any


def host_subject(index: Any, want: str, st: int) -> str | None:
    """The main subject of the sentence of the relative clause's subject at ``st`` (a ``PersonIndex``), or None."""
    if st not in index.embedded:
        return None
    sent = index._sentence_of(st)
    for at, pid in index.persons[: bisect_left(index.persons, (st, ""))]:
        if at in index.main_subjects and index._sentence_of(at) == sent and \
                index.gender_of(pid) in (None, want) and index._is_established(pid):
            return pid
    return None
