"""Round 25: sports teams the small NER model types as a person, a product or a place ("the Thunder" PERSON,
"Lakers" PRODUCT, "Wild" LOC, "Chelsea" PERSON, "Saracens" PERSON: round 24's end review and BBC sport).

Only reports that read as games are touched (a word of the ``sports_report`` class of data/event_senses.tsv or a
score, as the events family reads a game report). There a name is a team's when the report writes it right before
a player's or a manager's word ("Wild coach Bruce Boudreau", "Chelsea striker Adrian Mutu";
data/entity_team_roles.tsv), or, typed PERSON, after "the" and before no noun ("the Thunder lost", "the Sabres": a
person's name takes no article but as a modifier, "the Trump administration"; a family's plural, "the Obamas", is
left alone), or the name opens or closes with a club's word (data/entity_club_words.tsv: "AC Milan",
"Manchester United" PERSON). Every mention of that name typed PERSON, PRODUCT, LOC,
FAC, WORK_OF_ART or NORP becomes ORG, so one team is one row; a city typed GPE keeps its type (the name is its city's
too: "in Buffalo").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_tsv
from ..name_words import is_given_name
from .entity_base import _Cand, _person_tokens
from .scores import game_text

__all__ = ["relabel_teams"]

_FROM = frozenset({"PERSON", "PRODUCT", "LOC", "FAC", "WORK_OF_ART"})
# a team's other mentions NER may type as a people's name ("the Blues" PERSON once and NORP once)
_RELABEL = _FROM | {"NORP"}


@lru_cache(maxsize=1)
def _club_words() -> dict[str, frozenset[str]]:
    rows = read_tsv("entity_club_words.tsv")
    return {side: frozenset(r[0] for r in rows if r[1] == side) for side in ("open", "close")}


def _club_name(c: _Cand) -> bool:
    """A name of two words or more opening or closing with a club's word ("AC Milan", "Manchester United"),
    typed a person or a thing (a place keeps its type: "Salt Lake City")."""
    words = c.text.split()
    return c.label in {"PERSON", "PRODUCT", "WORK_OF_ART"} and len(words) >= 2 and all(
        w[:1].isupper() for w in words) and (words[0] in _club_words()["open"] or words[-1] in _club_words()["close"])


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_tsv("entity_team_roles.tsv"))


def _team_evidence(c: _Cand, text: str, full_parts: set[str]) -> bool:
    """The report writes the name right before a player's or a manager's word, or (one word) after "the"."""
    words = c.text.split()
    if c.label not in _FROM or not all(w[:1].isupper() for w in words):
        return False
    if len(words) > 1 and is_given_name(words[0]) and c.label == "PERSON":
        return False  # a person's full name ("Carolina Kluft")
    if len(words) == 1 and words[0].lower() in full_parts:
        return False  # a person's surname or given name written alone
    name = re.escape(c.text)
    roles = "|".join(re.escape(w) for w in sorted(_role_words()))
    if re.search(rf"(?<![\w'’-]){name} (?:{roles})\b", text):
        return True  # (NER often leaves the name untagged there: "Wild coach Bruce Boudreau")
    w = words[0]
    if len(words) != 1 or c.label != "PERSON" or w.endswith("s") and w[:-1].lower() in full_parts:  # "the Obamas"
        return False
    # after "the", and no modifier of a noun after it: "the Trump administration", "the Marvel hero", "the Wild
    # West" are a person's, a company's, a region's
    doc, sp = c.span.doc, c.span
    after = doc[sp.end] if sp.end < len(doc) else None
    return sp.start > 0 and doc[sp.start - 1].lower_ == "the" and (
        after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"})


def relabel_teams(cands: list[_Cand]) -> None:
    """Type ORG every mention of a name the report writes as a team's (see the module's note)."""
    if not cands or not any(c.label in _FROM for c in cands):
        return
    full_parts = {t.lower() for c in cands if c.label == "PERSON"
                  for toks in [_person_tokens(c.text)] if len(toks) >= 2 for t in toks}
    text = cands[0].span.doc.text
    teams = {c.text for c in cands if _club_name(c) or _team_evidence(c, text, full_parts)}
    if not teams or not game_text(text):
        return
    for c in cands:
        if c.text in teams and c.label in _RELABEL:
            c.label = "ORG"
