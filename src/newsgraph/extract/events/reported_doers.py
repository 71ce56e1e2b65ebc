"""Round 35 (evtype, issue 19): the doer of a deed told in a participle hung on the reporting clause.

"Tankers have supplied fuel to the North, two security sources told Reuters, providing another lifeline to
Pyongyang": the parser hangs "providing" on "told", and the participle took the reporting clause's subject (the
sources) as its doer. The participle goes on telling the reported deed, not the report: its doer is the subject of
the reported clause (the tankers), or nobody where that clause has none the resolver can name.

The rule reads only deeds (no verbal type: "X said, calling it a disgrace" is the speaker's own word) told by a
participle with no subject of its own, hanging on a verb of speaking whose reported clause comes before it. It only
moves the doer from the reporter to the reported clause's subject, or leaves it empty: an empty side beats a wrong
one.
"""

from __future__ import annotations

from spacy.tokens import Token

from .parties import PartyResolver
from .senses import load_senses
from .speech_acts import VERBAL
from .triggers import Found

__all__ = ["reported_deed_doers"]

#: the links by which a reporting verb holds what was reported
_CONTENT = frozenset({"ccomp", "parataxis"})


def _reported_clause(f: Found) -> Token | None:
    """The reported clause before the reporting verb the deed's participle hangs on, or None."""
    tok = f.trigger
    if f.nominal or f.derived_from is not None or f.rule.type in VERBAL:
        return None
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or not load_senses().word_in("speech", verb):
        return None
    return next((c for c in verb.children if c.dep_ in _CONTENT and c.i < verb.i), None)


def reported_deed_doers(found: list[Found], res: PartyResolver) -> list[Found]:
    """Each deed told by a participle on a reporting verb takes the reported clause's subject as its doer (module
    text)."""
    for f in found:
        clause = _reported_clause(f)
        if clause is None:
            continue
        speaker = f.trigger.head
        said_by = [c for c in speaker.children if c.dep_ == "nsubj"]
        if not any(s.left_edge.idx <= p.start < s.right_edge.idx + len(s.right_edge.text)
                   for s in said_by for p in f.actors):
            continue  # the doer was not taken from the reporting clause
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        f.actors = res.resolve(subj, strict=False) if subj is not None else []
    return found
