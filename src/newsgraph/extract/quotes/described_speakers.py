"""Unnamed speakers described by a title and the state or body they serve ("Russia's deputy U.N. envoy said").

``PersonIndex`` keeps an unnamed subject of a reporting verb ("a former official said", "the spokeswoman told
reporters") as the antecedent of the next "he"/"she", so that '"...," he added.' is that person's rather than the
last person named. Before round 22 only the job nouns of ``speaker_words.JOB_NOUNS`` counted: after "Russia's
deputy U.N. envoy said ...", "He also said ..." went to Trump, named a paragraph earlier (allsides report
wgWMTIphRfi5Qxsl). A title noun ("envoy", "minister", "ambassador") counts too when its phrase introduces the
person by the country or body they serve (see ``_serves``) and no person named before it holds a role with that
noun: such a phrase may describe a person the report named ("Iran's foreign minister" after "Foreign Minister
Mohammad Javad Zarif"), and then it is left to the name rules.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .speaker_words import person_nouns

if TYPE_CHECKING:  # pragma: no cover
    from .pronouns import PersonIndex

__all__ = ["described_speaker"]

# entity types of the country or body a title serves
_SERVED = frozenset({"GPE", "NORP", "ORG"})
# prepositions that attach the country or body to the title ("envoy to the U.N.", "minister for Europe")
_SERVE_PREPS = frozenset({"for", "of", "to"})


def _serves(subj: Token) -> bool:
    """The title ``subj`` introduces a person by the state or body they serve: a possessor ("Russia's deputy U.N.
    envoy"), or after "a"/"an" a modifier or object ("a Syrian diplomat", "an envoy to the United Nations"). A
    definite description ("the Texas senator") takes up someone named before: PolNeAR train's "the Republican
    presidential candidate said" is Trump, so it is left to the name rules."""
    if any(c.dep_ == "poss" and c.ent_type_ in _SERVED for c in subj.children):
        return True
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return False
    for c in subj.children:
        if c.dep_ in ("compound", "amod") and c.ent_type_ in _SERVED:
            return True
        if c.dep_ == "prep" and c.lower_ in _SERVE_PREPS and \
                any(p.dep_ == "pobj" and p.ent_type_ in _SERVED for p in c.children):
            return True
    return False


def _role_held_before(index: PersonIndex, subj: Token) -> bool:
    """A person named before ``subj`` holds a role whose words include the title noun."""
    head = subj.lower_
    for _st, pid in index.persons[: bisect_left(index.persons, (subj.idx, ""))]:
        roles = index.by_id[pid].get("roles") or []
        if any(head in r.lower().replace(",", " ").split() for r in roles):
            return True
    return False


def described_speaker(index: PersonIndex, subj: Token) -> bool:
    """The reporting verb's subject ``subj`` (a singular common noun) is a title that describes one unnamed person
    by the state or body they serve, a person no earlier role names."""
    return subj.lemma_.lower() in person_nouns() and _serves(subj) and not _role_held_before(index, subj)
