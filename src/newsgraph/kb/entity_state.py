"""One entity row of the cross-report index, with the votes that decide its type, country and name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..names import PersonName, parse_person

__all__ = ["EntityState", "specificity", "DOMINANCE"]

#: A bare surname shared by several stored people goes to the most mentioned one only when it has at
#: least this many times the mentions of the next one; a row with this many mentions is established.
DOMINANCE = 3.0


@dataclass
class EntityState:
    id: int
    name: str
    type: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mention_count: int = 0
    article_count: int = 0
    first_date: str | None = None
    last_date: str | None = None
    actor: str | None = None
    roles_coded: list[dict[str, Any]] = field(default_factory=list)
    evidence: dict[str, dict[str, int]] = field(default_factory=dict)

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "type": self.type, "country": self.country,
            "aliases": self.aliases, "roles": self.roles, "mention_count": self.mention_count,
            "article_count": self.article_count, "first_date": self.first_date, "last_date": self.last_date,
            "actor": self.actor, "roles_coded": self.roles_coded, "evidence": self.evidence,
        }

    @property
    def person(self) -> PersonName | None:
        """The row's most specific full name, parsed: "George W. Bush" for a row named "George Bush"
        that holds George W.'s reports, so that George H. W. never joins it."""
        if self.type != "PERSON":
            return None
        best = parse_person(self.name)
        for a in self.aliases:
            p = parse_person(a)
            if p is not None and not p.bare and (best is None or best.bare or specificity(p) > specificity(best)):
                best = p
        return best

    @property
    def established(self) -> bool:
        """Well enough known to take a name on its own evidence: DOMINANCE mentions or a reference actor.
        The one test behind bare surnames, reversed names and spelling variants (issue 16, rules 2 and 6)."""
        return self.mention_count >= DOMINANCE or bool(self.actor)

    def vote(self, kind: str, value: str | None, n: int) -> None:
        if value:
            box = self.evidence.setdefault(kind, {})
            box[value] = box.get(value, 0) + n

    def settle(self, name_like: bool = True) -> None:
        """Type, (for persons) country and name from the votes; ties keep the current value.

        ``name_like`` False: the row's one word is no given name or surname of any full-name person in
        the base, so PERSON votes are NER misfires ("Twitter", "Kiev") whenever another type has votes.
        """
        names = self.evidence.get("names")
        if names and self.type == "PERSON":
            # the most mentioned full name, the most specific on a tie: independent of arrival order
            def rank(n: str) -> tuple[int, tuple[int, int, int], str]:
                return (names.get(n, 0), specificity(parse_person(n)), n)

            best = max(names, key=rank)
            if best != self.name and rank(best) > rank(self.name):
                old, self.name = self.name, best
                self.aliases = [a for a in self.aliases if a != best] + ([old] if old not in self.aliases else [])
        for kind, attr in (("types", "type"), ("countries", "country")):
            box = self.evidence.get(kind)
            if not box or (kind == "countries" and self.type != "PERSON"):
                continue
            if kind == "types" and not name_like and len(box) > 1:
                box = {k: v for k, v in box.items() if k != "PERSON"}
            cur = getattr(self, attr)
            top = max(box.values())
            if box.get(cur or "", -1) < top:
                setattr(self, attr, sorted(k for k, v in box.items() if v == top)[0])


def specificity(p: PersonName | None) -> tuple[int, int, int]:
    if p is None or p.bare:
        return (0, 0, 0)
    return (1, len(p.middle), int(bool(p.suffix)))
