"""The speaker of a quoted fragment that no cue of its own attributes (round 18).

'"I cannot support him," said Senator Ruiz. "After much thought, I have concluded that he is unfit" to lead.'
The second quote is a partial (narration goes on after the closing mark), so the convention that hands a direct
quote's speaker on to the next unattributed direct quote (``extract._inherit``) never reached it, and it was left
with no speaker. Measured on PolNeAR train (sized before building: 30 such fragments in the same paragraph as the
quote before them, 24 of them PolNeAR's Source is that quote's speaker), the fragment is the words of the speaker
quoted just before it, when:

* the quote just before it (the nearest one kept, of any kind) has a speaker of its own or handed on to it, and
  was not attributed through a verb that only characterises ("branded X 'a liar'" hands no speaker on);
* both are in one paragraph, with at most one sentence end between them (a fragment further on is as often the
  writer's framing of another matter);
* the fragment has at least four words: shorter ones are names, titles and chants ("Gang of Eight", "Love you,
  Bernie") more often than anyone's words;
* the narration of its own sentence before it names no source of its own: no verb or phrase of reporting ("as he
  puts it, "..."") and no named possessor ("in Forbes' words, "...""), whose words it may be; the quote before it
  has its own attribution (a speaker handed on to it is not handed on again: one wrong link would run on).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from .cues import Cues, is_verb_cue
from .speaker_words import OWN_WORDS

# a sentence end in the narration between two quotes: ., ! or ? before a space (or the next quote's mark); never
# the period of a title before a name ("Mr. Trump said": round 33)
_TITLE_DOTS = "".join(rf"(?<!\b{t})" for t in ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt",
                                               "Capt", "Adm", "Prof", "Rev", "St"))
SENT_END = re.compile(_TITLE_DOTS + r"[.!?][\"'”’)]*\s")
_MIN_WORDS = 4


def carry_to_fragments(doc: Doc, said: Sequence[Any], par_of: dict[int, tuple[int, int]], cues: Cues) -> list[Any]:
    """Set ``inherited`` on each unattributed partial quote of ``said`` (text order, only quotes kept as said)
    that the quote before it speaks for (module docstring); ``said`` is returned as a list."""
    for k in range(1, len(said)):
        q, last = said[k], said[k - 1]
        if q.kind != "partial" or q.attr is not None or q.inherited is not None:
            continue
        if last.attr is None or last.attr.speaker is None or last.framed or \
                par_of.get(id(q)) != par_of.get(id(last)):
            continue
        if len(q.text[q.span.start : q.span.end].split(None, _MIN_WORDS)) < _MIN_WORDS:
            continue
        between = q.text[last.span.close_mark + last.span.close_width : q.span.open_mark]
        ends = list(SENT_END.finditer(between + " "))
        if len(ends) > 1:
            continue
        own = last.span.close_mark + last.span.close_width + (ends[0].end() if ends else 0)
        if _names_source(doc, own, q.t0, last.attr, cues):
            continue
        q.inherited = last
    return list(said)


def _names_source(doc: Doc, start_char: int, t0: int, attr: Any, cues: Cues) -> bool:
    """Whether the narration from ``start_char`` to token ``t0`` holds a source other than ``attr``'s cue."""
    toks = [t for t in doc[:t0][-40:] if t.idx >= start_char and not attr.cue_start <= t.i < attr.cue_end]
    for k, t in enumerate(toks):
        # a named possessor: "Forbes’" ends in its own mark when the name ends in s
        if t.tag_ == "POS" or t.text[-1] in "'’" and t.pos_ == "PROPN" or is_verb_cue(t, cues, weak=True):
            return True
        if t.lower_ in OWN_WORDS and t.pos_ == "NOUN":  # "in Forbes’ words", "in his view": the owner's words
            return True
        lemmas = tuple(x.lemma_.lower() for x in toks[k : k + 4])
        if any(lemmas[: len(p)] == p for p in cues.by_first.get(lemmas[0], ())):
            return True  # "as he puts it": the phrase "put it" read by its lemmas
    return False
