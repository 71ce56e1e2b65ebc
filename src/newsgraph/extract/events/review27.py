"""Review of round 27 (issue 19): sides that are no party to the act, read on ten unseen reports.

- **A place where the act happens is not the one acted on.** "Mendes was jailed in Ohio", "detained in Lisbon",
  "mass protests in Santiago", "visiting troops in Basra" gave the place as the target: a party whose phrase is the
  object of a preposition of place ("in", "inside", "near", "outside", "within", "throughout", "around") that hangs
  on the trigger is where the act happens (the event's ``place`` tells it), not its patient (``located_targets``).
  Only for arrests and other coercion, protests and meetings; a strike or a fight "in Syria" keeps the country it hits,
  and "at" is left alone ("fired at the crowd" names the target). A place a protest names is never its target
  ("demonstrators shut down operations at Lima's airport").
- **A captive's role is not a second captive.** "took dozens of pupils hostage" gave the targets "pupils" and
  "hostage" (or "pupils hostage"): the role word after the object ("hostage", "captive", "prisoner", class
  ``hostage`` of data/event_senses.tsv) says what the captives became, so it is dropped from the targets, and cut off
  the end of a target's name (``captive_roles``).
- **A visit to one's own family is private.** "was visiting her children in London" gave CONSULT: a visit whose
  object is a relative of a possessive pronoun ("her parents", "his family", "their children") is no meeting of
  parties; no event (``family_visits``; kin words: data/event_party_words.tsv kind ``kin`` and the one-word rows of data/relatives.tsv).

- **Forces sent are not the side they face.** "was sending its military to the border" gave MOBILIZE the target "its
  military": the object of a verb of mobilizing is the force moved, the actor's own, never a target
  (``moved_forces``); an "against" phrase in that object names the foe, which is the target.

- **A claim's source with no relative word is not the doer either.** "sanctioned a firm it says supplied North
  Korea with fuel", "firms the US says aided Syria": the parser hangs the act on the main clause, whose subject (or
  the sayer) became the actor. An act right after a relative clause of speech that has no relative word ("it says",
  "the US says"), with no subject of its own, is done by the noun that clause hangs on; when that noun is one of a
  coordination ("38 people and firms the US says aided") nobody can tell which, so no actor
  (``zero_relative_doers``; the round-26 rule of :mod:`.review26` reads the case with "which").

Run after scoring, like :mod:`.review26`: only sides are edited and events dropped.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ..quotes.cue_table import reporting_verbs
from .parties import Party, PartyResolver
from .party_words import party_words
from .senses import load_senses
from .side_words import counted_head
from .triggers import Found

__all__ = ["located_targets", "captive_roles", "family_visits", "moved_forces", "zero_relative_doers"]

#: prepositions of place: their object is where an act happens ("at" is left out: "fired at", "aimed at")
_LOCATIVE = frozenset({"in", "inside", "near", "outside", "within", "throughout", "around"})
#: the types whose target is a person or body acted on, never the place of the act (a strike "in Syria" hits Syria)
_PLACED_TYPES = frozenset({"COERCE", "PROTEST", "CONSULT"})


def _locative_of(tok: Token) -> Token | None:
    """The word a locative phrase holding ``tok`` hangs on ("jailed in Ohio and Texas": jailed), else None."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def _place_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for pl in doc._.newsgraph_places or [] for m in pl.get("mentions") or []]


def _protested_owner(root: Token | None) -> bool:
    """Round 31: the possessor of what a protest is "against" ("protesting against Beijing's growing influence") is
    the one protested against, even where its name is a place's: it owns the thing, it is not where the protest is
    ("at Lima's airport" names no "against" and stays out)."""
    node = root.head if root is not None and root.dep_ == "poss" else root
    return node is not None and node.dep_ == "pobj" and node.head.lower_ == "against" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in node.children)


def located_targets(found: list[Found], doc: Doc) -> list[Found]:
    """``found`` with the places of coercion, protests and meetings taken out of the targets (in place); a protest's
    place is no target wherever it stands ("shut down operations at Lima's airport")."""
    places: list[tuple[int, int]] | None = None
    for f in found:
        if f.rule.type not in _PLACED_TYPES or not f.targets:
            continue
        carriers = {f.trigger.i, (f.head or f.trigger).i}
        kept = []
        for p in f.targets:
            root = p.root(doc)
            if f.rule.type == "PROTEST" and not _protested_owner(root):
                places = _place_spans(doc) if places is None else places
                if any(s < p.end and p.start < e for s, e in places):
                    continue
            on = _locative_of(root) if root is not None and root.sent == f.trigger.sent else None
            if on is None or on.i not in carriers:
                kept.append(p)
        f.targets = kept
    return found


def _bare_role(tok: Token) -> bool:
    """``tok`` is a captive's role said of others: a singular role word with no determiner ("took them hostage";
    "the hostage", "three hostages" are captives)."""
    return load_senses().word_in("hostage", tok) and tok.tag_ == "NN" and not any(
        c.dep_ in {"det", "nummod", "poss", "amod"} for c in tok.children)


def captive_roles(found: list[Found], doc: Doc) -> list[Found]:
    """``found`` with a captive's role ("took them hostage") out of the targets of an abduction (in place)."""
    for f in found:
        if f.mode != "abduct" or not f.targets:
            continue
        kept = []
        for p in f.targets:
            sp = p.span(doc)
            if sp is None or not _bare_role(sp[-1]):
                kept.append(p)
            elif len(sp) > 1 and sp[-2].tag_ == "NNS" and sp[-2].dep_ == "compound" and sp[-2].head.i == sp[-1].i:
                # "dozens of pupils hostage": the parser made the role the head; the captives are the plural noun
                p.name = sp[-2].text if sp[0].i == sp[-2].i else doc.text[sp.start_char:sp[-2].idx + len(sp[-2])]
                p.end = sp[-2].idx + len(sp[-2])
                kept.append(p)
            elif len(sp) > 1:
                kept.append(p)
        f.targets = kept
    return found


@lru_cache(maxsize=1)
def _family_nouns() -> frozenset[str]:
    """Kin nouns: the party words' ``kin`` class and the one-word rows of data/relatives.tsv ("children",
    "grandson"), which the party words leave out because, alone, they are no side ("children" of a country)."""
    return frozenset(party_words()["kin"]) | frozenset(r[0].lower() for r in read_tsv("relatives.tsv") if " " not in r[0])


def _own_family(tok: Token) -> bool:
    """``tok`` is a relative of someone a possessive pronoun names ("her children", "his parents"); "its" is left
    out (a country's "children" are its people, not a family)."""
    if tok.lemma_.lower() not in _family_nouns() and tok.lower_ not in _family_nouns():
        return False
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ != "its" for c in tok.children)


def family_visits(found: list[Found]) -> list[Found]:
    """``found`` without the visits whose object is the visitor's own family (see the module's text)."""
    out = []
    for f in found:
        verb = f.head or f.trigger
        if f.rule.type == "CONSULT" and f.trigger.lemma_.lower() == "visit" and any(
                c.dep_ == "dobj" and _own_family(c) for c in verb.children):
            continue
        out.append(f)
    return out


def moved_forces(found: list[Found], doc: Doc, res: PartyResolver) -> list[Found]:
    """``found`` with the forces a MOBILIZE verb moves taken out of its targets (in place); the foe an "against"
    phrase of those forces names is the target instead ("trained 500 hackers capable of launching attacks against
    the United States": the United States)."""
    for f in found:
        if f.rule.type != "MOBILIZE" or not f.targets:
            continue
        verb = f.head or f.trigger
        kept: list[Party] = []
        foes: list[Party] = []
        for p in f.targets:
            root = p.root(doc)
            while root is not None:
                up = counted_head(root)  # round 32: "thousands of volunteer militiamen" is counted by "thousands"
                if up.i != root.i:
                    root = up
                elif root.dep_ == "conj":
                    root = root.head
                else:
                    break
            if root is None or root.head.i != verb.i or root.dep_ not in {"dobj", "nsubjpass"}:
                kept.append(p)
                continue
            foes += [q for t in root.subtree if t.dep_ == "pobj" and t.head.lower_ == "against"
                     for q in res.resolve(t)]
        keys = {p.key() for p in kept + f.actors}
        f.targets = kept + [q for q in foes if q.key() not in keys]
    return found


def _zero_relative_say(verb: Token) -> Token | None:
    """The verb of speech right before ``verb`` that heads a relative clause with no relative word ("a firm it
    says supplied": says), when ``verb`` has no subject of its own; else None."""
    if verb.i == 0 or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    say = verb.doc[verb.i - 1]
    if say.dep_ != "relcl" or say.lemma_.lower() not in reporting_verbs() or say.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.lower_ in {"which", "that", "who", "whom"} for c in say.children) or any(
            c.dep_ == "ccomp" and c.i != verb.i for c in say.children):
        return None
    return say if any(c.dep_ == "nsubj" for c in say.children) else None


def zero_relative_doers(found: list[Found], res: PartyResolver) -> list[Found]:
    """``found`` with the doer of an act told in a relative clause of speech set to the noun it hangs on (in place;
    see the module's text)."""
    for f in found:
        if f.nominal:
            continue
        verb = f.head or f.trigger
        say = _zero_relative_say(verb)
        if say is None:
            continue
        noun = say.head
        coordinated = noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children)
        f.actors = [] if coordinated else res.resolve(noun)
        keys = {a.key() for a in f.actors}
        f.targets = [t for t in f.targets if t.key() not in keys]
    return found
