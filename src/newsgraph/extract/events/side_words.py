"""Round 32 (evprec, issue 19 item 1): sides whose head word says they are no doer, or no country's.

Read on tune reports (allsides ranks 560-619), each a shown event with a wrong side:

* a vehicle that carries people is no doer: "the 2016 downing of a Russian passenger jet that killed 226 people"
  made the jet (coded RUS) the killer. The actor is dropped; warplanes stay forces ("Russian jets bombed the town"),
  so "jet", "plane" and "aircraft" count only with a civil word before them (``conveyance``, ``civil_craft`` rows of
  data/event_party_words.tsv);
* a war veteran's country word names the war: "McCain opposed his fellow Vietnam veteran's appointment" coded the
  target VNM. The side keeps its name, without the war's country or code (``veteran`` row);
* "Iran has sent hundreds of troops and thousands of volunteer militiamen to Syria": the moved forces are no target
  (review27.moved_forces) even when counted ("thousands of ...") and joined to the first; :func:`counted_head` walks
  the count up (``quantity`` row).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .parties import Party
from .party_words import party_words
from .triggers import Found

__all__ = ["counted_head", "side_words"]

_CRAFT = frozenset({"jet", "jets", "plane", "planes", "aircraft", "airplane", "airplanes", "helicopter"})


def _root(doc: Doc, p: Party) -> Token | None:
    # a named person's head word is a name, never a vehicle or a veteran word
    return None if p.person else p.root(doc)


def _conveyance(root: Token, words: dict[str, frozenset[str]]) -> bool:
    low = root.lower_
    if low in words["conveyance"] or root.lemma_.lower() in words["conveyance"]:
        return True
    return low in _CRAFT and any(c.dep_ in {"compound", "amod"} and c.lower_ in words["civil_craft"]
                                 for c in root.children)


def _veteran(root: Token, words: dict[str, frozenset[str]]) -> bool:
    """A veteran named with a country word ("Vietnam veteran", "Iraq war veterans")."""
    return root.lower_ in words["veteran"] and any(c.dep_ == "compound" for c in root.children)


def _time_word(doc: Doc, p: Party, words: dict[str, frozenset[str]]) -> bool:
    """The side's head word is a day, a month or a time of day, with no country or code of its own."""
    r = _root(doc, p)
    return r is not None and not p.code and not p.country and r.lower_ in words["when"]


def counted_head(tok: Token) -> Token:
    """The count ``tok`` is counted by ("thousands of militiamen": thousands), else ``tok`` itself."""
    quantity = party_words()["quantity"]
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in quantity:
        tok = tok.head.head
    return tok


def side_words(found: list[Found], doc: Doc) -> list[Found]:
    """Drop vehicles as actors and time words as sides; take the war's country off a veteran (in place)."""
    words = party_words()
    for f in found:
        f.actors = [p for p in f.actors if not ((r := _root(doc, p)) is not None and _conveyance(r, words))]
        # round 33: a day or a month left as a noun phrase ("U.S. officials Friday ...") is no side at all
        f.actors = [p for p in f.actors if not _time_word(doc, p, words)]
        f.targets = [p for p in f.targets if not _time_word(doc, p, words)]
        for role in ("actors", "targets"):
            sides = getattr(f, role)
            setattr(f, role, [replace(p, country=None, code=None) if (r := _root(doc, p)) is not None
                              and _veteran(r, words) else p for p in sides])
    return found
