"""A report's title whose colon label is a speaker with the place, audience or topic of the words (round 33, issue 18).

"Former AG Mukasey at RNC: Clinton email scandal disqualifies her", "Clinton to Planned Parenthood: Trump will
reverse Roe v. Wade", "Obama To Asians Worried About U.S. Election: It's Going To Be OK", "Gillibrand on the
Transcripts: 'I Think She Will.'": ``headlines`` reads the colon shape only where the whole label is the speaker
("Pence: ..."); a label that goes on with "at", "to" or "on" and a phrase kept it from any quote. Here the words
before the preposition must be a person or organization the report names (as ``headlines`` asks of a label), and
the claim after the colon at least three words; the title only (the report's first paragraph), on a line no other
pass took. Kind ``indirect``, cue ":".
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...record import Quote
from .._doc import content_paragraphs, entity_at
from .headlines import _names
from .speakers import Resolver

__all__ = ["title_labels"]

_PREPS = frozenset({"at", "to", "on"})
_MAX_NAME_WORDS = 4
_MAX_LABEL_WORDS = 12
_MIN_CLAIM_WORDS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})  # a clause of its own after the colon
_TITLE_TOKENS = 80  # the title lies in the Doc's first tokens


def _label(line: str) -> tuple[int, int, int] | None:
    """(end of the speaker's name, colon, claim start) of "Name PREP phrase: claim", or None."""
    colon = line.find(":")
    if colon <= 0 or "," in line[:colon] or len(line[:colon].split()) > _MAX_LABEL_WORDS:
        return None
    rest = line[colon + 1 :]
    claim = len(rest) - len(rest.lstrip())
    if len(rest.split()) < _MIN_CLAIM_WORDS:
        return None
    words = line[:colon].split()
    k = next((i for i, w in enumerate(words) if w.lower() in _PREPS), None)
    if k is None or not 0 < k <= _MAX_NAME_WORDS or k == len(words) - 1 or \
            not all(w[:1].isupper() for w in words[:k]):
        return None
    end = len(" ".join(words[:k]))  # (the label starts the line: words joined by one space each, as written)
    return (end, colon, colon + 1 + claim) if line[:end] == " ".join(words[:k]) else None


def title_labels(doc: Doc, text: str, resolver: Resolver, taken: list[Quote]) -> list[Quote]:
    """The quote of the title's label shape above, if any (module docstring)."""
    pars = content_paragraphs(doc)
    if not pars:
        return []
    lo, hi, _kind = pars[0]
    line = text[lo:hi].rstrip().rstrip(".").rstrip()
    got = _label(line)
    if got is None or any(q.start < lo + len(line) and lo < q.end for q in taken):
        return []
    end, colon, claim = got
    name = line[:end]
    head = lo + end - len(name.split()[-1])
    names = _names(resolver)
    who = entity_at(doc, head, lo + end) or names.get(name.lower()) or names.get(name.split()[-1].lower())
    if who is None or resolver.by_id.get(who, {}).get("type") not in ("PERSON", "ORG"):
        return []  # "Stealth at Sea: ...": a heading's label, no one the report names
    if not any(t.dep_ in _SUBJECTS and t.tag_ != "DT" and lo + claim <= t.idx < lo + len(line) for t in doc[:_TITLE_TOKENS]):
        return []  # "Obama at the Museum: A Look Back" (an article read as a subject): the report described
    rec = Quote(id="", text=line[claim:], kind="indirect", start=lo + claim, end=lo + len(line), cue=":",
                cue_start=lo + colon, cue_end=lo + colon + 1)
    rec.speaker, rec.speaker_name = who, resolver.name_of(who)
    rec.speaker_start, rec.speaker_end = lo, lo + end
    return [rec]
