"""A speaker named again where the entity layer tagged no mention (round 29, q2).

'"...," Hedley said' after "Lt. Gen. Paul Hedley", "May said four more have been stopped" after "Prime Minister
Teresa May" (the model read "May" as a month), "..., Amnesty International said" where the model missed the
name after a dateline: the speaker mention is a proper name, but no entity mention covers it, so the resolver found
no one and the quote kept only the written name. Such a name is the entity of the report that bears it:

- the entity whose whole name is the mention's words (a person or an organization, never a nationality, a place
  or a date); or
- for a one-word mention, the one person of the report whose last name it is, or, when no last name fits and the
  word is no given name, the one person of three or more names who bears it first (a family name written first:
  "Ri said" after "Foreign Minister Ri Yong Ho").

Two entities that fit ("Kim" with Kim Jong Un and Kim Yo Jong named) leave the speaker empty: an empty speaker beats
a wrong one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.tokens import Span

from .speaker_words import NSUBJ

if TYPE_CHECKING:  # pragma: no cover
    from .pronouns import PersonIndex

__all__ = ["bearer", "named_again", "unlinked_reporters"]

# entity types that can say something under their own name
_SPEAKING = frozenset({"PERSON", "ORG"})


def _proper(span: Span) -> list[str] | None:
    """The mention's words when every one is a capitalized name word ("Hedley", "Amnesty International", "ICE"),
    else None ("the minister", "officials", "he"). The tagger reads some surnames as common nouns ("Townsend
    said"), so a capitalized noun counts; a sentence's first word ("Officials said") names no entity anyway."""
    words = [t for t in span if not t.is_punct]
    # a surname first in its sentence and set off by an aside ("Herzog, meanwhile, told ...") is read as an
    # adjective: a capitalized adjective counts too, since only a person's last name or an entity's whole name is
    # accepted below ("American" or "French" names no person of the report)
    if not words or any(t.pos_ not in ("PROPN", "NOUN", "ADJ") or not t.text[:1].isupper() for t in words):
        return None
    return [t.text for t in words]


def named_again(index: PersonIndex, span: Span) -> str | None:
    """The entity id the proper-name mention ``span`` names again, when exactly one entity fits (see above)."""
    words = _proper(span)
    return None if words is None else bearer(index, words)


def bearer(index: PersonIndex, words: list[str]) -> str | None:
    """The one entity of the report whose name is ``words``, or the one person whose last (or written-first
    family) name is the single word; None when none or several fit."""
    text = " ".join(words)
    whole = {eid for eid, e in index.by_id.items() if e["type"] in _SPEAKING and e["name"] == text}
    if len(whole) == 1:
        return next(iter(whole))
    if whole or len(words) != 1:
        return None
    persons = [(eid, e["name"].split()) for eid, e in index.by_id.items() if e["type"] == "PERSON"]
    last = {eid for eid, parts in persons if len(parts) > 1 and parts[-1] == text}
    if not last and not index.is_first_name(text):
        # a family name written first ("Ri said" after "Foreign Minister Ri Yong Ho"); never a given name
        # ("Emily says" is not Emily Harris's surname: a first name alone is left to the other rules)
        last = {eid for eid, parts in persons if len(parts) > 2 and parts[0] == text}
    return next(iter(last)) if len(last) == 1 else None


def unlinked_reporters(index: PersonIndex, masked: list[bool]) -> list[tuple[int, int, str]]:
    """(start, token index, person id) of each one-word surname outside quoted words that is the subject of a
    reporting verb where no entity mention covers it (a capitalized noun counts, as in :func:`_proper`: the tagger
    reads some surnames as common nouns), and that names exactly one person of the report
    (:func:`bearer`): 'Cronin worries that ...' after "Audrey Cronin" when the entity layer tagged no mention
    there. A later "she says" looks back at the persons' mentions; without this one it passed over the speaker
    of the sentence before and went to a man named earlier (round 30, ranks 309-348), whose gender the wrong
    "she" then fixed for the rest of the report."""
    doc, arrays = index.doc, index.arrays
    out: list[tuple[int, int, str]] = []
    for i in numpy.flatnonzero(numpy.asarray(arrays.dep) == NSUBJ).tolist():
        t = doc[i]
        if masked[i] or _proper(doc[i : i + 1]) is None or \
                t.head.lemma_.lower() not in index._reporting or \
                any(c.dep_ in ("compound", "flat", "poss", "det", "amod") for c in t.children):
            continue
        end = t.idx + len(t.text)
        if any(e > t.idx for _s, e, _eid in index._near(t.idx, end)):
            continue  # (a mention the entity layer tagged: the usual index holds it)
        pid = bearer(index, [t.text])
        if pid is not None and index.by_id[pid]["type"] == "PERSON":
            out.append((t.idx, i, pid))
    return out
