"""Entities: spaCy NER, repaired and canonicalized into one entity per real-world thing.

Pure functions over a parsed Doc (``extract_entities``) plus a thin spaCy component
(``newsgraph_entities``). The rules are general, each with its evidence:

* only body and heading paragraphs give entities; a title-case line (promo, headline) gives only
  names already known from the body or from the lexicons, trimmed at that known boundary;
* codes such as "COVID-19" or "H1N1" are not organizations or persons;
* a single surname ("Trump", "Trump's") joins the full PERSON name in the article with that surname,
  even where NER said ORG;
* countries and their aliases join under one canonical name with an ISO3 code; national bodies
  ("the Pentagon") and organizations naming a country ("the Government of Iraq") get that country;
* roles come from titles before a name ("Iraqi Prime Minister ...") and appositions after it
  (", the head of ..."); a person's country from the title's national modifier, from the role, or
  from the reference actor of that name (:mod:`newsgraph.actors`), never from the nearest country
  word in the sentence (issue 16 rule 3: "In talks on North Korea, President Trump..." is no PRK).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ..actors import person_actor
from ..clean import is_title_case
from ..lexicon import Lexicon, country_in_text, load_lexicon, norm_name, read_tsv, title_abbreviations
from ..name_words import is_common_word
from ..names import LINK, is_function_word
from ..record import Entity, Mention
from . import entity_cuts as cuts
from . import entity_forms as forms
from . import entity_pieces as pieces
from . import entity_title_chains as chains
from ._doc import (
    assigns_of,
    content_paragraphs,
    doc_text,
    doc_words,
    ensure_extensions,
    guarded,
    overlap_test,
    requires_of,
)
from .entity_agent_names import relabel_agent_names
from .entity_base import (
    _DETERMINERS,
    _appositive_role,
    _Cand,
    _is_lexicon_name,
    _opens_sentence,
    _person_tokens,
    _title_before,
)
from .entity_diseases import disease_name_word
from .entity_evidence import drop_pairs_and_cut_compass
from .entity_keys import assign_keys
from .entity_kinds import drop_name_pieces
from .entity_openers import cut_describing_opener
from .entity_org_runs import grow_cut_org_names
from .entity_orgnames import person_named_bodies
from .entity_outlet_names import outlet_names
from .entity_pairs import split_joined_names
from .entity_split_nouns import drop_split_nouns
from .entity_tails import cut_glued_words

__all__ = ["extract_entities", "mention_index", "EntityComponent", "make_entities", "KEEP_LABELS"]

KEEP_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# Links and handles are no names: tweets pasted into reports leave "safe?pic.twitter.com/2mSw0azDN8", "@AOC".
_URLISH = re.compile(rf"{LINK}|^@\w", re.I)  # a link (names.LINK) or a handle
# Disease names, model and product codes: letters and digits joined ("COVID-19", "F-16", "H1N1", "MH17").
_CODE = re.compile(r"^(?=.*\d)[A-Za-z]{1,6}[- ]?\d{1,4}[A-Za-z]?$|^[A-Z]\d[A-Z]\d$")
# an opening quotation mark or bracket NER took in ("'America First' is a fallacy"): no part of the name
_LEADING = frozenset({"'", "‘", "\"", "“", "«", "(", "["})
_STANCES = frozenset({"anti", "pro"})  # prefixes of a stance toward a name, joined by a hyphen
_TRAILING = frozenset({"'s", "’s", "'", "’", ",", ".", ";", ":", "-", "—", "–"})


# ----------------------------------------------------------------------------------------------
# candidate mentions
# ----------------------------------------------------------------------------------------------
def _trim(span: Span, lex: Lexicon) -> Span | None:
    """Drop leading determiners and titles (titles only for PERSON), trailing possessives and punctuation."""
    s, e = span.start, span.end
    doc = span.doc
    words = doc_words(doc)  # a token's lower_ and is_space are its text's lower() and isspace()
    while s < e and (words[s].lower() in _DETERMINERS or words[s] in _LEADING):
        s += 1
    while e > s and (words[e - 1] in _TRAILING or words[e - 1].isspace()):
        e -= 1
    label = span.label_
    # "Mr Pompeo" tagged ORG: an honorific only people carry (a title whose role is "-") makes a person
    # so does a dotted title ("Capt. Hook", "Cmdr. Data"): the abbreviations stand only before people
    if label != "PERSON" and e - s >= 2 and words[s + 1].istitle() and (  # is_title: the text's istitle()
            _honorific(words[s], lex) or words[s] in title_abbreviations()):
        label = "PERSON"
    if label == "PERSON":
        while s < e - 1:
            n = _title_len_at(doc, s, e - 1, lex)
            if not n:
                break
            s += n
    if s >= e or e - s == 3 and words[s].lower() in _STANCES and words[s + 1] == "-":
        return None  # (an adjective of a stance, "anti-Muslim", "pro-Russia": no name of a group or a place)
    return Span(doc, s, e, label=label)


# round 23: an envoy or ambassador "to X" represents the sender at X: X is the posting, not the person's country
# ("the former special envoy to Ukraine" is no Ukrainian; "the U.S. ambassador to Ukraine" is American)
_POSTED_TO = re.compile(r"\b(?:envoys?|ambassadors?|emissar(?:y|ies)|representatives?|delegates?|consuls?|"
                        r"attach[eé]s?)\s+(?:to|in|at)\b.*$", re.IGNORECASE)


def _honorific(word: str, lex: Lexicon) -> bool:
    hit = lex.title_of([word])
    return hit is not None and hit[0] == "-"


def _title_len_at(doc: Doc, i: int, limit: int, lex: Lexicon) -> int:
    """Length of the longest title starting at token i (not running past ``limit``)."""
    words = doc_words(doc)
    for n in range(min(lex.max_title_tokens, limit - i), 0, -1):
        if lex.title_of(words[i : i + n]):
            return n
    return 0


def _starts_title(doc: Doc, sp: Span, lex: Lexicon) -> bool:
    """Part of a title, not a name: "Defence" in "Defence Minister ...", "State" in "Secretary of State"."""
    words = doc_words(doc)
    for n in (1, 2):
        if sp.end + n <= len(doc) and lex.title_of(words[sp.start : sp.end + n]):
            return True
        if sp.start - n >= 0 and lex.title_of(words[sp.start - n : sp.end]):
            return True
    return False


def _surname_recoveries(doc: Doc, ents: Sequence[Span], cands: list[_Cand],
                        pars: list[tuple[int, int, str]]) -> list[_Cand]:
    """Bare surnames of known persons that NER missed ("Lopez said ...") become mentions.

    Only capitalized proper-noun tokens outside every other entity span are taken, so that a
    common word that happens to be a surname ("Green", "Rice") in lower case is never taken.
    """
    surnames: dict[str, str] = {}
    for c in cands:
        if c.label == "PERSON":
            toks = _person_tokens(c.text)
            if len(toks) >= 2:
                surnames.setdefault(toks[-1], c.text)
    if not surnames:
        return []
    overlaps = overlap_test([(e.start_char, e.end_char) for e in ents] + [(c.start, c.end) for c in cands])
    out = []
    # only the tokens spelled as one of the surnames are read (the others never become a Token object)
    wanted = numpy.array([get_string_id(s) for s in surnames], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(ORTH), wanted)).tolist():
        tok = doc[i]
        if tok.text not in surnames or tok.pos_ != "PROPN":
            continue
        st, en = tok.idx, tok.idx + len(tok.text)
        if overlaps(st, en):
            continue
        if _paragraph_index(pars, st, en) is None:
            continue
        out.append(_Cand(st, en, tok.text, "PERSON", doc[tok.i : tok.i + 1]))
    return out


def _title_chain_cands(doc: Doc, ents: Sequence[Span], cands: list[_Cand],
                       pars: list[tuple[int, int, str]], lex: Lexicon) -> list[_Cand]:
    """People after a title with a portfolio that NER left untagged ("Assistant Attorney General for National
    Security John Demers", entity_title_chains)."""
    taken = [(e.start, e.end) for e in ents if e.label_ == "PERSON"] + [(c.span.start, c.span.end) for c in cands]
    out = []
    for sp in chains.title_chain_persons(doc, lex, taken):
        if _paragraph_index(pars, sp.start_char, sp.end_char) is not None:
            out.append(_Cand(sp.start_char, sp.end_char, sp.text, "PERSON", sp))
    return out


def _paragraph_index(pars: list[tuple[int, int, str]], start: int, end: int) -> int | None:
    for i, (s, e, _k) in enumerate(pars):
        if s <= start and end <= e:
            return i
    return None


def _candidates(doc: Doc, lex: Lexicon) -> list[_Cand]:
    pars = content_paragraphs(doc)
    full = doc_text(doc)  # spaCy rebuilds Doc.text from every token on each access: built once per Doc
    titlecase = [is_title_case(full[s:e]) and not cuts.prose_sentence(full[s:e]) for s, e, _k in pars]
    inside = _inside_words(full)
    body: list[_Cand] = []
    deferred: list[_Cand] = []
    ents = doc.ents  # built anew from every token on each read: read once
    for ent in ents:
        if ent.label_ not in KEEP_LABELS:
            continue
        sp = _trim(ent, lex)
        if sp is None:
            continue
        sp = cut_describing_opener(sp, lex, inside) or sp  # "Mountainous Nepal" (round 26)
        sp = cut_glued_words(sp) or sp  # "Bruins 5" of a score line, "Sabres and", "of Ireland" (round 24)
        sp = pieces.cut_possessive_phrase(sp) or sp
        sp = cuts.numbered_compass_name(sp)  # "38 North" (review 16)
        sp = chains.cut_title_chain(sp, lex) or sp  # "National Security John Demers" (review 17)
        if sp.label_ != "PERSON":  # "State Rex Tillerson" after "Secretary of"; "Commerce" of "Commerce Secretary"
            sp = cuts.cut_title_head(sp, lex) or sp
            if cuts.portfolio_word(sp, lex):
                continue
        text = full[sp.start_char:sp.end_char]  # sp.text, without a Token view per word
        if len(text) < 2 or not any(ch.isupper() for ch in text):
            continue
        pi = _paragraph_index(pars, sp.start_char, sp.end_char)
        if pi is None:  # outside body/heading text, or running across a paragraph break
            continue
        if _URLISH.search(text):  # tweet furniture glued to a word: "safe?pic.twitter.com/2mSw0azDN8"
            continue
        if _inside_word(full, sp.start_char, sp.end_char) or _label_word(full, sp) or _common_opener(inside, sp, lex):
            continue
        if _shouted_word(full, sp, lex):
            continue
        if disease_name_word(full, sp):  # "Feather Duvet Lung disease": no person (round 22)
            continue
        if _CODE.match(text) and lex.org_of(text) is None and sp.label_ in _CODE_LABELS:
            continue
        if sp.label_ == "PERSON" and lex.title_of(text.split()):
            continue
        if sp.label_ != "PERSON" and (_starts_title(doc, sp, lex) or cuts.service_before_title(sp, lex)) \
                or pieces.opens_title(doc, sp, lex):
            continue
        cand = _Cand(sp.start_char, sp.end_char, text, _code_led_label(text, sp.label_, lex), sp)
        (deferred if titlecase[pi] else body).append(cand)
    body.extend(_title_chain_cands(doc, ents, body + deferred, pars, lex))
    known = _known_names(body, lex)
    for c in deferred:
        kept = _trim_to_known(c, known, lex)
        if kept is not None:
            body.append(kept)
    body.extend(_surname_recoveries(doc, ents, body, pars))
    body.sort(key=lambda c: c.start)
    return body


def _code_led_label(text: str, label: str, lex: Lexicon) -> str:
    """A model code and a capitalized name after it ("F-22 Raptor", "MiG-29 Fulcrum"): a product (an aircraft,
    a weapon), not an organization or a person, unless the code is a lexicon group's ("G-20 Summit")."""
    words = text.split()
    if label not in _CODE_LABELS or len(words) < 2 or not _CODE.match(words[0]) or lex.org_of(words[0]):
        return label
    return "PRODUCT" if all(w[:1].isupper() for w in words[1:]) else label


_CODE_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC"})


def _inside_word(text: str, start: int, end: int) -> bool:
    """A piece of a hashtag or a handle ("Free" of "#FreeMariaButina"), or of a longer word: no name."""
    glued_before = start > 0 and text[start - 1].isalpha() and text[start].isalpha()
    glued_after = end < len(text) and text[end].isalpha() and text[end - 1].isalnum()
    return (start > 0 and text[start - 1] in "#@") or glued_before or glued_after


@lru_cache(maxsize=1)
def _section_labels() -> frozenset[str]:
    return frozenset(r[0] for r in read_tsv("section_labels.tsv"))


# "ANALYSIS/OPINION:", "EXCLUSIVE:", "WATCH:" opening a paragraph: a section label in capitals, no name
_LABEL_AFTER = re.compile(r"\s*[/:|]")


def _label_word(text: str, sp: Span) -> bool:
    """One word in capitals at a paragraph's start, followed by a colon, slash or bar, that is a common
    English word (data/common_words.tsv): a section label ("ANALYSIS/OPINION:"), not an acronym."""
    if len(sp) != 1:
        return False
    word = text[sp.start_char:sp.end_char]  # a span's text is the Doc's between its offsets: no Token read
    if not word.isalpha() or not word.isupper() or len(word) < 4:
        return False
    if sp.start_char > 0 and text[sp.start_char - 1] not in "\n":
        return False
    return bool(_LABEL_AFTER.match(text, sp.end_char)) and (word.lower() in _section_labels() or is_common_word(word))


def _shouted_word(text: str, sp: Span, lex: Lexicon) -> bool:
    """Round 23 review: a common English word written in capitals for emphasis, alone or before words that are
    not in capitals ("VOTE", "GREAT Governor" of a quoted tweet): shouting, no name. An acronym is no common word
    ("NATO"); a run all in capitals ("WHITE HOUSE" of a heading) and a lexicon's name stay."""
    word = sp[0].text
    if not word.isalpha() or not word.isupper() or len(word) < 4:
        return False
    if not (is_common_word(word) or sp[0].pos_ in {"ADJ", "ADV"} and sp[0].tag_ not in {"NNP", "NNPS"}):
        return False  # "great" is no common word of the table ("Great Britain"); the tagger reads "GREAT" an adjective
    name = text[sp.start_char:sp.end_char]
    if len(sp) > 1 and name.isupper():
        return False
    return not any(lex.org_of(n) or lex.country_of(n) or lex.outlet_of(n) for n in (name, word, word.title()))


# A word written inside a sentence: after a lower-case letter, a comma, a semicolon or a colon and a space.
_INSIDE_SENTENCE = re.compile(r"(?<=[a-z,;:] )\w+")


def _inside_words(text: str) -> Callable[[], frozenset[str]]:
    """The words the text writes inside a sentence, read once per Doc and only when a candidate asks."""
    return cache(lambda: frozenset(_INSIDE_SENTENCE.findall(text)))


def _common_opener(inside: Callable[[], frozenset[str]], sp: Span, lex: Lexicon) -> bool:
    """One common English word (data/common_words.tsv) capitalized only because it opens a sentence ("Content
    created by The Daily Caller News Foundation is available ..."), which the report never writes capitalized
    inside a sentence (``inside``: :func:`_inside_words`) and no lexicon knows: no name."""
    if len(sp) != 1:
        return False
    word = sp.text
    if not word.isalpha() or not word.istitle() or not _opens_sentence(sp[0]):
        return False
    if not (is_common_word(word) or is_function_word(word)) or lex.org_of(word) or lex.country_of(word) \
            or lex.outlet_of(word):
        return False
    return word not in inside()



def _known_names(cands: list[_Cand], lex: Lexicon) -> set[str]:
    known: set[str] = set()
    for c in cands:
        n = norm_name(c.text)
        known.add(n)
        if c.label == "PERSON" and len(n.split()) > 1:
            known.add(n.split()[-1])
    return known


def _trim_to_known(c: _Cand, known: set[str], lex: Lexicon) -> _Cand | None:
    """Keep a title-case-line mention only where (a prefix of) it is a known name."""
    sp = c.span
    for e in range(sp.end, sp.start, -1):
        sub = Span(sp.doc, sp.start, e, label=sp.label_)
        n = norm_name(sub.text)
        if n in known or _is_lexicon_name(n, lex):
            return _Cand(sub.start_char, sub.end_char, sub.text, c.label, sub)
    return None


def _canonical(kind: str, members: list[_Cand], lex: Lexicon) -> str:
    fixed = [m.canonical for m in members if m.canonical]
    if fixed:
        return Counter(fixed).most_common(1)[0][0]
    names = [norm_name(m.text) for m in members]
    # a name of several words in capitals (a headline's or a cross-link's "NORTH KOREAN") is no spelling of
    # the name when the report also writes it otherwise (review 15)
    names = [n for n in names if not (" " in n and n.isupper())] or names
    if kind == "PERSON":
        longest = max(len(_person_tokens(n)) for n in names)
        full = [n for n in names if len(_person_tokens(n)) == longest]
        return Counter(full).most_common(1)[0][0]
    # prefer the most frequent of the longest forms ("United States Army" over "Army")
    return Counter(names).most_common(1)[0][0] if len(set(names)) > 1 else names[0]


# ----------------------------------------------------------------------------------------------
def extract_entities(doc: Doc, lex: Lexicon | None = None) -> list[Entity]:
    """The article's entities, in order of first mention, ids E1, E2..."""
    lex = lex or load_lexicon()
    joined = pieces.join_nicknamed_names(
        doc, pieces.join_given_name_pieces(forms.join_particle_pieces(_candidates(doc, lex)), lex))
    joined = person_named_bodies(cuts.join_coordinated_org_names(cuts.join_body_heads(joined)))
    cands = grow_cut_org_names(drop_split_nouns(
        drop_pairs_and_cut_compass(drop_name_pieces(forms.split_head_from_body(joined, lex), lex), lex)), lex)
    cands = split_joined_names(cands, lex)  # (round 20: "Trump and Pompeo" tagged as one ORG)
    cands = outlet_names(cands)  # "Russia Today" is a channel, "EPA-EFE" a credit (review 20)
    relabel_agent_names(cands, lex)  # (review 19: "suspected shooters Syed Farook and Tashfeen Malik")
    assign_keys(cands, lex)
    groups: dict[tuple[str, str], list[_Cand]] = defaultdict(list)
    for c in cands:
        assert c.key is not None
        groups[c.key].append(c)
    ordered = sorted(groups.items(), key=lambda kv: min(m.start for m in kv[1]))
    return pieces.unplace_common_bodies([_entity(doc, i, key, members, lex)
                                         for i, (key, members) in enumerate(ordered, start=1)])


def _published(doc: Doc) -> str | None:
    meta = doc._.newsgraph_meta if doc.has_extension("newsgraph_meta") else None
    return (meta or {}).get("published")


def _entity(doc: Doc, i: int, key: tuple[str, str], members: list[_Cand], lex: Lexicon) -> Entity:
    """One entity from the mentions grouped under ``key``: label, canonical name, roles, country."""
    members.sort(key=lambda m: m.start)
    label = Counter(m.label for m in members).most_common(1)[0][0]
    if key[0] == "COUNTRY":
        label = "GPE"
    name = _canonical(label, members, lex)
    roles: list[str] = []
    countries: Counter[str] = Counter()
    for m in members:
        if m.country:
            countries[m.country] += 2
    if label == "PERSON":
        for m in members:
            role, _office, iso, _s = _title_before(doc, m.span.start, lex)
            if role and role not in roles:
                roles.append(role)
            if iso:
                countries[iso] += 3
            app = _appositive_role(doc, m.span)
            if app:
                if app not in roles:
                    roles.append(app)
                iso2 = country_in_text(_POSTED_TO.sub("", app), lex)
                if iso2:
                    countries[iso2] += 2
        if not countries:
            # never the nearest country word (issue 16 rule 3); the reference actor may tell
            actor = person_actor(name)
            iso_a = actor.country(_published(doc)) if actor is not None else None
            if iso_a:
                countries[iso_a] += 1
    aliases: list[str] = []
    for m in members:
        t = norm_name(m.text)
        if t != name and t not in aliases:
            aliases.append(t)
    mentions = [Mention(start=m.start, end=m.end, text=m.text) for m in members]
    return Entity(
        id=f"E{i}", name=name, type=label, aliases=aliases, roles=roles,
        country=countries.most_common(1)[0][0] if countries else None, mentions=mentions,
    )


def mention_index(entities: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    return sorted((m["start"], m["end"], e["id"]) for e in entities for m in e["mentions"])


# ----------------------------------------------------------------------------------------------
# spaCy component
# ----------------------------------------------------------------------------------------------
class EntityComponent:
    """Attaches ``doc._.newsgraph_entities`` and ``doc._.newsgraph_mentions``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.lexicon: Lexicon | None = None

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.initialize()
        ents = [e.model_dump() for e in guarded(doc, self.name, lambda d: extract_entities(d, self.lexicon)) or []]
        doc._.newsgraph_entities = ents
        doc._.newsgraph_mentions = mention_index(ents)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = tuple()) -> None:
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / "lexicon.json", (self.lexicon or load_lexicon()).to_dict())

    def from_disk(self, path: str | Path, *, exclude: Any = tuple()) -> EntityComponent:
        self.lexicon = Lexicon.from_dict(srsly.read_json(Path(path) / "lexicon.json"))
        return self


@Language.factory("newsgraph_entities", requires=["doc.ents", *requires_of("entities")],
                  assigns=assigns_of("entities"))
def make_entities(nlp: Language, name: str) -> EntityComponent:
    ensure_extensions()
    return EntityComponent(nlp, name)
