"""Round 33 (issue 18, real reports): an option weighed or a cause pursued is no statement.

"The government is considering allowing provinces to issue more bonds", "Investigators are considering the
possibility that a third country was behind it", "Obama considered ISIS a junior varsity team", "she campaigned
against the tax": the reporting frame of ``data/attribution_frames.tsv`` made an indirect quote of what the subject
weighs, believes or pursues. An independent review of real reports counted them as actions, not quotes. They are
kept as kind ``stance`` (stored with their holder, never listed as words said), so PolNeAR's attributions of the
same frames are still matched. The verbs are ``data/quote_deliberation_verbs.tsv``; "weighed in" (giving one's
view) is speech and stays. Quoted words (a partial quote) under such a verb are someone's words and stay.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...lexicon import read_tsv
from ...record import Quote
from .afterpass import verb_at

__all__ = ["settle_deliberations"]


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("quote_deliberation_verbs.tsv") if row)


def settle_deliberations(doc: Doc, out: list[Quote]) -> None:
    """Indirect quotes told by a verb of deliberating or campaigning become stances (in place)."""
    for q in out:
        if q.kind != "indirect" or q.modality != "asserted":  # a negated or hypothetical one is unlisted already
            continue
        verb = verb_at(doc, q.cue_start, q.cue_end)
        if verb is None or verb.lemma_.lower() not in _verbs():
            continue
        if any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children):  # "weighed in": a view given
            continue
        q.kind = "stance"
