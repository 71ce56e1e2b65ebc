"""The person, organization and place mentions of a report and the roles its persons' mentions play.

Moved whole from ``pronouns`` (round 25 tidying, no rule changed): :class:`MentionIndex` holds the methods
``PersonIndex`` runs once when it is built, to list the mentions outside quoted words and to mark which person
mentions are a clause's subject, the main verb's, a verb of action's or a reporting verb's.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc

from .arrays import DocArrays
from .fronted import subject_token
from .name_slips import same_person
from .speaker_words import NSUBJ, STATIVE, SUBJECT_DEPS
from .speech_agents import main_clause, speech_agent

__all__ = ["MentionIndex"]

_ROOT = get_string_id("ROOT")
_CONJ = get_string_id("conj")
_RELCL = get_string_id("relcl")



class MentionIndex:
    """The indexing half of ``PersonIndex`` (its subclass sets the attributes declared here)."""

    doc: Doc
    text: str
    arrays: DocArrays
    _reporting: frozenset[str]
    subjects: set[int]
    reporters: set[int]
    actors: set[int]
    main_subjects: set[int]
    embedded: set[int]
    possessive_orgs: set[int]

    def _index_entities(self, ents: list[dict[str, Any]], masked: list[bool]) -> tuple[
            list[tuple[int, str]], list[tuple[int, str]], list[tuple[int, str]]]:
        """The (start, entity id) mentions of persons, organizations and places outside quoted words, filling the
        person mentions' roles (``subjects``, ``main_subjects``, ``actors``, ``reporters``) and the possessive
        organizations on the way."""
        arrays, doc = self.arrays, self.doc
        starts, dep = arrays.starts, arrays.dep
        persons: list[tuple[int, str]] = []
        orgs: list[tuple[int, str]] = []
        gpes: list[tuple[int, str]] = []
        n = len(doc)
        # a two-word name the entity layer typed otherwise at one place ("Ivanka Trump" as PRODUCT after a
        # PERSON "Ivanka Trump") is that person's mention: she is the antecedent of the "she" after it
        self.same_person = same_person(ents)  # (and a lone given name typed ORG: review 25)
        # the persons of each surname named in full: a bare "Cruz" the entity layer gave to one of a family
        self._family: dict[str, list[str]] = {}
        for e in ents:
            if e["type"] == "PERSON" and " " in e["name"]:
                self._family.setdefault(e["name"].split()[-1].lower(), []).append(e["id"])
        self._bare: dict[int, str] = {}  # start of a bare surname mention shared by a family -> the surname
        for e in ents:
            pid = self.same_person.get(e["id"])
            if pid is not None:
                e = {**e, "id": pid, "type": "PERSON"}
            for m in e["mentions"]:
                ti = min(bisect_left(starts, m["start"]), n - 1) if n else 0
                if n and masked[ti]:
                    continue  # a name inside quoted words is not the one a pronoun outside refers to
                if e["type"] == "PERSON":
                    persons.append((m["start"], e["id"]))
                    bare = m.get("text", "").split("'")[0].split("\u2019")[0].lower()
                    if " " not in bare and len(self._family.get(bare, ())) > 1:
                        self._bare[m["start"]] = bare
                    # the name's head word ("Kenneth" -> "Baer"), but not a noun the name modifies: "Brexit" in
                    # "the Brexit negotiator, Michel Barnier, said" is not the one who says
                    # (read from the arrays: no Token objects for the article's many names)
                    # (a name in apposition to a subject is that subject: fronted.subject_token)
                    root = subject_token(doc, arrays, ti)
                    if dep[root] in SUBJECT_DEPS:
                        self._index_subject(m["start"], root)
                    elif (noun := speech_agent(doc, arrays, root)) is not None:
                        self._index_author(m["start"], noun)  # "The announcement by Ortiz came ..." (review 21)
                elif e["type"] == "ORG":
                    orgs.append((m["start"], e["id"]))
                    if self.text[m["end"] : m["end"] + 2] in ("'s", "\u2019s"):
                        self.possessive_orgs.add(m["start"])
                elif e["type"] == "GPE":
                    gpes.append((m["start"], e["id"]))
        return persons, orgs, gpes

    def _index_subject(self, start: int, root: int) -> None:
        """Record a person mention (at ``start``, its head token ``root``) that is a clause's subject: of the main
        verb or not, of a verb of action, of a reporting verb."""
        arrays = self.arrays
        dep, head = arrays.dep, arrays.head
        self.subjects.add(start)
        verb_at = head[root]
        if dep[verb_at] == _ROOT or dep[verb_at] == _CONJ and dep[head[verb_at]] == _ROOT:
            self.main_subjects.add(start)
        elif dep[verb_at] == _RELCL:
            self.embedded.add(start)
        if dep[root] == NSUBJ:
            verb = self.doc.vocab.strings[int(arrays.lemma[head[root]])].lower()
            if verb not in STATIVE:
                self.actors.add(start)
            if verb in self._reporting:
                self.reporters.add(start)

    def _index_author(self, start: int, noun: int) -> None:
        """A person named as the author of a statement that is a clause's subject: one who spoke."""
        self.subjects.add(start)
        self.reporters.add(start)
        if main_clause(self.arrays, noun):
            self.main_subjects.add(start)
