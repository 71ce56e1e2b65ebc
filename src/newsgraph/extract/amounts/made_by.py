"""The maker of a measured flow is not what it measures (round 37, issue 17).

"The plant produces 500 barrels a day", "the Zaporizhzhia plant generates 6,000 megawatts": the figure is the
unit noun itself, the verb's direct object, and the climb in ``objects._climbed_anchor`` reached the verb's
subject and took the plant as the counted thing. A subject of a verb of making or moving a flow
(data/measure_maker_verbs.tsv) makes, pumps or ships the measured stuff; it is never the stuff. Verbs of size
("the fish weighed 300 pounds", "the reservoir holds 2 million gallons") are not listed: there the subject is
what is measured, and it stays.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...lexicon import read_tsv

__all__ = ["maker_subject"]


@lru_cache(maxsize=1)
def _maker_verbs() -> frozenset[str]:
    return frozenset(w.strip().lower() for row in read_tsv("measure_maker_verbs.tsv") for w in row[0].split("|"))


def maker_subject(arg: Token, root: Token, verb: Token, span: Span) -> bool:
    """The subject ``arg`` of ``verb`` makes the measure whose unit noun ``root`` (inside the figure's ``span``)
    is that verb's direct object."""
    return (arg.dep_ == "nsubj" and root.dep_ == "dobj" and root.head.i == verb.i and root.pos_ == "NOUN"
            and span.start <= root.i < span.end and verb.lemma_.lower() in _maker_verbs())
