"""Review of round 27's independent reading, fixed in round 28 (issue 19 item 1): parties the sentence names but the
engine left empty, and parties taken from a neighbouring phrase.

- **The owner of what is backed or rejected is the target.** "Five Labour MPs backed her deal", "the US will support
  their efforts", "rejected Iran's proposal": a verb of backing, rejecting or criticizing whose object is a thing
  owned by someone (a possessive pronoun or name on a noun that is no person) aims at that owner. The pronoun is
  resolved as any pronoun party is (``resolve_pronoun``); one it cannot name, or the actor's own, leaves the target
  empty (``owned_objects``).
- **Praise for a fall backs no one.** "applauded Bolton's departure" gave SUPPORT the target Bolton: the possessor
  (or "of" object) of a noun of leaving or fall (data/event_party_words.tsv kind ``ending``) undergoes it, so a
  SUPPORT event loses that target (``ending_possessors``).
- **A predicate noun is not the doer.** "Trump became the first president to meet its leader" gave the actor "first
  president": the act in a phrase on a predicate noun of "be"/"become"/"remain" is done by that verb's subject; it
  replaces the noun when it names an entity, else no actor (``copula_actors``).
- **The title holder, not the body headed, is sanctioned.** "is sanctioning the chairman of Gazprom" gave the
  target Gazprom: an "of" object of a head noun (kind ``heads``: "chairman", "head", "chief") that is the verb's
  object, or one of its conjuncts, is whose that person is, not the target; it is dropped (``headed_bodies``).
- **What an inquiry asks names its target.** "is investigating whether Torshin funneled money": the subject of a
  "whether"/"if" clause on a verb of investigating is the one investigated (``investigated_whether``).
- **A pledge's "to" phrase, a pact's "with" phrase.** "pledged allegiance to IS" (kind ``pledge``) backs IS;
  "agreed to form a coalition with the Independent Greeks" (kind ``pact``) agrees with them (``bond_partners``).
- **A weapon's maker is not its shooter.** "struck by a Russian-made missile" gave the actor the missile coded RUS:
  round 25 kept a weapon with a side's adjective; a hyphened origin word ("Russian-made", kind ``made``) tells where
  it was made, not who fired it; the weapon is dropped from the actors (``made_weapons``).

- **A relative word the parser gave to the verb of speech.** "a company that the U.S. says has aided Syrian forces"
  gave AID the actor of the main clause ("38 Russian people"): the parser hung "that" on "says" beside its own
  subject and "aided" on the main verb. An act with no subject of its own right after such a clause (a verb of speech
  with two subjects, one of them a relative word) is done by the noun the clause hangs on (``relative_sayers``;
  round 27's :func:`.review27.zero_relative_doers` reads the case with no relative word).

Each rule only fills an empty side with an entity the resolver names, or drops a party: precision first. Run after
scoring, like :mod:`.review27`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..quotes.cue_table import reporting_verbs
from .parties import Party, PartyResolver
from .party_words import party_words
from .senses import load_senses
from .triggers import Found, _subject_of

__all__ = ["review28_parties"]

#: types whose target is the owner of the thing backed, rejected or criticized
_OWNED_TYPES = frozenset({"SUPPORT", "REJECT", "DISAPPROVE"})
_COPULAS = frozenset({"be", "become", "remain"})
_WHETHER = frozenset({"whether", "if"})
_RELATIVE = frozenset({"that", "which", "who"})


def _named(parties: list[Party], actors: list[Party]) -> list[Party]:
    """The parties that name an entity other than an actor's (an empty side beats a guessed one). Only the entity
    counts: a coalition partner or a backed leader is often of the actor's own country ("Tsipras agreed with the
    Independent Greeks")."""
    mine = {a.entity for a in actors}
    return [p for p in parties if p.entity is not None and p.entity not in mine]


def _owner(poss: Token, res: PartyResolver) -> list[Party]:
    if poss.pos_ == "PRON":
        p = res.pronoun(poss)
        return [p] if p is not None else []
    return res.resolve(poss, strict=True)


def owned_objects(f: Found, res: PartyResolver) -> None:
    if f.nominal or f.rule.type not in _OWNED_TYPES:
        return
    words, senses = party_words(), load_senses()
    for obj in (c for c in f.trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        if senses.word_in("animate", obj) or obj.lemma_.lower() in words["kin"] | words["ending"]:
            continue  # "backed her son": the son is the one backed; "backed his removal": not him
        if f.targets and not all(p.entity is None and (r := p.root(f.trigger.doc)) is not None and r.i == obj.i
                                 for p in f.targets):
            return  # a side already named; only the owned thing itself ("praised his leadership") gives way
        poss = next((c for c in obj.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ not in {"its", "my", "our", "your"}:
            owner = _named(_owner(poss, res), f.actors)
            if owner or not f.targets:
                f.targets = owner
            return


def ending_possessors(f: Found) -> None:
    if f.rule.type != "SUPPORT" or not f.targets:
        return
    ending = party_words()["ending"]

    def _fallen(p: Party) -> bool:
        r = p.root(f.trigger.doc)
        if r is None:
            return False
        head = r.head.head if r.dep_ == "pobj" and r.head.lower_ == "of" else r.head if r.dep_ == "poss" else None
        return head is not None and head.lemma_.lower() in ending

    f.targets = [p for p in f.targets if not _fallen(p)]


def copula_actors(f: Found, res: PartyResolver) -> None:
    for i, p in enumerate(f.actors):
        r = p.root(f.trigger.doc)
        if p.entity is not None or r is None or r.dep_ != "attr" or r.head.lemma_.lower() not in _COPULAS:
            continue
        if f.trigger.i == r.i or not r.left_edge.i <= f.trigger.i <= r.right_edge.i:
            continue  # "He is the leader who met ...": only an act in the predicate noun's own phrase
        subj = _named(_subject_of(r.head, res), [])
        f.actors = f.actors[:i] + subj[:1] + f.actors[i + 1:]
        return


def headed_bodies(f: Found) -> None:
    if not f.targets:
        return
    heads = party_words()["heads"]

    def _headed(p: Party) -> bool:
        r = p.root(f.trigger.doc)
        if p.person or r is None or r.dep_ != "pobj" or r.head.lower_ != "of":
            return False  # a person is never the body a title heads (a misparse: "the head of the firm and Ivan Li")
        title = r.head.head
        objs = [c for c in f.trigger.children if c.dep_ == "dobj"]
        return title.lemma_.lower() in heads and any(title.i == o.i or title.i in {c.i for c in o.conjuncts} for o in objs)

    f.targets = [p for p in f.targets if not _headed(p)]


def investigated_whether(f: Found, res: PartyResolver) -> None:
    if f.targets or f.nominal or f.rule.type != "INVESTIGATE":
        return
    for clause in (c for c in f.trigger.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "mark" and c.lower_ in _WHETHER for c in clause.children):
            subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.pos_ == "PROPN":  # a name, never "it" or "the money"
                f.targets = _named(res.resolve(subj, strict=True), f.actors)
            return


def _with_object(tok: Token, words: frozenset[str], prep: str) -> Token | None:
    """The object of ``prep`` on a bond noun ``tok`` (or on a verb it is the object of)."""
    if tok.lemma_.lower() not in words and not any(
            c.dep_ == "compound" and c.lemma_.lower() in words for c in tok.children):
        return None
    for owner in (tok, tok.head) if tok.dep_ == "dobj" else (tok,):
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def bond_partners(f: Found, res: PartyResolver) -> None:
    if f.targets or f.nominal or f.rule.type not in {"SUPPORT", "AGREE"}:
        return
    words = party_words()
    t = f.trigger
    if f.rule.type == "SUPPORT":
        nouns, prep = [c for c in t.children if c.dep_ == "dobj"], "to"
        kind = words["pledge"]
    else:  # "agreed to form a coalition with", "agreed to a truce with"
        nouns = [o for c in t.children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"]
        nouns += [o for c in t.children if c.dep_ == "prep" and c.lower_ in {"to", "on"} for o in c.children
                  if o.dep_ == "pobj"]
        prep, kind = "with", words["pact"]
    for n in nouns:
        obj = _with_object(n, kind, prep)
        if obj is not None:
            f.targets = _named(res.resolve(obj, strict=True), f.actors)
            return


def made_weapons(f: Found) -> None:
    made = party_words()["made"]
    senses = load_senses()

    def _made(p: Party) -> bool:
        r = p.root(f.trigger.doc)
        if r is None or not (senses.word_in("projectile", r) or senses.word_in("missile", r)):
            return False
        return any(w.text.lower().rsplit("-", 1)[-1] in made for w in r.lefts if "-" in w.text) or any(
            w.lower_ in made and w.i > 0 and r.doc[w.i - 1].text == "-" for w in r.lefts)

    f.actors = [p for p in f.actors if not _made(p)]


def _relative_say(verb: Token) -> Token | None:
    """The relative clause of speech right before ``verb`` ("that the U.S. says has aided": says) whose relative
    word the parser took as a second subject of "says", when ``verb`` has no subject of its own; else None."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    i = verb.i - 1
    while i > 0 and verb.doc[i].dep_ in {"aux", "auxpass", "neg", "advmod"}:
        i -= 1  # "says has aided", "says had long supplied"
    say = verb.doc[i]
    if say.dep_ != "relcl" or say.lemma_.lower() not in reporting_verbs() or say.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    subjects = [c for c in say.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or not any(c.lower_ in _RELATIVE and c.i == say.left_edge.i for c in subjects):
        return None
    return say


def relative_sayers(f: Found, res: PartyResolver) -> None:
    if f.nominal:
        return
    say = _relative_say(f.head or f.trigger)
    if say is None:
        return
    f.actors = res.resolve(say.head)  # the noun the clause hangs on (not its conjuncts before it)
    keys = {a.key() for a in f.actors}
    f.targets = [t for t in f.targets if t.key() not in keys]


def review28_parties(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the round-28 side rules applied in place (module docstring)."""
    for f in found:
        made_weapons(f)
        relative_sayers(f, res)
        copula_actors(f, res)
        ending_possessors(f)
        headed_bodies(f)
        owned_objects(f, res)
        investigated_whether(f, res)
        bond_partners(f, res)
    return found
