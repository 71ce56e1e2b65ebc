"""Owners and locations a sentence states for what is counted, when the general rules found none (round 22).

"The United States raised tariffs on Chinese goods to 25 percent": ``tariffs.pct:USA:CHN`` (the issue's own
example; the goods' country is where the tariff falls); "Exports from Japan jumped 8% to $62 billion": owner JPN;
"the trade deficit with China": location CHN; "Turkey hosts 3.6 million Syrian refugees": ``refugees:SYR:TUR``
(the owner is whose refugees they are, the location the host), so that each host's count is a series of its own.
The rules are rows of data/measure_stated_places.tsv, by canonical object. A part already found is never changed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ...actors import government_countries
from ...lexicon import Lexicon, read_tsv
from ...record import canonical_object, key_parts
from .._doc import entity_by_id
from .objects import mention_country

__all__ = ["fill_stated_places"]


@lru_cache(maxsize=1)
def _rules() -> dict[str, list[tuple[str, frozenset[str], str, frozenset[str]]]]:
    """canonical object → [(kind, words, part, counted nouns or empty for any)]."""
    out: dict[str, list[tuple[str, frozenset[str], str, frozenset[str]]]] = {}
    for row in read_tsv("measure_stated_places.tsv"):
        kind, _, words = row[1].partition(":")
        nouns = frozenset(w.lower() for w in row[3].split("|")) if len(row) > 3 else frozenset()
        out.setdefault(row[0], []).append((kind, frozenset(w.lower() for w in words.split("|")), row[2], nouns))
    return out


def _country(tok: Token, lex: Lexicon) -> str | None:
    """A country named by the noun or one of its modifiers ("China", "Chinese goods", "Japan's"), or by the
    noun after its "of" ("on $200 billion of Chinese goods")."""
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for t in [tok, *(c for h in [tok, *of] for c in h.children if c.dep_ in ("amod", "compound", "poss", "nmod")),
              *of]:
        found = lex.country_of(t.text) or (lex.demonym_of(t.text) if t.text[:1].isupper() else None)
        if found:
            return found
    return None


# a pronoun subject stands for the speaker of the clause it is said in ("Trump says he is placing a tariff")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
# entities whose country speaks for its state when they impose something (a head of government, a ministry)
_ACTOR_TYPES = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _actor(subj: Token, lex: Lexicon) -> str | None:
    """The state a subject acts for: a country or demonym it names, else the country of the entity it mentions
    ("President Donald Trump" → USA); a pronoun is read as the subject of the verb its clause is said to
    ("Trump says he is placing ...": Trump), one step up and never further."""
    if subj.lower_ in _PRONOUNS:
        verb = subj.head
        say = verb.head if verb.dep_ == "ccomp" and verb.head.i != verb.i else None
        subj = next((c for c in (say.children if say is not None else ()) if c.dep_ == "nsubj"), subj)
        if subj.lower_ in _PRONOUNS:
            return None
    found = _country(subj, lex) or mention_country(subj.doc, subj, _ACTOR_TYPES, entity_by_id(subj.doc))
    if found:
        return found
    # a bare surname of one state's head of government (data/executive_heads.tsv: "Trump" → USA)
    heads = government_countries(subj.text, heads_only=True) if subj.text[:1].isupper() else frozenset()
    return next(iter(heads)) if len(heads) == 1 else None


def _stated(noun: Token, kind: str, words: frozenset[str], lex: Lexicon) -> str | None:
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if kind == "actor":
        if verb is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in words:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "xcomp":  # "Trump threatened to impose tariffs"
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return _actor(subj, lex) if subj is not None else None
    if kind == "prep":
        for h in (noun, verb):  # on the noun after it ("tariffs on"), or on its verb ("raised tariffs ... on")
            for p in (h.children if h is not None else ()):
                if p.dep_ == "prep" and p.lower_ in words and (h is not noun or p.i > noun.i):
                    obj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    found = _country(obj, lex) if obj is not None else None
                    if found:
                        return found
        return None
    if verb is not None and noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ in words:
        verb = verb.head.head  # "Lebanon is home to 1.5 million refugees": the copula's subject
    elif verb is None or verb.lemma_.lower() not in words:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _country(subj, lex) if subj is not None else None


def _noun(doc: Doc, start: int, end: int, obj: str) -> Token | None:
    """The token of the counted noun (the object phrase's last word) nearest the figure, in its sentence."""
    sp = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    last = obj.split()[-1].lower() if obj.split() else ""
    if sp is None or not len(sp) or not last:
        return None
    sent = sp.sent
    cands = [t for t in sent if t.lower_ == last]
    return min(cands, key=lambda t: abs(t.idx - start), default=None)


def _place(doc: Doc, lex: Lexicon, fact: dict[str, Any]) -> dict[str, str]:
    """{"owner" or "location": ISO3} the sentence states for the fact's counted thing and it lacks."""
    canon = canonical_object(fact.get("object"))
    rules = _rules().get(canon or "")
    if not rules:
        return {}
    noun = _noun(doc, fact["start"], fact["end"], str(fact["object"]))
    if noun is None:
        return {}
    out: dict[str, str] = {}
    for kind, words, part, nouns in rules:
        if fact.get(part) or part in out or (nouns and noun.lower_ not in nouns):
            continue
        found = _stated(noun, kind, words, lex)
        if found and found != fact.get("owner" if part == "location" else "location"):
            out[part] = found
    return out


def fill_stated_places(doc: Doc, lex: Lexicon, amounts: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    """Fill the owner and location each change and amount lacks from what its sentence states; a change lends
    its new parts to its figures (their keys are made after this), and its own key is rewritten."""
    if not doc.has_annotation("DEP"):
        return
    for c in changes:
        got = _place(doc, lex, c)
        if not got:
            continue
        c.update(got)
        if c.get("measure"):
            name, owner, loc = key_parts(c["measure"])
            c["measure"] = f"{name}:{got.get('owner', owner)}:{got.get('location', loc)}"
        for a in amounts:
            if a.get("change") == c["id"]:
                for part, iso in got.items():
                    a[part] = a.get(part) or iso
    for a in amounts:
        if a.get("change") is None:
            a.update(_place(doc, lex, a))
