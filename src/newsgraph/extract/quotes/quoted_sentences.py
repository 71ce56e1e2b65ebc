"""Round 29 (review B): where "the sentence before" a pronoun starts, read past sentences that are only quoted words.

In 'Still, he said, he would not go that far. "This is the question. Does it mean never criticizing?" he said.' the
parser ends a sentence at the quoted question mark, so the sentence before "he said" is the quotation itself, and the
look back for who spoke last (:meth:`.pronouns.PersonIndex._unlinked_reporter`) found no subject at all. A sentence
whose first word after its opening mark is quoted is passed over, two at most."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

__all__ = ["outside_sentence_start"]

_MAX_PASSED = 2


def outside_sentence_start(starts: Sequence[int], masked: Sequence[bool], sent_starts: Sequence[int],
                           sent: int) -> int:
    """The token index at which sentence ``sent`` starts, or an earlier one's when it is quoted words."""
    if not sent_starts or sent < 0:
        return 0
    for _ in range(_MAX_PASSED):
        t = bisect_left(starts, sent_starts[sent])
        if sent == 0 or not (t + 1 < len(masked) and masked[t + 1]):
            break
        sent -= 1
    return bisect_left(starts, sent_starts[sent])
