"""Parties a reader would not give the event, emptied or replaced after scoring (issue 19, round 20 parties).

Shapes where the finder names a party the sentence does not make one (found on pool20 ranks 116-150):

* the speaker of the clause that reports the event ("it launched a bombardment of rebel targets, a senior official
  said"): whoever says is not the one who acts or is acted on, unless the saying is the event itself;
* the place a traveller comes *from* ("her cousin, who was visiting from Israel"): the origin is not the one
  visited;
* a town that names a violent act by compound ("after the Benghazi attack"): where it happened, not who did it (a
  people's word stays the actor: "the Soviet invasion"; a country's name only on "the <noun>" of one known act with
  no target, "the Libya attack", round 22);
* a state moved out of something by its own side ("withdrew Washington from the accord"): the one moved is no
  target;
* a described last conjunct followed by the apposition that names it ("Obama and his White House guest, French
  President Francois Hollande, urged"): the person named, not the description coded by its modifier;
* the subject of a clause before a semicolon that the parser made the complement of the verb after it ("the Army has
  asked ...; the Navy has asked ..."): no target of the second ask;
* a law or bill as the doer of a material act ("the Act would impose sanctions", round 22);
* a parenthetical speech verb the parser gave two subjects ("Holmes, the SEC alleged, knew"): the second speaks
  (the actor), the first is spoken of (the target, when the event has none).

An empty side beats a wrong one: where the right party is not named, the wrong one is only removed. The rules read the scored events,
and the parties are removed from the recorded events after the tellings of one event are merged, so no event is
shown, hidden, merged or split by them, and its type stays the finder's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ...record import Event
from ...record import Party as RecordParty
from .parties import Party, PartyResolver
from .party_words import party_words
from .senses import load_senses
from .speech_acts import VERBAL, speech_verb_above
from .triggers import Found

__all__ = ["Edits", "apply_edits", "party_checks", "reporting_verb"]

#: acts done in words (and investigations, cooperation): told in reported speech, the speaker may well be their doer
#: ("American bases will be targets, Iranian commanders said" is the commanders' threat); the speaker rules are
#: for material acts only
_SAID_ACTS = VERBAL | {"INVESTIGATE", "COOPERATE"}
#: pronouns that stand for the speaker even before the speaker is named ('"We will respond," the minister said')
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
#: violent act types whose noun a place names by compound ("the Benghazi attack", "the Chelsea blast")
_VIOLENT = frozenset({"ASSAULT", "FIGHT"})


def reporting_verb(tok: Token) -> Token | None:
    """The speech verb whose complement (or parenthetical) holds the clause of ``tok``, or None: a longer walk than
    :func:`~.speech_acts.in_reported_speech`'s that also takes a parataxis "said" hung under the clause."""
    return speech_verb_above(tok, steps=8, parataxis_children=True)


def _speaker(tok: Token, verb: Token | None, p: Party, scope: Token, res: PartyResolver) -> bool:
    """``tok`` is (a conjunct of) the subject of the reporting ``verb``, and nothing under ``scope`` (the reported
    clause for an actor, the trigger's phrase for a target) stands for the same entity ("Russia says it launched missiles": "it" is Russia, who acts; "X said the charges against him
    were a coup": "him" is X, the one charged). A pronoun before the speaker does not count: a reader resolves none to
    a speaker named after it, whatever the resolver found."""
    if verb is None:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "nsubj" or tok.head.i != verb.i:
        return False
    for t in scope.subtree:
        # "it launched ..., an official said": no third-person pronoun stands for one named after it
        if t.pos_ == "PRON" and (t.i > tok.i or t.lower_ in _FIRST_PERSON):
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
    if ent is None:
        return False
    if res.base.country_of(ent["name"]) is not None:
        return _country_named_act(tok, f)
    # the tagger may call a town an organization ("Benghazi" ORG): the places layer's reading decides then
    return ent["type"] in {"GPE", "LOC", "FAC"} or res.place_at(tok) is not None


def _country_named_act(tok: Token, f: Found) -> bool:
    """A country's proper name on "the <noun>" of one known act with no target ("the Libya attack"): where it
    happened; "U.S. airstrikes", "the Russian attack" (plural, or a people's word) keep their actor."""
    noun = f.trigger
    return (tok.pos_ == "PROPN" and noun.tag_ == "NN" and not f.targets
            and noun.lemma_.lower() in party_words()["place_named"]
            and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children))


def _law_actor(tok: Token, f: Found) -> bool:
    """A law or bill as the doer of a material act ("the Act would impose sanctions"): it provides for the act,
    whoever passes or applies it does it (round 22, wave 2); an act in words ("the resolution condemns") keeps it."""
    return f.rule.type not in _SAID_ACTS and tok.lemma_.lower() in party_words()["law"] and tok.pos_ in {"NOUN", "PROPN"}


def _conjunct_apposition(tok: Token, p: Party, res: PartyResolver) -> Party | None:
    """The person an apposition names right after a described last conjunct ("Obama and his White House guest,
    French President Francois Hollande, urged"): the parser hangs the apposition on the first conjunct, so the
    description took the code of its own modifier ("White House")."""
    own = res.entities.get(p.entity or "")
    if own is not None and own["type"] == "PERSON" or tok.dep_ != "conj" or tok.right_edge.i + 2 >= len(tok.doc):
        return None  # (a named person keeps the name; a description may hold a body's name: "White House")
    comma = tok.doc[tok.right_edge.i + 1]
    for a in tok.head.children:
        if a.dep_ == "appos" and comma.text == "," and a.left_edge.i == comma.i + 1:
            ent = res.entity_at_token(a)
            if ent is not None and ent["type"] == "PERSON":
                return res.from_entity(ent, a)
    return None


def _moved_own_state(tok: Token, f: Found) -> bool:
    """A state as the object of a verb that moves one's own side out of something ("withdrew Washington from the
    accord", "pulled the country out of the treaty"): the one moved is the actor's side, not the target."""
    verb = f.trigger
    if tok.dep_ != "dobj" or tok.head.i != verb.i or verb.lemma_.lower() not in party_words()["moving"]:
        return False
    if tok.ent_type_ not in {"GPE"}:
        return False
    return any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"from", "out"} for c in verb.children)


def _clause_before_semicolon(tok: Token, f: Found) -> bool:
    """``tok`` is the subject of a clause the parser made the trigger's complement though a semicolon parts them
    ("the Army has asked to move it; the Navy has asked ..."): a clause before the semicolon is its own act."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "the Army and the Air Force"
        tok = tok.head
    clause = tok.head
    verb = f.trigger
    if tok.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.i > verb.i:
        return False
    return any(t.text == ";" and t.head.i == verb.i for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _parenthetical_subjects(f: Found) -> tuple[Token, Token] | None:
    """(the clause's subject, the speaker) where the parser gave a parenthetical speech verb both ("Holmes, the SEC
    alleged, knew"): the first subject, before a comma, is the one spoken of; the second, next to the verb, speaks."""
    verb = f.trigger
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ != "parataxis" or len(subjects) != 2:
        return None
    first, second = subjects
    between = verb.doc[first.i + 1 : second.left_edge.i]  # (the parser may hang the comma on the first subject)
    return (first, second) if len(between) and all(t.text == "," for t in between) else None


Key = tuple[str | None, str]


@dataclass
class Edits:
    """What the rules change in one event: actors and targets (by ``Party.key``) replaced by another party or
    removed (None), and the targets to give it when it has none."""

    actors: dict[Key, Party | None] = field(default_factory=dict)
    targets: dict[Key, Party | None] = field(default_factory=dict)
    added_targets: list[Party] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.actors or self.targets or self.added_targets)


def _speaker_actor(tok: Token, said: Token | None, p: Party, event: Token, res: PartyResolver) -> bool:
    """An actor that is the speaker of a reporting clause told *after* the event ("it launched a bombardment ..., a
    senior official said"): the clause before it tells its own doer. A speaker told first ("the ministers said
    that they ...", "Smith said that, after talks with Jones, ...") is the usual antecedent of what follows and is
    left to the finder."""
    return said is not None and said.i > event.i and _speaker(tok, said, p, event, res)


def _actor_edit(tok: Token, p: Party, f: Found, said: Token | None, event: Token, res: PartyResolver,
                edits: Edits) -> None:
    if _speaker_actor(tok, said, p, event, res) or _town_compound(tok, f, res) or _law_actor(tok, f):
        edits.actors[p.key()] = None
        return
    named = _conjunct_apposition(tok, p, res)
    if named is not None:
        edits.actors[p.key()] = named
        return
    pair = _parenthetical_subjects(f)
    if pair is not None and tok.i == pair[0].i:
        speaker = res.resolve(pair[1], strict=False)
        edits.actors[p.key()] = speaker[0] if len(speaker) == 1 else None
        if not f.targets:
            edits.added_targets.append(p)


def party_checks(found: list[Found], res: PartyResolver) -> dict[int, Edits]:
    """The changes the rules above make, by event (``id`` of its Found); nothing is changed here: the caller
    applies them to the recorded events after the tellings of one event are merged, so that a changed side does
    not make two acts look like one telling, or one act like two."""
    out: dict[int, Edits] = {}
    for f in found:
        event = f.head if f.head is not None else f.trigger
        said = reporting_verb(event) if f.rule.type not in _SAID_ACTS else None
        if said is not None and said.i in {f.trigger.i, event.i}:
            said = None  # the saying is the event ("accused", "announced"): its subject is the actor
        edits = Edits()
        for p in f.actors:
            if (tok := p.root(res.doc)) is not None:
                _actor_edit(tok, p, f, said, event, res, edits)
        for p in f.targets:
            tok = p.root(res.doc)
            # a target the speaker stands for is told in the trigger's own phrase ('"what we've seen in the airstrikes
            # ...," the spokesman said': "we" is no target of the airstrikes)
            if tok is not None and (_speaker(tok, said, p, f.trigger, res) or _origin(tok, f) or _moved_own_state(tok, f)
                                    or _clause_before_semicolon(tok, f)):
                edits.targets[p.key()] = None
            elif tok is not None and (named := _conjunct_apposition(tok, p, res)) is not None:
                edits.targets[p.key()] = named
        if edits:
            out[id(f)] = edits
    return out


def _edited(parties: list[RecordParty], edits: dict[Key, Party | None]) -> list[RecordParty]:
    """``parties`` with the edits made, each party once (a replacement may name a party the side already holds,
    before or after the one replaced: "Holmes, the SEC alleged" with both subjects as actors)."""
    out: list[RecordParty] = []
    seen: set[Key] = set()
    for p in parties:
        key = (p.entity, p.name.lower())
        if key not in edits:
            new_key, party = key, p
        elif (new := edits[key]) is not None:
            new_key, party = new.key(), RecordParty.model_validate(new.to_dict())
        else:
            continue
        if new_key not in seen:
            seen.add(new_key)
            out.append(party)
    return out


def apply_edits(ev: Event, edits: Edits) -> None:
    """Apply ``edits`` to a recorded event (in place)."""
    ev.actors = _edited(ev.actors, edits.actors)
    ev.targets = _edited(ev.targets, edits.targets)
    actors = {(p.entity, p.name.lower()) for p in ev.actors}
    if not ev.targets:
        ev.targets = [RecordParty.model_validate(p.to_dict()) for p in edits.added_targets if p.key() not in actors]
