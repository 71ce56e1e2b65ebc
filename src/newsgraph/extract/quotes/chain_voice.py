"""Round 26 (issue 18, direct quotes): the second quote of a '"A," X said ... . "B."' chain is X's.

A direct quote with no cue of its own takes, by ``extract._floating``, the last verb of speech with a subject in the
sentence just before it. When that sentence is the attribution of the quote before ("“A,” said Mike Ruiz, using a
term Jo Hale has used ... . “B.”", "“A,” Ron Lee told the Journal, after Bill Cole stated an interest in ... . “B.”",
"said Bob Mills, a delegate who has accused others of ... . “B.”"), the last such verb is often one of a clause
hung on the attribution (an adverbial, a participle's object, a relative clause), whose subject is someone else:
news prose hands the next quote to the speaker of the first, so it should go on, as an unattributed quote after an
attributed one does (``extract._inherit``). Read on PolNeAR train, where PolNeAR's Content spans both quotes and
scores the second one's speaker.

The rule holds only when the quote before is a direct quote with a speaker whose cue lies in that sentence, after
its closing mark or before its opening mark, so the sentence is that quote's attribution; a sentence of the
writer's own with another speaker's verb ("“A,” she said. Then Ana Ruiz replied. “B.”") is not touched, as its
quote before lies in another sentence.

Round 32 (PolNeAR train): the parser often closes a sentence at the quote's own "!" or "?" ('"A!" X declared, a point
he makes after a show during which callers asked ... . "B."'), so the attribution is a sentence of its own that
opens right after the quote; it counts as that quote's attribution too when only closing marks stand between.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Span

from .cues import Attr

__all__ = ["attributed_before"]


class _Quoted(Protocol):
    """What the rule reads of a marked quote (``extract._Q``), read only."""

    @property
    def kind(self) -> str: ...
    @property
    def t0(self) -> int: ...
    @property
    def t1(self) -> int: ...
    @property
    def attr(self) -> Attr | None: ...


def attributed_before(prev: _Quoted | None, sent: Span, open_tok: int) -> bool:
    """Whether ``sent`` (the sentence before the quote opening at token ``open_tok``) is the attribution sentence
    of the direct quote ``prev`` before it: the next quote goes on with ``prev``'s speaker."""
    if prev is None or prev.kind != "direct" or prev.attr is None or prev.attr.speaker is None:
        return False
    if not (sent.start <= prev.t0 < prev.t1 <= open_tok or _right_after(sent, prev.t1)):
        return False
    cue = prev.attr.cue_start
    return sent.start <= cue < open_tok and not prev.t0 <= cue < prev.t1


def _right_after(sent: Span, t1: int) -> bool:
    """Whether ``sent`` opens right after the quoted words ending at token ``t1``: only closing marks between."""
    return t1 <= sent.start and all(t.is_punct or t.is_space for t in sent.doc[t1 : sent.start]) and \
        sent.start - t1 <= 3
