"""Who did what to whom when the violence is told by a noun: "the bombing killed 12", "three soldiers were
killed in a drone attack", "40 people died in the attack, which was claimed by the Islamic State".

Reports of attacks name the attack more often than the attacker. A violent noun is then the event, and its
parties come from the clause around it, not from the noun's own phrase:

* the noun is the subject of a verb ("the bombing killed 12", "airstrikes hit rebel positions"): the
  verb's object is the target (the verb, when a violent trigger itself, is the same event and is merged
  into the noun's by ``one_act.one_violent_event``);
* the noun is the object of "in"/"during" under a verb of harm ("died in the attack", "were wounded in
  the shelling"): the people harmed are the target, never the actor (the verb's subject used to be taken
  as the attacker);
* who claimed it ("which was claimed by the Islamic State", "the Islamic State claimed the attack") is
  the actor when the noun names none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .lexicon import TriggerRule
from .meetings import between_parties
from .parties import Party, PartyResolver
from .party_words import party_words

__all__ = ["MUTUAL", "both_sides", "VIOLENT", "HARM_VERBS", "harm_governor", "noun_subject_targets", "victims", "claimed_by",
           "outcome_victims", "owned_up"]

VIOLENT = frozenset({"ASSAULT", "FIGHT"})
#: words of fighting on both sides ("clashed", "battle"): conventional combat whoever the parties are
MUTUAL = frozenset({"fight", "fighting", "clash", "battle", "gunbattle", "firefight", "shootout", "skirmish", "war"})
#: verbs whose subject (or passive subject) is the one harmed: "died in the attack", "were killed in a raid"
HARM_VERBS = frozenset({"die", "kill", "injure", "wound", "hurt", "perish", "maim", "murder"})
_HARM_PREPS = frozenset({"in", "during", "by", "from"})
_CLAIM_VERBS = frozenset({"claim", "carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit"})


def harm_governor(node: Token) -> Token | None:
    """The verb of harm ``node`` (a violent noun) is the circumstance of: "died in the attack"."""
    if node.dep_ == "pobj" and node.head.dep_ in {"prep", "agent"} and node.head.lower_ in _HARM_PREPS:
        verb = node.head.head
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in HARM_VERBS:
            return verb
    return None


# harm verbs whose subject is the one who harms ("gunmen killed five"), not the one harmed ("five died")
_TRANSITIVE_HARM = frozenset({"kill", "injure", "wound", "hurt", "maim", "murder"})


def victims(verb: Token, res: PartyResolver) -> list[Party]:
    """The ones harmed: the subject of "died", the passive subject of "were killed"."""
    out: list[Party] = []
    for c in verb.children:
        if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and verb.lemma_.lower() not in _TRANSITIVE_HARM):
            if c.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                out.extend(res.resolve(verb.head, strict=False))
            else:
                out.extend(res.resolve(c, strict=False))
    return out


def noun_subject_targets(node: Token, rule: TriggerRule, actors: list[Party], res: PartyResolver,
                         object_targets: Callable[..., list[Party]]) -> list[Party]:
    """The target of a violent noun that is the subject of its clause: the clause's object."""
    if node.dep_ != "nsubj" or node.head.pos_ not in {"VERB", "AUX"}:
        return []
    out: list[Party] = []
    for c in node.head.children:
        if c.dep_ == "dobj":
            out.extend(object_targets(c, rule, actors, res))
    return out


def claimed_by(node: Token, res: PartyResolver) -> list[Party]:
    """The actor of an attack told by who claimed or carried it out: "the attack, which was claimed by
    the Islamic State", "an attack carried out by the Taliban"."""
    for c in node.children:
        if c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in _CLAIM_VERBS:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            return res.resolve(p, strict=False)
    return owned_up(node, res)


def owned_up(node: Token, res: PartyResolver) -> list[Party]:
    """Who claims an attack as theirs: "IS claimed the attack", "is claiming responsibility for the attacks", "has claimed credit for the attacks"."""
    if node.dep_ == "dobj" and node.head.lemma_.lower() == "claim":  # "IS claimed the attack"
        for c in node.head.children:
            if c.dep_ == "nsubj":
                return res.resolve(c, strict=False)
    return _responsible(node, res)


_OWNING = frozenset({"claim", "take", "accept", "assume", "bear", "admit"})
_OWNED = frozenset({"responsibility", "credit"})


def _responsible(node: Token, res: PartyResolver) -> list[Party]:
    """Who owns up to an attack: "is claiming responsibility for last week's attacks", "taking responsibility
    for planning and carrying out the attacks" (the subject of claiming or taking the responsibility)."""
    h = node
    if h.dep_ == "dobj" and h.head.lemma_.lower() in _CLAIM_VERBS | {"plan", "finance", "order", "organize"}:
        h = h.head  # "for carrying out the attacks": the carrying
        while h.dep_ == "conj":
            h = h.head  # "for planning, financing and carrying out": the first of the list
    if h.dep_ not in {"pobj", "pcomp"} or h.head.lower_ != "for":
        return []
    noun = h.head.head
    if noun.lemma_.lower() in _OWNING and any(c.dep_ == "dobj" and c.lemma_.lower() in _OWNED for c in noun.children):
        verb = noun  # "claimed credit for the attacks": the parser may hang "for" on the verb
    elif noun.lemma_.lower() in _OWNED and noun.head.lemma_.lower() in _OWNING:
        verb = noun.head
    else:
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ in {"xcomp", "advcl", "acl"}:
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return res.resolve(subj, strict=False) if subj is not None else []


#: states a violent act leaves people in ("which left four Americans dead")
_HARMED_STATES = frozenset({"dead", "injured", "wounded", "hurt", "maimed"})


def outcome_victims(tok: Token, res: PartyResolver) -> list[Party]:
    """Whom the violence at ``tok`` harmed, told in a clause that hangs on it: a relative clause ("the attack
    in Benghazi which left four Americans dead", "an attack that killed 12 soldiers") or a participle of its
    outcome ("stormed the station, killing six officers"). Read before the place where it happened stands in
    for the target."""
    out: list[Party] = []
    for c in tok.children:
        if not (c.dep_ in {"relcl", "acl"} or c.dep_ == "advcl" and c.tag_ == "VBG"):
            continue
        lemma = c.lemma_.lower()
        left = lemma == "leave" and any(g.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} and g.lower_ in _HARMED_STATES
                                        for g in c.children)
        if left or lemma in _TRANSITIVE_HARM:
            for g in c.children:
                if g.dep_ == "dobj":
                    out.extend(res.resolve(g, strict=False))
    return out


def fought_with(verb: Token, res: PartyResolver) -> list[Party]:
    """Who harmed the subject of a passive harm verb with no agent, told by the fight it happened in: "was killed in
    a shootout with police", "died in clashes with the army" (the other side of the fight); round 13 parties."""
    if verb.lemma_.lower() not in HARM_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return []
    # the parser may hang the fight on the phrase before it ("killed days after the attack in a shootout")
    preps = [p for c in verb.children if c.dep_ == "prep"
             for p in (c, *(q for o in c.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"))]
    for prep in preps:
        if prep.lower_ not in {"in", "during"}:
            continue
        for fight in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in MUTUAL):
            return [p for w in fight.children if w.dep_ == "prep" and w.lower_ == "with"
                    for o in w.children if o.dep_ == "pobj" for p in res.resolve(o, strict=False)]
        for force in (o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in party_words()["force"]):
            # "was killed in a police raid", "died in a US drone strike": the one whose force it was (round 15)
            mods = [w for w in force.subtree if w.dep_ in {"compound", "amod", "poss", "nmod"} and w.i < force.i]
            by = [o for w in force.children if w.dep_ == "prep" and w.lower_ == "by" for o in w.children
                  if o.dep_ == "pobj"]  # "in a crackdown by the army"
            return next((found for w in by + mods if (found := [p for p in res.resolve(w, strict=True)
                                                                if w in by or _doer_named(force, w, p, res)])), [])
    return []


#: violent nouns that are no force's own act: anyone's attack ("a terrorist attack", "the Nice attack"); only a named
#: doer before them is the actor, never a description or a place (round 30: "killed in a Taliban attack")
_ANYONES = frozenset({"attack", "assault", "offensive"})


def _doer_named(force: Token, mod: Token, p: Party, res: PartyResolver) -> bool:
    """``p``, read from ``mod`` before ``force``, may be the doer: always for a force's own act ("a police raid"); for
    anyone's attack only a named group, people or person that is no place ("a Hamas attack", "a Russian offensive";
    not "the Nice attack", where it happened, whatever type the entity layer gave the city, nor "a terrorist attack",
    a description)."""
    if force.lemma_.lower() not in _ANYONES:
        return True
    ent = res.entities.get(p.entity or "") or {}
    return ent.get("type") in {"ORG", "NORP", "PERSON"} and res.place_at(mod) is None


def both_sides(tok: Token, node: Token, targets: list[Party], res: PartyResolver) -> list[Party]:
    """``targets`` with the second side of a mutual fight first ("clashes between protesters and police left 20
    injured": the police are fought, not only the ones hurt; round 22, wave 2). The first side is the actor already."""
    both = between_parties(node, res) if tok.lemma_.lower() in MUTUAL else None
    if both is None:
        return targets
    named = {p.key() for p in both[1]}
    return both[1] + [p for p in targets if p.key() not in named]
