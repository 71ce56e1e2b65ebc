"""Figures that count nothing and objects that are not what a figure counts (review 20).

* a number inside a web address ("https://.../2283845001/") is part of the address;
* a bare number priced against a currency ("the ruble fell to 70 to the dollar", "traded at 74 against the
  dollar"): an exchange rate, no count of anything (issue 17);
* an identifier after a singular noun of a person held or numbered ("Ex-prisoner 46664", "inmate No. 1234");
* an age in apposition to a relative ("her son, 12, was hurt": the relative nouns of data/relatives.tsv; the
  age after a name is the scanner's, round 21's rule), and to any singular noun led by a determiner ("the gunman,
  24, was arrested", "a soldier, 22, died": round 27; they had been read as one toll of 24 arrests, of 22 deaths);
* (the first number of a range of durations, "two to four years", is :func:`.frame_phrases.duration_ranges`'s: one
  rule for the class, issue 17);
* "has died aged 95", "died at age 71": the person's age, not a death toll (the object is "age", as "at the age of
  88" already reads), and no other figure of that sentence counts the dead ("a friend of three presidents, died
  aged 91");
* "$2.4m": the scale letter is never the counted object, and a converted figure in parentheses ("$2.4m (£1.8m)")
  is the same amount: it and the figure before it share one object, and a range around the conversion
  ("between $2.4m (£1.8m) and $8.4m") lends the far end's object to the near one;
* an object that is a noun compound's head inside a name-like phrase ("a policy think tank") is no object;
* a number of a win-loss record ("a 10-3-2 record", "Carolina (12-4-1)") or of a box score ("Wild 4, Sabres 1"):
  no count of the team (round 23, sports; the patterns are extract/scores.py's);
* model numbers, rough comma ranges and set phrases: :mod:`.fixed_numbers` (round 24); an object "average" alone
  is none.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Token

from ...lexicon import read_tsv
from ...record import canonical_object
from ..scores import LINE_SCORE, RECORD
from .fixed_numbers import fixed_number
from .grammar import _CURRENCY_WORDS, Quantity
from .no_figures import no_figure

__all__ = ["not_a_count", "repair_objects", "age_at_death", "described_age", "participle_head",
           "absolute_participle"]

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HELD_BEFORE = re.compile(r"(?i)\b(?:ex-)?(?:prisoner|inmate|detainee|convict)(?:[ \t]+(?:no\.|number|#))?[ \t]+#?$")
_MONIES = "|".join(sorted({re.escape(w) for w in _CURRENCY_WORDS} | {"pound", "pounds", "greenback", "franc"},
                          key=len, reverse=True))
# (the currency word ends its phrase: "gave 5 to the euro fund" is a gift to a fund)
_AGAINST_MONEY = re.compile(rf"(?i)[ \t]+(?:to|against|per)[ \t]+(?:(?:the|one|a|each|every)[ \t]+)?(?:{_MONIES})\b"
                            r"(?=[ \t]*(?:[.,;:)!?\"”'’]|$)|[ \t]+(?:on|in|at|from|after|before|since|for|by|and|or|but|as|"
                            r"while|this|last|a|the|its|their|to|when|with|amid|despite|compared)\b)")
_AGED = re.compile(r"(?i)\b(?:aged|at[ \t]+age|at[ \t]+the[ \t]+age[ \t]+of)[ \t]+$")
_DIED = re.compile(r"(?i)\b(?:died|dies|dead|death)\b[^.;]{0,40}$")
# "died aged 91" later in the figure's sentence: the death of the one the sentence is about
_ONE_DEATH = re.compile(r"(?i)[^.;!?]*?\b(?:died|dies)[ \t]+(?:aged|at[ \t]+(?:the[ \t]+)?age)\b")
_SCALE_LETTERS = frozenset({"m", "bn", "mn", "mln", "b", "k", "tn", "trn", "t", "M", "B", "K", "T"})
_CONVERSION = re.compile(r"[ \t]*\([ \t]*$")
# the head of a compound that names a kind of body, never a counted thing there ("a think tank")
_COMPOUND_HEADS = {"tank": "think"}
# a level noun alone names no thing ("an average of 13.2%"; "an average of 300 workers" already counts workers,
# and "the Nikkei average" is a name of two words): no object beats 'average' (round 24)
_GENERIC_HEADS = frozenset({"average", "averages", "median", "mean"})


def not_a_count(text: str, q: Quantity, doc: Doc | None = None) -> str | None:
    """Why the figure is no amount at all, or None (``doc``: the parsed Doc of ``text``, where there is one)."""
    frame = no_figure(text, q, doc)  # a bore, a list marker, a thread counter, a percent of emphasis (round 37)
    if frame is not None:
        return frame
    at = q.num_start
    for m in _URL.finditer(text, max(0, at - 300), min(len(text), q.num_end + 300)):
        if m.start() <= at < m.end():
            return "address"
    if q.kind == "count" and q.end == q.num_end and _AGAINST_MONEY.match(text, q.end):
        return "exchange rate"
    if q.kind == "count" and _in_score(text, at):
        return "score"
    if q.kind == "count" and _HELD_BEFORE.search(text, max(0, at - 40), at):
        return "identifier"
    if q.kind == "count" and q.end == q.num_end and isinstance(q.value, int) and 1 <= q.value <= 120:
        kin = _KIN_BEFORE.search(text, max(0, at - 30), at)
        if kin is not None and kin.group(1).lower() in _relatives() and _AGE_AFTER.match(text, q.end):
            return "age"
        if not q.spelled and _AGE_AFTER.match(text, q.end) and _apposed_age(text, at):
            return "age"
    return fixed_number(text, q)  # "one country, two systems", "three, four years ago", "the 7610 phone"


def described_age(root: Token) -> bool:
    """"The prince, ambitious, aggressive and just 33 in a kingdom ...": a bare whole figure joined to adjectives
    that describe one singular noun is that one's age (round 30), never a count."""
    if root.dep_ != "conj" or root.head.pos_ != "ADJ" or root.head.dep_ not in ("amod", "appos", "conj"):
        return False
    if not root.like_num or not root.text.isdigit() or not 1 <= int(root.text) <= 120:
        return False
    if any(c.i > root.i and c.pos_ in ("ADJ", "NOUN", "PROPN") for c in root.children):
        return False  # "young and 12 strong": the figure has a word of its own after it
    described = root.head
    while described.dep_ == "conj" and described.head.pos_ == "ADJ":
        described = described.head  # "ambitious, aggressive and just 33": the first adjective hangs on the noun
    return described.head.tag_ in ("NN", "NNP") and described.head.i < root.i


def _in_score(text: str, at: int) -> bool:
    """The figure at ``at`` is a number of a win-loss record or a box score (extract/scores.py)."""
    lo, hi = max(0, at - 40), min(len(text), at + 40)
    return any(m.start() <= at < m.end() for pat in (RECORD, LINE_SCORE) for m in pat.finditer(text, lo, hi))


_KIN_BEFORE = re.compile(r"\b([A-Za-z-]+),[ \t]*$")
_AGE_AFTER = re.compile(r"[ \t]*[,)]")


# a singular noun phrase led by a determiner, written in lower case (a name is the scanner's), ending in a comma:
# "the gunman, ", "a 19-year-old student, ", "Smith's son, "; words that make a clause ("was", "said") are no noun
_NOUN_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Ii]ts)|[A-Z][\w-]*['’]s)"
                          r"((?:[ \t]+[a-z][\w-]*){1,3}),[ \t]*$")
_CLAUSE_WORDS = frozenset({"was", "were", "is", "are", "be", "been", "has", "had", "have", "said", "says", "and",
                           "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "who", "which", "that"})
# a noun whose figure in apposition restates its own size, no age ("the death toll, 35, includes ...")
_SIZE_NOUNS = frozenset({"toll", "score", "count", "tally", "total", "number", "figure", "age", "result", "year",
                         "day", "week", "month", "hour", "minute", "decade", "season", "round", "page", "chapter",
                         "section", "article", "grade", "size", "vote"})


def _apposed_age(text: str, at: int) -> bool:
    """The figure at ``at`` stands in commas after a singular noun led by a determiner ("the victim, 19, was
    shot"): that person's age (round 27), never a count of victims."""
    m = _NOUN_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return False
    words = m.group(1).split()
    noun = words[-1]
    if any(w in _CLAUSE_WORDS for w in words) or noun in _SIZE_NOUNS:
        return False
    # singular: a plural's figure counts it ("the protesters, 40, were held" is rare, but never an age)
    return not (noun.endswith("s") and not noun.endswith(("ss", "us"))) and canonical_object(noun) is not None


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    """One-word relative nouns, singular (data/relatives.tsv): "her son, 12," gives his age."""
    return frozenset(r[0].lower() for r in read_tsv("relatives.tsv") if " " not in r[0] and not r[0].endswith("s"))


# a part of the people a toll names, with no noun of its own: "eight of the injured", "12 of the dead"
_OF_THE_HARMED = re.compile(r"[ \t]+of[ \t]+the[ \t]+(dead|injured|wounded)\b(?![ \t]+[a-z]+s\b)", re.I)


@lru_cache(maxsize=1)
def _parents() -> frozenset[str]:
    """Nouns of a parent (data/amount_parent_nouns.tsv): "a father of four" counts children."""
    return frozenset(r[0].lower() for r in read_tsv("amount_parent_nouns.tsv"))


def age_at_death(text: str, start: int) -> bool:
    """The figure at ``start`` is a person's age at death ("has died aged 95", "died at age 71")."""
    return bool(_AGED.search(text, max(0, start - 30), start) and _DIED.search(text, max(0, start - 80), start))


def repair_objects(text: str, recs: list[dict[str, Any]]) -> None:
    """Fix the objects of kept figures (working dicts in text order) for the classes above."""
    for rec in recs:
        start = int(rec["start"])
        if age_at_death(text, start):
            rec.update(object="age", owner=None, location=None)
        obj = rec.get("object")
        if obj and obj.split()[-1] == "killed" and _ONE_DEATH.match(text, int(rec["end"]), int(rec["end"]) + 200):
            # "a friend of three presidents, died aged 91": one person's death, no toll
            obj = rec["object"] = obj.rsplit(" ", 1)[0] if " " in obj else None
        if obj and obj.lower() in _parents() and re.search(rf"(?i)\b{re.escape(obj)}\s+of\s+$", text[max(0, start - 30):start]):
            obj = rec["object"] = "children"  # "a father of four" (round 32)
        if obj and obj.lower() in ("those", "these"):
            # "the percentage of those who see the U.S. as a threat": a pronoun, people when "who" follows (r32)
            near = text[max(0, start - 200):int(rec["end"]) + 200]
            obj = rec["object"] = "people" if re.search(rf"(?i)\b{obj}\s+who\b", near) else None
        if obj is None and (harmed := _OF_THE_HARMED.match(text, int(rec["end"]))):
            obj = rec["object"] = harmed.group(1).lower()  # "eight of the injured were taken to ..." (round 32)
        if obj in _SCALE_LETTERS or (obj or "").lower() in _GENERIC_HEADS:
            rec["object"] = None
        elif obj and _inside_compound(text, obj.split()[-1], start):
            rec["object"] = None
    money = [r for r in recs if r.get("kind") == "money"]
    for a, b in pairwise(money):
        gap = text[int(a["end"]):int(b["start"])]
        if not _CONVERSION.fullmatch(gap):
            continue
        after = text[int(b["end"]):int(b["end"]) + 3]
        if not after.lstrip().startswith(")"):
            continue
        if a["object"] is None:
            a["object"] = _far_end(text, b, money)
        if b["object"] is None:
            b["object"] = a["object"]


def _inside_compound(text: str, word: str, at: int) -> bool:
    """Every use of ``word`` near the figure is the head of a compound that names something else ("a policy think
    tank"): the object came from that name, not from what the figure counts."""
    first = _COMPOUND_HEADS.get(word.lower())
    if first is None:
        return False
    lo = max(0, at - 300)
    uses = list(re.finditer(rf"(?i)\b{re.escape(word)}\b", text[lo:at + 300]))
    return bool(uses) and all(re.search(rf"(?i)\b{first}[ \t-]+$", text[lo:lo + u.start()]) for u in uses)


def _far_end(text: str, conv: dict[str, Any], money: list[dict[str, Any]]) -> Any:
    """"between $2.4m (£1.8m) and $8.4m costs": the range's far end, after the conversion, lends its object."""
    for c in money:
        if int(c["start"]) > int(conv["end"]):
            if re.fullmatch(r"[ \t]*\)[ \t]*(?:and|to|-|–)[ \t]*", text[int(conv["end"]):int(c["start"])]):
                return c["object"]
            break
    return None


def participle_head(head: Token, value: Any) -> bool:
    """"a crowd of 10,000 marching", "nine voting against": the parse's head is the participle the counted people
    do (tagged VBG, or a singular noun in "-ing" after a figure above one), no thing counted; the object stays
    empty unless the synonym table names the word (round 33). Plural "-ing" nouns count ("two bombings")."""
    if canonical_object(head.text) != head.lower_ or not head.lower_.endswith("ing") or len(head) < 6:
        return False
    return head.tag_ == "VBG" or (head.tag_ == "NN" and isinstance(value, int | float) and value > 1)


@lru_cache(maxsize=1)
def _adjective_participles() -> frozenset[str]:
    """Participles that stand as adjectives before a counted noun (data/amount_participle_adjectives.tsv)."""
    return frozenset(w.strip().lower() for r in read_tsv("amount_participle_adjectives.tsv") for w in r[0].split("|")
                     if w.strip())


def absolute_participle(head: Token) -> bool:
    """"with 43 showing signs of exposure": after "with", a figure, then a participle the parse hangs on the noun
    as an adjective, the noun is the participle's object and the figure counts the people doing it, named
    elsewhere; the object stays empty (round 34). Participles of the data file that are plain adjectives ("with 3
    remaining seats") keep their noun."""
    fig = next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None)
    if fig is None or fig.i == 0 or fig.doc[fig.i - 1].lower_ != "with" or fig.i + 1 >= head.i:
        return False
    part = fig.doc[fig.i + 1]
    return part.tag_ == "VBG" and part.head.i == head.i and part.lower_ not in _adjective_participles()
