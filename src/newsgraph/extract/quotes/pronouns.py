"""Who the report's people are, and which one a pronoun speaker stands for.

``PersonIndex`` reads the Doc's entities once: the persons named outside quoted words (and which of them are
a clause's subject, the subject of a reporting verb, or of a verb of action), the organizations and places.
A pronoun goes to the most recent person whose gender does not contradict it, preferring who spoke or acted
last; a pronoun a reporting verb binds ("X told the FBI that he ...") or one a governing verb's subject binds
("Ban condemned what he called ...") is that subject; an unnamed speaker ("a former official said") who spoke
last keeps the next "he"/"she". A person's gender comes from the article first (Mr./Mrs./Ms., "spokeswoman")
and only then from a table of common first names. :class:`~newsgraph.extract.quotes.speakers.Resolver` adds
the rules for names, descriptions and groups on top.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ...person_bare import age_word
from ...person_eponyms import HEAD_TITLES
from .._doc import doc_text
from .apposed_names import role_apposed_name
from .arrays import DocArrays
from .cues import np_span, partitive
from .described_speakers import described_speaker
from .embedded import host_subject
from .fronted import described_person, fronted_subject
from .kin_apposed import passed_relative
from .mention_index import MentionIndex
from .named_again import unlinked_reporters
from .pronoun_chain import chained_subject
from .quoted_sentences import outside_sentence_start
from .review24 import recalled_at, recalled_words
from .review28 import heading_before
from .salience import main_subject_first
from .speaker_words import (
    FEMALE_ROLE,
    GENDERED,
    JOB_NOUNS,
    KNOWN_REACH,
    MALE_ROLE,
    SUBJECT_REACH,
    apposed_person,
    kin_nouns,
    person_gender,
    person_nouns,
)

__all__ = ["PersonIndex"]


@lru_cache(maxsize=4)
def _lemma_ids(words: frozenset[str]) -> numpy.ndarray:
    """The string-store ids of the words, sorted (built once per word set, not once per Doc)."""
    return numpy.array(sorted({get_string_id(v) for v in words}), dtype=numpy.uint64)


def _finite(verb: Token) -> bool:
    """A verb in a tensed clause: a finite form, or a form with an auxiliary ("has said", "will go")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _one_person(noun: str) -> bool:
    """A noun for one person: a job noun or title (``person_nouns``), or an agent noun in -ist or -ian ("an al-Assad
    loyalist", "the activist", "a historian"; not "the checklist")."""
    if noun in person_nouns():
        return True
    return len(noun) > 6 and (noun.endswith("ist") and (not noun.endswith("list") or noun.endswith("alist"))
                              or noun.endswith("ian"))


# How many tokens back the subject of a reporting verb is looked for before a pronoun (about two sentences)
_UNLINKED_REACH = 60


class PersonIndex(MentionIndex):
    def __init__(self, doc: Doc, first_names: dict[str, str], masked: list[bool], text: str | None = None,
                 reporting: frozenset[str] = frozenset(), arrays: DocArrays | None = None) -> None:
        self.doc = doc
        self.text = doc_text(doc) if text is None else text
        ents: list[dict[str, Any]] = list(doc._.newsgraph_entities or [])
        self.by_id = {e["id"]: e for e in ents}
        self._reporting = reporting
        self._established: dict[str, bool] = {}
        self._unnamed: list[tuple[int, Span, str | None, int]] | None = None  # built on the first pronoun
        self.unnamed_at: dict[int, Span] = {}  # pronoun start -> the unnamed speaker it stands for
        # (start, person id) of each description that is a reporting verb's subject and stands for a person the
        # report names ("The president said ..." after "President Trump"), read with the unnamed speakers
        self._described: list[tuple[int, str]] = []
        self._first_names = first_names
        self._role_text: dict[str, frozenset[str]] = {}
        self._affiliations: dict[str, str | None] = {}
        self._genders: dict[str, str | None] | None = None  # read when a pronoun needs them
        self._sent_starts: list[int] | None = None
        self._chaining = False  # set while pronoun_chain.chained_subject reads a subject pronoun (one step back)
        # the tokens' offsets, relations and heads (the extractor passes the ones it read)
        self.arrays = DocArrays(doc) if arrays is None else arrays
        self.subjects: set[int] = set()  # starts of person mentions that are a clause's subject
        self.reporters: set[int] = set()  # ... and of those that are the subject of a reporting verb
        self.actors: set[int] = set()  # ... and of a verb of action ("Assad will use", not "Brexit would be")
        self.main_subjects: set[int] = set()  # ... and of the sentence's main verb (not of a clause it reports)
        self.embedded: set[int] = set()  # ... and of a relative clause ("the party to whom Lee defected")
        # starts of organization mentions that only modify a noun as its possessor ("The Washington Post's Tehran
        # bureau chief"): the report speaks of the person, and "the newspaper" later is not that one
        self.possessive_orgs: set[int] = set()
        persons, orgs, gpes = self._index_entities(ents, masked)
        self.persons = sorted(persons)
        # characters outside quoted words before each token: how far back a pronoun reaches is counted in
        # the reporter's own words, so a long quote between "Caputo explained ..." and "..., he said" does not
        # put Caputo out of reach while a name mentioned beside him stays near
        self._starts = self.arrays.starts
        self._masked = masked
        self._outside_chars: list[int] | None = None  # built on the first pronoun (most articles need none)
        # the mentions (sorted by start) and the longest one's length: the mentions that may overlap a span
        # are found by bisection instead of a scan from the article's start
        self.mentions: list[tuple[int, int, str]] = list(doc._.newsgraph_mentions or [])
        self._m_starts = [m[0] for m in self.mentions]
        self._m_reach = max((m[1] - m[0] for m in self.mentions), default=0)
        for st, i, pid in unlinked_reporters(self, masked):  # a surname the entity layer missed (round 30)
            self.persons.append((st, pid))
            self._index_subject(st, i)
        self.persons.sort()
        self.org_names = [(e["id"], e["name"]) for e in ents if e["type"] in ("ORG",) and len(e["name"]) > 2]
        self.orgs = sorted(orgs)
        self.gpes = sorted(gpes)

    def _sentence_of(self, char: int) -> int:
        """Index of the sentence holding the character offset (the sentence starts read on first use)."""
        if self._sent_starts is None:
            self._sent_starts = [s.start_char for s in self.doc.sents] if self.doc.has_annotation("SENT_START") \
                else [0]
        return bisect_right(self._sent_starts, char) - 1

    def _new_topic(self, want: str, at: int, reporter: int) -> str | None:
        """The person the sentence right before the pronoun's is about, when it came after the last compatible
        speaker (at ``reporter``, two sentences back or more): the first subject of its main verb (not of a clause
        it reports: in "But he suggested that Mr. Lew had ..." Lew is no topic), one whose gender does not
        contradict the pronoun's ("Goto, 47, is a respected freelance journalist. "...," he wrote" is Goto's, though
        Yukawa wrote last; in "McLenney said Clinton doesn't show it. "...," she said" McLenney still speaks)."""
        here = self._sentence_of(at)
        if self._sentence_of(reporter) >= here - 1:
            return None
        topic = None
        for st, pid in reversed(self.persons[: bisect_left(self.persons, (at, ""))]):
            sent = self._sentence_of(st)
            if sent < here - 1:
                break
            if sent == here - 1 and st in self.main_subjects:
                topic = (st, pid)  # walking back: the last one kept is the sentence's first subject
        # (a gender the report does not tell does not rule the topic out: "Carson defied the question. '...,' he
        # said" is Carson's, not the speaker two sentences back; round 26, PolNeAR train)
        if topic is None or topic[0] in self.reporters or self.gender_of(topic[1]) not in (None, want):
            return None
        return topic[1] if self._is_established(topic[1]) else None

    def _main_subject_over(self, want: str, reporter: int) -> str | None:
        """The subject of the main verb of the reporter's sentence, named before a reporter who is the subject of a
        subordinate clause, when its gender is the pronoun's ("Spencer did not go quietly after Esper asked for his
        resignation. ... he did not say" is Spencer: a main clause's subject outranks a subordinate one's)."""
        if reporter in self.main_subjects:
            return None
        sent = self._sentence_of(reporter)
        for st, pid in self.persons[: bisect_left(self.persons, (reporter, ""))]:
            if st in self.main_subjects and self._sentence_of(st) == sent and self.gender_of(pid) == want and \
                    self._is_established(pid):
                return pid
        return None

    def _reach(self, start: int, end: int) -> int:
        """Characters outside quoted words between two offsets (``start`` <= ``end``)."""
        if not self._starts:
            return end - start
        if self._outside_chars is None:
            # each token's width up to the next token, zero inside quoted words, summed (numpy, not a loop)
            width = numpy.diff(numpy.append(numpy.asarray(self._starts, dtype=numpy.int64), len(self.text)))
            width[numpy.asarray(self._masked, dtype=bool)] = 0
            self._outside_chars = [0, *numpy.cumsum(width).tolist()]
        a = max(bisect_right(self._starts, start) - 1, 0)
        b = max(bisect_right(self._starts, end) - 1, 0)
        return self._outside_chars[b] - self._outside_chars[a]

    def gender_of(self, pid: str) -> str | None:
        """A person's gender, "M", "F" or None, worked out on first use (most articles ask for few)."""
        genders = self._genders
        if genders is None:
            genders = self._genders = {}
        if pid not in genders:
            genders[pid] = person_gender(self.by_id[pid], self.text, self._first_names)
        return genders[pid]

    def _is_established(self, pid: str) -> bool:
        """A person the report presents as one: a name of two words or more, a role or title, a gender the
        report or the first-name table tells, or an act. A lone word NER calls a person and nothing else
        supports ("Brexit": no role, no gender, the subject of no verb of action) is never the antecedent of "he" or "she"."""
        got = self._established.get(pid)
        if got is None:
            ent = self.by_id[pid]
            got = len(ent["name"].split()) > 1 or bool(ent.get("roles")) or self.gender_of(pid) is not None or \
                any(m["start"] in self.actors for m in ent["mentions"]) or \
                any(age_word(self.text, m["start"]) for m in ent["mentions"])  # "the elder Klein" (round 26)
            self._established[pid] = got
        return got

    def is_first_name(self, word: str) -> bool:
        """``word`` is a given name of the first-name list ("Emily", "Tom"), whatever its case."""
        return word.lower() in self._first_names

    def name_of(self, eid: str | None) -> str | None:
        return self.by_id[eid]["name"] if eid in self.by_id else None

    def _near(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions that start before ``end`` and may reach past ``start``, in text order."""
        lo = bisect_left(self._m_starts, start - self._m_reach)
        return self.mentions[lo : bisect_left(self._m_starts, end, lo)]

    def _entities_in(self, span: Span) -> list[str]:
        out: list[str] = []
        for _s, e, eid in self._near(span.start_char, span.end_char):
            if e > span.start_char and eid in self.by_id and eid not in out:
                out.append(eid)
        return out

    def _entity_at(self, start: int, end: int) -> str | None:
        """Id of the entity whose mention overlaps [start, end) the most (the first of equals), or None."""
        best, best_len = None, 0
        for s, e, eid in self._near(start, end):
            ov = min(e, end) - max(s, start)
            if ov > best_len:
                best, best_len = eid, ov
        return best

    def resolve(self, span: Span, root: Token | None = None) -> str | None:
        """The entity id of the speaker mention ``span`` (its syntactic head ``root``), or None."""
        raise NotImplementedError  # the name, description and group rules: speakers.Resolver

    def _bound(self, pron: Token, want: str) -> tuple[Span, str | None] | None:
        """'X told the FBI that he believed ...': the subject of a clause that X reports is X (when X may be
        "he"/"she"), so a person named elsewhere never takes X's words. (X's mention, X's entity id or None when
        X is a person the entity layer does not name: "One of the witnesses", "Nicaragua's president"); None
        when the rule does not apply."""
        fronted = fronted_subject(self, pron, want)  # "When the minister spoke ..., he said"
        if fronted is not None:
            return fronted
        verb = pron.head
        if pron.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self._reporting or \
                recalled_words(verb):  # "the aide recalled that he said, '...'": the caller's words (review 24)
            return None
        outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if outer is None or outer.pos_ == "PRON" and outer.lower_ != "one" or self._masked[outer.i]:
            return None
        s, e = np_span(self.doc, outer)
        mention = self.doc[s:e]
        eid = self.resolve(mention, outer)
        if eid is not None:
            ok = self.by_id[eid]["type"] == "PERSON" and self.gender_of(eid) in (None, want)
            return (mention, eid) if ok else None
        # left unresolved rather than given to whoever was named last, when X is one person: a name NER missed,
        # "one", or a noun for a person ("the witness", "the president"); never a group, an idea, a thing
        person_noun = outer.tag_ == "NN" and outer.ent_type_ in ("", "PERSON") and _one_person(outer.lemma_.lower())
        name = outer.pos_ == "PROPN" and outer.ent_type_ in ("", "PERSON")
        return (mention, None) if person_noun or name or outer.lower_ == "one" else None

    def _governing_subject(self, pron: Token, want: str) -> str | None:
        """'Ban Ki-moon condemned what he called a "brazen breach"': a subject pronoun in a clause that a verb of
        the same sentence governs is that verb's subject, when it is a named person who may be "he"/"she" (a nearer
        person named in another sentence who spoke last is not). The nearest governing subject decides; one of the
        other gender is passed over, anything else that is not a named person stops the search."""
        if pron.dep_ != "nsubj" or pron.lower_ not in ("he", "she"):
            return None
        verb = pron.head
        # (eight steps: "Trump included X on a list of countries he said ..." is five up, through nouns and
        # prepositions; four lost it, round 23)
        for _ in range(8):
            # a parenthetical ("The secretary, he added, was ...") says who speaks, not of whom
            if verb.head.i == verb.i or verb.dep_ == "parataxis":
                return None
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pron.i), None)
            if subj is None:
                continue
            # a name heading the subject of a finite verb ("with Weaver standing behind him as he urged ..." and
            # "Trump's comments make him wish ..." leave the pronoun free)
            # ... or a definite description of a person the report names ("In December, the president signed
            # a directive that he said would ...": the president's words)
            described = subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
            if subj.pos_ != "PROPN" and not described or self._masked[subj.i] or not _finite(verb):
                return None
            s, e = np_span(self.doc, subj)
            eid = self.resolve(self.doc[s:e], subj)
            if eid is None or self.by_id[eid]["type"] != "PERSON" or not self._is_established(eid):
                return None
            if self.gender_of(eid) in (None, want):
                return eid
        return None

    def _unnamed_speakers(self) -> list[tuple[int, Span, str | None, int]]:
        """(start, mention, gender, sentence start) of each unnamed person who is the subject of a reporting verb outside quoted
        words ("a former senior Obama official said", "the spokeswoman told reporters"), in text order."""
        doc = self.doc
        out: list[tuple[int, Span, str | None, int]] = []
        if not len(doc) or not self._reporting:
            return out
        ids = _lemma_ids(self._reporting)
        lemmas = self.arrays.lemma
        at = numpy.minimum(numpy.searchsorted(ids, lemmas), len(ids) - 1)
        for i in numpy.flatnonzero(ids[at] == lemmas).tolist():
            if self._masked[i]:
                continue
            subj = next((c for c in doc[i].children if c.dep_ == "nsubj"), None)
            name = self._unlinked_name(subj) if subj is not None and not self._masked[subj.i] else None
            if name is not None:
                g = self._first_names.get(name[0].lower_)
                out.append((name.start_char, name, g, doc[i].sent.start_char))
                continue
            if subj is not None and subj.lower_ == "one" and partitive(subj) and not self._masked[subj.i]:
                s, e = np_span(doc, subj)  # "One of the potential witnesses told ...": one person, unnamed
                out.append((doc[s].idx, doc[s:e], None, doc[i].sent.start_char))
                continue
            if subj is not None and self._described_person(subj):
                continue
            if subj is None or subj.tag_ != "NN" or subj.ent_type_ or self._masked[subj.i] or \
                    subj.lemma_.lower() not in JOB_NOUNS and not described_speaker(self, subj) and \
                    (subj.lemma_.lower() not in kin_nouns() or self._kin_named(subj.lower_, subj.idx)) or \
                    any(c.dep_ == "appos" for c in subj.children):
                continue  # a name ("spokesman Brendan Buck" is headed by Buck), or one in apposition, is named
            s, e = np_span(doc, subj)
            eid = self.resolve(doc[s:e], subj)
            if eid is not None and self.by_id[eid]["type"] == "PERSON":
                continue  # "the spokesman" whose roles name a person of the report is that person
            words = self.text[doc[s].idx : subj.idx + len(subj.text)]
            g = "F" if FEMALE_ROLE.search(words) else "M" if MALE_ROLE.search(words) else None
            out.append((doc[s].idx, doc[s:e], g, doc[i].sent.start_char))
        seen = {u[0] for u in out}
        out.extend(u for u in self._unnamed_actors() if u[0] not in seen)
        return sorted(out, key=lambda u: u[0])

    def _described_person(self, subj: Token) -> bool:
        """A reporting verb's subject "the president" / "the minister" (a definite job noun or title, no name
        beside it) that stands for a person the report names: recorded as that person speaking (review 28)."""
        if subj.tag_ != "NN" or subj.ent_type_ or self._masked[subj.i] or not _one_person(subj.lemma_.lower()) or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or \
                any(c.dep_ in ("appos", "compound", "poss") for c in subj.children):
            return False
        s, e = np_span(self.doc, subj)
        eid = self.resolve(self.doc[s:e], subj)
        if eid is None or self.by_id[eid]["type"] != "PERSON":
            return False
        # only a person named near before, whose gender the report tells: a title matched to someone named far
        # back ("the senator" for another senator) would carry its slip on to every "he" after it
        at = self.doc[s].idx
        named = [st for st, pid in self.persons[: bisect_left(self.persons, (at, ""))] if pid == eid]
        # (a head of state or government is one person in the report however far back named, whose gender the
        # pronoun may tell: round 29, "The president has suggested ... '...,' he told reporters")
        if named and subj.lower_ in HEAD_TITLES:
            self._described.append((at, eid))
        elif named and self._reach(named[-1], at) <= KNOWN_REACH and self.gender_of(eid) is not None:
            self._described.append((at, eid))
        return True

    def _unnamed_actors(self) -> list[tuple[int, Span, str | None, int]]:
        """(start, mention, gender, sentence start) of each definite description of one person that is the subject
        of a sentence's main verb and names no one the report names ("In a televised address, the President laid
        out his plan": review 14 gave the "he said" after it to the last man named before, a minister the
        President had not been). The description is then the antecedent a later "he"/"she" stands for, with no
        entity; a description whose role a named person holds ("the general" after "General Kenneth Hart") is
        that person and is left out."""
        doc, out = self.doc, []
        nouns, kin = person_nouns(), kin_nouns()
        for sent in doc.sents:
            root = sent.root
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subj is None or self._masked[subj.i] or root.lemma_.lower() in self._reporting or \
                    subj.tag_ not in ("NN", "NNP"):
                continue  # (a reporting verb's subject is an unnamed speaker already)
            noun = subj.lemma_.lower()
            if noun not in nouns and noun not in kin:
                continue
            # "his widow", "the widow of the spy": a relative of someone, told by a kinship noun, is never that
            # someone, nor the person named last (the widow's "she" went to a man; review 15)
            owned = noun in kin and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in subj.children)
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children)
            if not (definite or owned) or \
                    any(c.dep_ in ("appos", "compound") or c.dep_ == "poss" and not owned or c.ent_type_
                        for c in subj.children):
                continue  # (a name)
            s, e = np_span(doc, subj)
            if self._entity_at(doc[s].idx, subj.idx + len(subj.text)) is not None or \
                    self.resolve(doc[s:e], subj) is not None or noun in kin and self._kin_named(subj.lower_, subj.idx) \
                    or not (noun in kin or self._other_role_before(doc[s].idx, subj)):
                continue
            words = self.text[doc[s].idx : subj.idx + len(subj.text)]
            g = "F" if FEMALE_ROLE.search(words) else "M" if MALE_ROLE.search(words) else None
            out.append((doc[s].idx, doc[s:e], g, sent.start_char))
        return out

    def _kin_named(self, word: str, at: int) -> bool:
        """A person named before ``at`` was introduced by the kinship word ("his brother Alastair Reed", "His son,
        Karim Haddad,"): a later "his brother" is that person, no unnamed one (found on PolNeAR train)."""
        for st, _pid in self.persons[: bisect_left(self.persons, (at, ""))]:
            before = self.text[max(0, st - 30) : st].replace(",", " ").split()[-3:]
            if word in (w.lower() for w in before):
                return True
        return False

    def _other_role_before(self, at: int, noun: Token) -> bool:
        """The person named last before ``at`` is one the report gives another role ("Secretary of State John Kerry"
        before "the President"): the description is someone else. A person with no role told ("Barack Obama
        visited the plant. The president toured the floor.") may well be the one described: no new antecedent."""
        k = bisect_left(self.persons, (at, ""))
        if not k:
            return True
        roles = self.by_id[self.persons[k - 1][1]].get("roles") or []
        head = noun.lower_
        return bool(roles) and not any(head in r.lower().replace(",", " ").split() for r in roles)

    def _unlinked_name(self, subj: Token) -> Span | None:
        """A person's full name heading the subject that the entity layer left without an entity ("Gareth Price,
        senior research fellow at Chatham House, said ..."): '"...," he told Al Jazeera.' next is theirs."""
        if subj.tag_ != "NNP" or subj.ent_type_ not in ("PERSON", ""):
            return None
        # a name the parser did not type is a person's when a noun for one person stands beside it
        if not subj.ent_type_ and not any(c.dep_ == "appos" and c.lemma_.lower() in apposed_person() for c in subj.children):
            return None
        s = min((c.i for c in subj.lefts if c.dep_ == "compound" and c.tag_ == "NNP" and c.ent_type_ == subj.ent_type_),
                default=subj.i)
        name = self.doc[s : subj.i + 1]
        if len(name) < 2 or self._entity_at(name.start_char, name.end_char) is not None:
            return None
        return name

    def introduced(self, span: Span) -> Span | None:
        """The unnamed speaker a definite description takes up ("the official", "this same official" after "a former
        senior official said"): the latest one before it with the same head noun that the report introduced with
        "a"/"an"/"one", so that a chain of descriptions names one source; None when there is none."""
        root = span.root
        if span[0].lower_ not in ("the", "this", "that") or root.tag_ != "NN" or len(span) > 4:
            return None
        if self._unnamed is None:
            self._unnamed = self._unnamed_speakers()
        for st, earlier, _g, _s in reversed(self._unnamed):
            if st < span.start_char and earlier.root.lemma_ == root.lemma_ and earlier[0].lower_ in ("a", "an", "one"):
                return earlier
        return None

    def _unnamed_before(self, want: str, at: int) -> Span | None:
        """The unnamed person who spoke last before ``at``, when no named person of a compatible gender spoke
        after them and they are within about two sentences: '"...," said a former senior official. "...," he
        added.' is that official's, not a person named nearby."""
        if self._unnamed is None:
            self._unnamed = self._unnamed_speakers()
        k = bisect_left(self._unnamed, (at,), key=lambda u: (u[0],)) - 1
        if k < 0:
            return None
        st, span, g, sent_start = self._unnamed[k]
        if g is not None and g != want or self._reach(st, at) > SUBJECT_REACH or self._named_reporter_between(span, at):
            return None
        for pst, pid in reversed(self.persons[: bisect_left(self.persons, (at, ""))]):
            if pst < sent_start:
                break
            g = self.gender_of(pid)
            # a named person who spoke or acted in their sentence or after it and may be "he"/"she" ("Nielsen,
            # one person said, tried to explain ... She told ...")
            if (pst in self.reporters or pst in self.subjects) and g in (None, want) and self._is_established(pid):
                return None
        return span

    def _named_reporter_between(self, span: Span, at: int) -> bool:
        """A proper name spoke after the unnamed speaker ``span`` and before ``at`` ("But a source said ... King
        said ... But he said ..."): the pronoun is not the unnamed one's, even where no entity holds the name
        (review 28: "he" went to "a source" two reports back)."""
        doc = self.doc
        for j in range(span.end, bisect_right(self._starts, at) - 1):
            t = doc[j]
            if t.dep_ == "nsubj" and t.tag_ == "NNP" and t.ent_type_ in ("PERSON", "") and not self._masked[j] and \
                    t.head.lemma_.lower() in self._reporting and t.text not in span.text.split():
                return True  # (not the unnamed speaker's own surname: "Alicia Powe wrote ... Powe wrote")
        return False

    def _unlinked_reporter(self, at: int) -> str | None:
        """The last subject of a reporting verb before ``at`` (in its sentence or the one before) is a proper name
        that no entity holds ("NBC's Lester Holt" typed an organization, then "Holt asked Kim ..."): "he" may well
        be that person, so no person further back is taken for it (an empty speaker beats a wrong one). The name,
        or None."""
        doc, k, here = self.doc, bisect_right(self._starts, at) - 1, self._sentence_of(at)
        lo = max(outside_sentence_start(self._starts, self._masked, self._sent_starts or [], here - 1),
                 k - _UNLINKED_REACH)
        j = k
        while j > lo:
            j -= 1
            t = doc[j]
            if t.dep_ != "nsubj" or self._masked[j]:
                continue
            if t.lower_ in GENDERED and t.head.lemma_.lower() in self._reporting and k - j < 3 * _UNLINKED_REACH:
                # "Inger said ... Still, he said, ... '...,' he said": a chain of "he said" carries the name it
                # started from one sentence further back each time (round 29, review B)
                lo = max(outside_sentence_start(self._starts, self._masked, self._sent_starts or [],
                                                self._sentence_of(t.idx) - 1), j - _UNLINKED_REACH)
                continue
            if described_person(self, t):
                return t.text  # (the subject of any verb: "though West, the former secretary, dismissed it")
            if t.head.lemma_.lower() not in self._reporting:
                continue
            if (org_named := role_apposed_name(self, t)) is not None:
                return org_named  # ("The minister, Monsignor Ada Rossi, said": a person typed ORG; round 29)
            unlinked = t.tag_ == "NNP" and t.ent_type_ in ("", "PERSON") and \
                self._entity_at(t.idx, t.idx + len(t.text)) is None
            return t.text if unlinked else None
        return None

    def _pronoun(self, want: str, at: int) -> str | None:
        """The person "he" or "she" at character ``at`` stands for (``want``: "M" or "F")."""
        heading = heading_before(self.text, at)
        if heading is not None:
            # a section's "he" is the one person its heading names (one whose gender the report tells first), or
            # no one where it names several; a heading that names no one leaves the usual reading (review 28)
            found = {pid for st, pid in self.persons if heading[0] <= st < heading[1] and self._is_established(pid)
                     and self.gender_of(pid) in (None, want)}
            known = {pid for pid in found if self.gender_of(pid) == want}
            if len(known) == 1 or len(found) == 1:
                return (known or found).pop()
            if found:
                return None
        unnamed = None if recalled_at(self.doc, at) else self._unnamed_before(want, at)  # (not the recaller)
        if unnamed is not None:
            self.unnamed_at[at] = unnamed  # no entity: fill() names the speaker as the report does
            return None
        asker = self._unlinked_reporter(at)
        if asker is not None:
            # "Holt asked Kim about the talks. '...?' he asked.": Holt, whom no entity holds, not Kim; a name that
            # is part of the person found ("Saleema remembers ..." for Saleema Bano) is that person
            pid = self._pronoun_of_persons(want, at)
            return pid if pid is not None and asker in self.by_id[pid]["name"].split() else None
        pid = self._pronoun_of_persons(want, at)
        # "the life of his son Peter ... he": a relative named in passing is not the one "his" stood for (review 20)
        # (the latest mention of pid before ``at``, walked back from ``at``: no scan of every person before it)
        k = bisect_left(self.persons, (at, ""))
        last = next((self.persons[j][0] for j in range(k - 1, -1, -1) if self.persons[j][1] == pid), None) \
            if pid is not None else None
        return None if last is not None and passed_relative(self.doc, last, want) else pid

    def _kin(self, st: int, pid: str, want: str) -> str:
        """The person a bare surname at ``st`` stands for when a pronoun looks back at it: the entity layer gives a
        bare "Cruz" to the family member named in full last ("his wife, Heidi Cruz"); when that one's gender
        contradicts the pronoun and exactly one other person of the surname has the pronoun's gender ("Ted Cruz"),
        "he" may stand for that one (review 14 and the tune half: "he said" after "Cruz said" went to the next
        man back)."""
        surname = self._bare.get(st)
        if surname is None or self.gender_of(pid) in (None, want):
            return pid
        kin = [k for k in self._family[surname] if k != pid and self.gender_of(k) == want]
        return kin[0] if len(kin) == 1 else pid

    def _pronoun_of_persons(self, want: str, at: int) -> str | None:
        """The person "he" or "she" at ``at`` stands for among the persons the entity layer found."""
        persons, gender_of, reporters = self.persons, self.gender_of, self.reporters
        if self._described:
            # a description that spoke ("The president said he intended ...") is its person speaking there: the
            # "he said" after it is the president's, not the last person named (review 28)
            # (only one spoken after every person named before the pronoun: "he had pushed ..., saying" after
            # "Mr. Homan ... He was nominated" stays Homan's, though "The president said" came before)
            last = max((st for st, pid in persons[: bisect_left(persons, (at, ""))]
                        if gender_of(pid) in (None, want)), default=-1)
            described = [(st, pid) for st, pid in self._described if last < st < at and gender_of(pid) in (None, want)]
            persons = sorted({*persons, *described})
            reporters = reporters | {st for st, _pid in described}
        # the persons named before the pronoun whose gender does not contradict it, most recent first
        # (walked lazily: the walks below stop at their reach, and reach only grows going back)
        before = [(st, self._kin(st, pid, want)) for st, pid in reversed(persons[: bisect_left(persons, (at, ""))])
                  if self._is_established(pid)]

        def compatible(limit: int) -> Iterator[tuple[int, str, str | None]]:
            for st, pid in before:
                g = gender_of(pid)
                if g is not None and g != want:
                    continue
                if self._reach(st, at) > limit:
                    return
                yield st, pid, g

        # a recent subject first ("Gov. Scott Walker, one of the candidates vanquished by Trump, ...
        # "...," he said" is Walker), then the most recent compatible person; at each step a person
        # known to match the pronoun before one whose gender the article does not tell
        for pool in (reporters, self.subjects):  # who spoke last, then who acted last
            # among those who spoke, the last one wins even when the article does not tell their gender
            for known in ((None,) if pool is reporters else (True, False)):
                for st, pid, g in compatible(SUBJECT_REACH):
                    if st in pool and (known is None or (g == want) == known):
                        lead = main_subject_first(self, want, st, at)  # "X rejected the view that Y ... He said"
                        if pool is not reporters:
                            return host_subject(self, want, st) or lead or pid
                        return self._new_topic(want, at, st) or self._main_subject_over(want, st) or lead or pid
        for st, pid, g in compatible(KNOWN_REACH):
            if g == want:
                return main_subject_first(self, want, st, at) or chained_subject(self, want, at, st, pid)  # review 23
        return next((pid for _st, pid in before if gender_of(pid) in (None, want)), None)
