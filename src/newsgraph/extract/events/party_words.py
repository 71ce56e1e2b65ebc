"""Word classes of the round-15 party rules (data/event_party_words.tsv; issue 19).

Kept apart from event_senses.tsv (the senses of triggers) because these classes decide who a party is, not what
happened: "were engaged in" names the doer as its subject, "the Smith campaign" is Smith's side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...actors import government_countries, office_holder
from ...lexicon import read_tsv
from .bare_heads import bare_head_country
from .delegations import sent_from
from .owners import owners_and_objects
from .set_off import set_off_subject

if TYPE_CHECKING:  # parties.py reads these classes too
    from .parties import Party, PartyResolver

#: prepositions that make a person's administration or government a span of time, not a side
_SPELL = frozenset({"into", "under", "during", "since", "throughout", "before", "after", "until"})

__all__ = ["ORG_WORD_SECTORS", "adjunct_talker", "aimed_at", "association_code", "convening", "ethnic", "fronted_subject", "resident_of", "speaks_for", "doing_participle", "mere_place", "moved_force", "movement_force", "office_country",
           "judged_owner", "owner_word", "party_words"]

#: words in an organization's name and the CAMEO sector they give it ("the Iraqi army": MIL)
ORG_WORD_SECTORS = (
    ("army", "MIL"), ("military", "MIL"), ("forces", "MIL"), ("navy", "MIL"), ("air force", "MIL"),
    ("police", "COP"), ("court", "JUD"), ("ministry", "GOV"), ("government", "GOV"), ("cabinet", "GOV"),
    ("parliament", "LEG"), ("assembly", "LEG"), ("party", "PTY"), ("union", "LAB"), ("university", "EDU"),
    ("news", "MED"), ("agency", "GOV"), ("front", "REB"), ("brigade", "REB"), ("militia", "REB"),
)


@lru_cache(maxsize=1)
def party_words() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(w.strip() if row[0] == "society" else w.strip().lower() for w in row[1].split("|"))
            for row in read_tsv("event_party_words.tsv")}


def convening(tok: Token) -> bool:
    """"EU ministers meeting in Brussels": a participle of meeting or staying whose "in" phrase is the venue, not
    the home of the party it describes (round 22, wave 2)."""
    return tok.lemma_.lower() in party_words()["convening"]


def doing_participle(tok: Token) -> bool:
    """"Serb forces were engaged in ethnic cleansing": a passive form whose subject does what the "in" phrase
    names, so the subject is the actor and never the target (round 15 parties)."""
    return tok.lemma_.lower() in party_words()["doing"] and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in tok.children)


def mere_place(p: Party, where: str, res: PartyResolver) -> bool:
    """``p`` is only the country or place ``where`` (a GPE or LOC with no sector), not a body acting there."""
    if p.person or p.sector is not None or p.code != where:
        return False
    ent = res.entities.get(p.entity or "")
    return ent is not None and ent["type"] in {"GPE", "LOC"}


def stray_subject(noun: Token) -> Token | None:
    """The verb whose subject the parser hung on an object as a conjunct: in "Police fired hundreds of rounds and
    one gunman detonated a belt", "gunman" is parsed as a conjunct of "hundreds" and "detonated" as a verb with no
    subject; the noun is that verb's subject, never an object of the first verb (round 15 parties)."""
    if noun.dep_ != "conj" or noun.pos_ not in {"NOUN", "PROPN"} or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    verb = noun.doc[noun.right_edge.i + 1]
    if verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ in {"VBD", "VBZ", "VBP"} and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return verb
    return None


def stray_subject_of(verb: Token) -> Token | None:
    """The converse of ``stray_subject``: the noun that is the subject of a subjectless coordinated verb; for a
    subjectless verb after a fronted phrase, ``fronted_subject`` (round 16)."""
    if verb.dep_ != "conj" or verb.i == 0:
        return fronted_subject(verb)
    prev = verb.doc[verb.i - 1]
    for noun in [prev, *prev.ancestors]:
        if noun.right_edge.i != verb.i - 1:
            break
        found = stray_subject(noun)
        if found is not None and found.i == verb.i:
            return noun
    return None


#: possessive pronouns that own a person's organization ("his administration")
_PERSONAL_OWNERS = frozenset({"his", "her"})


def persons_side(tok: Token, res: PartyResolver) -> list[Party]:
    """"the Smith campaign", "Smith's team": a person's own organization is a party under the person's entity
    and code, named by its phrase (round 15 parties; a noun of the ``entourage`` class)."""
    if tok.lemma_.lower() not in party_words()["entourage"] or tok.dep_ == "pobj" and tok.head.lower_ in _SPELL:
        return []  # "24 days into the Trump administration", "under the Obama administration": a time, no side
    # "the government of President Prosper Avril": the person of an "of" phrase too (round 16 parties)
    owners, objects = owners_and_objects(tok, ("of",), owner_deps=("compound", "poss"))
    for c in [o for o in owners if o.i < tok.i] + objects:
        ent = res.entity_at_token(c)
        if ent is None and c.lower_ in _PERSONAL_OWNERS and not any(o.lower_ == "own" for o in tok.children):
            # round 33: "his administration", "her campaign": the person the possessive stands for, by the pronoun
            # rules (unresolved, it stays as before); "her own government" is her country's, not her side
            said = res.pronoun(c)
            ent = res.entities.get(said.entity or "") if said is not None else None
        if ent is not None and ent["type"] == "PERSON":
            p = res.from_entity(ent, c)
            sp = res._span_of(tok)
            p.name, p.start, p.end, p.person = sp.text, sp.start_char, sp.end_char, False
            p.sector = p.sector if p.sector else res.lex.sectors.get(tok.lemma_.lower())
            return [p]
    return []


def full_person(ent: dict, res: PartyResolver) -> dict:
    """A first name the entity layer kept as its own person ("I thank John" beside "John Bolton") is the one
    person of the report whose full name starts with it; the row itself where none or several do (round 15)."""
    name = ent["name"]
    if ent["type"] != "PERSON" or " " in name or not name[:1].isupper():
        return ent
    found = [e for e in res.entities.values() if e["type"] == "PERSON" and e["id"] != ent["id"]
             and " " in e["name"] and e["name"].split()[0] == name]
    return found[0] if len(found) == 1 else ent


def home_country(ent: dict, res: PartyResolver) -> str | None:
    """The country a person is "of" in any mention ("King Hassan of Morocco ... he said"): read once per entity,
    so a pronoun or a later bare name keeps it; only a country's own name counts ("Smith of Ohio" is no code)."""
    for s, e, eid in res.mentions:
        if eid != ent["id"]:
            continue
        span = res.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        for prep in span.root.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                place = res.entity_at_token(pobj) if pobj.dep_ == "pobj" else None
                if place is not None and place["type"] == "GPE" and res.base.country_of(place["name"]):
                    return str(res.base.country_of(place["name"]))
    return None


def headline_passive(tok: Token) -> bool:
    """"Two Soldiers Wounded In Attack Near Kabul": a headline drops the passive's "were", so the parser reads a
    bare past participle heading the clause with a subject and no auxiliary; its subject is the one harmed
    (round 15 parties; the review's "Killed In Raid" headlines)."""
    if tok.tag_ != "VBN" or tok.dep_ != "ROOT" or not tok.text[:1].isupper() or tok.i == tok.sent.start:
        return False
    # only a headline's title case: in running text the tagger also marks a past tense VBN ("students protested")
    words = [t for t in tok.sent if t.is_alpha and len(t.text) > 3]
    if sum(t.text[:1].isupper() for t in words) < 0.75 * len(words):
        return False
    kids = [c.dep_ for c in tok.children]
    return "nsubj" in kids and not {"aux", "auxpass", "dobj", "nsubjpass"} & set(kids)


def association_code(name: str) -> str | None:
    """"NGO" for an organization named as a private association across countries ("Association of African
    Jurists", "World Federation of Trade Unions") when nothing else codes it; None otherwise (round 15 parties)."""
    words = {w.lower() for w in name.split()}
    return "NGO" if words & party_words()["ngo"] and words & party_words()["reach"] else None


def _office(role: str) -> bool:
    """The role is the office of a head of state or government ("President", "former Prime Minister"; not "Vice
    President", not "President of the bank")."""
    words = role.lower().split()
    while words and words[0] in party_words()["tenure"]:
        words = words[1:]
    return " ".join(words) in party_words()["office"]


def office_country(ent: dict, res: PartyResolver) -> str | None:
    """The country of a bare surname under a head's office ("President Mugabe", "Prime Minister Blair") that the
    entity layer left without one: the reference holder of the office on the report's date, else the one country
    of the listed heads of that surname, else the one country of all the reference persons of that surname who
    held a government code when the report names that country (none where several countries' leaders carry it:
    "President Lee"; round 16 parties: an actor given by its title)."""
    name = str(ent["name"]).strip()
    if ent["type"] != "PERSON" or " " in name:
        return None
    on = (res.doc._.newsgraph_meta or {}).get("published")
    if not any(_office(r) for r in ent.get("roles") or []):
        return bare_head_country(name, on) if not ent.get("roles") else None  # "Mugabe accused" (round 21)
    held = office_holder(name, on, name) if on else None
    if held is not None and held[1].country(str(on)[:10]):
        return held[1].country(str(on)[:10])
    heads = government_countries(name, heads_only=True)
    if heads:  # "President Bush": the heads the project lists (not a Cayman minister named Bush)
        return next(iter(heads)) if len(heads) == 1 else None
    # any other minister's surname may be another state's ("President Milosevic" is no Croatian minister of 2011):
    # only a country the report itself names confirms it, the code still the reference's, not the nearest word's
    found = government_countries(name)
    named = {e.get("country") for e in res.entities.values()}
    return next(iter(found)) if len(found) == 1 and found <= named else None


def moved_force(verb: Token, res: PartyResolver) -> list[Party]:
    """"1,000 US troops were deployed to Poland", "UN peacekeepers were pulled out of the town": a passive of moving
    forces with no "by" phrase was done by the forces' own side, which their phrase names; no side named ("troops
    were sent") leaves it empty (round 16 parties)."""
    if verb.lemma_.lower() not in party_words()["moving"] or any(c.dep_ == "agent" for c in verb.children):
        return []
    for c in verb.children:
        if c.dep_ == "nsubjpass" and c.lemma_.lower() in party_words()["forces"]:
            return [p for p in res.resolve(c, strict=False) if p.code]
    return []


def movement_force(noun: Token, res: PartyResolver) -> list[Party]:
    """"the withdrawal of Soviet troops", "the deployment of NATO peacekeeping troops": the forces a movement noun
    names by "of" are the side that moves them (round 16 parties); forces of no named side give none."""
    if noun.lemma_.lower() not in party_words()["movement"]:
        return []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for o in prep.children:
                if o.dep_ == "pobj" and o.lemma_.lower() in party_words()["forces"]:
                    return [p for p in res.resolve(o, strict=False) if p.code]
    return []


def owner_word(c: Token, res: PartyResolver) -> bool:
    """A word before a judged thing that names whose it is: "rejected Iran's proposal", "a US proposal", and (round
    16 parties) a nation's adjective, "rejected an Indian proposal", "welcomed the Chinese offer"."""
    if c.dep_ == "poss":
        return True
    ent = res.entity_at_token(c) if c.dep_ in {"compound", "amod"} else None
    return ent is not None and (c.dep_ == "compound" or ent["type"] in {"NORP", "GPE"} and bool(ent.get("country")))


#: round 30: prepositions whose phrase names the thing judged, not its giver ("support from", "criticism by")
_JUDGED_THING_PREPS = frozenset({"with", "to", "at", "against", "over", "for", "of", "toward", "towards", "on", "upon"})


def judged_owner(noun: Token, res: PartyResolver) -> list[Party]:
    """Round 30: a thing judged in a preposition's phrase is aimed at whoever owns it, as a judged object is
    ("unhappy with Mr. Putin's response", "opposition to the Russian decision", "outrage over China's move"): the
    possessor, name or nation's adjective before the noun. A pronoun owner ("his response") is left to nobody (an
    empty target beats a guessed one); a phrase of "from" or "by" names the giver, never the one judged."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _JUDGED_THING_PREPS:
        return []
    for c in noun.children:
        if c.i < noun.i and c.pos_ != "PRON" and owner_word(c, res):
            return res.resolve(c, strict=False)
    return []


def adjunct_talker(node: Token, res: PartyResolver, subject_of: Callable[[Token, PartyResolver], list[Party]]
                   ) -> list[Party]:
    """"The union called off the strike after deliberations with the government": talks with a partner, told in a
    time or setting phrase of a verb and naming no holder of their own, are held by that verb's subject (round 16
    parties; ``subject_of`` is the verb's agent reader of triggers.py)."""
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return []
    gov = node.head.head
    if (gov.lower_, node.head.lower_) in {("ahead", "of"), ("prior", "to")} and gov.dep_ in {"advmod", "prep"}:
        gov = gov.head  # round 29: "Ahead of a meeting with the Kuwaiti minister, Mattis was asked ..."
    elif node.head.lower_ not in party_words()["adjunct"]:
        return []
    if gov.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "prep" and c.lower_ == "with" for c in node.children):
        return []
    passive = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
    named = [p for p in res.resolve(passive, strict=True) if p.entity] if passive is not None else []
    # round 29: "..., Mattis was asked by a reporter": a named passive subject met, not the asker; "the list was drawn
    # up by Sekulow after talks with ...": a thing does not meet, the agent did
    return named or subject_of(gov, res)


def aimed_at(tok: Token, typ: str) -> bool:
    """Round 29: a verb of criticism with a particle ("lashed out at the U.S.", "hit back at Paris") aims its "at"
    phrase at the one criticized, even a state or a city: no place where it was said."""
    return typ == "DISAPPROVE" and any(c.dep_ == "prt" for c in tok.children)


def ethnic(tok: Token) -> bool:
    """"Ethnic Albanians", "ethnic Russians": a people named as an ethnicity, who live outside the nation the word
    names; CAMEO codes them by the country they live in, which only a place phrase on them tells (round 16)."""
    return any(c.lower_ == "ethnic" and c.i < tok.i for c in tok.children)


def resident_of(tok: Token, res: PartyResolver, within: bool = False) -> str | None:
    """The country of an "of" phrase on a people's name ("the Albanians of southern Serbia"); ``within``: of an "in"
    phrase too ("ethnic Albanians in Macedonia")."""
    for prep in tok.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or within and prep.lower_ == "in"):
            for pobj in prep.children:
                ent = res.entity_at_token(pobj) if pobj.dep_ == "pobj" else None
                if ent is not None and ent["type"] in {"GPE", "LOC"} and ent.get("country"):
                    return str(ent["country"])
    return None


def speaks_for(tok: Token, res: PartyResolver) -> list[Party]:
    """"A spokesman for the Iranian foreign ministry rejected ...": one who speaks or acts for a body has that
    body's code and sector, under the phrase's own name and no entity (round 16 parties)."""
    if tok.lemma_.lower() not in party_words()["speaker"]:
        return sent_from(tok, res, party_words().get("delegation", frozenset()))  # "a delegation from" (round 18)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for o in prep.children:
                body = next((p for p in res.resolve(o, strict=False) if p.code), None) if o.dep_ == "pobj" else None
                if body is not None:
                    sp = res._span_of(tok)
                    return [replace(body, name=sp.text, entity=None, start=sp.start_char, end=sp.end_char,
                                    person=False)]
    return []


def fronted_subject(verb: Token) -> Token | None:
    """"With the signing of a memorandum on X, the government and the rebels have agreed to ...": the parser may hang
    the subject on the last noun of a fronted phrase as its conjunct, after the comma, and leave the verb without
    one; that conjunct (with its own conjuncts) is the verb's subject (round 16 parties: coordinated actors; an
    apposition is left alone: the entity layer may fold it into the fronted name)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP", "VBN"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    start = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i] + [verb.i])
    if start <= verb.sent.start + 1:
        return None
    prev = verb.doc[start - 1]
    found = None
    for noun in [prev, *prev.ancestors]:
        if noun.right_edge.i != start - 1 or noun.i > verb.i:
            break
        if noun.dep_ == "conj" and noun.pos_ in {"NOUN", "PROPN"} and noun.left_edge.i > verb.sent.start and \
                verb.doc[noun.left_edge.i - 1].text == ",":
            found = noun
    # round 35: "Mr. Herzog, meanwhile, has criticized": a subject the parser stranded before a parenthetical
    return found or set_off_subject(verb)
