""""The two" after two people named just before it: a count of those people (round 31, issue 17).

"Biden met Macron in Paris on Friday. The two agreed to meet again": "the two" has no noun, and no figure of two
counted anything before it (that reading is :mod:`newsgraph.extract.amounts.elided`'s "same" form), but the
sentence before named exactly two people, and "the two" stands for them. The count is of people. Only when the
window (the figure's sentence up to it, and the sentence before) names exactly two different people, told apart
by their last word ("Angela Merkel" and "Merkel" are one), or the figure's own sentence alone does (round 33): with
one, three or more (a host and two guests) the pair is a guess, and the object stays empty. Two parties or two countries are left empty too (which noun names
them, "parties", "sides", "allies", is the writer's choice, not read here), and so is a pair that joins a person
to a group or a country ("an alliance between the militia and Assad, as the two tolerate one another"): "the two"
stands for that joined pair, which is no pair of people.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["named_pair"]

_GROUPS = frozenset({"ORG", "NORP", "GPE"})


def _person_key(ent: Span) -> str:
    """The last word of a person's name, without a possessive ending ("Ann Lee's" is "lee")."""
    words = [t for t in ent if t.text not in ("'s", "’s", "'", "’")]
    return (words or list(ent))[-1].lower_


def named_pair(doc: Doc, lo: int, span: Span) -> str | None:
    """"people" when the words from ``lo`` to the figure ``span`` name exactly two different people, or (round 33)
    when the figure's own sentence does up to it ("The president met Justin Trudeau, though Trump said the two did
    not discuss it": the sentence before may name a third; two named in the figure's sentence are the pair)."""
    own = _pair_in(doc, span.sent.start, span)
    if own is not None:
        return own
    return _pair_in(doc, lo, span) if _people(doc, span.sent.start, span) < 2 else None


def _pair_in(doc: Doc, lo: int, span: Span) -> str | None:
    ents = [e for e in doc.ents if lo <= e.start and e.end <= span.start]
    people = {_person_key(e) for e in ents if e.label_ == "PERSON"}
    return "people" if len(people) == 2 and not _mixed_pair(ents) else None


def _people(doc: Doc, lo: int, span: Span) -> int:
    return len({_person_key(e) for e in doc.ents if lo <= e.start and e.end <= span.start and e.label_ == "PERSON"})


def _mixed_pair(ents: list[Span]) -> bool:
    """A person joined by "and"/"or" to a group, a nationality or a place ("between ISIS and Assad")."""
    label = {t.i: e.label_ for e in ents for t in e}
    for t in (t for e in ents if e.label_ in _GROUPS for t in e):
        for other in [t.head] if t.dep_ == "conj" else [c for c in t.children if c.dep_ == "conj"]:
            if label.get(other.i) == "PERSON":
                return True
    return False
