"""Parties of an event (actors and targets), resolved through the entity layer.

A noun phrase becomes a party {name, entity, country, sector, code}:

* a phrase that is an entity mention takes the entity's canonical name, id and country; the CAMEO root
  code is the country (ISO3), or IGO/NGO/MNC for an international organization; national bodies
  ("the Pentagon") give their country and sector; a capital named as an actor ("Berlin rejected")
  stands for its country's government;
* a phrase headed by an actor noun ("Iraqi forces", "Palestinian police in Jericho") takes the country
  of the entity that modifies or locates it, and the noun's sector;
* a quantity ("thousands of Nigerians", "the number of US troops") is resolved through its "of" phrase;
* "the two leaders" are the last two persons named before; "he", "it", "its" the nearest fitting entity.

Raw-string lexicon lookups are a fallback for phrases where NER found no entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon, norm_name
from .._doc import token_words
from ..quotes.cues import load_cues
from ..quotes.speaker_words import person_gender, person_nouns
from .blocs import bloc_modifier
from .clause_roles import (
    apposed_party,
    listed_members,
    proper_name_end,
    repeated_preposition_objects,
    title_before_name,
    titled_name,
)
from .continued import continued_they
from .counted import counted_names
from .described import described_party
from .doc_arrays import first_overlap, running_ends
from .envoys import posted_to
from .heads import head_of_body, loyal_to
from .lexicon import EventLexicon, capital_countries, padded_orgs
from .party_words import (
    ORG_WORD_SECTORS,
    association_code,
    ethnic,
    full_person,
    home_country,
    office_country,
    party_words,
    persons_side,
    resident_of,
    speaks_for,
    stray_subject,
)
from .phrase_countries import PhraseCountries
from .pronouns import PRON_PERSON, PRON_THING, resolve_pronoun
from .reference import reference_code
from .senses import load_senses
from .topic_country import topic_only_country

__all__ = ["Party", "PartyResolver", "capital_countries"]

_INTL_CODES = frozenset({"IGO", "NGO", "MNC"})
#: the part of an organization that is the organization ("Al Qaeda's Yemen branch")
_BRANCHES = frozenset({"branch", "affiliate", "wing", "arm", "offshoot", "faction", "cell", "franchise"})
#: plural nouns of people who act for their country ("leaders from A, B and C")
_MEMBER_NOUNS = frozenset({"leader", "representative", "delegate", "delegation", "envoy", "counterpart", "official"})
#: nouns of people the animate class of data/event_senses.tsv and the titles leave out
_PEOPLE = frozenset({"man", "woman", "youth", "assailant", "attacker", "gunman", "extremist", "fighter",
                     "militant", "insurgent", "jihadist", "kidnapper", "hijacker", "soldier", "troop", "rebel"})
_BODIES = frozenset({"group", "country", "nation", "side", "party", "committee", "family"})
#: participles that give a described group its name ("known as", "dubbed", "called", "named")
_NAMING = frozenset({"know", "dub", "call", "name"})
_NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
#: determiners that make a counted noun point back at parties named before ("the two leaders", "these three men")
_POINTING_BACK = frozenset({"the", "these", "those", "both"})


def _definite_count(tok: Token) -> bool:
    """``tok``, a counted plural, points back at parties named before: "both men", "the two leaders", "their three
    sons"; a bare count ("police arrested two men") introduces new ones, a class of its own (round 34)."""
    return any(c.lower_ in _POINTING_BACK or c.dep_ == "poss" for c in tok.children)
#: the first person plural object form (round 32): not the speaker alone. "our" is left out after reading an unseen
#: check page: "the results of our investigation" in Mueller's letter is his own inquiry
_US = frozenset({"us"})
#: how far apart (characters) two names may stand to be "named together" ("Ghani was named president-elect on Sunday,
#: beating his rival, Abdullah Abdullah": 57)
_SIDE_BY_SIDE = 80


@dataclass
class Party:
    name: str
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    start: int = 0
    end: int = 0
    person: bool = False  # a named person: a state's actor only by a state role (not stored)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "entity": self.entity, "country": self.country, "sector": self.sector,
                "code": self.code}

    def key(self) -> tuple[str | None, str]:
        return (self.entity, self.name.lower())

    def span(self, doc: Doc) -> Span | None:
        """The words of ``doc`` the party's characters fall on (widened to whole words), or None: a party with no
        offsets (start and end 0) or none on a word. The one rule the party checks share: ``char_span`` alone would
        give a whole word for an empty offset inside it."""
        if self.end <= self.start:
            return None
        sp = doc.char_span(self.start, self.end, alignment_mode="expand")
        return sp if sp is not None and len(sp) else None

    def root(self, doc: Doc) -> Token | None:
        """The head word of :meth:`span`, or None."""
        sp = self.span(doc)
        return sp.root if sp is not None else None


class PartyResolver(PhraseCountries):
    """Resolves tokens of one parsed Doc to parties (caches the doc's entity and place lookups)."""

    def __init__(self, doc: Doc, lex: EventLexicon, base: Lexicon, text: str | None = None) -> None:
        self.doc, self.lex, self.base = doc, lex, base
        self.entities = {e["id"]: e for e in doc._.newsgraph_entities or []}
        self.mentions: list[tuple[int, int, str]] = list(doc._.newsgraph_mentions or [])
        self._reach = running_ends(self.mentions)
        self._at_token: dict[int, dict[str, Any] | None] = {}  # token index -> entity (asked ~150 times an article)
        self._lemmas: list[str] | None = None
        self._lowers: list[str] | None = None
        self.place_country: list[tuple[int, int, str | None, str]] = []
        for p in doc._.newsgraph_places or []:
            for m in p.get("mentions") or []:
                self.place_country.append((m["start"], m["end"], p.get("country"), p.get("id")))
        self.capitals = capital_countries()
        # entity names are canonical names ("United Nations Security Council"), not always an alias
        self.canonical_orgs = {canon: (canon, code) for canon, code in base.orgs.values()}
        self._genders: dict[str, str | None] = {}
        self._homes: dict[str, str | None] = {}  # person id -> the country of an "of" phrase on any mention
        self._text = text  # the Doc's text (the caller's copy, or read on the first gendered pronoun)
        self._chain = 0  # how many sentences back a pronoun chain is being followed

    def gender_of(self, ent: dict[str, Any]) -> str | None:
        """A person's gender by the quote layer's rule (``person_gender``), read once per entity."""
        eid = ent["id"]
        if eid not in self._genders:
            if self._text is None:
                self._text = self.doc.text  # spaCy rebuilds Doc.text on each access
            self._genders[eid] = person_gender(ent, self._text, load_cues().first_names)
        return self._genders[eid]

    def _fits(self, ent: dict[str, Any], want: str | None) -> bool:
        """The entity is no person of the other gender than the pronoun's ("Mr Trump ... She has dismissed")."""
        return want is None or ent["type"] != "PERSON" or self.gender_of(ent) in (None, want)

    # -- lookups -----------------------------------------------------------------------------
    def entity_at_token(self, tok: Token) -> dict[str, Any] | None:
        """The entity of the first mention (in start order) that overlaps the token."""
        if tok.i not in self._at_token:
            j = first_overlap(self.mentions, self._reach, tok.idx, tok.idx + len(tok.text))
            self._at_token[tok.i] = None if j is None else self.entities.get(self.mentions[j][2])
        return self._at_token[tok.i]

    def word_lists(self) -> tuple[list[str], list[str]]:
        """Every token's lowercased lemma and lowercased form, by token index, read once per Doc from its
        arrays: the trigger prefilter and the clause clues read them for every token, and a Token view
        costs more than the read itself."""
        if self._lemmas is None or self._lowers is None:
            self._lemmas, self._lowers = token_words(self.doc)
        return self._lemmas, self._lowers

    def place_at(self, tok: Token) -> tuple[str | None, str] | None:
        s, e = tok.idx, tok.idx + len(tok.text)
        for ps, pe, country, pid in self.place_country:
            if ps < e and pe > s:
                return country, pid
        return None

    def _noun_sector(self, tok: Token, lemma: str) -> str | None:
        """A noun's sector, the title with its compounds first ("the attorney general": JUD, not a "general")."""
        words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [lemma]
        titled = (self.lex.roles.get(" ".join(words[-k:])) for k in range(len(words), 1, -1))
        # round 29: the word itself when the lemmatizer took it for another ("the media": lemma "medium")
        return next((s for s in titled if s), None) or self.lex.sectors.get(lemma) or self.lex.roles.get(lemma) or (
            self.lex.sectors.get(tok.lower_))

    def _role_sector(self, roles: list[str]) -> str | None:
        for role in roles:
            low = role.lower()
            best = None
            for key, sector in self.lex.roles.items():
                if f" {key} " in f" {low} " and (best is None or len(key) > len(best[0])):
                    best = (key, sector)
            if best:
                return best[1]
        return None

    def _org_code(self, name: str) -> tuple[str | None, str | None, str | None]:
        """(code, country, sector) of an organization name from the lexicons."""
        org = self.base.org_of(name) or self.canonical_orgs.get(norm_name(name))
        owner = re.split(r"['’]s ", name, maxsplit=1)
        if not org and len(owner) == 2 and owner[1].split()[-1].lower() in _BRANCHES:
            org = self.base.org_of(owner[0])  # "Al Qaeda's Yemen branch": Al Qaeda's, whatever its seat
        if org:
            code = org[1]
            if code in _INTL_CODES:
                return code, None, None
            if code == "REB":
                return None, None, "REB"
            if len(code) == 3 and code.isupper():
                return code, code, None
        extra = self.lex.orgs.get(norm_name(name))
        if extra:
            return extra, None, None
        body = self.base.body_of(name)
        if body:
            return body[0], body[0], body[2]
        return None, None, None

    def _affiliation(self, ent: dict[str, Any], head: Token | None) -> str | None:
        """IGO/NGO when a person acts for an international organization ("U.N. Secretary-General Kofi
        Annan", "Kenzo Oshima, the United Nations Emergency Relief Coordinator"): CAMEO codes the
        affiliation."""
        texts = list(ent.get("roles") or [])
        if head is not None:
            # only words of the name's own phrase ("U.N. Secretary-General Kofi Annan"): an organization named
            # before it in another clause ("UN not reaching its potential, Trump says") is none of its titles
            texts.append(head.doc[max(head.sent.start, head.left_edge.i, head.i - 6) : head.i].text)
        intl, orgs = padded_orgs(self.base, self.lex, _INTL_CODES)
        for text in texts:
            padded = f" {text} "
            for alias, code in intl + orgs:  # "ambassador to the EU" is hosted there, not sent (envoys.py)
                if alias in padded and not posted_to(padded, alias):
                    return code
        return None

    def from_entity(self, ent: dict[str, Any], head: Token | None = None) -> Party:
        ent = full_person(ent, self)  # "I thank John": John Bolton
        name, etype, country = ent["name"], ent["type"], ent.get("country")
        sector: str | None = None
        code: str | None = None
        if etype == "PERSON":
            sector = self._role_sector(list(ent.get("roles") or []))
            code = self._affiliation(ent, head)
            topic = bool(country) and topic_only_country(ent, self.base)
            country = None if topic else country  # "a China expert" is no Chinese (round 35)
            if not country and head is not None and not topic:
                country, _eid = self._location_country(head)
            if not country and code is None:
                if ent["id"] not in self._homes:
                    self._homes[ent["id"]] = home_country(ent, self) or office_country(ent, self)
                country = self._homes[ent["id"]]

        elif etype == "ORG":
            code, c2, sector = self._org_code(name)
            owner = self._possessor_country(head) if head is not None else None
            if owner:  # "the Ivory Coast's Supreme Court" is not the US one
                country, code = owner, (code if code in _INTL_CODES else owner)
            country = country or c2
            if sector is None and code not in _INTL_CODES:
                low = name.lower()
                sector = next((s for w, s in ORG_WORD_SECTORS if w in low), None)
        elif etype in {"GPE", "LOC", "FAC"} and (not country or name.lower() in self.capitals):
            cap = self.capitals.get(name.lower())
            if cap and (not country or country == cap):  # "Berlin rejected": the government sits there
                country, sector = cap, "GOV"
            elif head is not None and not country:
                place = self.place_at(head)
                if place and place[0]:
                    country, sector = place[0], "CVL"
        if not country and etype in {"NORP", "GPE", "PERSON", "ORG"} and code is None:
            # the entity layer left the country empty ("Mozambique" tagged NORP, "Bosnian Serbs" PERSON)
            country = self._country_in_words(name)
        if not country and code is None and etype in {"PERSON", "ORG", "NORP"}:
            # "Hamas", "the Kurdistan Workers' Party": the reference tables' code (round 14); "Sandinistas" NORP too
            code, country = reference_code(name, etype, (self.doc._.newsgraph_meta or {}).get("published"))
            code = code or (association_code(name) if etype == "ORG" and not country else None)
        if code is None:
            code = country
        sp = self._span_of(head) if head is not None else None
        return Party(name=name, entity=ent["id"], country=country, sector=sector, code=code,
                     start=sp.start_char if sp is not None else 0, end=sp.end_char if sp is not None else 0,
                     person=etype == "PERSON")

    def resolve(self, tok: Token, strict: bool = True) -> list[Party]:
        """Parties named by the phrase headed by ``tok`` (its conjuncts too)."""
        out: list[Party] = []
        for t in [tok, *tok.conjuncts, *repeated_preposition_objects(tok)]:
            if t.i < tok.i and t is not tok or t.i != tok.i and stray_subject(t) is not None:
                continue  # a later clause's subject the parser hung here is no party of this phrase
            out.extend(self._resolve_one(t, strict, 0))
        return out

    def _resolve_one(self, tok: Token, strict: bool, depth: int) -> list[Party]:
        if depth > 3:
            return []
        low = tok.lower_
        lemma = self._noun_lemma(tok)
        if tok.pos_ == "PRON" or low in PRON_PERSON | PRON_THING:
            p = None if (they := continued_they(tok, self)) else self.pronoun(tok)  # "... . They urged" (round 18)
            return they or ([p] if p else [])
        if (described := described_party(tok, self, depth)) is not None:  # "The Iowa Republican", "the offices of"
            return described
        ent = self.entity_at_token(tok)
        if ent is None and depth < 3:
            name = self._known_as(tok)
            if name is not None:  # "a coalition of Islamist forces ... known as Dawn of Libya": the name it goes by
                named = self._resolve_one(name, False, depth + 1)
                end = proper_name_end(name)
                if named and end > name.i:  # the whole name, which the entity layer may have cut ("Dawn of Libya")
                    sp = self.doc[self._span_of(name).start : end + 1]
                    named[0].name, named[0].start, named[0].end = sp.text, sp.start_char, sp.end_char
                if named:
                    return named
        apposed = apposed_party(tok, self, depth) if depth < 3 else None
        if apposed:  # "the C.I.A. director, Mike Pompeo", "Kayla Mueller, a hostage", "Kim Jong Un, the leader of"
            return apposed
        listed = (listed_members(tok, self, depth) if ent is None else counted_names(tok, self, strict, depth)) if (
            depth < 3) else []
        if listed:  # "groups like al Qaeda and the Islamic State"; "the two states - A and B -" (round 24)
            return listed
        # "Ambassador at Large ... Sam Brownback", "slammed President Barack Obama" (the title parsed apart)
        titled = (titled_name(tok, self) or title_before_name(tok, self)) if depth < 3 else []
        if titled:  # "Ambassador at Large for International Religious Freedom Sam Brownback": the person
            return titled
        if ent is not None:
            return [self._entity_party(ent, tok, lemma)]
        members = self._members(tok, lemma, low, strict, depth)
        if members is not None:
            return members
        return head_of_body(tok, self, depth) or loyal_to(tok, self, depth) or self._described(tok, lemma, strict)

    def _entity_party(self, ent: dict[str, Any], tok: Token, lemma: str) -> Party:
        """The party of a named entity, completed from its phrase: a country from a modifier entity where the
        name has no code of its own, a sector noun kept with a nationality tagged as one span."""
        p = self.from_entity(ent, tok)
        if p.code is None and ent["type"] in {"NORP", "PERSON", "ORG"}:  # "Iraqi Kurds", "German ... Scholz"
            mod = self._modifier_entity(tok)
            if mod is not None and mod["id"] != ent["id"]:
                m = self.from_entity(mod)
                p.country, p.code = m.country, m.code
        if ent["type"] == "NORP" and tok.tag_ == "NNPS" and (resident_of(tok, self) not in (None, p.country) or ethnic(tok)):
            # "the Albanians of southern Serbia", "the Kurds of Iraq": a people named by the country it lives in,
            # which CAMEO codes (round 12 parties; "Americans in Iraq" stay American: only "of" says residence);
            # "ethnic Albanians" live outside that nation: only an "of"/"in" place codes them (round 16)
            p.country = p.code = resident_of(tok, self, ethnic(tok))
        if ent["type"] == "NORP":  # "Iraqi forces" tagged as one NORP span: keep the sector noun
            sector = self.lex.sectors.get(lemma)
            if sector:
                sp = self._span_of(tok)
                p.name, p.sector, p.start, p.end = sp.text, sector, sp.start_char, sp.end_char
        return p

    def _members(self, tok: Token, lemma: str, low: str, strict: bool, depth: int) -> list[Party] | None:
        """The parties a quantity or plural noun stands for ("some of the rebels", "the two leaders"), before
        the noun is read as a class of its own; None where it stands for none of them (read it as a class)."""
        if lemma in self.lex.quants or low in self.lex.quants:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return self.resolve_inner(pobj, strict, depth + 1)
        if tok.tag_ in {"NNS", "NNPS"}:
            named = self._named_members(tok, lemma, strict, depth)
            if named:
                return named
        group = self.lex.groups.get(lemma)
        if group and tok.tag_ in {"NNS", "NNPS"}:
            n = next((_NUMBER_WORDS[c.lower_] for c in tok.children if c.lower_ in _NUMBER_WORDS), 0)
            if not _definite_count(tok):
                n = 0  # round 34: "arrested two men in Lyon" brings new people in; "the two men" points back
            found = (self.named_together(tok, group, n) or self.recent(tok, group, n)) if n else []
            if found:
                return found  # "the two leaders": the persons named just before; else "two men" is a class
        return None

    def _described(self, tok: Token, lemma: str, strict: bool) -> list[Party]:
        """An unnamed party described by its noun: its sector ("rebels", "opposition groups") and country
        from a modifier, the lexicon or a place, or a known organisation's code; nothing where neither is
        known (or, when strict, where the noun has no sector)."""
        sector = self._noun_sector(tok, lemma)
        if sector is None and lemma in self.lex.quants | {"leader", "supporter", "coalition", "movement"}:
            # "opposition groups", "rebel group": the sector is in the modifier
            sector = next((self.lex.sectors[c.lemma_.lower()] for c in tok.children
                           if c.dep_ in {"compound", "amod"} and c.lemma_.lower() in self.lex.sectors), None)
        side = persons_side(tok, self) or speaks_for(tok, self)
        if side:  # "the Smith campaign": Smith's side
            return side
        mod = self._modifier_entity(tok)
        if sector is None and strict:
            return []
        sp = self._span_of(tok)
        joint = self._joint_countries(tok, sector)
        if joint:
            return joint
        if mod is not None:
            base = self.from_entity(mod, tok)
            if sector is None and base.code and load_senses().word_in("goods", tok):
                # "tariffs on Chinese products": a country's goods stand for the country (round 13)
                return [Party(name=self.base.name_of_country(base.code), entity=mod["id"], country=base.country,
                              code=base.code, start=sp.start_char, end=sp.end_char)]
            return [Party(name=sp.text, entity=mod["id"], country=base.country, sector=sector or base.sector,
                          code=base.code, start=sp.start_char, end=sp.end_char)]
        iso = self._modifier_lexicon(tok)
        eid = None
        if iso is None and sector is not None and bloc_modifier(tok):  # "euro zone ministers" (round 23)
            return [Party(name=sp.text, sector=sector, code="IGO", start=sp.start_char, end=sp.end_char)]
        if iso is None and sector is not None:
            iso, eid = self._location_country(tok)
        if iso is None:
            code, c2, s2 = self._org_code(sp.text)
            if code or c2 or s2:
                return [Party(name=norm_name(sp.text), country=c2, sector=s2 or sector, code=code,
                              start=sp.start_char, end=sp.end_char)]
        if iso is None and sector is None:
            return []
        return [Party(name=sp.text, entity=eid, country=iso, sector=sector, code=iso,
                      start=sp.start_char, end=sp.end_char)]

    def _joint_countries(self, tok: Token, sector: str | None) -> list[Party]:
        """One party per country of coordinated national modifiers ("Russian and Syrian forces", "French,
        British and American warplanes"): each country acts (round 12 parties; the first alone was kept)."""
        out: list[Party] = []
        for c in tok.children:
            if c.dep_ not in {"amod", "compound", "nmod"} or c.i > tok.i or not c.conjuncts:
                continue
            for t in [c, *c.conjuncts]:
                ent = self.entity_at_token(t)
                if ent is None or ent["type"] not in {"NORP", "GPE"} or not ent.get("country"):
                    continue
                if all(p.country != ent["country"] for p in out):
                    base = self.from_entity(ent, t)
                    out.append(Party(name=f"{t.text} {tok.text}", entity=ent["id"], country=base.country,
                                     sector=sector or base.sector, code=base.code, start=t.idx,
                                     end=tok.idx + len(tok.text)))
        return out if len(out) > 1 else []

    def people(self, tok: Token) -> list[Party]:
        """A doer the report describes but does not name ("Heavily armed men", "angry residents", "the
        attackers"): a party of its own words, with no entity and no code (never a guessed one)."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma in _BODIES and not (lemma == "family" and tok.tag_ == "NNS"):
            return []  # "the group", "the country": a body the report named before, not a description
        if not (lemma in _PEOPLE or lemma in person_nouns() or load_senses().word_in("animate", tok)):
            return []
        if self.entity_at_token(tok) is not None:
            return []
        sp = self._span_of(tok)
        return [Party(name=sp.text, start=sp.start_char, end=sp.end_char)]

    def _noun_lemma(self, tok: Token) -> str:
        """The lemma, or for a capitalized plural the parser took for a name ("Gunmen seized ...", lemma
        "Gunmen") the singular the actor tables know."""
        lemma = tok.lemma_.lower()
        if tok.pos_ != "PROPN" or lemma in self.lex.sectors or not tok.is_title:
            return lemma
        low = tok.lower_
        for cand in (low[:-3] + "man" if low.endswith("men") else low, low[:-1], low[:-2]):
            if cand in self.lex.sectors or cand in self.lex.roles or cand in self.lex.groups:
                return cand
        return lemma

    def _known_as(self, tok: Token) -> Token | None:
        """The name a described group goes by inside its own phrase: "known as X", "dubbed X", "called X"
        (the parser may hang the participle on any noun of the phrase)."""
        for t in tok.subtree:
            if t.dep_ != "acl" or t.tag_ != "VBN" or t.lemma_.lower() not in _NAMING or t.i <= tok.i:
                continue
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "as":
                    return next((p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
                if c.dep_ in {"oprd", "attr", "dobj"} and c.pos_ == "PROPN":
                    return c
        return None

    def _named_members(self, tok: Token, lemma: str, strict: bool, depth: int) -> list[Party]:
        """The members a plural noun names: "two former presidents, A and B" (its apposition), "officials from
        the U.S., Canada and Mexico", "the foreign ministers of France, Germany and the U.K." (one party per
        country of a list; a single country stays the noun's own country)."""
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i and (c.pos_ == "PROPN" or self.entity_at_token(c) is not None):
                named = self.resolve_inner(c, strict, depth + 1)
                if named:
                    return named
        sector = self._noun_sector(tok, lemma)
        if sector is None and lemma not in _MEMBER_NOUNS:
            return []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"from", "of"}:
                continue
            for pobj in prep.children:
                members = [pobj, *pobj.conjuncts] if pobj.dep_ == "pobj" else []
                out = []
                for m in members:
                    ent = self.entity_at_token(m)
                    if ent is not None and ent["type"] in {"GPE", "NORP"}:
                        p = self.from_entity(ent, m)
                        p.sector = sector or p.sector
                        out.append(p)
                if len(out) >= 2:
                    return out
        return []

    def resolve_inner(self, tok: Token, strict: bool, depth: int) -> list[Party]:
        out: list[Party] = []
        for t in [tok, *tok.conjuncts]:
            out.extend(self._resolve_one(t, strict, depth))
        return out

    # -- reference -----------------------------------------------------------------------------
    def _mentions_before(self, char: int) -> list[tuple[int, int, dict[str, Any]]]:
        return [(s, e, self.entities[eid]) for s, e, eid in self.mentions if e <= char and eid in self.entities]

    def recent(self, tok: Token, kind: str, n: int) -> list[Party]:
        """The last ``n`` distinct entities of ``kind`` (PERSON, GPE or ANY) named before ``tok``."""
        seen: list[str] = []
        found: list[Party] = []
        for _s, _e, ent in reversed(self._mentions_before(tok.idx)):
            ok = ent["type"] == kind or (kind == "ANY" and ent["type"] in {"PERSON", "GPE", "ORG"})
            if ok and ent["id"] not in seen:
                seen.append(ent["id"])
                found.append(self.from_entity(ent))
                if len(found) == n:
                    break
        sp = self._span_of(tok)
        for p in found:
            p.start, p.end = sp.start_char, sp.end_char
        return list(reversed(found)) if len(found) == n else []

    def named_together(self, tok: Token, kind: str, n: int) -> list[Party]:
        """The last two entities of ``kind`` named side by side (in one sentence, at most ``_SIDE_BY_SIDE`` characters
        apart) before ``tok`` (round 32, evsides: "Both leaders support" after a quoted critic was named between
        the two rivals and that phrase: the rivals, named together, not the last two names); [] for ``n`` other than
        two or when no such pair was named."""
        if n != 2:
            return []
        before = sorted((s, e, eid) for s, e, eid in self.mentions
                        if e <= tok.idx and (self.entities.get(eid) or {}).get("type") == kind)
        for (s1, e1, a), (s2, _e2, b) in zip(reversed(before[:-1]), reversed(before[1:]), strict=True):
            if a != b and s2 - e1 <= _SIDE_BY_SIDE and self._same_sentence(s1, s2):
                sp = self._span_of(tok)
                found = [self.from_entity(self.entities[a]), self.from_entity(self.entities[b])]
                for p in found:
                    p.start, p.end = sp.start_char, sp.end_char
                return found
        return []

    def _same_sentence(self, a: int, b: int) -> bool:
        ta = self.doc.char_span(a, a + 1, alignment_mode="expand")
        tb = self.doc.char_span(b, b + 1, alignment_mode="expand")
        return ta is not None and tb is not None and len(ta) > 0 and len(tb) > 0 and ta[0].sent.start == tb[0].sent.start

    def _quote_speaker(self, tok: Token, we: bool) -> Party | None:
        """The speaker of the quote ``tok`` stands in ("I", "we"): its entity, or for "we" the organization
        the speaker speaks for when the quote names one; None when the quote has no resolved speaker."""
        for q in self.doc._.newsgraph_quotes or []:
            if q.get("kind") in {"direct", "partial", "block"} and q["start"] <= tok.idx < q["end"]:
                eid = (q.get("affiliation") if we else None) or q.get("speaker")
                ent = self.entities.get(eid) if eid else None
                if ent is None or we and tok.lower_ in _US and ent.get("type") == "PERSON":
                    # round 32 (evsides): "an opportunity for us to confer with our allies" (a spokesman), "missiles
                    # fired at us": an object "us" with no body the speaker speaks for is the speaker's side, not the
                    # speaker alone; left empty (a subject "we" stays the speaker's: "we're committed to ...")
                    return None
                p = self.from_entity(ent)
                p.start, p.end = tok.idx, tok.idx + len(tok.text)
                return p
        return None

    def _is_person(self, p: Party) -> bool:
        return (self.entities.get(p.entity or "") or {}).get("type") == "PERSON"

    def _one_person(self, subj: Token, p: Party) -> bool:
        """``subj`` can be what "he"/"she" stands for: a named person, or one person told by a common noun
        ("the president"); not a group ("the rebels"), a state or an organization."""
        if self._is_person(p):
            return True
        ent = self.entity_at_token(subj)
        if ent is None and subj.lemma_.lower() in _BODIES | party_words()["gathering"]:
            return False  # "a cheering crowd greeted Castro after he overthrew Batista": no crowd is "he" (r33)
        return subj.tag_ in {"NN", "NNP"} and (ent is None or ent["type"] == "PERSON")

    def pronoun(self, tok: Token) -> Party | None:
        return resolve_pronoun(self, tok)
