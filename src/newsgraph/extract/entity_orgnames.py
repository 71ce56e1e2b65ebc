"""A person's name inside an organization's name is no mention of the person (round 17).

NER tags "Clinton" of "the Clinton Global Initiative" PERSON, or the whole "Clinton Global Initiative" PERSON: a
run of capitalized words after a person's name that ends in a head noun of a body (data/org_name_heads.tsv:
"Initiative", "Foundation", "Institute", "Library") makes the whole run one organization, and the person is not
mentioned there; a run that ends in an honour's head ("Tony Award", "Nobel Prize") is neither a person nor an
organization, so it makes no row. :func:`newsgraph.extract.entities.extract_entities` runs it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..lexicon import read_tsv
from .entity_base import _Cand

__all__ = ["person_named_bodies"]

# the most capitalized words between a person's name and the body's head noun ("Clinton Global Initiative")
_REACH = 4


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("org_name_heads.tsv")}


def _heads() -> frozenset[str]:
    return frozenset(_kinds())


def person_named_bodies(cands: list[_Cand]) -> list[_Cand]:
    """PERSON candidates that are the start or the whole of a body's name become that body (ORG)."""
    out: list[_Cand] = []
    for c in cands:
        end = _body_end(c.span) if c.label == "PERSON" else None
        if end is None:
            out.append(c)
            continue
        doc = c.span.doc
        sp = Span(doc, c.span.start, end, label="ORG")
        if out and out[-1].span.end > sp.start:
            out.append(c)  # overlaps what came before: left as NER gave it
            continue
        if _kinds()[doc[end - 1].lower_] == "honour":
            continue  # "Tony Award": an award named for someone, no row
        out.append(_Cand(sp.start_char, sp.end_char, sp.text, "ORG", sp))
    return _drop_inside(out)


def _body_end(span: Span) -> int | None:
    """The token end of the body's name that ``span`` opens, or None when it opens none."""
    doc = span.doc
    if len(span) > 1 and span[-1].lower_ in _heads():
        return span.end
    end = span.end
    while end < len(doc) and end - span.end < _REACH and doc[end].is_title and doc[end].pos_ == "PROPN":
        if doc[end].lower_ in _heads():
            return end + 1
        end += 1
    return None


def _drop_inside(cands: list[_Cand]) -> list[_Cand]:
    """A candidate that lies inside an organization made here (NER's own ORG tail) is dropped."""
    made = [c for c in cands if c.label == "ORG"]
    return [c for c in cands if not any(m is not c and m.start <= c.start and c.end <= m.end and
                                        (m.start, m.end) != (c.start, c.end) for m in made)]
