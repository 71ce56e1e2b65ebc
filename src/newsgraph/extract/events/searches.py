"""Round 19 (issue 19, review 19's institutional pegs): the target of a search. An investigators' search
("the FBI is scouring Seccombe Lake Park", "searched the suspect's garage") is INVESTIGATE of whoever is
investigated; the place searched is where, never the one investigated, so a place (a GPE, LOC or FAC entity, or a
noun of the ``searched_place`` class of data/event_senses.tsv) is no target of it. One hook for the targets of news
pegs, so find.py calls one function: round 17b's embassy buildings (pegs.no_premises) and these searches; round 36: whom an arrest warrant is for (warrants.py)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import TriggerRule
from .parties import Party, PartyResolver
from .pegs import no_premises
from .senses import Senses
from .warrants import is_warrant_issued, warrant_targets

__all__ = ["peg_targets"]

_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def peg_targets(tok: Token, rule: TriggerRule, targets: list[Party], res: PartyResolver,
                senses: Senses) -> list[Party] | None:
    """``targets`` less the means or the site of a news peg: an embassy opened (round 17b), a place searched;
    None where the peg is told by another trigger (round 36: "a warrant for the arrest of X" is the arrest's)."""
    if rule.type == "SUPPORT" and rule.context == "diplomatic":
        return no_premises(targets, senses)  # "opened its embassy": the building is the means (round 17b)
    if is_warrant_issued(tok, rule.type):
        return warrant_targets(tok, res)  # "issued an arrest warrant for X over Y's killing": X (round 36)
    if rule.type == "INVESTIGATE" and _searching(tok.lemma_.lower(), senses):
        return [t for t in targets if not _searched_place(t, res, senses)]
    return targets


def _searching(lemma: str, senses: Senses) -> bool:
    """A verb of searching ("search", "scour", "comb"): the trigger rows of the searches send it to its senses
    (data/plover_triggers.tsv, round 19), and the sense rows make it an investigation only by who searches what
    (data/event_senses.tsv); no other verb has a sense row of INVESTIGATE, so those rows name the searches."""
    return any(s.type == "INVESTIGATE" for s in senses.rows.get(lemma, ()))


def _searched_place(party: Party, res: PartyResolver, senses: Senses) -> bool:
    ent = res.entities.get(party.entity or "")
    if ent is not None and ent["type"] in _PLACE_TYPES:
        return True
    words = party.name.lower().split()
    return bool(words) and words[-1] in senses.classes.get("searched_place", (frozenset(), ()))[0]
