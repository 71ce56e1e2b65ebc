"""The headline's support for the lead's event (round 33, issue 19: the headline event of a report).

A report's title tells its main event tersely ("China investigates ex-security chief", "Khashoggi murder: ...")
and its lead tells the same event in full ("Zhou Yongkang is being investigated ..."); the title is no part of the
report text (``doc._.newsgraph_meta["title"]``), so the events component never read it, and the lead's telling,
often a passive with no agent or a noun, stayed under the shown threshold. One event told twice is one event with
more evidence: an event of the lead (the first report sentences) that the title tells again, by a trigger word of the
same type and a named party of the event, is shown at the default threshold.

Only a cheap reading of the title: its words, with the plain English inflections taken off, looked up in the trigger
table (rows with no word constraint); no parse. The event must be told as asserted (or, for a title's "X to meet Y",
as intended), name a party with an entity whose name the title repeats, and carry none of the features that hold an
event below the threshold whatever the model says (negated, a plan's complement, a retelling ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from ...lexicon import load_lexicon
from ...record import EVENT_MIN_CONFIDENCE, Event
from .confidence import CAPPED
from .lexicon import EventLexicon

__all__ = ["title_types", "headline_support", "LEAD_SENTENCES"]

#: how many report sentences make the lead (the ``lead`` feature of the confidence model reads the same three)
LEAD_SENTENCES = 3
#: the lowest confidence the title may lift to the threshold: a candidate the model scores lower is most often
#: not the act the title tells (an intent's complement, a modifier, a doubtful sense)
_FLOOR = 0.35
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: "X to meet Y", "Trump to force ...": a headline's "to" tells a coming act (intended)
_TO = re.compile(r"\bto\s+(?:[A-Z]\w*\s+){0,1}([A-Za-z]+)")
#: capitalized words of a party's name that name nobody in particular (a title, an article)
_GENERIC = frozenset({"the", "president", "prime", "minister", "mr", "mrs", "ms", "dr", "former", "vice", "secretary",
                      "general", "chief", "leader", "state", "states", "united", "new", "north", "south", "east",
                      "west", "his", "her", "their", "its"})
#: round 36: the first part of a hyphened title word that is a prefix, not a name ("anti-Trump", "pro-Israel")
_PREFIXES = frozenset({"anti", "pro", "non", "self", "post", "pre", "ex", "co", "mid", "neo", "semi"})


def _title_words(title: str) -> list[str]:
    """The title's words, and each part of a hyphened pair of names as a word of its own (round 36: "Trump-Kim
    summit", "US-Russia diplomacy" name both parties; before, "trump-kim" matched neither party's name)."""
    out = []
    for w in _WORD.findall(title):
        out.append(w)
        parts = w.split("-")
        if len(parts) > 1 and parts[0].lower() not in _PREFIXES and all(p[:1].isupper() for p in parts if p):
            out.extend(p for p in parts if p)
    return out


def _lemmas(word: str) -> Iterable[str]:
    """The word and its forms without a plain English inflection ("investigates", "killed", "meeting")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    yield w
    for suf, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
                     ("ies", "y"), ("ied", "y")):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            yield w[: len(w) - len(suf)] + add
    if len(w) > 5 and w[-3] == w[-4] and w.endswith(("ted", "ged", "ped", "ned", "red", "bed")):
        yield w[:-3]  # "stopped", "banned": the doubled consonant


def title_types(title: str, lex: EventLexicon) -> tuple[dict[str, bool], frozenset[str]]:
    """(type -> whether the title tells it as coming, with "to"; the title's lowercased words). A trigger row with
    a word constraint (a sense that needs its companion word) is no evidence from a title."""
    words = _WORD.findall(title)  # a hyphened pair's parts name parties, never the act ("Friendly-Fire Incident")
    coming = {m.group(1).lower() for m in _TO.finditer(title)}
    out: dict[str, bool] = {}
    for w in words:
        for lemma in _lemmas(w):
            types = {r.type for r in lex.rules.get(lemma, []) if not r.with_}
            for t in types:
                out[t] = out.get(t, False) or w.lower() in coming
            if types:
                break
    return out, frozenset(w.lower().replace("’", "'") for w in _title_words(title))


def title_countries(title: str) -> frozenset[str]:
    """The countries the title names, by name or national word ("North Korean Dictator": PRK)."""
    lex = load_lexicon()
    words = _title_words(title)
    out = set()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            piece = " ".join(words[i:i + n])
            iso = lex.country_of(piece) or lex.demonym_of(piece)
            if iso:
                out.add(iso)
    return frozenset(out)


def _named_in(ev: Event, words: frozenset[str], countries: frozenset[str]) -> bool:
    """A party of the event with an entity whose name's own word (a surname, a country, a body) the title repeats,
    or whose country the title names."""
    for p in (*ev.actors, *ev.targets):
        if p.entity is None:
            continue
        if p.code is not None and p.code in countries:
            return True
        for w in _WORD.findall(p.name):
            w = w.lower().replace("’", "'").removesuffix("'s")
            if len(w) >= 3 and w not in _GENERIC and w in words:
                return True
    return False


def _infinitive(doc: Doc, ev: Event) -> bool:
    """The event's trigger is a verb in the infinitive ("to fund")."""
    span = doc.char_span(ev.trigger_start or 0, ev.trigger_end or 0, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span.root
    return t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def headline_support(events: list[Event], doc: Doc, lex: EventLexicon, lead_end: int,
                     feats: dict[int, dict[str, float]]) -> None:
    """Lift to the default threshold each hidden event of the lead (ending at character ``lead_end``) that the
    report's title tells again (its type and a named party); ``feats``: the features each event was scored on, by
    ``id``. In place; a report with no title is left as it is."""
    title = ((doc._.newsgraph_meta or {}).get("title") if doc.has_extension("newsgraph_meta") else None) or ""
    if not title.strip():
        return
    types, words = title_types(title, lex)
    if not types:
        return
    countries = title_countries(title)
    # a quote in quotation marks is a speaker's words: the title's paraphrase does not make the act the report's
    said = {str(q["id"]) for q in doc._.newsgraph_quotes or [] if q.get("kind") in {"direct", "block", "partial"}}
    for ev in events:
        conf = ev.confidence or 0.0
        if not _FLOOR <= conf < EVENT_MIN_CONFIDENCE or ev.type not in types:
            continue
        if min([ev.start, *(s.start for s in ev.spans)]) >= lead_end:
            continue
        allowed = {"asserted", "intended"} if types[ev.type] else {"asserted"}
        if ev.modality not in allowed or ev.source_quote in said:
            continue
        f = feats.get(id(ev), {})
        if any(f.get(k) for k in CAPPED) or not _named_in(ev, words, countries):
            continue
        if ev.modality == "asserted" and _infinitive(doc, ev):
            continue  # "a bill to fully fund DHS": an act only purposed, whatever the modality reader said
        ev.confidence = EVENT_MIN_CONFIDENCE
