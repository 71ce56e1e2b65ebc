"""Which person a role belongs to when the repair (:mod:`newsgraph.persons`) splits one extracted entity
into several people (issue 16; review 14).

The extractor reads a role from a title right before a mention ("President Trump") or an apposition right
after it ("Trump Jr., a close adviser to his father, ..."), and keeps it on the entity, not the mention.
When "Donald Trump Jr." and a bare "Trump" were one entity and the repair makes two people of them, each
role goes to the person whose mention it stands beside in the text; a role written only after a possessive
of the entity's mentions ("Trump's son-in-law, Jared Kushner") is another person's relation to it, so it goes
to nobody. A role found beside no mention stays with the entity's main heir (the caller's default).
"""

from __future__ import annotations

import re

from .record import Mention

__all__ = ["DROP", "role_owner"]

DROP = -1

# what may stand between a mention and its apposition: a comma, an article
_APPOS = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?", re.I)
_POSSESSIVE = re.compile(r"\s*['’]s?\s+", re.I)


def _before(text: str, role: str, m: Mention) -> bool:
    head = text[max(0, m.start - len(role) - 3):m.start].rstrip()
    return head.lower().endswith(role.lower())


def _after(text: str, role: str, m: Mention, gap: re.Pattern[str]) -> bool:
    g = gap.match(text, m.end)
    return g is not None and text[g.end():g.end() + len(role)].lower() == role.lower()


def role_owner(text: str, role: str, people: list[list[Mention]]) -> int | None:
    """The index in ``people`` (each a list of mentions) of the one person the role stands beside; DROP when
    it stands only after a possessive of theirs; None when it stands beside none, or beside several."""
    hits = {i for i, ms in enumerate(people) for m in ms
            if _before(text, role, m) or _after(text, role, m, _APPOS)}
    if len(hits) == 1:
        return hits.pop()
    if not hits and any(_after(text, role, m, _POSSESSIVE) for ms in people for m in ms):
        return DROP
    return None
