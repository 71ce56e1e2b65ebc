"""Speaker mentions resolved to entities: names, pronouns, nominal references ("the general").

``Resolver`` is built once per Doc from ``doc._.newsgraph_entities``. A pronoun goes to the most
recent person (outside quoted text) whose gender does not contradict it; a person's gender comes
from the article first (Mr./Mrs./Ms., "spokeswoman", "congressman") and only then from a table of
common first names. A definite description ("the general", "the influential US daily") goes to the
most recent entity whose roles name its head noun, or for outlet and organization nouns to the
most recent organization.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from spacy.tokens import Doc, Span

from .._doc import entity_at

__all__ = ["Resolver", "speaker_mention"]

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_IT = frozenset({"it", "its"})
# How far back (characters, about two sentences) a subject is preferred over a nearer non-subject.
_SUBJECT_REACH = 300
_HONORIFIC = {"mr": "M", "mr.": "M", "sir": "M", "mrs": "F", "mrs.": "F", "ms": "F", "ms.": "F", "miss": "F",
              "madam": "F", "dame": "F", "lady": "F", "lord": "M"}
_FEMALE_ROLE = re.compile(r"\b(?:\w*woman|queen|princess|duchess|actress|mother|wife|daughter|sister|"
                          r"first lady|girl)\b", re.I)
_MALE_ROLE = re.compile(r"\b(?:\w*man|king|prince|duke|actor|father|husband|son|brother|boy)\b", re.I)
# Head nouns of descriptions that name an organization or outlet rather than a person.
_ORG_NOUNS = frozenset({
    "daily", "newspaper", "paper", "outlet", "broadcaster", "network", "channel", "magazine", "agency",
    "website", "site", "company", "firm", "group", "organization", "organisation", "ministry",
    "department", "government", "administration", "campaign", "committee", "party", "union", "office",
    "council", "commission", "bank", "court", "army", "military", "embassy", "statement", "report",
})


def speaker_mention(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


class Resolver:
    def __init__(self, doc: Doc, first_names: dict[str, str], masked: list[bool], text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text is rebuilt from the tokens on every read
        ents: list[dict[str, Any]] = list(doc._.newsgraph_entities or [])
        self.by_id = {e["id"]: e for e in ents}
        self.gender = {e["id"]: self._gender(e, first_names) for e in ents if e["type"] == "PERSON"}
        starts = [t.idx for t in doc]
        persons: list[tuple[int, str]] = []
        self.subjects: set[int] = set()  # starts of person mentions that are a clause's subject
        orgs: list[tuple[int, str]] = []
        for e in ents:
            for m in e["mentions"]:
                ti = min(max(bisect_left(starts, m["start"]), 0), len(doc) - 1) if len(doc) else 0
                if len(doc) and masked[ti]:
                    continue  # a name inside quoted words is not the one a pronoun outside refers to
                if e["type"] == "PERSON":
                    persons.append((m["start"], e["id"]))
                    root = doc[ti].head if doc[ti].dep_ in ("compound", "flat") else doc[ti]
                    if root.dep_ in ("nsubj", "nsubjpass"):
                        self.subjects.add(m["start"])
                elif e["type"] == "ORG":
                    orgs.append((m["start"], e["id"]))
        self.persons = sorted(persons)
        self.orgs = sorted(orgs)

    def _gender(self, ent: dict[str, Any], first_names: dict[str, str]) -> str | None:
        text = self.text
        votes = {"M": 0, "F": 0}
        for m in ent["mentions"]:
            before = text[max(0, m["start"] - 6) : m["start"]].split()
            if before and before[-1].lower() in _HONORIFIC:
                votes[_HONORIFIC[before[-1].lower()]] += 2
        for r in ent.get("roles", []):
            if _FEMALE_ROLE.search(r):
                votes["F"] += 1
            elif _MALE_ROLE.search(r):
                votes["M"] += 1
        if votes["M"] != votes["F"]:
            return "M" if votes["M"] > votes["F"] else "F"
        first = ent["name"].split()[0].lower() if ent["name"].split() else ""
        return first_names.get(first)

    def name_of(self, eid: str | None) -> str | None:
        return self.by_id[eid]["name"] if eid in self.by_id else None

    def resolve(self, span: Span) -> str | None:
        eid = entity_at(self.doc, span.start_char, span.end_char)
        if eid is not None:
            return eid
        words = [t.lower_ for t in span if not t.is_punct]
        if not words:
            return None
        if len(words) == 1 and (words[0] in _MALE or words[0] in _FEMALE):
            want = "M" if words[0] in _MALE else "F"
            before = [(st, pid) for st, pid in self.persons[: bisect_left(self.persons, (span.start_char, ""))]
                      if self.gender.get(pid) in (None, want)]
            # a recent subject first ("Gov. Scott Walker, one of the candidates vanquished by Trump, ...
            # "...," he said" is Walker), then the most recent compatible person
            for st, pid in reversed(before):
                if st < span.start_char - _SUBJECT_REACH:
                    break
                if st in self.subjects:
                    return pid
            return before[-1][1] if before else None
        if len(words) == 1 and words[0] in _IT:
            prev = self.orgs[: bisect_left(self.orgs, (span.start_char, ""))]
            return prev[-1][1] if prev else None
        if span[0].lower_ not in ("the", "this", "that"):
            return None
        head = span.root.lower_
        best: tuple[int, str] | None = None
        for start, pid in self.persons:
            if start >= span.start_char:
                break
            roles = " ".join(self.by_id[pid].get("roles", [])).lower()
            if re.search(rf"\b{re.escape(head)}\b", roles):
                best = (start, pid)
        if best is not None:
            return best[1]
        if head in _ORG_NOUNS:
            prev = self.orgs[: bisect_left(self.orgs, (span.start_char, ""))]
            return prev[-1][1] if prev else None
        return None
