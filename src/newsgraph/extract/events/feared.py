"""Whom a stated feeling told with a clause is aimed at (round 30, issue 19).

"The German government voiced concern that Russia was building new bases", "the ministers are concerned that China
has placed missiles on the reef", "advisers expressed worry that Mr. Lopez did not call": the feeling (class
``feeling`` of data/event_senses.tsv, DISAPPROVE) is about what the clause's subject did, so that subject is the
target. Only a named party counts (an entity, not "civilians could be hurt": the feared harm's victims) and only an
active subject (a passive one, "that Russia was targeted", underwent the act); a clause of "if" or "whether" asks,
it tells no act. Nor does a clause of state ("concern that Europe could become an arena", "that Iran is isolated": a
linking verb tells what a party would be, not what it did) or one whose act hangs on an "if"/"unless" ("that if the
treaty collapses, Europe could ..."): the subject is no doer the feeling is aimed at (round 30, ev2).
"""

from __future__ import annotations

from spacy.tokens import Token

from .feelings import _LINKS
from .open_options import conditioned
from .parties import Party, PartyResolver
from .senses import load_senses

__all__ = ["feared_doer"]

_CLAUSES = frozenset({"ccomp", "acl"})


def feared_doer(tok: Token, typ: str, actors: list[Party], res: PartyResolver) -> list[Party]:
    """The named subject of the "that" clause of a feeling trigger, none where the clause names no entity."""
    if typ != "DISAPPROVE" or not load_senses().word_in("feeling", tok):
        return []
    own = {a.entity for a in actors if a.entity}
    for c in tok.children:
        if c.dep_ not in _CLAUSES or c.i < tok.i:
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if marks - {"that"}:
            return []  # "concerned whether ...", "worried because ...": no act told as the feeling's cause
        if c.lemma_.lower() in _LINKS or conditioned(c):
            return []  # a state, or an act on a condition: nobody's deed told
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return []
        return [p for p in res.resolve(subj, strict=True) if p.entity and p.entity not in own]
    return []
