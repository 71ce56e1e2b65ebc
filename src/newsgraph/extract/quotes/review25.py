"""Review of round 25 (start): quotes given to the wrong voice.

The start-of-round review of ten unseen reports found the speaker of a quote told through a pronoun, or carried
over from an earlier paragraph, given to someone else:

- **"he said" after another's "he emphasized".** The pronoun resolver prefers whoever was last *named* as the
  subject of a verb of speech, so in 'Stone pledged ... Gray didn't commit. But he emphasized that ... "...," he
  said' the second "he" went back to Stone though the report had just handed the word to Gray through the first
  "he". Two pronoun speakers of the same word in a row, with no one named between them, are one person: the later
  quote takes the earlier one's speaker (``_pronoun_chains``).
- **"it said" after a body named by a description.** 'Damage was recorded ..., the fire service said in a Telegram
  post. Shops were also damaged, it said.': "it" is the body that spoke in the sentence before, not the channel
  named in the cue's adjunct. The later quote takes the earlier speaker when the entity "it" was resolved to is
  named only after that speaker and never as a subject between them, or when "it" was left unresolved and no
  entity is a subject between them (``_it_chains``).
- **Words on a plaque or in a new list entry.** In a dated list ('Sept. 5, 1980: "...". Plaque displayed 1980.') a
  quote with no cue of its own took the last speaker of an earlier entry. A quote whose attribution comes from an
  earlier paragraph is left without a speaker when its own paragraph opens a dated list entry or names an
  inscription (a plaque, a sign, a banner) as the bearer of the words (``_uncarried``): an empty speaker beats a
  wrong one.

(The fourth shape of the review, a person the entity layer typed ORG and "he" skipped, is read where the persons
are indexed: ``name_slips.same_person``.)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from ...record import Quote
from .._doc import doc_text
from .arrays import expand_span

__all__ = ["settle_review25"]

_PRONOUNS = frozenset({"he", "she"})
# a dated list entry: "Sept. 5, 1980:", "June 3, 2001:", "1959:" at the start of a paragraph
_DATED_ENTRY = re.compile(r"^\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:\s*[-\u2013]\s*[A-Z]?[a-z]*\.? ?\d{0,2})?, )?"
                          r"\d{4}\s*:")
# things that bear written words: the words quoted beside them are theirs, not a speaker's
_INSCRIPTIONS = frozenset({"plaque", "sign", "banner", "inscription", "placard", "poster", "plaques", "signs",
                           "banners", "inscriptions", "placards", "posters", "billboard", "mural", "monument",
                           "headstone", "tombstone", "marker"})
# how far back (characters) the earlier pronoun speaker may be
_CHAIN_REACH = 700


def _mention(text: str, q: Quote) -> str | None:
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return text[q.speaker_start : q.speaker_end]


def _quoted(out: Sequence[Quote], at: int) -> bool:
    """Whether the character ``at`` lies inside the words of a direct or partial quote."""
    return any(q.kind in ("direct", "partial", "block") and q.start <= at < q.end for q in out)


def _mentions(doc: Doc) -> list[tuple[int, int, str, str]]:
    """(start, end, entity id, type) of every entity mention, in text order."""
    got = []
    for e in doc._.newsgraph_entities or []:
        for m in e["mentions"]:
            got.append((m["start"], m["end"], e["id"], e["type"]))
    return sorted(got)


def _earlier_speaker(text: str, out: Sequence[Quote], q: Quote) -> Quote | None:
    """The quote whose speaker mention is the nearest one before ``q``'s (another mention, not ``q``'s own)."""
    at = q.speaker_start
    if at is None:
        return None
    best = None
    for p in out:
        ps = p.speaker_start
        if ps is None or ps >= at:
            continue
        if best is None or ps > (best.speaker_start or 0):
            best = p
    return best


def _take(q: Quote, p: Quote) -> None:
    q.speaker, q.speaker_name, q.affiliation = p.speaker, p.speaker_name, p.affiliation


def _pronoun_chains(doc: Doc, text: str, out: list[Quote], ments: list[tuple[int, int, str, str]]) -> None:
    """A "he"/"she" speaker right after the same pronoun as another quote's speaker, with no person named between
    the two outside quoted words (the earlier quote's own words aside), is that quote's speaker (module text)."""
    for q in sorted(out, key=lambda r: r.speaker_start or -1):
        word = (_mention(text, q) or "").lower()
        if word not in _PRONOUNS or q.speaker_start is None:
            continue
        p = _earlier_speaker(text, out, q)
        if p is None or p.speaker_start is None or (_mention(text, p) or "").lower() != word or p.speaker is None \
                or p.speaker == q.speaker or q.speaker_start - p.speaker_start > _CHAIN_REACH:
            continue
        lo, hi = p.speaker_start, q.speaker_start
        if any(lo < s < hi and kind == "PERSON" and not _quoted(out, s) and not p.start <= s < p.end
               for s, _e, _eid, kind in ments):
            continue  # someone named between: the resolver's choice stands
        if any(eid == p.speaker and (p.start <= s < p.end or q.start <= s < q.end) for s, _e, eid, _k in ments):
            # the earlier speaker is named inside either quote's words ("he says that she was afraid she'd lose
            # her job if she rejected Moore" given to Moore): a person named in the words is not their speaker,
            # so the earlier choice is no ground to carry on (round 25's end review)
            continue
        _take(q, p)


def _subject_at(doc: Doc, start: int, end: int) -> bool:
    span = expand_span(doc, start, end)
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _it_chains(doc: Doc, text: str, out: list[Quote], ments: list[tuple[int, int, str, str]]) -> None:
    """An "it" speaker resolved to an entity named only in an adjunct after the previous speaker (a channel, a
    place) is that previous speaker, a body named by a description (module text)."""
    for q in out:
        if (_mention(text, q) or "").lower() != "it" or q.speaker_start is None or \
                q.speaker is None and q.speaker_name not in (None, "it", "It"):
            continue
        p = _earlier_speaker(text, out, q)
        if p is None or p.speaker_start is None or p.speaker_end is None or p.speaker_name is None or \
                (p.speaker, p.speaker_name) == (q.speaker, q.speaker_name):
            continue
        said = _mention(text, p) or ""
        span = expand_span(doc, p.speaker_start, p.speaker_end)
        if span is None or said.lower() in ("it", "they", "he", "she") or span.root.tag_ not in ("NN", "NNP") or \
                span.root.ent_type_ == "PERSON":
            continue
        s_p, s_q = span.sent.start, expand_span(doc, q.speaker_start, q.speaker_end or q.speaker_start + 2)
        if s_q is None or s_q.sent.start != s_p and doc[s_q.sent.start - 1].sent.start != s_p:
            continue  # (only the sentence before, or the same one)
        if q.speaker is None:
            # unresolved: no body named as a subject between the two
            if any(p.speaker_end <= s < q.speaker_start and _subject_at(doc, s, e) for s, e, _eid, _k in ments):
                continue
            _take(q, p)
            continue
        own = [(s, e) for s, e, eid, _k in ments if eid == q.speaker and s < q.speaker_start]
        last = max(own, default=None)
        if last is None or last[0] < p.speaker_end or _subject_at(doc, *last):
            continue  # last named before that speaker, or as a subject: the resolver's choice stands
        _take(q, p)


def _entry_pronouns(text: str, out: list[Quote], pars: Sequence[tuple[int, int]],
                    ments: list[tuple[int, int, str, str]], names: dict[str, str]) -> None:
    """A "he"/"she" speaker in a dated list entry stands for a person the entry names, not one of an earlier
    entry: resolved to a person the entry does not name, it goes to the one person the entry names before it, or
    to no one (a list entry is a new topic; the resolver's pool of subjects runs over it)."""
    starts = [p[0] for p in pars]
    for q in out:
        word = (_mention(text, q) or "").lower()
        if word not in _PRONOUNS or q.speaker is None or q.speaker_start is None:
            continue
        k = bisect_right(starts, q.speaker_start) - 1
        if k < 0 or not _DATED_ENTRY.match(text[pars[k][0] : pars[k][1]]):
            continue
        named = {eid for s, _e, eid, kind in ments if kind == "PERSON" and pars[k][0] <= s < q.speaker_start}
        if q.speaker in named:
            continue
        if len(named) == 1:
            q.speaker = next(iter(named))
            q.speaker_name = names.get(q.speaker)
            q.affiliation = None
        else:
            q.speaker = q.speaker_name = q.affiliation = None


def _names_inscription(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the narration from ``lo`` to ``hi`` names an inscription as a noun ("Plaque displayed 1980")."""
    span = expand_span(doc, lo, hi) if hi > lo else None
    return span is not None and any(t.pos_ in ("NOUN", "PROPN") and t.lower_ in _INSCRIPTIONS for t in span)


def _uncarried(doc: Doc, text: str, out: list[Quote], pars: Sequence[tuple[int, int]]) -> None:
    """Clear the speaker a direct quote took from an earlier paragraph when its own paragraph is a new dated list
    entry or names an inscription as the words' bearer (module text)."""
    starts = [p[0] for p in pars]
    for q in out:
        if q.kind != "direct" or q.cue_start is None or q.speaker_name is None:
            continue
        k = bisect_right(starts, q.start) - 1
        if k < 0 or q.cue_start >= pars[k][0]:
            continue  # attributed in its own paragraph
        lo, hi = pars[k]
        if not _DATED_ENTRY.match(text[lo:hi]) and not _names_inscription(doc, lo, q.start) and \
                not _names_inscription(doc, q.end, hi):
            continue
        for f in ("speaker", "speaker_name", "affiliation", "speaker_start", "speaker_end", "cue", "cue_start",
                  "cue_end"):
            setattr(q, f, None)


def settle_review25(doc: Doc, out: list[Quote], pars: Sequence[tuple[int, int]], _resolver: Any = None) -> \
        list[Quote]:
    """The quotes with pronoun speakers chained, "it" given back to the body that spoke and list-entry words
    uncarried (in place; ``out`` is returned)."""
    if not out:
        return out
    text = doc_text(doc)
    ments = _mentions(doc)
    _pronoun_chains(doc, text, out, ments)
    _it_chains(doc, text, out, ments)
    _uncarried(doc, text, out, pars)
    _entry_pronouns(text, out, pars, ments, {e["id"]: e["name"] for e in doc._.newsgraph_entities or []})
    return out
