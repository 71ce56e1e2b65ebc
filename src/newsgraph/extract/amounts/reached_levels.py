"""A level reached, named by the subject of the verb that reaches it (round 24, issue 17).

"The death toll reached 440", "the number of Britons dead or missing has reached 440", "the tally topped 1,000":
the figure is the object of a verb of reaching, and what it counts is named by that verb's subject, a noun of
level or count ("toll", "number", "tally"). The counted-noun climb stops at a bare number that is a verb's object
("shooting 10": the noun was left out), so without this reading the figure had no object. A plural subject of
counted things or acts (data/measure_reached_counts.tsv: "Apprehensions on the border reached 132,000", round 32)
is itself what the figure counts. Any other subject ("the team reached 440", "prices hit 1,000") names no count
and is left alone.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ...lexicon import read_tsv

__all__ = ["reached_subject"]

# verbs whose object is a level their subject came to
_REACH = frozenset({"reach", "hit", "top", "exceed", "pass", "surpass"})
# subjects that name a count of something ("the death toll", "the number of ..."), not the thing itself
_COUNT_NOUNS = frozenset({"toll", "number", "tally", "count", "total"})


def reached_subject(root: Token) -> Token | None:
    """The subject noun that names what ``root`` (a figure, the object of a verb of reaching) counts, or None."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _REACH:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    if subj.lemma_.lower() in _COUNT_NOUNS or (subj.tag_ == "NNS" and subj.lower_ in _counted_plurals()):
        return subj
    return None


@cache
def _counted_plurals() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("measure_reached_counts.tsv"))
