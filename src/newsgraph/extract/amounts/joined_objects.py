"""Objects the parse leaves short or empty where the words around the figure name them (round 28, issue 17 item 1,
from an independent review of unseen conflict reports):

* a coordinated object: "38 people and entities were sanctioned", "all 230 passengers and crew": the figure
  counts both conjuncts when the second has no figure, determiner or possessive of its own ("300 passengers
  and 12 crew members", "five soldiers and their driver" keep the first noun);
* a partitive that a copula names: "two of the hostages were women" counts women (among the hostages), not
  two hostages;
* "151 out of 300 seats": the part counts what the whole counts;
* "96.2 percent and 89.07 percent of voters": shares (or counts) joined by "and"/"or" before one "of" phrase all
  take it (round 33; the parse hangs the "of" on the last figure only).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from ...lexicon import read_tsv

__all__ = ["collective_nouns", "coordinated_noun", "partitive_predicate", "out_of_objects", "shared_of_objects"]

# a figure followed by "out of" and the whole it is part of ("151 out of 300 seats")
_OUT_OF = re.compile(r"[ \t]+out[ \t]+of[ \t]+(?:a[ \t]+total[ \t]+of[ \t]+)?", re.I)
# two figures joined with nothing else between ("96.2 percent and 89.07 percent"; "two or three of the")
_JOINED_GAP = re.compile(r"[ \t]*,?[ \t]+(?:and|or)[ \t]+", re.I)
_OF_AFTER = re.compile(r"[ \t]+of[ \t]", re.I)


@lru_cache(maxsize=1)
def collective_nouns() -> frozenset[str]:
    """Singular nouns that name a group of people and so may be counted with a plural before them ("passengers
    and crew"): data/amount_collective_nouns.tsv."""
    return frozenset(w.strip().lower() for r in read_tsv("amount_collective_nouns.tsv") for w in r[0].split("|")
                     if w.strip())


def coordinated_noun(head: Token) -> Token | None:
    """The noun coordinated right after the counted head ("people and entities" → entities) when the figure
    counts it too: it follows "and" at once (adjectives and compounds of its own allowed), and has no figure,
    determiner, possessive or preposition-led modifier naming another whole. A singular second noun counts only
    when it names a group (data/amount_collective_nouns.tsv: "crew", "staff"): "five soldiers and equipment"
    does not count the equipment."""
    doc = head.doc
    if head.tag_ != "NNS" or head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "and":
        return None
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i + 1), None)
    if conj is None or conj.pos_ != "NOUN" or conj.like_num:
        return None
    if any(c.dep_ in ("det", "nummod", "poss", "quantmod", "predet") for c in conj.children):
        return None  # "five soldiers and their driver", "300 passengers and 12 crew"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in conj.children):
        return None  # "28,500 troops and thousands of citizens": a whole of its own, counted apart (round 29)
    if any(t.dep_ not in ("amod", "compound") or t.like_num for t in doc[head.i + 2 : conj.i]):
        return None
    if conj.tag_ != "NNS" and conj.lower_ not in collective_nouns():
        return None
    if head.lower_.endswith("men") and conj.lower_ in ("women", "men"):
        return None  # "businessmen and women", "servicemen and women": one kind of people told twice, elided
    return conj


def partitive_predicate(root: Token, span: Span) -> Token | None:
    """"two of the foreigners were women": a figure that takes a part of a whole ("of the ...") and is the
    subject of a copula whose predicate is a plural noun counts that noun (the part is told by what it is). Not
    a share ("40% of the voters were women" is a share of the voters, read as such) nor a passive or adjective
    after the copula ("three of the men were wounded", "two of them were missing")."""
    if root.pos_ != "NUM" or any(t.text == "%" or t.lower_ in ("percent", "per") for t in span):
        return None
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None
    attr = next((c for c in root.head.children if c.dep_ == "attr" and c.i > root.i), None)
    if attr is None or attr.pos_ != "NOUN" or attr.tag_ != "NNS":
        return None
    if any(c.dep_ in ("det", "poss") for c in attr.children):
        return None  # "two of them were the organisers": who they were, not a count of a kind
    return attr


def out_of_objects(text: str, recs: list[dict[str, Any]]) -> None:
    """"151 out of 300 parliamentary seats": the figure before "out of" lends nothing from the parse (the noun
    hangs on the whole), so it takes the whole's object; owner and location stay its own (run after the
    figures have their objects; ``recs`` in text order)."""
    for a, b in zip(recs, recs[1:], strict=False):
        if a.get("object") is not None or b.get("object") is None:
            continue
        if a.get("kind") != "count" or b.get("kind") != "count":
            continue
        if _OUT_OF.fullmatch(text, a["end"], b["start"]):
            a["object"] = b["object"]


def shared_of_objects(text: str, recs: list[dict[str, Any]]) -> None:
    """"96.2 percent and 89.07 percent of voters": a figure of the same kind joined to the next by "and"/"or"
    alone, when that next one takes its object from an "of" phrase right after it, counts the same thing (the
    parse gives the "of" to the last figure only; round 33). A figure with a noun of its own keeps it ("two
    videos and three of the photos"). ``recs`` in text order, their objects read."""
    for b, a in reversed(list(zip(recs, recs[1:], strict=False))):
        if b.get("object") is not None or a.get("object") is None or b.get("kind") != a.get("kind"):
            continue
        if b.get("kind") not in ("count", "percent") or b.get("unit") != a.get("unit"):
            continue
        if _JOINED_GAP.fullmatch(text, b["end"], a["start"]) and _OF_AFTER.match(text, a["end"]):
            b["object"] = a["object"]
