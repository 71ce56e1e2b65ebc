"""Speaker mentions resolved to entities: names, pronouns, nominal references ("the general").

``Resolver`` is built once per Doc from ``doc._.newsgraph_entities``. A name resolves to its entity (a person
who heads the mention, with the organization of their title as affiliation); a pronoun to the person
:class:`~newsgraph.extract.quotes.pronouns.PersonIndex` finds for it; a definite description ("the general",
"the influential US daily") to the most recent entity whose roles name its head noun, or for outlet and
organization nouns to the most recent organization; a group ("French police", "the government") to the
organization or country the report names for it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Literal

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ...lexicon import load_lexicon
from ...record import Quote
from .apposed_names import comma_apposed_name, family_named, person_of_role
from .described_persons import described_person
from .documents import is_text_subject, issued_by, text_author
from .forward_roles import named_after
from .fronted import capital_inside
from .link_text import linked_name
from .mistyped_bodies import named_group
from .named_again import named_again
from .pairs import fill_pair
from .place_described import place_described
from .placed_roles import placed_name
from .pronouns import PersonIndex
from .role_bodies import role_body, taken_up
from .served_names import serves_name
from .speaker_names import before_tag, et_al_list, role_heads
from .speaker_words import (
    AFFILIATIONS,
    FEMALE,
    GENDERED,
    GROUP_NOUNS,
    IT,
    LOCAL_WORDS,
    MALE,
    NEVER_SPEAKER,
    ORG_NOUNS,
    PLACES,
    SPEAKS_FOR,
    SPEECH_NOUNS,
    STATE_NOUNS,
    SUBJECT_REACH,
)
from .statement_by import speech_maker
from .units import FORCE_NOUNS, it_org, member_org, organization_described, unit_by_number

__all__ = ["Resolver", "speaker_mention"]

# Verbs whose object is the one spoken to
_ADDRESSING = frozenset({"tell", "ask", "warn", "urge", "remind", "inform", "assure", "advise", "thank",
                         "congratulate", "email", "text", "write", "call", "answer", "address"})

_OBJECT_IDS = frozenset(get_string_id(d) for d in ("dobj", "dative"))


def speaker_mention(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _is_group(span: Span, root: Token | None = None) -> bool:
    """A group named by a common noun: "French police", "U.S. officials", "the government"."""
    root = span.root if root is None else root
    return root.pos_ == "NOUN" and root.lower_ in GROUP_NOUNS and root.ent_type_ not in ("PERSON", "ORG")


# Group nouns for the people around someone: the one who modifies them ("X aides") is not who speaks.
_FOLLOWERS = frozenset({"aides", "allies", "advisers", "advisors", "supporters", "loyalists", "associates",
                        "confidants", "friends", "lawyers", "backers"})


# A person's record is what the person did, told by the writer ("Clinton's record at the State Department
# demonstrates that ..."): its possessor authored no text (found on the real reports of round 15).
_TRACK_RECORDS = frozenset({"record", "records"})
# Texts of counting people: a place named before them is where they were counted.
_POLLED = frozenset({"poll", "survey", "study", "data", "statistics", "figures", "results", "result"})
# Verbs whose subject gets a text another wrote ("Trump's son received a threatening letter": PolNeAR train)
_RECEIVING = frozenset({"receive", "get", "obtain", "open", "read", "see", "intercept"})
# How many tokens back "the report said" looks for the report's first mention and its author.
_TEXT_REACH = 120  # (documents.TEXT_REACH for a definite text that speaks)


# The words that join a long title's portfolio ("Secretary of State for European Affairs"), as the entity layer
# reads them (entity_title_chains)
_CHAIN_JOINERS = frozenset({"for", "of", "on", "the", "and", "&"})


# Head nouns after an organization's name that only say what it is ("the Islamic State group", "the Wagner
# group"): the organization speaks, as if the noun were not there
_NAMED_GROUP_NOUNS = frozenset({"group", "movement", "organization", "organisation"})


# Group nouns for a body named after its leader ("the Trump administration"): a name before the noun is the leader
# (typed an organization or not), never the body's own name; the body is found as a bare "the administration" is
_LED_BODIES = frozenset({"administration", "administrations"})


def _name_modifiers(span: Span, root: Token) -> set[str]:
    """The words of the names that qualify a group noun ("New Bedford police", "Trump administration"): an
    organization found by the group's noun alone must bear them ("the State Police" is no town's police; review
    27), lowercased."""
    return {t.lower_ for t in span if t.i < root.i and t.pos_ == "PROPN"}


class Resolver(PersonIndex):
    def role_heads_of(self, pid: str) -> frozenset[str]:
        return self._role_heads(pid)

    def _role_heads(self, pid: str) -> frozenset[str]:
        """The head nouns of a person's roles (built once per person)."""
        got = self._role_text.get(pid)
        if got is None:
            got = self._role_text[pid] = frozenset().union(*(role_heads(r) for r in self.by_id[pid].get("roles", [])))
        return got

    def fill(self, rec: Quote, span: Span) -> None:
        """Set the record's speaker fields from the speaker mention ``span``."""
        span = linked_name(span) or span  # "Rep. X X YSenate holds ... MORE (D-Vt.) said": X (review 21)
        listed = et_al_list(span) if "al" in self.text[span.start_char : span.end_char] else None
        if listed is not None:
            self._fill_listed(rec, listed)
            return
        rec.speaker_start, rec.speaker_end = speaker_mention(span)
        root = span.root  # Span.root walks the span's tokens: found once, handed on
        rec.speaker, rec.affiliation = self.resolve_with_affiliation(span, root)
        person = rec.speaker is not None and self.by_id[rec.speaker]["type"] == "PERSON"
        if root.pos_ == "NOUN" or rec.speaker is None and root.pos_ == "PROPN":
            # "Its chairman, Tom Walsh, said", "a senior official, Jane Roe, said": the person named in
            # apposition to the role speaks; also when a person owns the role ("Manafort's spokesman, Jason
            # Maloni, said": Maloni speaks, not Manafort); and after a title in capitals that names no entity
            # ("Senate Minority Leader Chuck Schumer, D-New York, said", "Minister of the Interior Bernard
            # Cazeneuve said": the title's own name, read as the event parties read it; review 14)
            got = self._apposed_person(root) or (self._titled_person(root) or self._chained_person(root)
                                                 if rec.speaker is None else None)
            if got is not None and not serves_name(root, got[1]):  # "Spokesman for Senator X": not X (r25)
                apposed, name = got
                rec.speaker, rec.speaker_name = apposed, self.name_of(apposed)
                # the speaker's mention is the name, not the role ("Manafort's spokesman" holds Manafort)
                rec.speaker_start, rec.speaker_end = name.start_char, name.end_char
                return
        if rec.speaker is None and root.pos_ == "NOUN":
            # "Anna Ruiz, a nurse from Ohio who said ...": the role the relative clause hangs on stands in
            # apposition to the name, whose person speaks (the mention stays the role's words)
            rec.speaker = self._role_of_named(root)
        rec.speaker_name = self.name_of(rec.speaker)
        who = rec.speaker
        if person and who is not None and len(span) == 1 and root.lower_ in GENDERED \
                and self.gender_of(who) is None:
            # the report has now called this person "he" or "she": a later pronoun of the other gender is
            # someone else ('"...," she added.' makes Jyoti Malhotra no antecedent of a later "he")
            if self._genders is not None:  # gender_of has just filled it
                self._genders[who] = "M" if root.lower_ in MALE else "F"
        if rec.speaker is None and self._named_elsewhere(rec, span, root):
            return
        if rec.speaker is None and root.lower_ in GENDERED and len(span) == 1:
            bound = self._bound(root, "M" if root.lower_ in MALE else "F")
            said = bound[0] if bound is not None else self.unnamed_at.get(span.start_char)
            if said is not None:  # "One of the witnesses told ... he believed": the unnamed speaker's words
                said = self.introduced(said) or said
                rec.speaker_name = self.text[said.start_char : said.end_char]
            return
        first = self.introduced(span) if rec.speaker is None else None
        if first is not None:
            # "This same official said": the unnamed person the report introduced ("a former senior official")
            rec.speaker_name = self.text[first.start_char : first.end_char]
            taken_up(self, rec, first, _is_group(first, first.root))  # (the introduction's body: r36)
            return
        if _is_group(span, root):
            # a group keeps the name the report gives it ("Pentagon officials") beside the body standing for it
            rec.speaker_name = self.text[span.start_char : span.end_char]
            role_body(self, rec, root, span)  # ("Officials at the Pentagon": the whole name, r36)
        elif rec.speaker is None and (root.pos_ == "NOUN" or root.pos_ == "PROPN" and (root.ent_type_ not in PLACES or
                                      named_group(root)) or len(span) > 2 and span[1].lower_ == "of"):  # "One of the"
            # "French police", "a reporter", a name the entity layer missed, "Democrats" (round 21): the
            # speaker as the report names it (a bare "French" or "Texas" is never one)
            rec.speaker_name = self.text[span.start_char : span.end_char]
        if rec.speaker is None and root.pos_ == "NOUN" and not _is_group(span, root):
            role_body(self, rec, root, span)  # "a spokesman for the Army" (r36)

    def _named_elsewhere(self, rec: Quote, span: Span, root: Token) -> bool:
        """Round 17b: "they" after people named together (:mod:`.pairs`), and a description whose person the next
        sentence names ("Obama's top spokesman said ... Josh Earnest, the spokesman", :mod:`.forward_roles`)."""
        if len(span) == 1 and root.lower_ == "they":
            return fill_pair(self, rec, root)
        after = named_after(self, span, root)
        if after is None:
            return False
        rec.speaker, rec.speaker_name = after, self.name_of(after)
        return True

    def _fill_listed(self, rec: Quote, listed: Span) -> None:
        """"Jones, Smith, et al. wrote that ...": the people listed, never "al" (review 15's speaker "al"); the first
        name speaks for them, as with coordinated speakers, when an entity holds it."""
        rec.speaker_start, rec.speaker_end = speaker_mention(listed)
        first = listed[0]
        eid = self._entity_at(first.idx, first.idx + len(first.text))
        rec.speaker = eid if eid is not None and self.by_id[eid]["type"] == "PERSON" else None
        rec.affiliation = self._role_affiliation(rec.speaker)
        rec.speaker_name = self.name_of(rec.speaker) or self.text[listed.start_char : listed.end_char]

    def _titled_person(self, root: Token) -> tuple[str, Span] | None:
        """The person a title's phrase ends in ("Minister of the Interior Bernard Cazeneuve"), by the event
        parties' rule (:func:`newsgraph.extract.events.clause_roles.titled_name`, round 13)."""
        from ..events.clause_roles import titled_name  # (events import quotes: read when first asked)

        got = titled_name(root, _TitleReader(self))
        if not got or got[0].entity is None or got[0].start is None or got[0].end is None:
            return None
        span = root.doc.char_span(got[0].start, got[0].end)
        return (got[0].entity, span) if span is not None else None

    def _chained_person(self, root: Token) -> tuple[str, Span] | None:
        """The person whose name ends a capitalized title's phrase ("Director of National Intelligence Dan
        Coats", "The Secretary of State for Health Ann Smith"), where the parse does not chain the title's
        prepositions to the name: only capitalized words and "for", "of", "on", "the", "and" stand between the
        title and the name, which ends the phrase (review 17)."""
        doc = root.doc
        end = before_tag(doc, root.i, root.right_edge.i + 1)
        if not root.is_title or end - root.i > 12:
            return None
        last = doc[end - 1].idx + len(doc[end - 1].text)
        for i in range(root.i + 2, end - 1):
            eid = self._entity_at(doc[i].idx, last)
            if eid is not None and self.by_id[eid]["type"] == "PERSON" and any(
                    m["start"] == doc[i].idx and m["end"] == last for m in self.by_id[eid]["mentions"]):
                between = doc[root.i + 1 : i]
                if all(t.is_title or t.lower_ in _CHAIN_JOINERS for t in between) and \
                        any(t.lower_ in ("for", "of", "on") for t in between):
                    return eid, doc[i:end]
        return None

    def _role_of_named(self, root: Token) -> str | None:
        """The person a singular role noun stands in apposition to ("Anna Ruiz, a nurse from Ohio"), or None."""
        if root.tag_ != "NN":
            return None
        # the parse's head, else the name right before the comma the role follows (round 29: "for Washington,
        # Ivan Petrov, Russian ambassador to the U.N., said" hangs the role on the place or makes it a conjunct)
        for name in (root.head if root.dep_ == "appos" else None, comma_apposed_name(root)):
            if name is None or name.pos_ != "PROPN" or name.i > root.i or self._masked[name.i]:
                continue
            eid = self._entity_at(name.idx, name.idx + len(name.text))
            if eid is not None and person_of_role(self.by_id[eid], root):
                return eid
        return None

    def _apposed_person(self, root: Token) -> tuple[str, Span] | None:
        """The person whose name stands in apposition right after the speaker's role noun, with the name's
        words, if any; after a noun for an organization or outlet, the organization so named ("The state-run
        newspaper Al-Ahram said")."""
        kinds = ("PERSON", "ORG") if root.lower_ in ORG_NOUNS else ("PERSON",)
        for c in [*root.rights, *placed_name(root)]:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                eid = self._entity_at(c.idx, c.idx + len(c.text))
                if eid is None or self.by_id[eid]["type"] not in kinds and not person_of_role(self.by_id[eid], root):
                    return None
                first = min((t for t in c.lefts if t.dep_ == "compound"), key=lambda t: t.i, default=c)
                return eid, root.doc[first.i : c.i + 1]
        return None

    def resolve_with_affiliation(self, span: Span, root: Token | None = None) -> tuple[str | None, str | None]:
        """(speaker, affiliation) entity ids: a titled person speaks for the organization named in the title."""
        root = span.root if root is None else root
        if root.pos_ == "NOUN" and root.lower_ in _FOLLOWERS:
            # "Trump aides and allies insist": people around X, never X, even where a name's mention runs over
            # the noun
            return None, None
        inside = self._entities_in(span)
        # a person who heads the mention, or whose office or campaign speaks ("Keller's office said"); never a
        # person who only modifies it ("a senior Obama administration official" is not Obama)
        persons = [eid for eid in inside if self.by_id[eid]["type"] == "PERSON" and self._heads(eid, span, root)]
        if persons:
            # "National Economic Council Director Larry Kudlow": Kudlow, for the council
            person = persons[-1]
            aff = next((eid for eid in inside if eid != person and self.by_id[eid]["type"] in AFFILIATIONS), None)
            return person, aff or self._role_affiliation(person)
        eid = self.resolve(span, root)
        return eid, self._role_affiliation(eid)

    def _role_affiliation(self, eid: str | None) -> str | None:
        """The organization named in a person's role ("chief executive of Acme Corporation")."""
        if eid is None or self.by_id[eid]["type"] != "PERSON":
            return None
        if eid not in self._affiliations:  # once per person: the roles x organizations scan is the cost
            self._affiliations[eid] = next((oid for role in self.by_id[eid].get("roles", [])
                                            for oid, name in self.org_names if name in role), None)
        return self._affiliations[eid]

    def _group(self, span: Span, root: Token) -> str | None:
        """The organization the report names for a group: one inside the mention ("Pentagon officials"), else
        the most recent one whose name has the group's noun ("the Paris Police Department" for "police")."""
        head = root.lower_
        if head in _FOLLOWERS:
            return None  # people around X are not X (nor an organization X was typed as)
        orgs = [eid for eid in self._entities_in(span) if self.by_id[eid]["type"] == "ORG"]
        if orgs and head not in _LED_BODIES:
            return orgs[-1]
        member = member_org(self, root)  # "Officials at the Pentagon said" (review 16)
        if member is not None:
            return member
        if head in FORCE_NOUNS and any(self.by_id[e]["type"] in ("GPE", "NORP") for e in self._entities_in(span)):
            return self._country(span, root)  # "according to Japan's military": Japan (review 16)
        stem = head[:-1] if head.endswith("s") and head not in ("police", "forces") else head
        best = None
        qualifiers = _name_modifiers(span, root)
        for st, oid in self.orgs:
            if st >= span.start_char:
                break
            words = self.by_id[oid]["name"].lower().split()
            if any(w == head or w == stem or w.startswith(stem) and len(stem) >= 5 for w in words) and \
                    qualifiers <= set(words):
                best = oid
        if best is None and head in STATE_NOUNS and not any(t.lower_ in LOCAL_WORDS for t in span):
            named = self._named_state(span, root)
            best = self._country(span, root) if named is False else named
        return best

    def _named_state(self, span: Span, root: Token) -> str | None | Literal[False]:
        """For a bare "the administration" or "the government": the one the report named before with a modifier
        ("the Obama administration", "the Chinese government"), which beats a country merely named nearby (the
        subject matter: "... to investigate Libya"). Its country where the modifier is a nationality or place;
        None where it is a person (no country guessed); False where the report named none."""
        if any(t.ent_type_ for t in span) or root.lower_ == "officials":
            return False  # the mention names its own ("the Chinese government"): the country rule reads it
        lowers = self.arrays.lowers
        for k in range(span.start - 1, -1, -1):
            if lowers[k] != lowers[root.i]:
                continue  # (the words compared in the arrays: no Token view for each word before the span)
            tok = self.doc[k]
            mod = next((c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.ent_type_
                        and c.i < tok.i), None)
            if mod is None:
                continue
            if mod.ent_type_ in ("NORP", "GPE"):
                return self._country(self.doc[mod.i : tok.i + 1], tok)
            # a leader's administration: the country nearby, but not one that is only what a verb acts on ("to
            # investigate Libya"); (the leader's own country is not known yet at this stage of the pipeline)
            return self._country(span, root, acting=True)
        return False

    def _acting(self, start: int) -> bool:
        """The place named at ``start`` is no verb's object (through the name's own compound words): "to
        investigate Libya" names what is acted on, "the United States had resettled" or "a U.S. visa ban" not."""
        tok = self.doc[min(bisect_left(self._starts, start), len(self.doc) - 1)]
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i and tok.head.ent_type_ == tok.ent_type_:
            tok = tok.head
        return tok.dep_ not in ("dobj", "dative", "oprd")

    def _country(self, span: Span, root: Token, acting: bool = False) -> str | None:
        """The country a government speaks for: named in the mention ("the Chinese government": China, when the
        report names China), else the one country the report named in the ~two sentences before it."""
        lex = load_lexicon()
        inside = [eid for eid in self._entities_in(span) if self.by_id[eid]["type"] in ("NORP", "GPE")]
        named = {eid: lex.country_of(e["name"]) for eid, e in self.by_id.items() if e["type"] == "GPE"}
        countries: dict[str, str] = {eid: iso for eid, iso in named.items() if iso}
        if inside:
            iso = self.by_id[inside[0]].get("country") or lex.demonym_of(self.by_id[inside[0]]["name"])
            return next((eid for eid, c in countries.items() if c == iso), None) if iso else None
        if root.lower_ == "officials":
            return None  # bare "officials" may be anyone's (US officials speaking of Yemen)
        seen: set[str] = set()
        last = None
        for st, eid in self.gpes:
            if st >= span.start_char:
                break
            if st >= span.start_char - SUBJECT_REACH and eid in countries and (not acting or self._acting(st)):
                seen.add(countries[eid])
                last = eid
        return last if len(seen) == 1 else None  # two countries nearby: no guess

    def _heads(self, eid: str, span: Span, root: Token) -> bool:
        """The entity is the mention's head (``root``), or the possessor of an office that speaks for it
        ("Keller's office said" is Keller's, "Keller's lawyer said" is not)."""
        for s, e, mid in self._near(span.start_char, span.end_char):
            if mid != eid or e <= span.start_char or s >= span.end_char:
                continue
            if s <= root.idx < e or self.text[e : e + 2] in ("'s", "’s") and (
                    root.lower_ in SPEAKS_FOR or root.lower_ in SPEECH_NOUNS):
                return True
        return False

    def _statement_of(self, span: Span, root: Token) -> str | None:
        """Whose statement it is: "the North Korean statement" is North Korea's, "a White House statement" the
        White House's (a name or nationality word modifying the speech noun)."""
        for eid in self._entities_in(span):
            kind = self.by_id[eid]["type"]
            if kind == "PERSON" and family_named(self, eid, span):
                return None  # "The Levinson family statement": the family's, not a member's (round 29)
            if kind in ("PERSON", "ORG", "GPE"):
                return eid
            if kind == "NORP":
                return self._country(span, root)
        return None

    def resolve(self, span: Span, root: Token | None = None) -> str | None:
        """The entity id of the speaker mention ``span`` (its syntactic head ``root``), or None."""
        root = span.root if root is None else root
        if _is_group(span, root):
            return self._group(span, root)
        if root.lower_ in SPEECH_NOUNS and root.pos_ == "NOUN":
            said = self._statement_of(span, root) or speech_maker(self, root)  # ("a statement by X": r31)
            if said is not None:
                return said
        if root.pos_ == "NOUN":
            author = self._author_of(span, root) or issued_by(self, root)  # ("a memo sent by X")
            if author is None and span[0].lower_ in ("the", "this", "that"):
                author = self._earlier_author(span, root)
            if author is not None or is_text_subject(span, root):  # "the report" is never the last body named
                return author or text_author(self, span, root)  # "A new Gallup poll found": the pollster's
        eid = self._entity_at(span.start_char, span.end_char)
        if eid is None and root.pos_ == "PROPN":
            short = self._short_org(span)  # "Pew found" after "the Pew Research Center" (review 15)
            if short is not None:
                return short
        if eid is not None and root.lower_ in _NAMED_GROUP_NOUNS and self.by_id[eid]["type"] == "ORG" \
                and eid in self._entities_in(span):
            return eid  # "The Islamic State group said": the group the name stands for (review 17)
        if eid is not None:
            # a bare nationality word ("the French said") names no one, and a place that only modifies
            # the speaker's title ("U.S. Ambassador", "a Texas senator") is not the speaker
            if self.by_id.get(eid, {}).get("type") in NEVER_SPEAKER or not self._heads(eid, span, root):
                return place_described(self, span, root) or described_person(self, span, root)  # (r29, r32)
            return self.same_person.get(eid, eid)  # (a person's name typed otherwise here: the person)
        if root.text[:1].isupper():
            again = named_again(self, span)  # "Hedley said" where no entity mention covers the name (r29)
            if again is not None:
                return again
        words = [t.lower_ for t in span if not t.is_punct]
        return self._no_entity(span, root, words) if words else None

    def _no_entity(self, span: Span, root: Token, words: list[str]) -> str | None:
        """The speaker of a mention that is no entity: a possessive's statement, a pronoun, "it", a member of a
        named unit, or an organization or person described by a head noun ("the ministry", "the minister")."""
        if root.lower_ in SPEECH_NOUNS:
            # "his statement said ...": the speaker is whom the possessive pronoun stands for
            poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in GENDERED), None)
            if poss is not None:
                return self.resolve(self.doc[poss.i : poss.i + 1])
        # ('"...," said He, who is ...': the surname He, no pronoun)
        if len(words) == 1 and (words[0] in MALE or words[0] in FEMALE) and not capital_inside(root):
            want = "M" if words[0] in MALE else "F"
            bound = self._bound(root, want)
            eid = bound[1] if bound is not None else \
                self._governing_subject(root, want) or self._pronoun(want, span.start_char)
            # "Trump, who he said did not agree": a pronoun inside a relative clause is never its antecedent, and
            # "He said ... and told Trump: ..." never stands for the one its sentence addresses
            return None if eid is not None and (eid == self._relative_antecedent(root) or
                                                eid in self._addressed(root)) else eid
        if len(words) == 1 and words[0] in IT:
            return it_org(self, span)
        member = member_org(self, root)  # "Soldiers with the 52nd Signal Brigade said" (review 16)
        if member is not None:
            return member
        if span[0].lower_ not in ("the", "this", "that"):
            return None
        numbered = unit_by_number(self, span)  # "The 52nd said" (review 16)
        if numbered is not None:
            return numbered
        head = root.lower_
        if head in ORG_NOUNS:
            return organization_described(self, span, head, len(words))
        # a description of a person by a role's head noun ("the minister": "finance minister"); a noun a role
        # only mentions ("the campaign" in "spokeswoman for the campaign") names someone else
        return self.last_with_role(span, head) or described_person(self, span, root)  # ("the pontiff": r32)

    def last_with_role(self, span: Span, head: str) -> str | None:
        """The last person named before ``span`` whose role has the head noun ``head``."""
        best = None
        for start, pid in self.persons:
            if start >= span.start_char:
                break
            if head in self._role_heads(pid):
                best = pid
        return best

    def _author_of(self, span: Span, root: Token) -> str | None:
        """The person, organization or place named as a modifier before a text's head noun ("a Gallup poll", "a
        Pew Research survey", "the Pentagon's report"): the text's author, who is the speaker of what it found."""
        from .kinds import AUTHORED_NOUNS  # (kinds imports this module: one list of text nouns, read here late)
        lemma = root.lemma_.lower()
        if lemma not in AUTHORED_NOUNS or root.lower_ in _TRACK_RECORDS or lemma == "intelligence":
            # ("U.S. intelligence concluded": a country's spy agencies, no text the country wrote; round 17)
            return None
        by = [p for c in root.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
        if by:  # "A Florida survey by Quinnipiac University": the agent, not the place
            return self._named_at(by[0])
        sender = self._sent_from(root)  # "an internal memo from the Joint Command" (review 16)
        if sender is not None:
            return sender
        # a place before a poll is where people were polled ("a new Texas poll"), not who polled them
        kinds = ("PERSON", "ORG") if lemma in _POLLED else ("PERSON", "ORG", "GPE")
        best = None
        for s, e, eid in self._near(span.start_char, root.idx):
            if s >= span.start_char and e <= root.idx and self.by_id.get(eid, {}).get("type") in kinds and \
                    not any(t.pos_ == "NOUN" for t in span if e <= t.idx < root.idx):
                best = eid  # the nearest before the head noun
        # (a common noun between the name and the text names its author instead: "an Obama administration
        # report" is the administration's, "US media reports" the media's; integration, round 15)
        return best

    def _sent_from(self, root: Token) -> str | None:
        """The person or organization a text came "from" ("a memo from the Joint Command"); a place it came from
        ("a report from Iraq") is no author."""
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    if any(g.dep_ == "conj" for g in p.children):
                        return None  # "surveys from Halifax and Nationwide": several issuers, no one speaker
                    eid = self._named_at(p) if p.dep_ == "pobj" else None
                    if eid is not None and self.by_id[eid]["type"] in ("PERSON", "ORG"):
                        return eid
        return None

    def _named_at(self, w: Token) -> str | None:
        """The first person, organization or place named in the phrase ``w`` heads ("Director of National
        Intelligence James Clapper": Clapper; "Lily Batchelder, a former aide now teaching at New York
        University": Batchelder, not the university of her apposition)."""
        lo, end = self.doc[w.left_edge.i].idx, self.doc[w.right_edge.i]
        hi = end.idx + len(end.text)
        for s, e, eid in self._near(lo, hi):
            if s >= lo and e <= hi and self.by_id.get(eid, {}).get("type") in ("PERSON", "ORG", "GPE"):
                return self.same_person.get(eid, eid)
        return None

    def _earlier_author(self, span: Span, root: Token, reach: int = _TEXT_REACH) -> str | None:
        """"The assessment stated ..." after "Clapper released an assessment": the author of the last earlier text
        of the same noun (within a few sentences), named as its possessor, its "by" agent or the subject of the
        verb whose object it is."""
        from .kinds import AUTHORED_NOUNS
        lemma = root.lemma_.lower()
        if lemma not in AUTHORED_NOUNS:
            return None
        lo = max(0, root.i - reach)
        for t in reversed(self.doc[lo : span.start]):
            if t.pos_ != "NOUN" or t.lemma_.lower() != lemma or self._masked[t.i]:
                continue
            author = self._author_of(self.doc[t.left_edge.i : t.i + 1], t)
            if author is not None:
                return author
            whom = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                    if p.dep_ == "pobj"]
            if t.dep_ == "dobj" and t.head.lemma_.lower() not in _RECEIVING:
                whom += [c for c in t.head.children if c.dep_ == "nsubj"]
            for w in whom:
                eid = self._named_at(w)
                if eid is not None:
                    return eid
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                continue  # "the seven-page memo" names the same text again: its first telling may name the author
            return None  # the nearest earlier text of that noun has no author named: nobody's
        return None

    def _short_org(self, span: Span) -> str | None:
        """An organization named before, by the first words of its name ("Pew" after "the Pew Research Center") or
        by an alias ("KCNA" after "Korean Central News Agency (KCNA)", round 22), left untagged: the last such."""
        words = [t for t in span if t.pos_ != "DET"]
        if not words or not all(t.pos_ == "PROPN" for t in words):
            return None
        head = " ".join(t.text for t in words) + " "
        prev = self.orgs[: bisect_left(self.orgs, (span.start_char, ""))]
        return next((oid for _st, oid in reversed(prev) if self.by_id[oid]["name"].startswith(head)
                     or head[:-1] in self.by_id[oid].get("aliases", ())), None)

    def _addressed(self, tok: Token) -> set[str]:
        """The entities the sentence of ``tok`` addresses in the reporter's words ("told Trump", "warned Ms. May"):
        the one spoken to is not the one speaking."""
        out = set()
        sent, arrays, strings = self.arrays.sent(tok), self.arrays, self.doc.vocab.strings
        dep, head, lemmas = arrays.dep, arrays.head, arrays.lemma
        for i in range(sent.start, sent.end):  # read from the arrays: no Token view for the sentence's words
            if dep[i] in _OBJECT_IDS and strings[int(lemmas[head[i]])].lower() in _ADDRESSING and not self._masked[i]:
                eid = self._entity_at(arrays.starts[i], arrays.ends[i])
                if eid is not None:
                    out.add(eid)
        return out

    def _relative_antecedent(self, tok: Token) -> str | None:
        """The entity of the noun that a relative clause holding ``tok`` modifies, if any."""
        for _ in range(6):
            if tok.dep_ == "relcl":
                head = tok.head
                return self._entity_at(head.idx, head.idx + len(head))
            if tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

class _TitleReader:
    """What :func:`~newsgraph.extract.events.clause_roles.titled_name` reads of a party resolver: the events'
    role words and the entity a token's mention belongs to."""

    def __init__(self, resolver: Resolver) -> None:
        from ..events.lexicon import load_event_lexicon

        self.lex, self._r = load_event_lexicon(), resolver

    def entity_at_token(self, tok: Token) -> dict[str, Any] | None:
        eid = self._r._entity_at(tok.idx, tok.idx + len(tok.text))
        return self._r.by_id[eid] if eid is not None else None
