"""Parties as the clause names them (round 8, issue 19): appositions, controlled subjects, the second side of a
meeting, what an act is aimed at, and members listed after "like" / "such as".

Each rule reads one dependency shape; the resolver and the trigger code call them where a party would otherwise
be lost (an actor the clause names but the old rules did not reach) or be the wrong one (a role noun where
the report names the person, a place where the report names the people).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from spacy.tokens import Doc, Token

from ..quotes.cues import load_cues
from .control import object_controlled
from .endured import endured
from .party_words import party_words
from .review24 import dangling_speech, owned_act
from .threatened import threat_infinitive, threatened_object

if TYPE_CHECKING:
    from newsgraph.extract.events.parties import Party, PartyResolver
    from newsgraph.extract.events.senses import Senses

#: entity types an apposition may name a party by ("the C.I.A. director, Mike Pompeo")
_NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: prepositions of an adjunct whose gerund's doer is the clause's subject ("after hosting Merkel, Trump ...")
_ADJUNCT_PREPS = frozenset({"after", "before", "by", "while", "when", "since", "upon", "on", "in", "without"})
#: "thanked Omar for endorsing", "blamed Iran for attacking": the object does the gerund
_OBJECT_CONTROL_PREPS = frozenset({"for", "over"})
#: types whose sides are symmetric: "A and B met" is A meeting B
SYMMETRIC_TYPES = frozenset({"CONSULT"})
#: verbs of aiming whose object is what a noun event was aimed at ("raids targeting families")
_AIMING = frozenset({"target", "aim"})
_LISTING = frozenset({"like"})


def _entity_named(tok: Token, res: PartyResolver) -> bool:
    ent = res.entity_at_token(tok)
    return ent is not None and ent["type"] in _NAMED_TYPES


def apposed_party(tok: Token, res: PartyResolver, depth: int) -> list[Party] | None:
    """The party an apposition names for ``tok``, or None where none does.

    * a role noun with a named apposition: "the C.I.A. director, Mike Pompeo" -> Mike Pompeo (the role's country
      where the name has none);
    * a description apposed to a name: "Kayla Mueller, a hostage kidnapped by ISIL" -> Kayla Mueller, "Hamas,
      the militant group that rules Gaza" -> Hamas;
    * a name the entity layer missed, apposed to a role: "Kim Jong Un, the leader of North Korea" -> the name,
      with the role's country and sector.
    """
    if tok.pos_ == "NOUN" and res.entity_at_token(tok) is None:
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i and _set_off(c, tok) and (c.pos_ == "PROPN" or _entity_named(c, res)):
                role = res._described(tok, res._noun_lemma(tok), False)
                named = res.resolve_inner(c, False, depth + 1) if _entity_named(c, res) else [_name_party(c, res)]
                if named:
                    return [_with_role(p, role) for p in named]
        if tok.dep_ == "appos" and _entity_named(tok.head, res) and tok.head.i < tok.i:
            return res.resolve_inner(tok.head, False, depth + 1) or None
    if tok.pos_ == "PROPN" and res.entity_at_token(tok) is None:
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i:
                role = res._described(c, res._noun_lemma(c), True)
                if role and role[0].code:
                    return [_with_role(_name_party(tok, res), role)]
    return None


def _name_party(tok: Token, res: PartyResolver) -> Party:
    """A party of a proper name the entity layer did not find, named by its words (no entity, no code)."""
    from newsgraph.extract.events.parties import Party

    sp = res._span_of(tok)
    return Party(name=sp.text, start=sp.start_char, end=sp.end_char)


def _set_off(appos: Token, head: Token) -> bool:
    """The apposition follows its noun right away ("the newspaper Al Fajr") or is set off by a comma or a dash
    right before it ("the CIA director, Mike Pompeo"), as a name given to a role is; not one the parser hung on a
    noun from further off."""
    before = appos.left_edge.i - 1
    return before == head.i or before >= 0 and appos.doc[before].text in {",", "-", "\u2014", "\u2013", "("}


def _with_role(p: Party, role: list[Party]) -> Party:
    if p.code is None and role and role[0].code:
        p.country, p.code = role[0].country, role[0].code
        p.sector = p.sector or role[0].sector
    return p


def proper_name_end(name: Token) -> int:
    """The last token of a proper name that goes on with "of" + name ("Dawn of Libya", "Army of Islam")."""
    end = name.i
    for c in name.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
            if pobj is not None:
                end = max(end, pobj.right_edge.i)
    return end


#: prepositions whose object may be the subject of a gerund right after it ("objected to Ukraine opening"); "with"
#: opens an absolute clause ("the talks ended with Washington and Moscow reaching a deal": they reached it, round 31)
_GERUND_SUBJECT_PREPS = frozenset({"to", "against", "about", "of", "with"})


def controller(tok: Token) -> Token | None:
    """The verb whose subject does an adjunct's gerund, or None.

    "After hosting Merkel, Trump took to Twitter" (the gerund under a preposition of the main verb) -> "took";
    "the suspect was wounded while battling police" -> "wounded" (its passive subject does the battling).
    """
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.lower_ in _ADJUNCT_PREPS:
        verb = tok.head.head
        if verb.pos_ in {"VERB", "AUX"}:
            return verb
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    return owned_act(tok)  # "pleaded guilty to threatening": the one who pleads threatened (review 24)


def gerund_subject(tok: Token) -> Token | None:
    """The noun right before a gerund that the parser hung on the verb above as a preposition's object: the
    gerund's own subject ("objected to Ukraine opening an investigation", "warned against China joining"), not
    the verb's subject (round 23 review: Volker was made the investigator)."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"advcl", "xcomp"} or tok.i == 0:
        return None
    for t in tok.head.children:
        if t.dep_ == "prep" and t.lower_ in _GERUND_SUBJECT_PREPS and t.i < tok.i:
            pobj = next((p for p in t.children if p.dep_ == "pobj"), None)
            if pobj is not None and pobj.right_edge.i == tok.i - 1 and pobj.pos_ in {"PROPN", "NOUN"}:
                return pobj
    return None


def controlled_subject(tok: Token, res: PartyResolver) -> list[Party] | None:
    """The doer of a gerund the clause around it controls; None where the shape is not one.

    "thanked Omar for endorsing the talks" (object control: the object endorsed); "after hosting Merkel, Trump
    ..." and "was wounded while battling police" (subject control, a passive's subject too)."""
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in _OBJECT_CONTROL_PREPS:
        verb = tok.head.head
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and verb.pos_ == "VERB":
            return res.resolve(obj, strict=False)
    fronted = gerund_subject(tok)
    if fronted is not None:  # round 23: "objected to Ukraine opening an investigation": Ukraine opens it
        return res.resolve(fronted, strict=False) or None
    by_object = object_controlled(tok, res)
    if by_object:  # "persuaded Israel to release prisoners": Israel releases them (round 17 parties)
        return by_object
    ctrl = controller(tok)
    if ctrl is None or dangling_speech(tok, ctrl):  # ("While speaking to X, a dog was requested": review 24)
        return None
    subj = next((c for c in ctrl.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    return res.resolve(subj, strict=False)


def split_sides(rule_type: str, actors: list[Party], targets: list[Party], conjoined: bool) -> tuple[
        list[Party], list[Party]]:
    """A symmetric event told with both sides as a conjoined subject ("Obama and Netanyahu met", "Comey and
    Trump discussed the investigation") is the first side's act toward the others, as the codebook codes a
    dyad; nothing changes where a target is named or the sides were not one conjoined phrase."""
    if rule_type in SYMMETRIC_TYPES and conjoined and len(actors) >= 2 and not targets:
        return actors[:1], actors[1:]
    return actors, targets


def conjoined_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and bool(subj.conjuncts)


def aimed_at(node: Token, res: PartyResolver) -> list[Party]:
    """What a noun event was aimed at: "deportation raids targeting hundreds of families", "a bomb aimed at the
    intelligence service"."""
    for c in node.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in _AIMING:
            continue
        for o in c.children:
            if o.dep_ == "dobj":
                return res.resolve(o, strict=False) or res.people(o) or [
                    p for q in o.children if q.dep_ == "prep" and q.lower_ == "of"
                    for pobj in q.children if pobj.dep_ == "pobj" for p in res.people(pobj)]
            if o.dep_ == "prep" and o.lower_ == "at":
                pobj = next((p for p in o.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    return res.resolve(pobj, strict=False) or res.people(pobj)
    return []


def listed_members(tok: Token, res: PartyResolver, depth: int) -> list[Party]:
    """The members a class noun lists: "groups like al Qaeda and the Islamic State", "militias such as
    Hezbollah" -> the named members."""
    for c in tok.children:
        # "including" names members of a subject who did act ("World leaders including Merkel and Macron condemned":
        # both act, round 17b parties); "like"/"such as" persons are examples of a class ("senators like Portman"), and
        # an object keeps its class ("monitored the calls of leaders, including Merkel": round 13)
        including = c.lower_ == "including" and tok.tag_ in {"NNS", "NNPS"} and tok.dep_ == "nsubj"
        if c.dep_ == "prep" and (c.lower_ in _LISTING or including or c.lower_ == "as" and tok.doc[c.i - 1].lower_ == "such"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            ent = res.entity_at_token(pobj) if pobj is not None else None
            if ent is not None and (ent["type"] in _NAMED_TYPES - {"PERSON"} or including) and pobj is not None:
                return res.resolve_inner(pobj, False, depth + 1)
    return []


_PERSON_POSSESSIVES = frozenset({"his", "her", "their"})


def undergoer(tok: Token, node: Token, res: PartyResolver, undergone: bool) -> list[Party] | None:
    """The person a noun event of harm or custody happened to, named by its possessor ("Butina's arrest", "his
    release", "Soleimani's killing"): the target, never the actor (round 11). None where the rule does not apply:
    the noun is no such word (``undergone``: class `undergone` of data/event_senses.tsv), names an object with
    "of" ("Iran's arrest of the sailors": Iran did it) or its possessor is no person ("Iran's arrest")."""
    if not undergone or any(c.dep_ == "prep" and c.lower_ == "of" for c in node.children):
        return None
    # "Soleimani's killing in a drone strike has escalated ...": the parser may make the possessor a subject
    poss = next((c for c in node.children if c.dep_ == "poss" or (
        c.dep_ == "nsubj" and any(g.dep_ == "case" for g in c.children))), None)
    if poss is None:
        return None
    if poss.lower_ in _PERSON_POSSESSIVES:
        p = res.pronoun(poss)
        return [p] if p is not None else []
    ent = res.entity_at_token(poss)
    if ent is None:  # "the militants' arrest", "the journalists' release": people described, not named
        return res.people(poss) or None
    if not _personal_name(ent, poss, res):
        return None
    return res.resolve(poss, strict=False)


def _personal_name(ent: dict, poss: Token, res: PartyResolver) -> bool:
    """The possessor names a person, though the entity layer may have typed the name ORG ("[... head Sergei]
    Mikhailov's arrest", "Mikhailov's arrest"): a name that begins with a first name, or one word no actor table
    knows (no code, country or sector; an arresting body, "the FSB", "police", has one). Round 12 parties: the
    review's inverted arrest."""
    if ent["type"] == "PERSON":
        return True
    if ent["type"] != "ORG":
        return False
    words = [w for w in (re.sub(r"[^\w'-]", "", w) for w in str(ent["name"]).split()) if w]
    if words and words[0].lower() in load_cues().first_names and len(words) <= 3:
        return True
    p = res.from_entity(ent, poss)
    return len(words) == 1 and p.code is None and p.country is None and p.sector is None


def by_agents(node: Token, res: PartyResolver) -> list[Party]:
    """The "by" phrase of a noun event ("the arrest of X by police")."""
    for c in node.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    return res.resolve(p, strict=False)
    return []


#: noun events whose "from" phrase names who does them ("complaints from Mattis", "criticism from Germany", "an
#: offer of aid from Seoul", "a visit from Pompeo"); withdrawals, releases and arrests "from" a place are not
FROM_SOURCE_TYPES = frozenset({"DISAPPROVE", "DEMAND", "THREATEN", "SUPPORT", "AID", "AGREE", "REJECT", "CONSULT"})
#: verbs whose subject is the one a noun event from someone is aimed at ("received complaints from Mattis")
_RECEIVING = frozenset({"receive", "get", "draw", "face", "attract", "earn", "garner", "hear", "accept"})


def from_source(node: Token, res: PartyResolver) -> list[Party]:
    """The doer a noun event names by "from" ("complaints directly from ... Mattis": Mattis complained; round
    11, the review's swapped parties), on the noun or on the verb of receiving it is the object of ("drew
    criticism from Germany")."""
    kids = list(node.children)
    obj = _first_conjunct(node)  # round 35 wave 2: "drew scrutiny and criticism from House Democrats"
    if obj is not node:  # the parser hangs the shared "from" on the first noun, after the last one
        kids += [c for c in obj.children if c.i > node.i]
    if _received(obj) or endured(obj):  # "suffered attacks from the rebels" (round 33)
        kids += [c for c in obj.head.children if c.i > node.i]
    for c in kids:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in c.children:
                if p.dep_ == "pobj":
                    return [x for x in res.resolve(p, strict=False) if x.entity or x.country or x.code]
    return []


def _first_conjunct(node: Token) -> Token:
    """The first of the nouns ``node`` is conjoined with ("scrutiny and criticism"): it holds their shared role."""
    while node.dep_ == "conj" and node.head.pos_ in {"NOUN", "PROPN"}:
        node = node.head
    return node


def _received(node: Token) -> bool:
    return node.dep_ == "dobj" and node.head.lemma_.lower() in _RECEIVING


def receiver(node: Token, gov: Token, res: PartyResolver) -> list[Party]:
    """The subject of a verb of receiving whose object is the noun event ("the White House received complaints
    from Mattis": the White House was complained to)."""
    node = _first_conjunct(node)
    if not _received(node) or node.head.i != gov.i:
        return []
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    return res.resolve(subj, strict=True) if subj is not None else []


#: prepositions by which a verb answers, aims at or refers to an act ("retaliate against any attack", "arrested
#: for the bombing"): the act is another's, the verb's subject no party to it (round 12); a noun of means or
#: manner ("ousted the president in a coup", "responded with airstrikes") is not, nor "to", which also leads to
#: one's own act ("the attacker moves to targeted attacks", "resorted to violence")
_ANSWERING_PREPS = frozenset({"against", "for", "on", "at", "from", "toward", "towards", "as"})
#: types of harm and force, whose doer a verb answering them never is ("flew to Vietnam for a meeting with Kim":
#: the meeting is Trump's own)
_HARM_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: verbs that carry a noun event by the same prepositions ("joined in the attack", "took part in")
_COPULAS = frozenset({"be", "remain", "stay"})


def labelled(node: Token, senses: Senses) -> bool:
    """A noun that labels something ("called the convoy an invasion", "declared it a terrorist attack",
    "treating the incident as an attack", "techniques critics describe as torture") is the speaker's word for
    it, no event the report tells (round 12)."""
    if node.dep_ == "oprd" or node.dep_ in {"ccomp", "xcomp"} and any(c.dep_ == "nsubj" for c in node.children):
        return True
    if node.dep_ == "dobj" and senses.word_in("labelling", node.head) and any(
            c.dep_ == "dobj" and c.i < node.i for c in node.head.children):
        return True  # "refused to label it torture": the second object of a verb of naming
    return node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "nsubjpass"} or c.lower_ in {"which", "that"} for c in node.head.head.children) or (
        node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.dep_ == "relcl")


def another_act(node: Token, gov: Token, rule_type: str, light: frozenset[str], senses: Senses,
                is_event: Callable[[Token], bool]) -> bool:
    """A noun event hanging on a verb that does not carry it is someone else's act (round 12): the object of
    an answering preposition of that verb ("Iran reserves the right to retaliate against any attack"), or any
    noun under a verb of recounting (``recounting``: "CBS is
    reporting 77 dead in the attack", "Kerry listed the kidnappings"). Light verbs (``light``) and "be" carry
    their nouns; the preposition rule holds for acts of harm and force (``rule_type``); an "on" phrase beside
    an object of information ("offered statistics on the attacks") is what the information is about. A verb that labels its
    object ("called the first convoy of aid an invasion") tells no act of its subject in that object."""
    if gov is not node and any(c.dep_ == "oprd" for c in gov.children):
        return True
    if node.dep_ == "pobj" and node.head.lower_ == "on" and node.head.head.i == gov.i and any(
            c.dep_ == "dobj" and senses.word_in("info", c) for c in gov.children):
        return True  # "offered statistics on the attacks": what the words are about
    recounting = senses.word_in("recounting", gov)
    h = node  # "continued his criticism of the handling of the attack": the attack is what the criticism is about
    while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN" and h.head.head.i != gov.i:
        h = h.head.head
        if is_event(h):
            return True
    if gov is node or gov.lemma_.lower() in light or gov.lemma_.lower() in _COPULAS:
        return False
    if recounting:
        return True
    return rule_type in _HARM_TYPES and node.dep_ == "pobj" and node.head.lower_ in _ANSWERING_PREPS and \
        node.head.head.i == gov.i


def held_in(node: Token, res: PartyResolver) -> list[Party] | None:
    """A noun of custody that is where its subject is ("the crew remained in detention", "is in custody"): the
    subject is held, the target; no actor is named (round 12). None where the shape does not hold."""
    if node.dep_ != "pobj" or node.head.lower_ != "in" or node.head.head.lemma_.lower() not in _COPULAS:
        return None
    verb = node.head.head
    return [p for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for p in res.resolve(c, strict=False)]


def fell_victim(node: Token) -> bool:
    """"Fell victim to an attack", "became prey to": the act's "to" phrase names what the subject underwent."""
    return node.dep_ == "pobj" and node.head.lower_ == "to" and any(
        c.dep_ in {"dobj", "attr", "oprd", "npadvmod"} and c.lemma_.lower() in {"victim", "prey"}
        for c in node.head.head.children)


def relative_carrier(node: Token, senses: Senses) -> Token | None:
    """The verb of a relative clause on a noun event that carries it ("a deal that President Trump struck with
    Mexico", "the talks the two sides held in Oslo"; ``performing`` in event_senses.tsv): its subject did the
    noun's act, its partner is the noun's (round 12). None where the noun has no such clause; a verb that judges
    the act ("the attack, which May condemned") is no carrier."""
    for c in node.children:
        kids = list(c.children)
        # the noun is the clause's object: no object of its own, no "when"/"where" ("the attacks, when the C.I.A.
        # began its program": the clause only dates them)
        if c.dep_ == "relcl" and senses.word_in("performing", c) and any(
                g.dep_ == "nsubj" and g.lower_ not in RELATIVES for g in kids) and not any(
                g.dep_ in {"dobj", "nsubjpass"} and g.lower_ not in RELATIVES or g.lower_ in {"when", "where", "why"}
                for g in kids):
            return c
    return None


#: relative pronouns as a clause's subject or object ("which the court declined", "who have criticized")
RELATIVES = frozenset({"which", "that", "who", "whom"})



#: prepositions that say where an act happens: their object is its place, a party only where nobody else is
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within"})


def where_only(p: Party, doc: Doc) -> bool:
    """The party is a place named after a locative preposition ("a drone strike in Yemen killed al-Awlaki"): where
    the act happened, the target only when the clause names nobody harmed (round 13 parties)."""
    root = p.root(doc)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in _WHERE_PREPS and \
        root.ent_type_ in {"GPE", "LOC", "FAC"}


#: prepositions inside a title ("Ambassador at Large for International Religious Freedom", "Secretary of State")
_TITLE_PREPS = frozenset({"at", "for", "of", "to", "on"})


class TitleResolver(Protocol):
    """What :func:`titled_name` reads of a resolver: the events' role words and a token's entity (the event
    parties' resolver, or the quote speakers' reader of it)."""

    lex: Any

    def entity_at_token(self, tok: Token) -> dict[str, Any] | None: ...


def titled_name(tok: Token, res: TitleResolver) -> list[Party]:
    """A title whose phrase ends in a person's name: "Ambassador at Large for International Religious Freedom Sam
    Brownback has condemned": the person acts, not the title (the entity layer may have merged the name into an
    organisation, or missed it). The name begins with a first name and runs, in capitals, to the phrase's end
    (round 13 parties). Empty where the title has no such name."""
    ent = res.entity_at_token(tok)
    # a title is one person's, written in capitals ("Ambassador"); "leaders, including Angela Merkel" lists members
    if tok.lemma_.lower() not in res.lex.roles or not tok.is_title or tok.tag_ in {"NNS", "NNPS"} or (
            ent is not None and ent["type"] == "PERSON"):
        return []
    cur = tok
    for _ in range(6):  # "at Large", "for ... Freedom Sam Brownback": the chain of the title's phrases
        nxt = next((o for p in cur.children if p.dep_ == "prep" and p.i > cur.i and p.lower_ in _TITLE_PREPS
                    for o in p.children if o.dep_ == "pobj"), None)
        if nxt is None:
            break
        cur = nxt
    if cur is tok or cur.pos_ != "PROPN":
        return []
    first = next((c for c in cur.lefts if c.dep_ == "compound" and c.lower_ in load_cues().first_names), None)
    if first is None or not all(t.pos_ == "PROPN" for t in tok.doc[first.i : cur.i + 1]):
        return []
    from newsgraph.extract.events.parties import Party

    sp = tok.doc[first.i : cur.i + 1]
    named = res.entity_at_token(cur)
    eid = named["id"] if named is not None and named["type"] == "PERSON" else None
    return [Party(name=sp.text, entity=eid, sector=res.lex.roles[tok.lemma_.lower()], start=sp.start_char,
                  end=sp.end_char, person=True)]


def custodian(obj: Token, res: PartyResolver, senses: Senses) -> list[Party]:
    """Whom a demand about people held is made of: the one holding them, told by the participle on the held
    ("demanding the release of all its prisoners held by the Afghan government": the government). The object is a
    noun of custody or harm (``undergone`` of event_senses.tsv); round 13 parties."""
    if not senses.word_in("undergone", obj):
        return []
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for held in (o for o in prep.children if o.dep_ == "pobj"):
            for acl in held.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBN":
                    return [p for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                            for p in res.resolve(o, strict=False)]
    return []


def repeated_preposition_objects(tok: Token) -> list[Token]:
    """The objects of a preposition repeated in a coordination ("attacks on the newspaper and on a supermarket",
    "attacked by police and by armed supporters"): the parser makes the second preposition a conjunct of the
    first, so the second object is no conjunct of the first; both fill the same role (round 12 parties). Only
    the same preposition: "in Paris and on Friday" joins a place and a time, not two parties."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ not in {"prep", "agent"}:
        return []
    out: list[Token] = []
    for c in prep.conjuncts:
        if c.lower_ == prep.lower_ and c.i > prep.i:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend([p, *p.conjuncts])
    return out


def passive_sibling_subject(tok: Token, res: PartyResolver) -> list[Party] | None:
    """The subject a verb with a tense of its own shares with the passive it is coordinated after: "The Taliban was
    declared a terrorist group by Executive Order and has since been behind countless attacks" (the Taliban, not
    the order). None where the shape is not one: a bare participle ("was arrested by police and charged") shares
    the passive itself, "by" phrase and all (round 14 parties)."""
    head = tok.head
    if tok.dep_ != "conj" or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children):
        return None
    kids = list(tok.children)
    if any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "csubj"} for c in kids) or not (
            any(c.dep_ == "aux" for c in kids) or tok.tag_ in {"VBZ", "VBP"}):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return res.resolve(subj, strict=False) if subj is not None else None


def maker_of(obj: Token, res: PartyResolver, senses: Senses) -> list[Party]:
    """Whoever made the statement, plan or decision judged, told by a relative clause on it: "defended a comment
    Trump made last week", "rejected the plan that Vietnam put forward" (round 14 parties). Only a noun of the
    ``statement`` class of event_senses.tsv and a subject of the clause's own (not "who"/"that")."""
    if not senses.word_in("statement", obj):
        return []
    for c in obj.children:
        if c.dep_ in {"relcl", "acl"} and c.i > obj.i and c.pos_ in {"VERB", "AUX"}:
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in {"who", "that", "which"}:
                return res.resolve(subj, strict=False)
    return []


def complement_parties(tok: Token, res: PartyResolver, harms: Callable[[Token], bool], threat: bool,
                       actors: list[Party]) -> list[Party]:
    """Whom a demand, a threat or an accusation told by a clause is about: the clause's subject ("urged that
    Iran release ...", "charging that Flynn lied"); for a threat whose clause's subject is the threatener itself
    ("warned that it had been authorized to attack the U.S."), the one the threatened harm is aimed at, the
    object of a verb of harm down the clause's complements (round 14 parties)."""
    own = {a.key() for a in actors} | {a.entity for a in actors if a.entity}
    out: list[Party] = []
    for c in tok.children:
        if c.dep_ not in {"ccomp", "xcomp"} and not (threat and threat_infinitive(c)):
            continue
        if c.lemma_.lower() == "be" and any(a.dep_ == "attr" for a in c.children):
            continue  # "charges ISIS is a cancer that metastasized on Obama's watch": a description, no one accused
        subj = [p for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for p in res.resolve(s, strict=False)]
        if threat and all(p.key() in own or p.entity in own for p in subj):
            verb, depth, subj = c, 0, []
            while verb is not None and depth < 3:
                if harms(verb):
                    subj = [p for o in verb.children if o.dep_ == "dobj" for p in res.resolve(o, strict=False)]
                    break
                nxt = next((x for x in verb.children if x.dep_ in {"xcomp", "ccomp"}), None)
                if nxt is None:
                    break
                verb, depth = nxt, depth + 1
            subj = subj or threatened_object(c, res, own)  # "threatened to erase Jordan" (round 30)
        out.extend(subj)
    return out


def subject_is_object(verb: Token, actors: list[Party], res: PartyResolver) -> bool:
    """The verb's subject names the same entity as its object ("Cummings' letter, addressed to ..., Jason
    Chaffetz, urged Chaffetz": the parser took the apposition for the subject). Nobody acts on themselves by
    name: the subject is a misreading, and empty beats wrong (round 14 parties). Reflexives are no names."""
    ids = {a.entity for a in actors if a.entity}
    if not ids or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" and any(p.entity in ids for p in res.resolve(c, strict=False))
               for c in verb.children)


#: a side taken, not a nationality: "pro-Russian gunmen" are no Russians, "anti-American protesters" no Americans
_SIDES = frozenset({"pro", "anti"})


def sided(tok: Token) -> bool:
    """``tok`` is the country word of a "pro-X" / "anti-X" or "X-backed" modifier, which names whom one sides with,
    never the party's own country (round 14 parties; the entity layer drops these as nationalities too)."""
    low = tok.lower_
    backing = party_words().get("backing", frozenset())  # "Russian-backed": the backer (round 18)
    if "-" in low and (low.split("-", 1)[0] in _SIDES or low.rsplit("-", 1)[1] in backing):
        return True
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in backing:
        return True
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in _SIDES


def title_before_name(tok: Token, res: PartyResolver) -> list[Party]:
    """The person whose name a capitalized title stands before, where the parser made the title a phrase of its
    own ("slammed President Barack Obama": "President" and "Obama" both objects): the person, never a bare title
    (round 14 parties; round 13's review found a bare "Ambassador" as actor)."""
    doc = tok.doc
    if not tok.is_title or tok.i + 1 >= len(doc) or tok.lemma_.lower() not in res.lex.roles:
        return []
    if res.entity_at_token(tok) is not None:
        return []
    nxt = doc[tok.i + 1]
    ent = res.entity_at_token(nxt)
    if ent is None or ent["type"] != "PERSON":
        return []
    return [res.from_entity(ent, nxt)]
