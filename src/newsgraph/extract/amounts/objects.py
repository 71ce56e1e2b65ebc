"""What a figure counts, whose it is and where: the dependency parse and the entity layer.

* object: the noun the number modifies ("5,200 US troops"), the noun after "of" ("31,000 of the documents",
  "1.6% of Web traffic"), or, when number and noun are apart, the noun that the number's preposition or verb
  leads back to ("the number of US troops stationed in Iraq from 5,200 to 3,000" → troops); generic heads
  ("number", "total", "figure") give way to their "of" phrase;
* owner: a country or demonym modifying the object ("US troops", "Iraqi forces", "America's troops"), else
  the country or national body that is the subject of the governing verb ("the United States had ...");
* location: a country after "in"/"inside"/"to"/"across" on the object, on its clause or on the governing
  verb ("stationed in Iraq"); "the country" is the most recently named country other than the owner.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ...lexicon import Lexicon, read_tsv
from .._doc import hyphen_end, hyphen_start
from .clauses import compound_end, fronted_whole, own_clause_subject, plural_chain_end, singular_chain
from .converted import after_conversion
from .figure_places import _PLACE_TYPES, event_place, sentence_place
from .fixed_in import fixed_in_noun
from .joined_objects import partitive_predicate
from .made_by import maker_subject
from .money_in import in_after_sum
from .range_nouns import range_noun
from .reached_levels import reached_subject
from .records import record_pair, record_tries
from .votes import _SEAT_VERBS

__all__ = ["NOT_MONEY_NOUNS", "Anchor", "find_anchor", "object_phrase", "owner_of", "location_of", "country_mentions",
           "sentence_place", "event_place", "level_clause", "mention_country", "OUTCOME_WORDS", "OUTCOME_OBJECTS"]

GENERIC_HEADS = frozenset({
    "number", "total", "figure", "count", "tally", "level", "size", "amount", "strength", "numbers",
    "totals", "figures", "levels", "share", "proportion", "percentage", "majority", "group", "estimate", "list",
})
_DROP_WORDS = frozenset({
    "other", "more", "additional", "new", "further", "extra", "some", "about", "around", "nearly", "only",
    "another", "least", "most", "than", "over", "almost", "roughly", "estimated", "just", "up", "all",
})
_TIME_NOUNS = frozenset({
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "weekend",
    "time",  # "at the same time" only; "26 times" (frequency) is kept below because it is a plural count
})
_MOVES = frozenset({"increase", "rise", "decrease", "drop", "fall", "cut", "reduction", "decline", "jump", "gain",
                    "growth", "surge", "loss", "drawdown", "withdrawal", "change", "hike"})
# "withdraw 2,000 troops from Syria": where they were is the place the figure is about
_LEAVE_VERBS = frozenset({"withdraw", "pull", "remove", "evacuate", "leave", "redeploy", "bring", "expel", "expulsion",
                          "deport", "deportation", "withdrawal", "evacuation", "evict", "eviction", "oust"})
_LOC_PREPS = frozenset({"in", "inside", "across", "within", "to", "into", "throughout", "at"})
_OBJ_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "attr", "oprd"})
# verbs of paying: "billed $2m for the student's care", "paid $5,000 for each rifle": the sum buys what "for" names
_PAY_VERBS = frozenset({"bill", "pay", "charge", "spend", "owe", "fine", "award", "offer", "invoice", "budget",
                        "allocate", "earmark", "request", "seek", "demand", "sell", "buy", "invest", "raise"})
_CLIMB_FROM = frozenset({"pobj", "npadvmod", "dobj", "appos", "conj", "nmod", "advmod", "quantmod", "attr"})


# the outcome written right after a counted thing ("14 people dead", "100 wounded") -> the outcome it counts
OUTCOME_WORDS = {"killed": "killed", "dead": "killed", "died": "killed", "wounded": "wounded", "injured": "injured",
                 "hurt": "injured", "arrested": "arrested", "detained": "detained"}
#: the outcomes a figure's object may end with ("mosques killed" from "two mosques ... that killed 50", which
#: amounts/phrasings.py takes back): those above and "displaced", a participle of data/measure_verbs.tsv
OUTCOME_OBJECTS = frozenset(OUTCOME_WORDS.values()) | {"displaced"}


#: nouns that name a level a figure stands at, not a thing it counts ("a record of £27.9bn", "a high of 110")
LEVEL_NOUNS = frozenset({"high", "low", "peak", "record", "level", "total", "tally", "height", "maximum",
                          "minimum"})
# a sum after a level noun or an average counts what the sentence moved or measured, never that noun; nor does
# a sum after a noun of approximation ("in the area of £1bn", "to the tune of"), of price ("at a cost of $5") or of
# a promise ("a promise of $5bn": what is promised is named elsewhere) (round-14 integration, unseen BBC reports)
NOT_MONEY_NOUNS = LEVEL_NOUNS | frozenset({"average", "value", "mean", "median", "area", "region", "order",
                                           "excess", "neighbourhood", "neighborhood", "tune", "vicinity", "cost",
                                           "price", "promise", "pledge", "sum"})


class Anchor:
    """The parse tokens of one quantity: its root token and the object head (if any)."""

    __slots__ = ("span", "root", "head")

    def __init__(self, span: Span, root: Token, head: Token | None) -> None:
        self.span, self.root, self.head = span, root, _hyphen_end(head) if head is not None else None


def _hyphen_end(tok: Token) -> Token:
    """The last part of a hyphenated word, its head: the tokenizer splits "co-workers" into three tokens, and a
    parse that leaves them loose must not make "co" the thing counted."""
    doc = tok.doc
    if tok.pos_ not in ("NOUN", "PROPN"):
        return tok  # "short-range", "well-known": an adjective's compound names nothing counted
    return doc[hyphen_end(tok, alpha=True)]


def _of_pobj(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON"):
                    return g
    return None


def _resolve_generic(tok: Token) -> Token:
    """'the number of US troops' → troops; 'the total of 5,000 refugees' → refugees."""
    for _ in range(3):
        if tok.lemma_.lower() not in GENERIC_HEADS:
            break
        nxt = _of_pobj(tok)
        if nxt is None:
            break
        tok = nxt
    return tok


def _noun_ok(tok: Token, span: Span) -> bool:
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and not (span.start <= tok.i < span.end)
        and tok.like_num is False
        and not (tok.lemma_.lower() in _TIME_NOUNS and tok.lower_ != "times")
        and (tok.lemma_.lower() not in _MOVES or _counted_moves(tok, span))  # "an increase of 439" counts else
    )


def _counted_moves(tok: Token, span: Span) -> bool:
    """"two changes stand out", "three rate cuts": a plural move noun the figure is the number of (round 29)."""
    return tok.tag_ == "NNS" and any(c.dep_ == "nummod" and span.start <= c.i < span.end for c in tok.children)


def _verb_argument(verb: Token, span: Span) -> Token | None:
    by_dep: dict[str, Token] = {}
    for c in verb.children:
        if c.dep_ in _OBJ_DEPS and c.dep_ not in by_dep and not (span.start <= c.i < span.end):
            by_dep[c.dep_] = c
    for dep in ("dobj", "nsubjpass", "nsubj", "attr"):
        arg = by_dep.get(dep)
        if arg is not None and arg.pos_ in ("NOUN", "PROPN"):
            return arg
    # "has decided to reduce the number ..." / an xcomp or conj verb carries the object
    return None


def find_anchor(doc: Doc, start: int, end: int, money: bool = False, parsed: bool | None = None) -> Anchor | None:
    """The quantity's tokens and the noun it counts, read from the dependency parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if not (doc.has_annotation("DEP") if parsed is None else parsed):
        return Anchor(span, root, _next_word_head(doc, span))
    if root.head.lower_ == "strong" and root.head.dep_ == "amod" and root.head.head.pos_ == "NOUN":
        return Anchor(span, root, root.head.head)  # "its 3,000-strong workforce": it counts the workforce
    # the number modifies a noun directly: "5,200 US troops", "three Americans"
    if root.dep_ == "nummod" and root.head.lower_ == "counts" and _noun_ok(root.head, span):
        return Anchor(span, root, root.head)  # "three counts of murder": charges, never the murdered (round 27)
    if root.dep_ == "nummod" and root.head.tag_ == "VBZ" and root.head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return Anchor(span, root, root.head)  # '"Two airstrikes west of ...': a plural noun the tagger made a verb (r32)
    if root.dep_ in ("nummod", "quantmod", "compound", "amod", "det", "nmod") and _noun_ok(root.head, span):
        if root.dep_ == "nummod" and root.head.tag_ == "NNS" and root.head.lemma_.lower() in GENERIC_HEADS:
            return Anchor(span, root, root.head)  # "the three main levels of secrecy" counts levels (round 29)
        if not money and singular_chain(root):
            return Anchor(span, root, None)  # "a two state solution": a kind of solution, no count of it (round 30)
        head = plural_chain_end(root.head) if root.dep_ == "nummod" else root.head  # "seven review board members"
        return Anchor(span, root, _resolve_generic(compound_end(head)))
    if not money and (told := partitive_predicate(root, span)) is not None:
        return Anchor(span, root, told)  # "two of the hostages were women": women (round 28)
    # "31,000 of the documents", "1.6% of Web traffic"
    of = _of_pobj(root)
    if of is not None and of.pos_ in ("NOUN", "PROPN"):
        return Anchor(span, root, _resolve_generic(of))
    if of is not None and not money:
        return Anchor(span, root, None)  # "44% of those questioned": a share of whom the pronoun names (round 24)
    if money:
        return _money_anchor(span, root)
    named = _named_by_copula(doc, span)
    if named is not None:
        return Anchor(span, root, named)
    if root.dep_ == "conj" and span.end < len(doc) and doc[span.end].lower_ in OUTCOME_WORDS:
        # "33 dead bodies and more than 100 wounded": the bare figure counts the wounded, whom the outcome names,
        # not the noun of the conjunct before it (the outcome is read after the figure)
        return Anchor(span, root, None)
    if root.dep_ not in _CLIMB_FROM:
        return Anchor(span, root, None)
    return _climbed_anchor(span, root)


def _money_anchor(span: Span, root: Token) -> Anchor:
    """A sum's anchor: money names what it buys or pays for (a preposition, a payment verb, a copula's subject)
    rather than a noun it counts, so it gets its own reading, apart from the counted-noun climb below."""
    # "$75 billion in state subsidies", "$1 billion for new equipment"
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "for", "of", "worth"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN" and not fixed_in_noun(g):  # not "in exchange for"
                    return Anchor(span, root, _resolve_generic(g))
    after = in_after_sum(span)  # "close to a trillion dollars in military spending": "in" hung on the verb
    after = after if after is not None else after_conversion(span)  # "$40m (£31m) in bribes" (round 29)
    if after is not None:
        return Anchor(span, root, _resolve_generic(after))
    # the sum is what a noun before it amounts to: "a fine of $100,000", "a pension of £20,000" (the noun is the
    # money's object; a generic head, "a total of $5bn", is kept as it is for the caller to drop: resolving it
    # through its "of" would come back to the sum itself)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < root.i \
            and _noun_ok(root.head.head, span) and root.head.head.lemma_.lower() not in NOT_MONEY_NOUNS:
        return Anchor(span, root, root.head.head)
    # a conversion in apposition ("$2m (£1.5m)") is the same sum, paid for the same thing
    paid = _paid_for(root.head if root.dep_ == "appos" else root, span)
    if paid is not None:
        return Anchor(span, root, paid)
    verb = root.head if root.dep_ == "attr" and root.head.lemma_ == "be" else _ranging_verb(root)
    if verb is not None:
        # "Exports were $30 billion", "estimates of the damage range from $12bn to $30bn" (round 31): the subject
        # of the copula or of "range" is what the money measures
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subj is not None and _noun_ok(subj, span):
            return Anchor(span, root, _resolve_generic(subj))
    ranged = range_noun(root, GENERIC_HEADS)  # "estimates of that damage range from $12bn to ..." parsed with a noun "range"
    if ranged is not None and _noun_ok(ranged, span):
        return Anchor(span, root, _resolve_generic(ranged))
    return Anchor(span, root, None)


def _ranging_verb(root: Token) -> Token | None:
    """"range"/"vary" whose from/to/between phrase holds the sum (the second sum of "from $12bn to $30bn" hangs on
    the first's "to", or on the verb itself)."""
    prep = root.head if root.dep_ == "pobj" else None
    while prep is not None and prep.dep_ == "prep" and prep.lower_ in ("from", "to", "between"):
        if prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in ("range", "vary"):
            return prep.head
        prep = prep.head.head if prep.head.dep_ == "pobj" else None
    return None


def level_clause(verb: Token) -> bool:
    """A relative clause that defines its noun as a level: "the age at which girls can marry", "the rate below
    which ...", "the price above which ..."; a from/to pair the parse hangs on its verb is the noun's."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "above", "below", "under", "over")
               and any(g.lower_ == "which" for g in c.children) for c in verb.children)


def _climbed_anchor(span: Span, root: Token) -> Anchor:
    """The counted noun found by climbing the parse from a figure that modifies no noun directly (through
    prepositions, a verb's arguments, a relative clause, a chain of verbs); kept apart from :func:`find_anchor`
    because this walk is the one step that looks beyond the figure's own phrase."""
    if own_clause_subject(span) or fronted_whole(root) or _own_noun_phrase(root):
        return Anchor(span, root, None)
    if record_pair(root) is not None:  # "a perfect 15 for 15 in tests": the tries, not the subject (review 29)
        return Anchor(span, root, record_tries(root))
    cur = root
    for _ in range(6):
        nxt = cur.head
        if nxt.i == cur.i:
            break
        cur = nxt
        if cur.pos_ in ("ADP", "NUM", "SYM", "CCONJ", "PART", "ADV"):
            continue
        if cur.pos_ in ("NOUN", "PROPN"):
            if _noun_ok(cur, span):
                return Anchor(span, root, _resolve_generic(cur))
            continue
        if cur.pos_ in ("VERB", "AUX"):
            if root.dep_ == "dobj" and root.head.i == cur.i and root.pos_ == "NUM":
                # "shooting 10": the noun was left out, unless a count noun reached it ("the death toll reached 440")
                return Anchor(span, root, _resolve_generic(reached)) if (reached := reached_subject(root)) else Anchor(span, root, None)
            if cur.dep_ == "relcl" and level_clause(cur) and _noun_ok(cur.head, span):
                return Anchor(span, root, cur.head)  # "the age at which girls marry ... 16": the age, not girls
            arg = _verb_argument(cur, span)
            if arg is not None and _noun_ok(arg, span) and not _holder(arg, root, cur) \
                    and not maker_subject(arg, root, cur, span):  # the plant that produces the barrels (r37)
                return Anchor(span, root, _resolve_generic(arg))
            if cur.dep_ in ("acl", "relcl") and _noun_ok(cur.head, span):
                return Anchor(span, root, _resolve_generic(cur.head))
            if cur.dep_ in ("xcomp", "conj", "advcl"):
                continue
            break
        else:
            break
    return Anchor(span, root, None)


def _holder(arg: Token, root: Token, verb: Token) -> bool:
    """"The Greens got 8 percent", "Labour won 30 percent": a named subject of the verb whose object the figure is
    holds the share or the tally; it is not what is counted (round 30)."""
    if arg.dep_ != "nsubj" or arg.pos_ != "PROPN" or root.head.i != verb.i:
        return False
    # the parse may hang the share on the verb as an adverbial ("got around 8 percent"): then only after a verb
    # of holding a tally, since "Nikkei fell 2 percent" is the index's own move
    return root.dep_ == "dobj" or (root.dep_ == "npadvmod" and verb.lemma_.lower() in _SEAT_VERBS)


def _own_noun_phrase(root: Token) -> bool:
    """"talks between the two", "a meeting of the three": a figure with its own determiner after a preposition is
    a noun phrase of its own (the two people or parties told of before); the noun the preposition hangs on is not
    what it counts (round 27: "discussions between the two" was a count of 2 discussions)."""
    return root.dep_ == "pobj" and root.pos_ == "NUM" and any(
        c.dep_ == "det" and c.i < root.i and c.lower_ in ("the", "these", "those") for c in root.children)


_STOP = frozenset({
    "of", "the", "a", "an", "to", "in", "and", "or", "for", "on", "at", "by", "from", "with", "that", "this",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "as", "than", "per",
})


def _named_by_copula(doc: Doc, span: Span) -> Token | None:
    """A bare number that a copula and a noun follow says what it counts there: "the other 140 were guests",
    "12 were children" (the parser at times coordinates "the other 140" with the noun of the clause before,
    "30 of the hostages were hotel staff and the other 140 ...", which named the 140 'staff')."""
    if span.end >= len(doc) or doc[span.end].lemma_ != "be" or any(t.text == "%" or t.lower_ == "percent" for t in span):
        return None  # "83 percent are citizens": a share of something else, which the sentence does not name here
    root, be = span.root, doc[span.end]
    # the number is the copula's subject, or a determined "the other 140" that the parser hung elsewhere as a
    # conjunct; not the object of a verb before it ("the team who killed 14 were supporters")
    if not ((root.dep_ == "nsubj" and root.head.i == be.i)
            or (root.dep_ == "conj" and any(c.dep_ in ("det", "amod") for c in root.children))):
        return None
    attr = next((c for c in doc[span.end].children if c.dep_ == "attr" and c.i > span.end), None)
    if attr is None or not _noun_ok(attr, span):
        return None
    return _resolve_generic(attr)


def _paid_for(root: Token, span: Span) -> Token | None:
    """What a sum is paid for, when the sum is the object (or measure) of a paying verb and "for" hangs on the
    verb after it: "billed $2m (£1.5m) for the student's medical care" → care. A noun of data/
    measure_not_objects.tsv is left to the caller's check (it names no object)."""
    verb = root.head
    if root.dep_ not in ("dobj", "npadvmod", "nsubjpass", "attr", "oprd") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() not in _PAY_VERBS:
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i > root.i:
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            if g is not None and g.pos_ == "NOUN" and _noun_ok(g, span):
                return _resolve_generic(g)
    return None


def _next_word_head(doc: Doc, span: Span) -> Token | None:
    """Without a parser: the word right after the number, when it is a plain lowercase word."""
    i = span.end
    if i < len(doc):
        t = doc[i]
        if t.is_alpha and t.lower_ not in _STOP and t.lower_ not in _DROP_WORDS:
            return t
        if t.lower_ in _DROP_WORDS and i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].lower_ not in _STOP:
            return doc[i + 1]
    return None


def _strong(tok: Token) -> bool:
    """The "strong" of "a 3,000-strong workforce": how many, no word of what is counted."""
    return tok.lower_ == "strong" and tok.i > 0 and tok.nbor(-1).text in ("-", "–")


def _after_last_figure(head: Token) -> int:
    """The first token after the nearest figure left of ``head`` in its sentence: a head before its own figure
    keeps its modifiers, but never runs back over another figure ("LD Liberal Democrat 9.5%" in a flattened table
    of parties and shares)."""
    sent_start = head.sent.start if head.doc.has_annotation("SENT_START") else 0
    return next((t.i + 1 for t in reversed(head.doc[sent_start : head.i]) if t.like_num), 0)  # the nearest first


def object_phrase(head: Token, span: Span | None = None) -> str:
    """The head noun with its close left modifiers: 'US troops', 'service members', 'Web traffic'."""
    left = hyphen_start(head, alpha=True)  # "co" of "co-workers"
    doc = head.doc
    # the figure's own tokens bound the phrase when it stands before the head ("5,200 US troops"); a head before
    # the figure ("the jobless rate in Spain was 14 percent") keeps all its modifiers (round 22)
    floor = span.end if span is not None and span.start < head.i else _after_last_figure(head)
    for c in sorted(head.lefts, key=lambda t: -t.i):
        if c.i != left - 1 or c.i >= head.i:
            break
        if c.i < floor:
            break
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.lower_ not in _DROP_WORDS and not c.like_num \
                and c.tag_ != "VB":  # "Slash corporation tax from 33% to 25%": an imperative, no modifier (round 29)
            if c.dep_ == "poss" and c.pos_ == "PRON":
                break
            # a possessive keeps its own compounds: "the country's 5G infrastructure"
            left = min(t.i for t in c.subtree if t.i >= floor)
            while left < c.i and doc[left].pos_ == "DET":
                left += 1
        else:
            break
    words = [t for t in doc[left : head.i + 1] if not t.is_punct or t.text in ("-",)]
    # (a dropped word that opens a proper name stays: "New York Police Department officers", not "York ...")
    while words and ((words[0].lower_ in _DROP_WORDS and words[0].pos_ != "PROPN") or words[0].pos_ in ("DET", "NUM")
                     or words[0].like_num or words[0].text in ("-", "–") or _strong(words[0])):
        words = words[1:]
    text = doc[words[0].i : head.i + 1].text if words else head.text
    return " ".join(text.split())


def country_mentions(doc: Doc, lex: Lexicon) -> list[tuple[int, str]]:
    """(start, ISO3) of every mention of a country in the entity layer, sorted by start."""
    out: list[tuple[int, str]] = []
    for e in doc._.newsgraph_entities or []:
        iso = e.get("country")
        if not iso or e.get("type") != "GPE" or lex.country_of(e.get("name", "")) != iso:
            continue
        out += [(int(m["start"]), iso) for m in e.get("mentions", [])]
    out.sort()
    return out


def _entity_country(doc: Doc, tok: Token, lex: Lexicon, types: frozenset[str], ents: dict[str, Any]) -> str | None:
    return lex.country_of(tok.text) or lex.demonym_of(tok.text) or mention_country(doc, tok, types, ents)


def mention_country(doc: Doc, tok: Token, types: frozenset[str], ents: dict[str, Any]) -> str | None:
    """The country of the first entity of ``types`` (by mention start) whose mention holds ``tok``, or None."""
    for s, e, eid in doc._.newsgraph_mentions or []:
        if s > tok.idx:
            break  # the mentions are sorted by start
        if s <= tok.idx < e:
            ent = ents.get(eid)
            if ent and ent.get("type") in types and ent.get("country"):
                return str(ent["country"])
    return None


_OWNER_TYPES = frozenset({"GPE", "NORP", "ORG"})


@lru_cache(maxsize=1)
def _inhabitants() -> frozenset[str]:
    """Nouns of people named by where they live (data/measure_inhabitants.tsv)."""
    return frozenset(row[0].strip().lower() for row in read_tsv("measure_inhabitants.tsv"))


@lru_cache(maxsize=1)
def _owner_verbs() -> frozenset[str]:
    """Verbs whose subject owns the figure they govern (data/measure_owner_verbs.tsv)."""
    return frozenset(w.strip().lower() for row in read_tsv("measure_owner_verbs.tsv") for w in row[0].split("|"))
# data/org_aliases.tsv codes of bodies that are not a state's (international bodies, armed groups, NGOs)
_NOT_STATES = frozenset({"IGO", "NGO", "REB", "MNC", "UIS", "INS"})


def _actor_key(doc: Doc, tok: Token, lex: Lexicon, ents: dict[str, Any]) -> str | None:
    """An owner that is not a state: an international body or an armed group ("NATO troops", "ISIS fighters")
    keyed by its canonical name (``NATO``, ``UNITED_NATIONS``); national bodies are their state's ISO3."""
    names = [tok.text]
    for s, e, eid in doc._.newsgraph_mentions or []:
        if s > tok.idx:
            break
        if s <= tok.idx < e and (ents.get(eid) or {}).get("type") == "ORG":
            names.insert(0, str(ents[eid].get("name", "")))
    for name in names:
        hit = lex.org_of(name)
        if hit and hit[1] in _NOT_STATES:
            return re.sub(r"[^A-Z0-9]+", "_", hit[0].upper()).strip("_")
    return None


def owner_of(doc: Doc, head: Token, lex: Lexicon, ents: dict[str, Any]) -> str | None:
    """A country or demonym on the object ("US troops", "Iraqi forces"), the object itself when it is a demonym
    ("three Americans"), else the governing verb's subject."""
    if head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper() and lex.demonym_of(head.text):
        return lex.demonym_of(head.text)
    for c in head.lefts:
        if c.dep_ in ("compound", "amod", "poss", "nmod"):
            for t in c.subtree:
                if _regional(doc, t, lex):
                    continue
                iso = _entity_country(doc, t, lex, _OWNER_TYPES, ents) or _actor_key(doc, t, lex, ents)
                if iso:
                    return iso
    cur = head
    governing: Token | None = None
    for _ in range(5):
        if cur.dep_ in ("dobj", "pobj", "nsubjpass", "prep", "attr") or cur.pos_ in ("VERB", "AUX", "ADP"):
            nxt = cur.head
            if nxt.i == cur.i:
                break
            cur = nxt
            if cur.pos_ in ("VERB", "AUX"):
                governing = governing or cur
                if governing.lemma_.lower() not in _owner_verbs():
                    return None  # "the State Department designated 10 individuals": not the department's
                for c in cur.children:
                    if c.dep_ in ("nsubj",):
                        for t in [c, *c.lefts]:
                            iso = _entity_country(doc, t, lex, _OWNER_TYPES, ents) or _actor_key(doc, t, lex, ents)
                            if iso:
                                return iso
                        return None
                if cur.dep_ not in ("xcomp", "conj", "ccomp", "advcl"):
                    break
        else:
            break
    return None


_COMPASS = frozenset({"south", "north", "east", "west", "central", "latin", "southeast", "northeast", "southwest",
                      "northwest", "southern", "northern", "eastern", "western"})


def _regional(doc: Doc, tok: Token, lex: Lexicon) -> bool:
    """"Two South American nations": a demonym after a word of the compass names a region, not the state the
    demonym alone names (round 34: was USA); a pair the lexicon knows whole ("South Korean") is the state's."""
    if tok.i == 0 or doc[tok.i - 1].lower_ not in _COMPASS or not lex.demonym_of(tok.text):
        return False
    pair = f"{doc[tok.i - 1].text} {tok.text}"
    return not (lex.demonym_of(pair) or lex.country_of(pair))


def _place_in(doc: Doc, tok: Token, lex: Lexicon, ents: dict[str, Any], owner: str | None,
              countries: list[tuple[int, str]]) -> str | None:
    # "withdraw 2,000 troops from Syria", "the expulsion of 23 Russian diplomats from the UK": where they were
    leaving = tok.lemma_.lower() in _LEAVE_VERBS or (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _LEAVE_VERBS)
    preps = _LOC_PREPS | ({"from"} if leaving else frozenset())
    if tok.lemma_.lower() in _inhabitants():
        preps = preps | {"of"}  # "1,200 residents of Coimbra": where they live
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                iso = _entity_country(doc, g, lex, _PLACE_TYPES, ents)
                if iso:
                    return iso
                if g.lemma_.lower() == "country" and any(d.lower_ in ("the", "that", "this") for d in g.lefts):
                    i = bisect_left(countries, (g.idx, ""))
                    for _s, iso2 in reversed(countries[:i]):
                        if iso2 != owner:
                            return iso2
    return None


def location_of(doc: Doc, head: Token | None, root: Token, lex: Lexicon, ents: dict[str, Any],
                owner: str | None, countries: list[tuple[int, str]]) -> str | None:
    """'stationed in Iraq' → IRQ; 'in the country' → the latest country named before, other than the owner."""
    seen: set[int] = set()
    cands: list[Token] = []
    if head is not None:
        cands.append(head)
        cands += [c for c in head.children if c.dep_ in ("acl", "relcl")]
    cur = root
    for _ in range(6):
        cands.append(cur)
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            cands.append(cur)
            if cur.dep_ not in ("xcomp", "conj", "acl", "relcl", "advcl"):
                break
    for t in cands:
        if t.i in seen:
            continue
        seen.add(t.i)
        iso = _place_in(doc, t, lex, ents, owner, countries)
        if iso:
            return iso
    return None
