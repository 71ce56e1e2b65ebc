"""Parties a reader would not give the event, emptied after scoring (issue 19, round 20 parties).

Three shapes where the finder names a party the sentence does not make one (found on pool20 ranks 116-150):

* the speaker of the clause that reports the event ("it launched a bombardment of rebel targets, a senior official
  said"): whoever says is not the one who acts or is acted on, unless the saying is the event itself;
* the place a traveller comes *from* ("her cousin, who was visiting from Israel"): the origin is not the one
  visited;
* a town that names a violent act by compound ("after the Benghazi attack"): where it happened, not who did it (a
  country's name or a people's word stays the actor: "the Soviet invasion").

Each rule only removes a party, never adds one: an empty side beats a wrong one. The rules read the scored events,
and the parties are removed from the recorded events after the tellings of one event are merged, so no event is
shown, hidden, merged or split by them, and its type stays the finder's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...record import Event
from .parties import Party, PartyResolver
from .senses import load_senses
from .triggers import _SPEECH, Found

__all__ = ["Drops", "drop_parties", "party_checks", "reporting_verb"]

#: violent act types whose noun a place names by compound ("the Benghazi attack", "the Chelsea blast")
_VIOLENT = frozenset({"ASSAULT", "FIGHT"})


def reporting_verb(tok: Token) -> Token | None:
    """The speech verb whose complement (or parenthetical) holds the clause of ``tok``, or None."""
    h = tok
    for _ in range(8):
        if h.dep_ in {"ccomp", "parataxis"} and h.head.lemma_.lower() in _SPEECH:
            return h.head
        for c in h.children:  # "X attacked Y, the official said": the parser may hang "said" under the clause
            if c.dep_ == "parataxis" and c.lemma_.lower() in _SPEECH:
                return c
        if h.head.i == h.i:
            return None
        h = h.head
    return None


def _root(p: Party, res: PartyResolver) -> Token | None:
    if p.end <= p.start:
        return None
    span = res.doc.char_span(p.start, p.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _speaker(tok: Token, verb: Token | None, p: Party, event: Token, res: PartyResolver) -> bool:
    """``tok`` is (a conjunct of) the subject of the reporting ``verb``, and nothing in the reported clause stands for
    the same entity ("Russia says it launched missiles": "it" is Russia, who acts; "X said the charges against him
    were a coup": "him" is X, the one charged). A pronoun before the speaker does not count: a reader resolves none to
    a speaker named after it, whatever the resolver found."""
    if verb is None:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.i != verb.i:
        return False
    for t in event.subtree:
        if t.pos_ == "PRON" and t.i > tok.i:  # "it launched ..., an official said": no pronoun stands for one named after
            q = res.pronoun(t)
            if q is not None and (q.entity and q.entity == p.entity or q.key() == p.key()):
                return False
        elif p.entity and (ent := res.entity_at_token(t)) is not None and ent["id"] == p.entity:
            return False
    return True


def _origin(tok: Token, f: Found) -> bool:
    """``tok`` is the object of "from" on a verb of travel that is the trigger ("visiting from Israel")."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "from" and prep.head.i == f.trigger.i
            and f.trigger.pos_ in {"VERB", "AUX"} and load_senses().word_in("travel", f.trigger))


def _town_compound(tok: Token, f: Found, res: PartyResolver) -> bool:
    """``tok`` is a town's name compounded onto a violent noun trigger ("the Benghazi attack")."""
    if f.rule.type not in _VIOLENT or not f.nominal or tok.dep_ != "compound" or tok.head.i != f.trigger.i:
        return False
    ent = res.entity_at_token(tok)
    if ent is None or res.base.country_of(ent["name"]) is not None:
        return False
    # the tagger may call a town an organization ("Benghazi" ORG): the places layer's reading decides then
    return ent["type"] in {"GPE", "LOC", "FAC"} or res.place_at(tok) is not None


#: the parties an event loses: (actor keys, target keys), as ``Party.key`` gives them
Drops = tuple[frozenset[tuple[str | None, str]], frozenset[tuple[str | None, str]]]


def _speaker_actor(tok: Token, said: Token | None, p: Party, event: Token, res: PartyResolver) -> bool:
    """An actor that is the speaker of a reporting clause told *after* the event ("it launched a bombardment ..., a
    senior official said"): the clause before it tells its own doer. A speaker told first ("the ministers said
    that they ...", "Smith said that, after talks with Jones, ...") is the usual antecedent of what follows and is
    left to the finder."""
    return said is not None and said.i > event.i and _speaker(tok, said, p, event, res)


def party_checks(found: list[Found], res: PartyResolver) -> dict[int, Drops]:
    """The parties the rules above reject, by event (``id`` of its Found); nothing is changed here: the caller
    removes them from the recorded events after the tellings of one event are merged, so that an emptied side does
    not make two acts look like one telling."""
    out: dict[int, Drops] = {}
    for f in found:
        event = f.head if f.head is not None else f.trigger
        said = reporting_verb(event)
        if said is not None and said.i in {f.trigger.i, event.i}:
            said = None  # the saying is the event ("accused", "announced"): its subject is the actor
        actors = frozenset(p.key() for p in f.actors if (tok := _root(p, res)) is not None and (
            _speaker_actor(tok, said, p, event, res) or _town_compound(tok, f, res)))
        targets = frozenset(p.key() for p in f.targets if (tok := _root(p, res)) is not None and (
            _speaker(tok, said, p, event, res) or _origin(tok, f)))
        if actors or targets:
            out[id(f)] = (actors, targets)
    return out


def drop_parties(ev: Event, drops: Drops) -> None:
    """Remove from a recorded event the parties ``drops`` names (in place)."""
    ev.actors = [p for p in ev.actors if (p.entity, p.name.lower()) not in drops[0]]
    ev.targets = [p for p in ev.targets if (p.entity, p.name.lower()) not in drops[1]]
