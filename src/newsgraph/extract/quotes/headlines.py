"""Attributions in a title-case headline (issue 18, round 15).

A headline set in title case is no body paragraph (its parse is poor, its quote marks often ironic), so the other
passes never read it. Three shapes say who said what all the same, and are read here from the raw line:
- "Pence: Flowers Won't Be at Debate" (a person or organization the report names, then a colon);
- "Obama Says Museum Will Tell of 'Suffering'" (a short subject, then a verb of saying in data/quote_headlines.tsv);
- "Clinton Hid Health Problems, Former Doctor Says" (the words, a comma, a short subject and the verb last).
Each gives one indirect quote of the whole claim; PolNeAR marks these as attributions. A verb of an act ("Slams",
"Backs", "Wants") gives a `stance` instead, and a label that names a poll or a document ("Poll: ...") is a holder
with no entity (round 15b).
A line in sentence case is read for the colon shape alone ("Clinton: I support statehood for the district.",
round 17), and only where its label is someone the report names or a label of data/quote_headlines.tsv, every word
of it capitalized, the words after the colon a clause with a subject of its own ("Mark Roe: Just hang on" and
"Mary Hale: A closing surge" are a roundup's labels), and no other pass found a quote on it: the other two shapes
would read a body sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc

from ...clean import is_title_case
from ...lexicon import read_tsv
from ...record import Quote
from .._doc import content_paragraphs, entity_at
from .arrays import expand_span
from .speakers import Resolver

__all__ = ["headline_quotes"]

# A speaker is a short name or description: more words are a clause ("What Mexico Could Do When ...")
_MAX_SPEAKER_WORDS = 5
_MIN_CLAIM_WORDS = 3
_WORD = re.compile(r"[\w'’.-]+")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(cue verbs, words that start no speaker, words that start no claim); the cue verbs hold the acts as well."""
    rows = read_tsv("quote_headlines.tsv")
    verbs = frozenset(r[1] for r in rows if r[0] in ("verb", "act"))
    return (verbs,) + tuple(frozenset(r[1] for r in rows if r[0] == k) for k in ("not_speaker", "not_claim"))  # type: ignore[return-value]


@lru_cache(maxsize=1)
def _acts_and_labels() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_tsv("quote_headlines.tsv")
    return tuple(frozenset(r[1] for r in rows if r[0] == k) for k in ("act", "label"))  # type: ignore[return-value]


def _names(resolver: Resolver) -> dict[str, str]:
    """Entity ids of the persons and organizations by name and, for a person, by surname (lowercased)."""
    out: dict[str, str] = {}
    for e in resolver.by_id.values():
        if e["type"] in ("PERSON", "ORG"):
            out.setdefault(e["name"].lower(), e["id"])
            if e["type"] == "PERSON":
                out.setdefault(e["name"].split()[-1].lower(), e["id"])
    return out


def _speaker_ok(words: list[str]) -> bool:
    _verbs, not_speaker, _nc = _words()
    return 0 < len(words) <= _MAX_SPEAKER_WORDS and words[0].lower() not in not_speaker and \
        all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _split(line: str) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]] | None:
    """(speaker, cue, claim) character spans inside ``line``, or None when the line attributes nothing."""
    verbs, _ns, not_claim = _words()
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]
    colon = line.find(":")
    if 0 < colon and ", " not in line[:colon] and len(line[:colon].split()) <= _MAX_SPEAKER_WORDS:
        rest = line[colon + 1:].strip()
        if len(rest.split()) >= _MIN_CLAIM_WORDS:
            return (0, colon), (colon, colon + 1), (line.index(rest, colon), len(line))
    for k, (s, e, w) in enumerate(toks):
        if w.lower() not in verbs:
            continue
        before, after = [t[2] for t in toks[:k]], [t[2] for t in toks[k + 1:]]
        comma = line.rfind(",", 0, s)
        if not after and comma > 0:  # "Clinton Hid Health Problems, Former Doctor Says"
            spk = line[comma + 1:s].split()
            if _speaker_ok(spk) and len(line[:comma].split()) >= _MIN_CLAIM_WORDS:
                return (line.index(spk[0], comma), s - 1), (s, e), (0, comma)
            return None
        if _speaker_ok(before) and len(after) >= _MIN_CLAIM_WORDS and after[0].lower() not in not_claim and \
                "," not in line[:s]:
            lo = toks[k + 1][0]
            if after[0].lower() == "that":
                lo = toks[k + 2][0]
            return (0, s - 1), (s, e), (lo, len(line))
        return None
    return None


# Dependencies that give the words after a sentence-case label a subject of their own
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _sentence_case_label(doc: Doc, line: str, parts: tuple[tuple[int, int], ...], taken: list[Quote],
                         lo: int, title: bool = False) -> bool:
    """A sentence-case line keeps only the colon shape, under a capitalized label, with a subject in the words
    after it, on a line no quote covers. The report's title (``title``: its first paragraph) needs no subject
    there (round 30: "Lynch: No outside influence on the probe", "Reid: 'Never underestimate him'"; a roundup's
    labels are body lines); :func:`headline_quotes` then keeps it only under a person or organization."""
    (ss, se), (cs, ce), (qs, qe) = parts
    if (cs, ce) != (se, se + 1) or not _speaker_ok(line[ss:se].split()):
        return False
    if any(q.start < lo + len(line) and lo < q.end for q in taken):
        return False
    claim = expand_span(doc, lo + qs, lo + qe)
    if claim is None or any(t.dep_ in _SUBJECTS for t in claim):
        return claim is not None
    # a title's subjectless question ("Cruz: Outsider or career politician?") is the writer's, put to the reader
    return title and not line[qs:qe].rstrip(" '\"’”").endswith("?")


def headline_quotes(doc: Doc, text: str, resolver: Resolver, taken: list[Quote] | None = None) -> list[Quote]:
    """The attributions of the Doc's headline lines (see the module's docstring); ``taken``: the quotes the other
    passes found, which a sentence-case line must not overlap."""
    names: dict[str, str] | None = None  # built at the first headline that attributes (most reports have none)
    out: list[Quote] = []
    for n, (lo, hi, _kind) in enumerate(content_paragraphs(doc)):  # a body or heading paragraph
        line = text[lo:hi].rstrip()
        if len(line.split(None, 25)) > 25 or line.endswith(":"):
            continue
        titled = is_title_case(line)
        if not titled and ":" not in line:
            continue  # (a body sentence: only the colon shape is read in sentence case; most lines stop here)
        line = line.rstrip(".").rstrip()
        parts = _split(line)
        subjectless = False  # a sentence-case title whose claim has no subject of its own (round 30)
        if parts is not None and not titled and not _sentence_case_label(doc, line, parts, taken or [], lo):
            subjectless = n == 0 and _sentence_case_label(doc, line, parts, taken or [], lo, title=True)
            if not subjectless:
                continue
        if parts is None:
            continue
        (ss, se), (cs, ce), (qs, qe) = parts
        spk = line[ss:se].strip()
        if names is None:
            names = _names(resolver)
        # the entity of the head word, the last ("Former White House Doctor" is no White House), or of the name
        head = lo + ss + len(spk) - len(spk.split()[-1])
        who = entity_at(doc, head, lo + ss + len(spk)) or names.get(spk.lower()) or names.get(spk.split()[-1].lower())
        if who is not None and resolver.by_id.get(who, {}).get("type") not in ("PERSON", "ORG"):
            who = None  # a place or a thing named in the words before the verb speaks for no one
        acts, labels = _acts_and_labels()
        if (cs, ce) == (se, se + 1) and who is None and (subjectless or spk.lower() not in labels):
            continue  # "Stealth Over Health: ...": a colon after no one the report names is a heading's label
        # "Clinton Slams Trump On Abortion": the act's object is the position taken, no words said
        kind: Literal["stance", "indirect"] = "stance" if line[cs:ce].lower() in acts else "indirect"
        rec = Quote(id="", text=line[qs:qe], kind=kind, start=lo + qs, end=lo + qe, cue=line[cs:ce],
                    cue_start=lo + cs, cue_end=lo + ce)
        rec.speaker = who
        rec.speaker_name = resolver.name_of(who) if who else spk
        rec.speaker_start, rec.speaker_end = lo + ss, lo + ss + len(spk)
        out.append(rec)
    return out
